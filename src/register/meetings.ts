/** Meetings: when a board meets, so actions can be due "at the next meeting". */
import type { BoardId, Meeting, MeetingId } from '../domain.ts';
import type { MeetingRow } from '../db/schema.ts';
import { iso, type Db } from './tx.ts';

export function toMeeting(row: MeetingRow): Meeting {
  return {
    id: row.id as MeetingId,
    boardId: row.board_id as BoardId,
    startsAt: row.starts_at,
    location: row.location,
    source: row.source,
  };
}

export interface NewMeeting {
  readonly boardId: BoardId;
  readonly startsAt: Date;
  readonly location?: string | null;
  readonly source?: string | null;
}

/** Adds a meeting, or returns the one the board already has at that time. */
export async function addMeeting(db: Db, meeting: NewMeeting, now: Date): Promise<Meeting> {
  const startsAt = iso(meeting.startsAt);
  await db
    .insertInto('meetings')
    .values({
      board_id: meeting.boardId,
      starts_at: startsAt,
      location: meeting.location ?? null,
      source: meeting.source ?? null,
      created_at: iso(now),
    })
    .onConflict((oc) => oc.columns(['board_id', 'starts_at']).doNothing())
    .execute();
  const row = await db
    .selectFrom('meetings')
    .selectAll()
    .where('board_id', '=', meeting.boardId)
    .where('starts_at', '=', startsAt)
    .executeTakeFirstOrThrow();
  return toMeeting(row);
}

export async function getMeeting(db: Db, id: MeetingId): Promise<Meeting | undefined> {
  const row = await db.selectFrom('meetings').selectAll().where('id', '=', id).executeTakeFirst();
  return row && toMeeting(row);
}

/** The board's first meeting starting after `at`. */
export function nextMeeting(db: Db, boardId: BoardId, at: Date): Promise<Meeting | undefined> {
  return meetingBeside(db, boardId, at, 'next');
}

/** The board's last meeting that started at or before `at`. */
export function previousMeeting(db: Db, boardId: BoardId, at: Date): Promise<Meeting | undefined> {
  return meetingBeside(db, boardId, at, 'previous');
}

async function meetingBeside(
  db: Db,
  boardId: BoardId,
  at: Date,
  side: 'next' | 'previous',
): Promise<Meeting | undefined> {
  const row = await db
    .selectFrom('meetings')
    .selectAll()
    .where('board_id', '=', boardId)
    .where('starts_at', side === 'next' ? '>' : '<=', iso(at))
    .orderBy('starts_at', side === 'next' ? 'asc' : 'desc')
    .limit(1)
    .executeTakeFirst();
  return row && toMeeting(row);
}

export async function listMeetings(db: Db, boardId: BoardId): Promise<Meeting[]> {
  const rows = await db
    .selectFrom('meetings')
    .selectAll()
    .where('board_id', '=', boardId)
    .orderBy('starts_at')
    .execute();
  return rows.map(toMeeting);
}
