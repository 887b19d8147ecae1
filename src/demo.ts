/**
 * The demo register behind `npm start`: seeds/demo.json (boards, people and meetings named in
 * the seed minutes, and the minutes' explicit actions), with each board's upcoming meetings
 * placed relative to today. Runs in one transaction; seeding twice adds nothing.
 */
import { readFile } from 'node:fs/promises';
import { DateTime } from 'luxon';
import { z } from 'zod';
import type { Board, Person, PersonId } from './domain.ts';
import { ROLES, STATUSES } from './domain.ts';
import { addAction, changeStatus, getActionByRef, type OwnerInput } from './register/actions.ts';
import { createBoard, findBoard, listBoards } from './register/boards.ts';
import { addMeeting, nextMeeting } from './register/meetings.ts';
import { addMembership, createPerson, findPerson, findPersonByEmail } from './register/people.ts';
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
  actions: z.array(
    z.object({
      key: z.string(),
      board: z.string(),
      raisedAt: z.string(),
      minuteRef: z.string().nullable(),
      owners: z.array(z.string()),
      text: z.string(),
      update: z.object({ status: z.enum(STATUSES), by: z.string(), note: z.string() }).optional(),
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
    for (const a of data.actions) {
      const board = boards.get(a.board)!;
      const raisedAt = (
        await nextMeeting(
          trx,
          board.id,
          DateTime.fromISO(a.raisedAt, { zone: board.timezone }).toUTC().toJSDate(),
        )
      )?.id;
      const due = await nextMeeting(trx, board.id, now);
      const owners: OwnerInput[] = [];
      for (const name of a.owners) {
        const match = await findPerson(trx, name, board.id);
        if (match.kind !== 'one')
          throw new Error(`seeds/demo.json: owner "${name}" of ${a.key} is not one person`);
        owners.push({ personId: match.person.id });
      }
      const author = { personId: null, name: 'Demo import', source: 'import' as const };
      const action = await addAction(
        trx,
        {
          boardId: board.id,
          text: a.text,
          minuteRef: a.minuteRef,
          raisedAtMeetingId: raisedAt ?? null,
          dueMeetingId: due?.id ?? null,
          owners,
          importKey: `demo:${a.key}`,
        },
        author,
        now,
      );
      actions++;
      if (a.update && (await getActionByRef(trx, action.ref))?.status === 'open') {
        const by = people.get(a.update.by)!;
        await changeStatus(
          trx,
          { id: action.id, status: a.update.status, note: a.update.note },
          { personId: by.id as PersonId, name: by.name, source: 'cli' },
          now,
        );
      }
    }
    return { seeded: true, boards: boards.size, people: people.size, actions };
  });
}
