/**
 *   arising meeting list lcrb
 *   arising meeting add lcrb 2027-01-12 10:00 [--location "City Hall"]
 *   arising meeting import lcrb schedule.ics [--dry-run] [--months 24]
 */
import type { Command } from 'commander';
import { DATABASE, say, UsageError, withRegister, type CliDeps } from './shared.ts';

export function addMeetingCommands(program: Command, deps: CliDeps): void {
  const meeting = program
    .command('meeting')
    .description('meetings: list, add, import from a calendar');
  meeting
    .command('list <board>')
    .option(...DATABASE)
    .action(async (b: string, opts: { database?: string }) => {
      const [{ findBoard }, { listMeetings }, { formatDateTime }] = await Promise.all([
        import('../register/boards.ts'),
        import('../register/meetings.ts'),
        import('../dates.ts'),
      ]);
      await withRegister(opts.database, async ({ db }) => {
        const found = await findBoard(db, b);
        if (!found) throw new UsageError(`There is no board "${b}" (arising board list).`);
        for (const m of await listMeetings(db, found.id)) {
          say(
            `${formatDateTime(m.startsAt, found.timezone)}${m.location ? `\t${m.location}` : ''}`,
          );
        }
      });
    });
  meeting
    .command('add <board> <date> <time>')
    .description('a meeting at a local date and time in the board’s time zone')
    .option('--location <place>')
    .option(...DATABASE)
    .action(
      async (b: string, d: string, t: string, opts: { location?: string; database?: string }) => {
        const [{ findBoard }, { addMeeting }, { formatDateTime }, { DateTime }, input] =
          await Promise.all([
            import('../register/boards.ts'),
            import('../register/meetings.ts'),
            import('../dates.ts'),
            import('luxon'),
            import('./register-input.ts'),
          ]);
        await withRegister(opts.database, async ({ db }) => {
          const found = await findBoard(db, b);
          if (!found) throw new UsageError(`There is no board "${b}" (arising board list).`);
          const local = DateTime.fromISO(
            `${input.check(input.date, d, 'date')}T${input.check(input.time, t, 'time')}`,
            { zone: found.timezone },
          );
          // Luxon moves a time in the spring-forward gap; a meeting time must exist as given.
          if (!local.isValid || local.toFormat('HH:mm') !== t) {
            throw new UsageError(
              `${d} ${t} does not exist in ${found.timezone} (the clocks change that night): pick another time.`,
            );
          }
          const m = await addMeeting(
            db,
            {
              boardId: found.id,
              startsAt: local.toUTC().toJSDate(),
              location: opts.location ?? null,
            },
            deps.clock.now(),
          );
          say(
            `${found.name} meets ${formatDateTime(m.startsAt, found.timezone)}${m.location ? `, ${m.location}` : ''}.`,
          );
        });
      },
    );
  meeting
    .command('import <board> <file>')
    .description(
      'add, move and cancel the board’s meetings from an iCalendar (.ics) export; actions due at a moved meeting follow it, a cancelled meeting’s actions go to the next one',
    )
    .option('--dry-run', 'say what would change, change nothing')
    .option('--months <n>', 'read a recurring series this many months ahead', '24')
    .option(...DATABASE)
    .action(
      async (
        b: string,
        file: string,
        opts: { dryRun?: boolean; months: string; database?: string },
      ) => {
        const months = Number(opts.months);
        if (!Number.isInteger(months) || months < 1 || months > 120) {
          throw new UsageError('--months takes a whole number of months from 1 to 120.');
        }
        const [
          { readFile },
          { findBoard },
          { readCalendar, CalendarError },
          { applyCalendar },
          { describeCalendarOutcome },
        ] = await Promise.all([
          import('node:fs/promises'),
          import('../register/boards.ts'),
          import('../calendar/read-ics.ts'),
          import('../calendar/apply.ts'),
          import('../calendar/describe.ts'),
        ]);
        let text: string;
        try {
          text = await readFile(file, 'utf8');
        } catch (error) {
          throw new UsageError(
            `Cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}.`,
          );
        }
        await withRegister(opts.database, async ({ db }) => {
          const found = await findBoard(db, b);
          if (!found) throw new UsageError(`There is no board "${b}" (arising board list).`);
          const now = deps.clock.now();
          const until = new Date(now);
          until.setUTCMonth(until.getUTCMonth() + months);
          let reading;
          try {
            reading = readCalendar(text, { zone: found.timezone, until });
          } catch (error) {
            if (error instanceof CalendarError) throw new UsageError(error.message);
            throw error;
          }
          const outcome = await applyCalendar(db, found, reading.meetings, {
            author: { personId: null, name: 'Calendar import', source: 'cli' },
            now,
            dryRun: opts.dryRun === true,
          });
          for (const line of describeCalendarOutcome(
            found,
            outcome,
            reading.skipped,
            opts.dryRun === true,
          )) {
            say(line);
          }
        });
      },
    );
}
