/**
 *   arising person add "Tim Godwin" --initials TG --org MPS --email tim.godwin@example.org
 *
 * The "person" group has a file of its own: more person commands are on their way.
 */
import type { Command } from 'commander';
import { DATABASE, say, UsageError, withRegister, type CliDeps } from './shared.ts';

export function addPersonCommands(program: Command, deps: CliDeps): void {
  const person = program.command('person').description('people: add, unlink');
  person
    .command('add <name>')
    .option('--initials <initials>', 'as the minutes use them, e.g. TG')
    .option('--org <organisation>')
    .option('--title <title>', 'job title, e.g. Deputy Commissioner')
    .option('--email <email>', 'links Slack and Teams users on first contact')
    .option(...DATABASE)
    .action(
      async (
        name: string,
        opts: {
          initials?: string;
          org?: string;
          title?: string;
          email?: string;
          database?: string;
        },
      ) => {
        const [{ createPerson, findPerson }, input] = await Promise.all([
          import('../register/people.ts'),
          import('./register-input.ts'),
        ]);
        await withRegister(opts.database, async ({ db }) => {
          const existing = await findPerson(db, opts.email ?? name);
          if (
            existing.kind === 'one' &&
            (opts.email
              ? existing.person.email === opts.email.toLowerCase()
              : existing.person.name === name)
          ) {
            throw new UsageError(`${existing.person.name} is in the register already.`);
          }
          const added = await createPerson(
            db,
            {
              name: input.check(input.name, name, 'name'),
              initials: opts.initials ?? null,
              organisation: opts.org ?? null,
              title: opts.title ?? null,
              email: opts.email ? input.check(input.email, opts.email, '--email') : null,
            },
            deps.clock.now(),
          );
          say(`Added ${added.name}${added.organisation ? ` (${added.organisation})` : ''}.`);
        });
      },
    );

  // Thin wiring: the rule and the audit live in src/commands/unlink.ts.
  person
    .command('unlink <name>')
    .description("remove a person's linked Slack or Teams accounts (recorded in the audit trail)")
    .option('--platform <platform>', 'slack or teams; without it, every account')
    .option(...DATABASE)
    .action(async (name: string, opts: { platform?: string; database?: string }) => {
      const [{ unlinkByCli }, input, { z }] = await Promise.all([
        import('../commands/unlink.ts'),
        import('./register-input.ts'),
        import('zod'),
      ]);
      await withRegister(opts.database, async ({ db }) => {
        const platform = opts.platform
          ? input.check(
              z.enum(['slack', 'teams'], { message: 'slack or teams' }),
              opts.platform,
              '--platform',
            )
          : undefined;
        const outcome = await unlinkByCli(db, deps.clock, name, platform);
        if (!outcome.ok) throw new UsageError(outcome.hint);
        say(
          `Unlinked ${outcome.removed} account${outcome.removed === 1 ? '' : 's'} of ${outcome.person}${platform ? ` (${platform})` : ''}.`,
        );
      });
    });
}
