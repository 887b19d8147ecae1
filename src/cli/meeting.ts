/**
 *   arising meeting list lcrb
 *   arising meeting add lcrb 2027-01-12 10:00 [--location "City Hall"]
 */
import type { Command } from 'commander';
import { DATABASE, say, UsageError, withRegister, type CliDeps } from './shared.ts';

export function addMeetingCommands(program: Command, deps: CliDeps): void {
  const meeting = program.command('meeting').description('meetings: list, add');
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
}
