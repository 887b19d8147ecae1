/**
 * Reads what the digest model needs from the register: the board's meetings, its actions that
 * are not closed, their latest updates, and the owners whose reminders could not be delivered.
 */
import type { ActionId, Board, BoardId, Meeting, MeetingId, Person } from '../domain.ts';
import { localDate } from '../dates.ts';
import { listActions } from '../register/actions.ts';
import { getBoard } from '../register/boards.ts';
import { latestUpdates } from '../register/history.ts';
import { getMeeting, listMeetings, nextMeeting, previousMeeting } from '../register/meetings.ts';
import { toPerson } from '../register/people.ts';
import type { Db } from '../register/tx.ts';
import { buildDigestModel, type DigestModel, type Edition } from './model.ts';
import { inChunks } from '../db/chunks.ts';

export interface DigestRequest {
  readonly edition: Edition;
  /** A named meeting; the board's next meeting when omitted. */
  readonly meetingId?: MeetingId;
}

export type Loaded =
  | { readonly ok: true; readonly model: DigestModel; readonly board: Board }
  | { readonly ok: false; readonly code: 'no_board' | 'no_meeting'; readonly message: string };

/** The meeting a digest prepares for, and the one before it. */
async function meetingsFor(
  db: Db,
  board: Board,
  now: Date,
  meetingId: MeetingId | undefined,
): Promise<{ meeting: Meeting | null; last: Meeting | null } | undefined> {
  if (meetingId === undefined) {
    const meeting = (await nextMeeting(db, board.id, now)) ?? null;
    return { meeting, last: (await previousMeeting(db, board.id, now)) ?? null };
  }
  const meeting = await getMeeting(db, meetingId);
  if (!meeting || meeting.boardId !== board.id) return undefined;
  const before = (await listMeetings(db, board.id)).filter((m) => m.startsAt < meeting.startsAt);
  return { meeting, last: before.at(-1) ?? null };
}

/** When each action last changed status (kind 'status' rows), chunked like latestUpdates. */
export async function statusChanges(
  db: Db,
  ids: readonly ActionId[],
): Promise<Map<number, string>> {
  const at = new Map<number, string>();
  const rows = await inChunks(ids, (chunk) =>
    db
      .selectFrom('action_updates')
      .select(['action_id', 'at'])
      .where('action_id', 'in', chunk)
      .where('kind', '=', 'status')
      .orderBy('id')
      .execute(),
  );
  for (const row of rows) at.set(row.action_id, row.at);
  return at;
}

/**
 * Owners whose reminders for this meeting the deliverer gave up on (outbox state
 * 'undeliverable'): the secretariat must reach them another way.
 */
export async function unreachableOwners(db: Db, meetingId: MeetingId): Promise<Person[]> {
  const rows = await db
    .selectFrom('outbox')
    .innerJoin('people', 'people.id', 'outbox.person_id')
    .selectAll('people')
    .where('outbox.meeting_id', '=', meetingId)
    .where('outbox.kind', '=', 'reminder')
    .where('outbox.state', '=', 'undeliverable')
    .distinct()
    .orderBy('people.name')
    .execute();
  return rows.map(toPerson);
}

export async function loadDigestModel(
  db: Db,
  boardId: BoardId,
  now: Date,
  request: DigestRequest,
): Promise<Loaded> {
  const board = await getBoard(db, boardId);
  if (!board) return { ok: false, code: 'no_board', message: 'There is no such board.' };
  const meetings = await meetingsFor(db, board, now, request.meetingId);
  if (!meetings)
    return {
      ok: false,
      code: 'no_meeting',
      message: `${board.name} has no such meeting. Give the date of one of its meetings (YYYY-MM-DD).`,
    };
  const actions = await listActions(db, {
    boardIds: [board.id],
    statuses: ['open', 'in_progress', 'complete', 'dropped'],
  });
  const ids = actions.map((a) => a.id);
  const meetingStarts = new Map<number, string>();
  for (const m of await listMeetings(db, board.id)) meetingStarts.set(m.id, m.startsAt);
  const latest = await latestUpdates(db, ids);
  const model = buildDigestModel({
    board,
    meeting: meetings.meeting,
    lastMeeting: meetings.last,
    actions,
    meetingStarts,
    latest,
    statusChangedAt: await statusChanges(db, ids),
    unreachable: meetings.meeting ? await unreachableOwners(db, meetings.meeting.id) : [],
    now,
    edition: request.edition,
  });
  return { ok: true, model, board };
}

/** The board's meeting on a calendar date (YYYY-MM-DD in the board's zone), if any. */
export async function meetingOn(db: Db, board: Board, date: string): Promise<Meeting | undefined> {
  return (await listMeetings(db, board.id)).find(
    (m) => localDate(m.startsAt, board.timezone) === date,
  );
}
