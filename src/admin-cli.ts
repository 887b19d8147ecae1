/**
 * Setting up the register from the command line: boards, meetings, people and roles.
 *
 *   arising board add lcrb "London Crime Reduction Board" --prefix LCRB
 *   arising meeting add lcrb 2027-01-12 10:00 --location "City Hall"
 *   arising person add "Tim Godwin" --initials TG --org MPS --email tim.godwin@example.org
 *   arising member add lcrb "Tim Godwin" secretariat
 */
import type { Command } from 'commander';
import { DateTime } from 'luxon';
import { z } from 'zod';
import { ROLES } from './domain.ts';
import { formatDateTime } from './dates.ts';
import type { OpenDatabase } from './db/connect.ts';
import { createBoard, findBoard, listBoards } from './register/boards.ts';
import { addMeeting, listMeetings } from './register/meetings.ts';
import { addMembership, createPerson, findPerson } from './register/people.ts';
import { unlinkByCli } from './commands/unlink.ts';
import { systemClock } from './ports.ts';
import { terminalText } from './terminal-text.ts';

type Open = (url: string | undefined) => Promise<OpenDatabase>;

const slug = z
  .string()
  .regex(
    /^[a-z0-9][a-z0-9-]{0,39}$/,
    'a short name of lower-case letters, digits and hyphens, e.g. lcrb',
  );
const prefix = z.string().regex(/^[A-Za-z][A-Za-z0-9]{0,9}$/, 'letters and digits, e.g. LCRB');
const zone = z
  .string()
  .refine((z) => DateTime.local().setZone(z).isValid, 'an IANA time zone, e.g. Europe/London');
const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD');
const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'a time as HH:MM (24-hour)');
const email = z.string().email('an email address');

/** Validates one value, or stops with a message naming the argument and what it expects. */
function check<T>(schema: z.ZodType<T>, value: unknown, name: string): T {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  throw new UsageError(
    `${name}: expected ${parsed.error.issues[0]?.message ?? 'a valid value'} (got ${JSON.stringify(value)})`,
  );
}

export class UsageError extends Error {
  readonly code = 'usage';
}

async function withRegister<T>(
  open: Open,
  url: string | undefined,
  fn: (o: OpenDatabase) => Promise<T>,
): Promise<T> {
  const opened = await open(url);
  try {
    return await fn(opened);
  } finally {
    await opened.close();
  }
}

const say = (line: string) => process.stdout.write(`${terminalText(line)}\n`);
const DB_OPTION = [
  '--database <url>',
  'sqlite:<path> or postgres://... (default: DATABASE_URL)',
] as const;

