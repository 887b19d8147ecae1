/**
 * The demo register behind `npm start`: seeds/demo.json gives what minutes cannot (boards,
 * roles, placeholder emails, meetings relative to today). The older actions are imported from
 * the seed minutes by the minutes importer; a few written for the demo were raised at each
 * board's last meeting, so the register reads like a board in mid-cycle: some due at the next
 * meeting, one by a date soon, one already overdue, one carried forward, one complete before the
 * last meeting (for close-agreed). Runs in one transaction; seeding twice adds nothing.
 */
import { readFile } from 'node:fs/promises';
import { DateTime } from 'luxon';
import { z } from 'zod';
import type { Board, Meeting, Person, PersonId } from './domain.ts';
import { formatDate } from './dates.ts';
import { SYSTEM_AUTHOR, type Author } from './register/history.ts';
import { ROLES, STATUSES } from './domain.ts';
import {
  addAction,
  carryForward,
  changeStatus,
  getActionByRef,
  listActions,
} from './register/actions.ts';
import { createBoard, findBoard, listBoards } from './register/boards.ts';
import { addMeeting, nextMeeting } from './register/meetings.ts';
import { addMembership, createPerson, findPersonByEmail } from './register/people.ts';
import { commitDraft } from './minutes/commit.ts';
import { listKnownPeople } from './minutes/known.ts';
import { parseMinutes } from './minutes/parse.ts';
import { inTransaction, type Db } from './register/tx.ts';

const DEMO_FILE = new URL('../seeds/demo.json', import.meta.url);

const time = z.string().regex(/^\d{2}:\d{2}$/);
const demoSchema = z.object({
  boards: z.array(
    z.object({
      slug: z.string(),
      name: z.string(),
      refPrefix: z.string(),
      parent: z.string().optional(),
      timezone: z.string(),
      upcoming: z.object({
        weekday: z.number().int().min(1).max(7),
        atLeastDaysAhead: z.number().int().min(0),
        time,
        everyWeeks: z.number().int().min(1),
        location: z.string().nullable(),
      }),
      lastMeetingLocation: z.string().nullable().optional(),
    }),
  ),
  people: z.array(
    z.object({
      name: z.string(),
      initials: z.string().optional(),
      title: z.string().optional(),
      organisation: z.string().optional(),
      email: z.string().email(),
      roles: z.record(z.string(), z.enum(ROLES)),
    }),
  ),
  meetings: z.array(
    z.object({
      board: z.string(),
      date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
      time,
      location: z.string().nullable(),
      source: z.string().optional(),
    }),
  ),
  imports: z.array(z.object({ board: z.string(), file: z.string() })),
  updates: z.array(
    z.object({
      board: z.string(),
      textStartsWith: z.string(),
      status: z.enum(STATUSES),
      by: z.string(),
      note: z.string(),
      daysBeforeLastMeeting: z.number().int().min(0).optional(),
    }),
  ),
  recent: z.array(
    z.object({
      board: z.string(),
      owners: z.array(z.string()),
      text: z.string(),
      dueInDays: z.number().int().optional(),
      carriedFromLastMeeting: z.boolean().optional(),
      status: z.enum(STATUSES).optional(),
      by: z.string().optional(),
      note: z.string().optional(),
      daysAgo: z.number().int().min(0).optional(),
    }),
  ),
});

export type DemoData = z.infer<typeof demoSchema>;

export async function loadDemoData(): Promise<DemoData> {
  return demoSchema.parse(JSON.parse(await readFile(DEMO_FILE, 'utf8')));
}

const at = (date: string, hhmm: string, zone: string) =>
  DateTime.fromISO(`${date}T${hhmm}`, { zone }).toUTC().toJSDate();

/** The first `weekday` at least `days` ahead of now, at `hhmm` local time. */
function upcomingDate(
  now: Date,
  zone: string,
  weekday: number,
  days: number,
  hhmm: string,
): DateTime {
  let day = DateTime.fromJSDate(now).setZone(zone).startOf('day').plus({ days });
  while (day.weekday !== weekday) day = day.plus({ days: 1 });
  const [h, m] = hhmm.split(':').map(Number);
  return day.set({ hour: h!, minute: m! });
}

export interface SeedOutcome {
  readonly seeded: boolean;
  readonly boards: number;
  readonly people: number;
  readonly actions: number;
}

