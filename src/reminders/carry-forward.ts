/**
 * After a meeting starts, its open actions move to the board's following meeting, counting the
 * carry and writing a history row (register/actions.ts carryForward). With no following meeting
 * known they stay overdue, and the board's secretariat is told once (through the outbox).
 *
 * Runs in the planner's tick, so only the instance holding the planner lease carries forward.
 */
import type { ActionId, BoardId, MeetingId } from '../domain.ts';
import { OPEN_STATUSES } from '../domain.ts';
import { formatDate } from '../dates.ts';
import { carryForward } from '../register/actions.ts';
import { SYSTEM_AUTHOR } from '../register/history.ts';
import { iso, type Db } from '../register/tx.ts';
import { enqueue } from './outbox.ts';
import { recipientKey, secretariatRecipients, type PlannedNotice } from './planner.ts';
import { secretariatOf } from './secretariat.ts';

export interface CarryOutcome {
  readonly carried: number;
  /** Meetings whose open actions had nowhere to go (the secretariat was told). */
  readonly stuckMeetings: number;
}

/** Open actions due at meetings that have started, with where they are due. */
async function dueAtStartedMeetings(db: Db, now: Date) {
  return db
    .selectFrom('actions')
    .innerJoin('meetings', 'meetings.id', 'actions.due_meeting_id')
    .innerJoin('boards', 'boards.id', 'actions.board_id')
    .select([
      'actions.id',
      'actions.ref',
      'actions.board_id',
      'meetings.id as meeting_id',
      'meetings.starts_at',
      'boards.timezone',
    ])
    .where('meetings.starts_at', '<=', iso(now))
    .where('actions.status', 'in', [...OPEN_STATUSES])
    .orderBy('meetings.starts_at')
    .orderBy('actions.id')
    .execute();
}

export async function carryForwardPastMeetings(db: Db, now: Date): Promise<CarryOutcome> {
  let carried = 0;
  const stuck = new Map<MeetingId, { boardId: BoardId; refs: string[] }>();
  // Downtime across two meetings carries twice (count 2): each meeting passed without it.
  for (let round = 0; round < 50; round++) {
    const rows = await dueAtStartedMeetings(db, now);
    const movable = [];
    for (const row of rows) {
      const next = await db
        .selectFrom('meetings')
        .select(['id', 'starts_at'])
        .where('board_id', '=', row.board_id)
        .where('starts_at', '>', row.starts_at)
        .orderBy('starts_at')
        .limit(1)
        .executeTakeFirst();
      if (next) movable.push({ row, next });
      else {
        const entry = stuck.get(row.meeting_id as MeetingId) ?? {
          boardId: row.board_id as BoardId,
          refs: [],
        };
        if (!entry.refs.includes(row.ref)) entry.refs.push(row.ref);
        stuck.set(row.meeting_id as MeetingId, entry);
      }
    }
    if (movable.length === 0) break;
    for (const { row, next } of movable) {
      const outcome = await carryForward(
        db,
        row.id as ActionId,
        next.id as MeetingId,
        `Carried forward from the meeting of ${formatDate(row.starts_at, row.timezone)} to ${formatDate(next.starts_at, row.timezone)}`,
        SYSTEM_AUTHOR,
        now,
      );
      if (outcome.ok) carried += 1;
    }
  }

  for (const [meetingId, { boardId, refs }] of stuck) {
    const recipients = secretariatRecipients(await secretariatOf(db, boardId));
    const notices: PlannedNotice[] = recipients.map((recipient) => ({
      // Once per meeting and recipient, however many passes find the actions still stuck.
      idempotencyKey: `no-following-meeting:${recipientKey(recipient)}:meeting=${meetingId}`,
      kind: 'notice',
      topic: 'no_following_meeting',
      boardId,
      meetingId,
      leadDays: 0,
      dueAt: iso(now),
      recipient,
      actionRefs: refs,
    }));
    await enqueue(db, notices, now);
  }
  return { carried, stuckMeetings: stuck.size };
}