export function registerAdminCommands(program: Command, open: Open): void {
  const board = program.command('board').description('boards: list, add');
  board
    .command('list')
    .option(...DB_OPTION)
    .action((opts: { database?: string }) =>
      withRegister(open, opts.database, async ({ db }) => {
        const boards = await listBoards(db);
        if (boards.length === 0)
          say(
            'No boards yet. Add one: arising board add lcrb "London Crime Reduction Board" --prefix LCRB',
          );
        for (const b of boards) say(`${b.slug}\t${b.refPrefix}\t${b.name}\t${b.timezone}`);
      }),
    );
  board
    .command('add <slug> <name>')
    .requiredOption('--prefix <PREFIX>', 'action refs prefix, e.g. LCRB gives LCRB-1')
    .option('--parent <slug>', 'the board this one reports to')
    .option('--timezone <zone>', 'IANA time zone', 'Europe/London')
    .option(...DB_OPTION)
    .action(
      (
        s: string,
        name: string,
        opts: { prefix: string; parent?: string; timezone: string; database?: string },
      ) =>
        withRegister(open, opts.database, async ({ db }) => {
          const parent = opts.parent ? await findBoard(db, opts.parent) : undefined;
          if (opts.parent && !parent)
            throw new UsageError(
              `--parent: there is no board "${opts.parent}" (arising board list)`,
            );
          if (await findBoard(db, s)) throw new UsageError(`A board "${s}" exists already.`);
          const created = await createBoard(
            db,
            {
              slug: check(slug, s, 'slug'),
              name: check(z.string().trim().min(1, 'a name'), name, 'name'),
              refPrefix: check(prefix, opts.prefix, '--prefix'),
              timezone: check(zone, opts.timezone, '--timezone'),
              parentId: parent?.id ?? null,
            },
            new Date(),
          );
          say(
            `Added board ${created.slug}: ${created.name} (actions ${created.refPrefix}-1, ${created.refPrefix}-2, ...).`,
          );
        }),
    );

  const meeting = program.command('meeting').description('meetings: list, add');
  meeting
    .command('list <board>')
    .option(...DB_OPTION)
    .action((b: string, opts: { database?: string }) =>
      withRegister(open, opts.database, async ({ db }) => {
        const found = await findBoard(db, b);
        if (!found) throw new UsageError(`There is no board "${b}" (arising board list).`);
        for (const m of await listMeetings(db, found.id)) {
          say(
            `${formatDateTime(m.startsAt, found.timezone)}${m.location ? `\t${m.location}` : ''}`,
          );
        }
      }),
    );
  meeting
    .command('add <board> <date> <time>')
    .description('a meeting at a local date and time in the board’s time zone')
    .option('--location <place>')
    .option(...DB_OPTION)
    .action((b: string, d: string, t: string, opts: { location?: string; database?: string }) =>
      withRegister(open, opts.database, async ({ db }) => {
        const found = await findBoard(db, b);
        if (!found) throw new UsageError(`There is no board "${b}" (arising board list).`);
        const local = DateTime.fromISO(`${check(date, d, 'date')}T${check(time, t, 'time')}`, {
          zone: found.timezone,
        });
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
          new Date(),
        );
        say(
          `${found.name} meets ${formatDateTime(m.startsAt, found.timezone)}${m.location ? `, ${m.location}` : ''}.`,
        );
      }),
    );

  const person = program.command('person').description('people: add, unlink');
  person
    .command('add <name>')
    .option('--initials <initials>', 'as the minutes use them, e.g. TG')
    .option('--org <organisation>')
    .option('--title <title>', 'job title, e.g. Deputy Commissioner')
    .option('--email <email>', 'links Slack and Teams users on first contact')
    .option(...DB_OPTION)
    .action(
      (
        name: string,
        opts: {
          initials?: string;
          org?: string;
          title?: string;
          email?: string;
          database?: string;
        },
      ) =>
        withRegister(open, opts.database, async ({ db }) => {
          const existing = await findPerson(db, opts.email ?? name);
          if (
            existing.kind === 'one' &&
            (opts.email
              ? existing.person.email === opts.email.toLowerCase()
              : existing.person.name === name)
          ) {
            throw new UsageError(`${existing.person.name} is in the register already.`);
          }
          const person = await createPerson(
            db,
            {
              name: check(z.string().trim().min(1, 'a name'), name, 'name'),
              initials: opts.initials ?? null,
              organisation: opts.org ?? null,
              title: opts.title ?? null,
              email: opts.email ? check(email, opts.email, '--email') : null,
            },
            new Date(),
          );
          say(`Added ${person.name}${person.organisation ? ` (${person.organisation})` : ''}.`);
        }),
    );

  // Thin wiring: the rule and the audit live in src/commands/unlink.ts.
  person
    .command('unlink <name>')
    .description("remove a person's linked Slack or Teams accounts (recorded in the audit trail)")
    .option('--platform <platform>', 'slack or teams; without it, every account')
    .option(...DB_OPTION)
    .action((name: string, opts: { platform?: string; database?: string }) =>
      withRegister(open, opts.database, async ({ db }) => {
        const platform = opts.platform
          ? check(
              z.enum(['slack', 'teams'], { message: 'slack or teams' }),
              opts.platform,
              '--platform',
            )
          : undefined;
        const outcome = await unlinkByCli(db, systemClock, name, platform);
        if (!outcome.ok) throw new UsageError(outcome.hint);
        say(
          `Unlinked ${outcome.removed} account${outcome.removed === 1 ? '' : 's'} of ${outcome.person}${platform ? ` (${platform})` : ''}.`,
        );
      }),
    );

  program
    .command('member')
    .description('board roles: add')
    .command('add <board> <person> <role>')
    .description(`give a person a role on a board: ${ROLES.join(', ')}`)
    .option(...DB_OPTION)
    .action((b: string, who: string, role: string, opts: { database?: string }) =>
      withRegister(open, opts.database, async ({ db }) => {
        const found = await findBoard(db, b);
        if (!found) throw new UsageError(`There is no board "${b}" (arising board list).`);
        const match = await findPerson(db, who, found.id);
        if (match.kind === 'none')
          throw new UsageError(`No one called "${who}" is in the register (arising person add).`);
        if (match.kind === 'many')
          throw new UsageError(
            `"${who}" could be ${match.candidates.map((p) => p.name).join(', ')}: give the full name or email.`,
          );
        await addMembership(
          db,
          found.id,
          match.person.id,
          check(z.enum(ROLES, { message: `one of ${ROLES.join(', ')}` }), role, 'role'),
        );
        say(`${match.person.name} is ${role} of ${found.name}.`);
      }),
    );
}
