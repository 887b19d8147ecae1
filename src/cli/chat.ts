/**
 *   arising chat --as "Tim Godwin"    chat with the bot in the terminal, as that person
 */
// Wires the console adapter, as main.ts does. (no-restricted-imports does not see import(): keep this the only one.)
import type { Command } from 'commander';
import { DATABASE, withRegister, type CliDeps } from './shared.ts';

export function addChatCommand(program: Command, deps: CliDeps): void {
  program
    .command('chat')
    .description('chat with the bot locally, as any person in the register')
    .requiredOption('--as <person>', 'full name, initials or email, e.g. "Tim Godwin"')
    .option(...DATABASE)
    .action(async (opts: { as: string; database?: string }) => {
      // The console adapter only: Bolt, the Teams SDK and the document renderers stay unloaded.
      const [{ createCore }, { runChat }, { findPerson }, { actorFor }] = await Promise.all([
        import('../core.ts'),
        import('../../adapters/console/index.ts'),
        import('../register/people.ts'),
        import('../access.ts'),
      ]);
      await withRegister(opts.database, async ({ db }) => {
        const core = createCore(db, deps.clock);
        const match = await findPerson(db, opts.as);
        if (match.kind !== 'one') {
          const why =
            match.kind === 'none'
              ? `No one called “${opts.as}” is in the register.`
              : `“${opts.as}” could be: ${match.candidates.map((p) => p.name).join(', ')}.`;
          process.stderr.write(`${why} Give a full name in quotes, initials or an email.\n`);
          process.exitCode = 2;
          return;
        }
        const person = match.person;
        await runChat(
          {
            person,
            actor: () => actorFor(db, person, 'cli'),
            handle: (actor, line) => core.handleText(actor, line),
          },
          process.stdin,
          process.stdout,
        );
      });
    });
}
