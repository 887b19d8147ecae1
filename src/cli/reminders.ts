/**
 *   arising reminders preview [--board lcrb] [--from date --to date]
 *   arising reminders run-once
 *   arising reminders policy --board lcrb [--set '<json>' | --reset]
 *   arising reminders chase <LCRB-12 | person> --as <secretariat member>
 *
 * `run-once` starts the service from src/main.ts (the composition root picks the messengers),
 * without cron and without a public port.
 */
import type { Command } from 'commander';
import { config, DATABASE, fail, say, withRegister, type CliDeps } from './shared.ts';

export function addRemindersCommands(program: Command, deps: CliDeps): void {
  const reminders = program
    .command('reminders')
    .description('the reminders sent to owners before each meeting');

  reminders
    .command('preview')
    .description('what would be sent, to whom and when (default: the next 30 days)')
    .option('--board <board>', 'one board, by short name (e.g. lcrb)')
    .option('--from <date>', 'start of the period, e.g. 2026-12-01 (default: now)')
    .option('--to <date>', 'end of the period, e.g. 2026-12-31 (default: 30 days after --from)')
    .option(...DATABASE)
    .action(async (opts: { board?: string; from?: string; to?: string; database?: string }) => {
      const [
        { DateTime },
        { findBoard },
        { formatPreview, previewReminders },
        { configuredPlatforms },
      ] = await Promise.all([
        import('luxon'),
        import('../register/boards.ts'),
        import('../reminders/preview.ts'),
        import('../config.ts'),
      ]);
      // A date or date-time typed on the command line, read in London time unless it has an offset.
      const parseWhen = (text: string): Date | undefined => {
        const parsed = DateTime.fromISO(text.trim(), { zone: 'Europe/London' });
        return parsed.isValid ? parsed.toJSDate() : undefined;
      };
      await withRegister(opts.database, async ({ db }) => {
        const from = opts.from ? parseWhen(opts.from) : deps.clock.now();
        const to = opts.to
          ? parseWhen(opts.to)
          : from && DateTime.fromJSDate(from).plus({ days: 30 }).toJSDate();
        if (!from || !to) {
          const bad = from ? opts.to : opts.from;
          return fail(`“${bad}” is not a date. Type a date like 2026-12-01 (or 2026-12-01T09:00).`);
        }
        const board = opts.board ? await findBoard(db, opts.board) : undefined;
        if (opts.board && !board)
          return fail(`No board “${opts.board}”. Type its short name, e.g. --board lcrb.`);
        const lines = await previewReminders(
          db,
          { ...(board ? { board } : {}), from, to },
          configuredPlatforms(await config()),
        );
        process.stdout.write(formatPreview(lines));
      });
    });

  reminders
    .command('run-once')
    .description('run one planner and deliverer pass now, then exit')
    .action(async () => {
      const [{ startService }, { SchedulerRefused }] = await Promise.all([
        import('../main.ts'),
        import('../reminders/scheduler.ts'),
      ]);
      // The service with its messengers, but no cron and no public port.
      const settings = {
        ...(await config()),
        SCHEDULER: 'off' as const,
        PORT: 0,
        HOST: '127.0.0.1',
      };
      const service = await startService(settings, { clock: deps.clock });
      try {
        const result = await service.reminders.runOnce();
        const d = result.delivery;
        process.stdout.write(
          `${result.planned ? `Planned: ${result.queued} new notices; carried forward: ${result.carry?.carried ?? 0}.` : 'Another instance holds the planner lease: delivered only.'}\n` +
            `Delivered: ${d.sent} sent, ${d.retrying} to retry, ${d.failed} failed, ${d.undeliverable} undeliverable, ${d.cancelled} no longer needed.\n`,
        );
      } catch (error) {
        if (!(error instanceof SchedulerRefused)) throw error;
        fail(error.message);
      } finally {
        await service.close();
      }
    });

  reminders
    .command('chase <who>')
    .description(
      "remind an action's owners, or a person of their open actions, now (as the secretariat)",
    )
    .requiredOption('--as <person>', 'the secretariat member chasing: name, initials or email')
    .option(...DATABASE)
    .action(async (who: string, opts: { as: string; database?: string }) => {
      const [{ createCore }, { findPerson }, { actorFor }] = await Promise.all([
        import('../core.ts'),
        import('../register/people.ts'),
        import('../access.ts'),
      ]);
      await withRegister(opts.database, async ({ db }) => {
        // The chat command itself, as that person: the same permissions, limit and history.
        const core = createCore(db, deps.clock);
        const match = await findPerson(db, opts.as);
        if (match.kind !== 'one')
          return fail(
            `${match.kind === 'none' ? `No one called “${opts.as}” is in the register.` : `“${opts.as}” could be: ${match.candidates.map((p) => p.name).join(', ')}.`} Give a full name in quotes, initials or an email.`,
          );
        const actor = await actorFor(db, match.person, 'cli');
        const answer = await core.handleText(actor, `chase ${who}`);
        say(answer.summary);
        if (answer.summary.includes(': queued'))
          say('To send it now instead of at the next pass: arising reminders run-once');
      });
    });

  reminders
    .command('policy')
    .description("show a board's reminder policy, or set it with --set")
    .requiredOption('--board <board>', 'the board, by short name (e.g. lcrb)')
    .option('--set <json>', 'the new policy, e.g. \'{"leadDays":[7,2],"sendTime":"09:00"}\'')
    .option('--reset', 'go back to the defaults')
    .option(...DATABASE)
    .action(async (opts: { board: string; set?: string; reset?: boolean; database?: string }) => {
      const [{ findBoard, setReminderPolicy }, { parsePolicy }] = await Promise.all([
        import('../register/boards.ts'),
        import('../reminders/policy.ts'),
      ]);
      await withRegister(opts.database, async ({ db }) => {
        const board = await findBoard(db, opts.board);
        if (!board)
          return fail(`No board “${opts.board}”. Type its short name, e.g. --board lcrb.`);
        if (opts.reset) {
          await setReminderPolicy(db, board.id, null);
        } else if (opts.set !== undefined) {
          const parsed = parsePolicy(opts.set);
          if (!parsed.ok) return fail(parsed.hint);
          await setReminderPolicy(db, board.id, JSON.stringify(parsed.policy));
        }
        const current = parsePolicy((await findBoard(db, opts.board))!.reminderPolicy);
        process.stdout.write(
          current.ok
            ? `${board.name} (${board.timezone}): ${JSON.stringify(current.policy)}\n`
            : `${board.name}: the stored policy is invalid, defaults apply. ${current.hint}\n`,
        );
      });
    });
}