/** Seeds the demo register when it has no boards yet (or always, with force). */
export async function seedDemo(db: Db, now: Date, force = false): Promise<SeedOutcome> {
  const data = await loadDemoData();
  return inTransaction(db, async (trx) => {
    if (!force && (await listBoards(trx)).length > 0)
      return { seeded: false, boards: 0, people: 0, actions: 0 };
    const boards = new Map<string, Board>();
    const lastMeetings = new Map<string, Meeting>();
    for (const b of data.boards) {
      const board =
        (await findBoard(trx, b.slug)) ??
        (await createBoard(
          trx,
          {
            slug: b.slug,
            name: b.name,
            refPrefix: b.refPrefix,
            timezone: b.timezone,
            parentId: b.parent ? (boards.get(b.parent)?.id ?? null) : null,
          },
          now,
        ));
      boards.set(b.slug, board);
      for (const m of data.meetings.filter((x) => x.board === b.slug)) {
        await addMeeting(
          trx,
          {
            boardId: board.id,
            startsAt: at(m.date, m.time, b.timezone),
            location: m.location,
            source: m.source ?? null,
          },
          now,
        );
      }
      const first = upcomingDate(
        now,
        b.timezone,
        b.upcoming.weekday,
        b.upcoming.atLeastDaysAhead,
        b.upcoming.time,
      );
      // The meeting before the next: the board is in mid-cycle.
      lastMeetings.set(
        b.slug,
        await addMeeting(
          trx,
          {
            boardId: board.id,
            startsAt: first.minus({ weeks: b.upcoming.everyWeeks }).toUTC().toJSDate(),
            location: b.lastMeetingLocation ?? b.upcoming.location,
          },
          now,
        ),
      );
      for (let i = 0; i < 3; i++) {
        const starts = first.plus({ weeks: i * b.upcoming.everyWeeks });
        await addMeeting(
          trx,
          { boardId: board.id, startsAt: starts.toUTC().toJSDate(), location: b.upcoming.location },
          now,
        );
      }
    }
    const people = new Map<string, Person>();
    for (const p of data.people) {
      const person =
        (await findPersonByEmail(trx, p.email)) ??
        (await createPerson(
          trx,
          {
            name: p.name,
            initials: p.initials ?? null,
            title: p.title ?? null,
            organisation: p.organisation ?? null,
            email: p.email,
          },
          now,
        ));
      people.set(p.name, person);
      for (const [slug, role] of Object.entries(p.roles)) {
        const board = boards.get(slug);
        if (board) await addMembership(trx, board.id, person.id, role);
      }
    }
    let actions = 0;
    const author = { personId: null, name: 'Demo import', source: 'import' as const };
    for (const file of data.imports) {
      const board = boards.get(file.board)!;
      const text = await readFile(new URL(`../${file.file}`, import.meta.url), 'utf8');
      const draft = parseMinutes(text, { source: file.file, known: await listKnownPeople(trx) });
      // Due at the board's next upcoming meeting, so reminders and digests have work to do.
      const due = await nextMeeting(trx, board.id, now);
      const outcome = await commitDraft(trx, board, draft, author, now, {
        dueMeetingId: due?.id ?? null,
        attendees: false,
        // The demo's owners are not told of actions they "had" before the demo began.
        notifyOwners: false,
      });
      actions += outcome.created.length + outcome.existing.length;
    }
    const authorOf = (name: string) => {
      const by = people.get(name);
      if (!by) throw new Error(`seeds/demo.json: no person named "${name}"`);
      return { personId: by.id as PersonId, name: by.name, source: 'cli' as const };
    };
    for (const u of data.updates) {
      const board = boards.get(u.board)!;
      const action = (await listActions(trx, { boardIds: [board.id] })).find((a) =>
        a.text.startsWith(u.textStartsWith),
      );
      if (!action)
        throw new Error(`seeds/demo.json: no imported action starts "${u.textStartsWith}"`);
      if ((await getActionByRef(trx, action.ref))?.status === 'open') {
        const last = lastMeetings.get(u.board)!;
        const at =
          u.daysBeforeLastMeeting === undefined
            ? now
            : new Date(new Date(last.startsAt).getTime() - u.daysBeforeLastMeeting * DAY_MS);
        await changeStatus(
          trx,
          { id: action.id, status: u.status, note: u.note },
          authorOf(u.by),
          at,
        );
      }
    }
    actions += await seedRecent(trx, data, boards, lastMeetings, people, now, authorOf);
    return { seeded: true, boards: boards.size, people: people.size, actions };
  });
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** The demo actions raised at each board's last meeting (seeds/demo.json `recent`). */
async function seedRecent(
  trx: Db,
  data: DemoData,
  boards: ReadonlyMap<string, Board>,
  lastMeetings: ReadonlyMap<string, Meeting>,
  people: ReadonlyMap<string, Person>,
  now: Date,
  authorOf: (name: string) => Author,
): Promise<number> {
  const byInitials = new Map([...people.values()].map((p) => [p.initials, p]));
  const author = { personId: null, name: 'Demo', source: 'cli' as const };
  let added = 0;
  for (const r of data.recent) {
    const board = boards.get(r.board)!;
    const last = lastMeetings.get(r.board)!;
    // The key makes seeding twice add nothing, as the importer's keys do for the minutes.
    const importKey = `demo:${r.board}:${r.text}`;
    if (
      await trx
        .selectFrom('actions')
        .select('id')
        .where('import_key', '=', importKey)
        .executeTakeFirst()
    ) {
      added += 1;
      continue;
    }
    const next = await nextMeeting(trx, board.id, now);
    const raisedAt = new Date(last.startsAt);
    const owners = r.owners.map((i) => {
      const person = byInitials.get(i);
      if (!person) throw new Error(`seeds/demo.json: no person with initials "${i}"`);
      return { personId: person.id };
    });
    const dueDate =
      r.dueInDays === undefined
        ? null
        : DateTime.fromJSDate(now).setZone(board.timezone).plus({ days: r.dueInDays }).toISODate();
    let action = await addAction(
      trx,
      {
        boardId: board.id,
        text: r.text,
        raisedAtMeetingId: last.id,
        dueMeetingId: dueDate ? null : r.carriedFromLastMeeting ? last.id : (next?.id ?? null),
        dueDate,
        owners,
        importKey,
      },
      author,
      raisedAt,
    );
    if (r.carriedFromLastMeeting && next) {
      const moved = await carryForward(
        trx,
        action.id,
        next.id,
        `Not reached at the meeting of ${formatDate(last.startsAt, board.timezone)}: carried forward.`,
        SYSTEM_AUTHOR,
        new Date(raisedAt.getTime() + 3 * 60 * 60 * 1000),
      );
      if (moved.ok) action = moved.value;
    }
    if (r.status && r.by) {
      const at = new Date(now.getTime() - (r.daysAgo ?? 0) * DAY_MS);
      await changeStatus(
        trx,
        { id: action.id, status: r.status, note: r.note ?? null },
        authorOf(r.by),
        at,
      );
    }
    added += 1;
  }
  return added;
}
