/**
 * Brings a board's meetings into line with its calendar, in one transaction:
 * - a meeting the register lacks is added;
 * - a rescheduled one (same calendar key, new start) is moved, and the actions due at it follow
 *   (they point at the meeting), each with a history row saying so;
 * - a cancelled one hands its actions to the board's following meeting, each with a history row,
 *   and is then removed, so no reminder or digest is planned for it.
 * Reminders not yet sent for a moved or cancelled meeting are withdrawn from the outbox; the next
 * planning pass queues them again at the right times. Sent ones stay sent.
 *
 * The calendar key (migrations/0015) is how a second import knows a meeting it added before.
 * A meeting added by hand at the same start is adopted rather than doubled.
 */
import { sql } from 'kysely';
import { isOpen, type ActionId, type Board, type MeetingId, type Status } from '../domain.ts';
import { formatDateTime } from '../dates.ts';
import type { MeetingRow } from '../db/schema.ts';
import { appendUpdate, type Author } from '../register/history.ts';
import { inTransaction, iso, type Db } from '../register/tx.ts';
import type { CalendarMeeting } from './read-ics.ts';

export type CalendarChange =
  | { readonly kind: 'added'; readonly startsAt: Date }
  | { readonly kind: 'adopted'; readonly startsAt: Date }
  | {
      readonly kind: 'moved';
      readonly from: Date;
      readonly to: Date;
      readonly actionRefs: readonly string[];
    }
  | {
      readonly kind: 'cancelled';
      readonly startsAt: Date;
      readonly movedTo: Date | null;
      readonly actionRefs: readonly string[];
    }
  | { readonly kind: 'kept'; readonly startsAt: Date; readonly why: string };

export interface CalendarOutcome {
  readonly changes: readonly CalendarChange[];
  readonly unchanged: number;
}

export interface ApplyOptions {
  readonly author: Author;
  readonly now: Date;
  /** Work out and report the changes, write nothing. */
  readonly dryRun?: boolean;
}

class DryRun extends Error {
  constructor(readonly outcome: CalendarOutcome) {
    super('dry run');
  }
}

/** Applies the calendar's meetings to `board`; with dryRun, reports the same and rolls back. */
export async function applyCalendar(
  db: Db,
  board: Board,
  meetings: readonly CalendarMeeting[],
  options: ApplyOptions,
): Promise<CalendarOutcome> {
  try {
    return await inTransaction(db, async (trx) => {
      const outcome = await apply(trx, board, meetings, options);
      // The same statements run either way, so the dry run reports exactly what an import would
      // do; throwing makes kysely roll them back.
      if (options.dryRun) throw new DryRun(outcome);
      return outcome;
    });
  } catch (error) {
    if (error instanceof DryRun) return error.outcome;
    throw error;
  }
}

