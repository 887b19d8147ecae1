/**
 * The demo register behind `npm start`: seeds/demo.json gives what minutes cannot (boards,
 * roles, placeholder emails, upcoming meetings relative to today); the actions are imported
 * from the seed minutes by the minutes importer, due at each board's next upcoming meeting.
 * Runs in one transaction; seeding twice adds nothing.
 */
import { readFile } from 'node:fs/promises';
import { DateTime } from 'luxon';
import { z } from 'zod';
import type { Board, Person, PersonId } from './domain.ts';
import { ROLES, STATUSES } from './domain.ts';
import { changeStatus, getActionByRef, listActions } from './register/actions.ts';
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
    for (const u of data.updates) {
      const board = boards.get(u.board)!;
      const action = (await listActions(trx, { boardIds: [board.id] })).find((a) =>
        a.text.startsWith(u.textStartsWith),
      );
      if (!action)
        throw new Error(`seeds/demo.json: no imported action starts "${u.textStartsWith}"`);
      if ((await getActionByRef(trx, action.ref))?.status === 'open') {
        const by = people.get(u.by)!;
        await changeStatus(
          trx,
          { id: action.id, status: u.status, note: u.note },
          { personId: by.id as PersonId, name: by.name, source: 'cli' },
          now,
        );
      }
    }
    return { seeded: true, boards: boards.size, people: people.size, actions };
  });
}
