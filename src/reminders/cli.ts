/**
 * `arising reminders ...`: preview what would be sent, run one pass, show or set a board's
 * policy. Hung off the program by src/cli.ts, which passes in how to open the register and
 * start the service (the composition root picks the messengers, not this file).
 */
import type { Command } from 'commander';
import { DateTime } from 'luxon';
import { configuredPlatforms, type Config } from '../config.ts';
import type { OpenDatabase } from '../db/connect.ts';
import type { Service, ServiceOptions } from '../main.ts';
import { systemClock } from '../ports.ts';
import { findBoard, setReminderPolicy } from '../register/boards.ts';
import { formatPreview, previewReminders } from './preview.ts';
import { parsePolicy } from './policy.ts';
import { SchedulerRefused } from './scheduler.ts';

export interface RemindersCliDeps {
  config(): Config;
  openRegister(url: string | undefined): Promise<OpenDatabase>;
  startService(config: Config, options?: ServiceOptions): Promise<Service>;
}

const DATABASE = [
  '--database <url>',
  'sqlite:<path> or postgres://... (default: DATABASE_URL)',
] as const;

/** A date or date-time typed on the command line, read in London time unless it has an offset. */
function parseWhen(text: string): Date | undefined {
  const parsed = DateTime.fromISO(text.trim(), { zone: 'Europe/London' });
  return parsed.isValid ? parsed.toJSDate() : undefined;
}

function fail(message: string): void {
  process.stderr.write(`${message}\n`);
  process.exitCode = 2;
}

export function addRemindersCommands(program: Command, deps: RemindersCliDeps): void {
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
      const { db, close } = await deps.openRegister(opts.database);
      try {
        const from = opts.from ? parseWhen(opts.from) : systemClock.now();
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
          configuredPlatforms(deps.config()),
        );
        process.stdout.write(formatPreview(lines));
      } finally {
        await close();
      }
    });

  reminders
    .command('run-once')
    .description('run one planner and deliverer pass now, then exit')
    .action(async () => {
      // The service with its messengers, but no cron and no public port.
      const config = { ...deps.config(), SCHEDULER: 'off' as const, PORT: 0, HOST: '127.0.0.1' };
      const service = await deps.startService(config);
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
    .command('policy')
    .description("show a board's reminder policy, or set it with --set")
    .requiredOption('--board <board>', 'the board, by short name (e.g. lcrb)')
    .option('--set <json>', 'the new policy, e.g. \'{"leadDays":[7,2],"sendTime":"09:00"}\'')
    .option('--reset', 'go back to the defaults')
    .option(...DATABASE)
    .action(async (opts: { board: string; set?: string; reset?: boolean; database?: string }) => {
      const { db, close } = await deps.openRegister(opts.database);
      try {
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
      } finally {
        await close();
      }
    });
}