async function apply(
  db: Db,
  board: Board,
  meetings: readonly CalendarMeeting[],
  { author, now }: ApplyOptions,
): Promise<CalendarOutcome> {
  const zone = board.timezone;
  const when = (d: Date | string) => formatDateTime(d, zone);
  const changes: CalendarChange[] = [];
  let unchanged = 0;
  const existing = await db
    .selectFrom('meetings')
    .selectAll()
    .where('board_id', '=', board.id)
    .execute();
  const byKey = new Map(existing.filter((m) => m.calendar_key).map((m) => [m.calendar_key!, m]));
  const byStart = new Map(existing.map((m) => [m.starts_at, m]));

  // Adds and moves first, so a cancelled meeting's actions can go to a meeting this import adds.
  for (const m of meetings.filter((c) => !c.cancelled)) {
    const startsAt = iso(m.startsAt);
    const known = byKey.get(m.key);
    if (!known) {
      const atThatTime = byStart.get(startsAt);
      if (atThatTime?.calendar_key) {
        changes.push({
          kind: 'kept',
          startsAt: m.startsAt,
          why: 'another calendar entry is already at that time',
        });
      } else if (atThatTime) {
        await db
          .updateTable('meetings')
          .set({ calendar_key: m.key })
          .where('id', '=', atThatTime.id)
          .execute();
        byKey.set(m.key, { ...atThatTime, calendar_key: m.key });
        changes.push({ kind: 'adopted', startsAt: m.startsAt });
      } else {
        const row = await db
          .insertInto('meetings')
          .values({
            board_id: board.id,
            starts_at: startsAt,
            location: m.location,
            source: 'calendar',
            calendar_key: m.key,
            created_at: iso(now),
          })
          .returningAll()
          .executeTakeFirstOrThrow();
        byKey.set(m.key, row);
        byStart.set(startsAt, row);
        changes.push({ kind: 'added', startsAt: m.startsAt });
      }
      continue;
    }
    if (known.starts_at === startsAt) {
      if (m.location && m.location !== known.location) {
        await db
          .updateTable('meetings')
          .set({ location: m.location })
          .where('id', '=', known.id)
          .execute();
      }
      unchanged += 1;
      continue;
    }
    const clash = byStart.get(startsAt);
    if (clash && clash.id !== known.id) {
      changes.push({
        kind: 'kept',
        startsAt: new Date(known.starts_at),
        why: `it moves to ${when(startsAt)}, where the board already has a meeting`,
      });
      continue;
    }
    await db
      .updateTable('meetings')
      .set({ starts_at: startsAt, location: m.location ?? known.location })
      .where('id', '=', known.id)
      .execute();
    byStart.delete(known.starts_at);
    const moved = { ...known, starts_at: startsAt };
    byStart.set(startsAt, moved);
    byKey.set(m.key, moved);
    const refs = await touchActionsDueAt(
      db,
      known.id as MeetingId,
      known.id as MeetingId,
      `The meeting of ${when(known.starts_at)} moved to ${when(startsAt)} (calendar import); due then.`,
      author,
      now,
    );
    await withdrawUnsent(db, known.id as MeetingId);
    changes.push({
      kind: 'moved',
      from: new Date(known.starts_at),
      to: m.startsAt,
      actionRefs: refs,
    });
  }

  const cancelling = meetings
    .filter((c) => c.cancelled)
    .map((c) => byKey.get(c.key) ?? unkeyedAt(byStart, iso(c.startsAt)))
    .filter((row): row is MeetingRow => row !== undefined);
  const cancelledIds = new Set(cancelling.map((row) => row.id));
  for (const row of cancelling) {
    const startsAt = new Date(row.starts_at);
    if (startsAt <= now) {
      changes.push({ kind: 'kept', startsAt, why: 'it has already taken place' });
      continue;
    }
    const raised = await db
      .selectFrom('actions')
      .select('ref')
      .where('raised_at_meeting_id', '=', row.id)
      .executeTakeFirst();
    if (raised) {
      changes.push({
        kind: 'kept',
        startsAt,
        why: `its minutes are in the register (${raised.ref})`,
      });
      continue;
    }
    const following = [...byStart.values()]
      .filter((m) => m.starts_at > row.starts_at && !cancelledIds.has(m.id))
      .sort((a, b) => a.starts_at.localeCompare(b.starts_at))[0];
    const due = await db
      .selectFrom('actions')
      .select('id')
      .where('due_meeting_id', '=', row.id)
      .executeTakeFirst();
    if (due && !following) {
      changes.push({
        kind: 'kept',
        startsAt,
        why: 'actions are due at it and the board has no later meeting to move them to (add the next meeting first)',
      });
      continue;
    }
    const refs = following
      ? await touchActionsDueAt(
          db,
          row.id as MeetingId,
          following.id as MeetingId,
          `The meeting of ${when(row.starts_at)} was cancelled (calendar import); now due at the meeting of ${when(following.starts_at)}.`,
          author,
          now,
        )
      : [];
    await withdrawUnsent(db, row.id as MeetingId);
    // Sent notices keep their idempotency key (which names the meeting) but let go of the row.
    await db
      .updateTable('outbox')
      .set({ meeting_id: null })
      .where('meeting_id', '=', row.id)
      .execute();
    await db.deleteFrom('meetings').where('id', '=', row.id).execute();
    byStart.delete(row.starts_at);
    changes.push({
      kind: 'cancelled',
      startsAt,
      movedTo: following ? new Date(following.starts_at) : null,
      actionRefs: refs,
    });
  }
  return { changes, unchanged };
}

function unkeyedAt(byStart: Map<string, MeetingRow>, startsAt: string): MeetingRow | undefined {
  const row = byStart.get(startsAt);
  return row && !row.calendar_key ? row : undefined;
}

/**
 * Points every action due at `from` to `to` (the same meeting when it only moved), with a new
 * version and a history row each; returns their refs. Closed actions move too: the meeting row
 * they point at is about to go, and the history says why.
 */
async function touchActionsDueAt(
  db: Db,
  from: MeetingId,
  to: MeetingId,
  note: string,
  author: Author,
  now: Date,
): Promise<string[]> {
  const rows = await db
    .selectFrom('actions')
    .select(['id', 'ref', 'status'])
    .where('due_meeting_id', '=', from)
    .orderBy('id')
    .execute();
  if (rows.length === 0) return [];
  await db
    .updateTable('actions')
    .set({ due_meeting_id: to, version: sql`version + 1`, updated_at: iso(now) })
    .where('due_meeting_id', '=', from)
    .execute();
  for (const row of rows) {
    await appendUpdate(db, { actionId: row.id as ActionId, author, kind: 'edited', note }, now);
  }
  return rows.filter((r) => isOpen(r.status as Status)).map((r) => r.ref);
}

/** Drops notices for the meeting that have not gone out; planning queues them again. */
async function withdrawUnsent(db: Db, meetingId: MeetingId): Promise<void> {
  await db
    .deleteFrom('outbox')
    .where('meeting_id', '=', meetingId)
    .where('state', '=', 'pending')
    .execute();
}
