/**
 *   arising board list
 *   arising board add lcrb "London Crime Reduction Board" --prefix LCRB [--parent slug]
 *   arising board marking lcrb OFFICIAL-SENSITIVE
 */
import type { Command } from 'commander';
import { DATABASE, say, UsageError, withRegister, type CliDeps } from './shared.ts';

export function addBoardCommands(program: Command, deps: CliDeps): void {
  const board = program.command('board').description('boards: list, add, marking');
  board
    .command('list')
    .option(...DATABASE)
    .action(async (opts: { database?: string }) => {
      const { listBoards } = await import('../register/boards.ts');
      await withRegister(opts.database, async ({ db }) => {
        const boards = await listBoards(db);
        if (boards.length === 0)
          say(
            'No boards yet. Add one: arising board add lcrb "London Crime Reduction Board" --prefix LCRB',
          );
        for (const b of boards) say(`${b.slug}\t${b.refPrefix}\t${b.name}\t${b.timezone}`);
      });
    });
  board
    .command('add <slug> <name>')
    .requiredOption('--prefix <PREFIX>', 'action refs prefix, e.g. LCRB gives LCRB-1')
    .option('--parent <slug>', 'the board this one reports to')
    .option('--timezone <zone>', 'IANA time zone', 'Europe/London')
    .option(...DATABASE)
    .action(
      async (
        s: string,
        name: string,
        opts: { prefix: string; parent?: string; timezone: string; database?: string },
      ) => {
        const [{ createBoard, findBoard }, input] = await Promise.all([
          import('../register/boards.ts'),
          import('./register-input.ts'),
        ]);
        await withRegister(opts.database, async ({ db }) => {
          const parent = opts.parent ? await findBoard(db, opts.parent) : undefined;
          if (opts.parent && !parent)
            throw new UsageError(
              `--parent: there is no board "${opts.parent}" (arising board list)`,
            );
          if (await findBoard(db, s)) throw new UsageError(`A board "${s}" exists already.`);
          const created = await createBoard(
            db,
            {
              slug: input.check(input.slug, s, 'slug'),
              name: input.check(input.name, name, 'name'),
              refPrefix: input.check(input.prefix, opts.prefix, '--prefix'),
              timezone: input.check(input.zone, opts.timezone, '--timezone'),
              parentId: parent?.id ?? null,
            },
            deps.clock.now(),
          );
          say(
            `Added board ${created.slug}: ${created.name} (actions ${created.refPrefix}-1, ${created.refPrefix}-2, ...).`,
          );
        });
      },
    );
  board
    .command('marking <slug> <marking>')
    .description('the protective marking in the footer of the action log (default OFFICIAL)')
    .option(...DATABASE)
    .action(async (slug: string, marking: string, opts: { database?: string }) => {
      const { findBoard, setProtectiveMarking, PROTECTIVE_MARKINGS } =
        await import('../register/boards.ts');
      const chosen = PROTECTIVE_MARKINGS.find((m) => m === marking.trim().toUpperCase());
      if (!chosen)
        throw new UsageError(
          `"${marking.slice(0, 40)}" is not a marking this register prints. Use ${PROTECTIVE_MARKINGS.join(' or ')}.`,
        );
      await withRegister(opts.database, async ({ db }) => {
        const found = await findBoard(db, slug);
        if (!found) throw new UsageError(`There is no board "${slug}" (arising board list)`);
        await setProtectiveMarking(db, found.id, chosen);
        say(`${found.name}: action logs are now marked ${chosen}.`);
      });
    });
}
