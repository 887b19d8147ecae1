/**
 *   arising person add "Tim Godwin" --initials TG --org MPS --email tim.godwin@example.org
 *   arising person set "Tim Godwin" --channel email     (email | slack | teams | auto)
 *
 * The "person" group has a file of its own: more person commands are on their way.
 */
import type { Command } from 'commander';
import { DATABASE, say, UsageError, withRegister, type CliDeps } from './shared.ts';

export function addPersonCommands(program: Command, deps: CliDeps): void {
  const person = program.command('person').description('people: add, set, unlink');
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

  person
    .command('set <name>')
    .description(
      'how a person is reached: --channel email, slack, teams, or auto (the chat account they last used, else email)',
    )
    .option('--channel <channel>', 'email, slack, teams or auto')
    .option('--email <email>', 'their email address')
    .option(...DATABASE)
    .action(async (name: string, opts: { channel?: string; email?: string; database?: string }) => {
      const [{ findPerson, listIdentities }, channels, input, { z }, { CHANNEL_PREFERENCES }] =
        await Promise.all([
          import('../register/people.ts'),
          import('../register/channels.ts'),
          import('./register-input.ts'),
          import('zod'),
          import('../domain.ts'),
        ]);
      if (!opts.channel && !opts.email)
        throw new UsageError(
          'Say what to set, e.g. arising person set "Tim Godwin" --channel email',
        );
      const channel = opts.channel
        ? input.check(
            z.enum(CHANNEL_PREFERENCES, { message: 'email, slack, teams or auto' }),
            opts.channel,
            '--channel',
          )
        : undefined;
      const email = opts.email ? input.check(input.email, opts.email, '--email') : undefined;
      await withRegister(opts.database, async ({ db }) => {
        const match = await findPerson(db, name);
        if (match.kind === 'none')
          throw new UsageError(`No one called "${name}" is in the register.`);
        if (match.kind === 'many')
          throw new UsageError(
            `"${name}" could be ${match.candidates.map((p) => p.name).join(' or ')}: give the full name or the email.`,
          );
        const who = match.person;
        if (email !== undefined)
          await db
            .updateTable('people')
            .set({ email: email.toLowerCase() })
            .where('id', '=', who.id)
            .execute();
        if (channel !== undefined) await channels.setChannelPreference(db, who.id, channel);
        const address = email?.toLowerCase() ?? who.email;
        const accounts = (await listIdentities(db, who.id)).map((i) => i.platform);
        const pref = channel ?? (await channels.channelPreference(db, who.id));
        say(`${who.name} is reached by ${describe(pref)}.`);
        // Say when the preference cannot be met: the notice then goes the auto way.
        if (pref === 'email' && !address)
          say(`  They have no email address: add one with --email, or reminders go by chat.`);
        if ((pref === 'slack' || pref === 'teams') && !accounts.includes(pref))
          say(
            `  They have no linked ${pref} account yet: until they do, reminders go the auto way.`,
          );
      });
    });

  // Thin wiring: the rule and the audit live in src/register/unlink.ts.
  person
    .command('unlink <name>')
    .description("remove a person's linked Slack or Teams accounts (recorded in the audit trail)")
    .option('--platform <platform>', 'slack or teams; without it, every account')
    .option(...DATABASE)
    .action(async (name: string, opts: { platform?: string; database?: string }) => {
      const [{ unlinkByCli }, input, { z }] = await Promise.all([
        import('../register/unlink.ts'),
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

function describe(channel: string): string {
  return channel === 'auto'
    ? 'auto: the chat account they last used, else email'
    : channel === 'email'
      ? 'email'
      : `${channel === 'slack' ? 'Slack' : 'Teams'}`;
}
