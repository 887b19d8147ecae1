/**
 * What "due ..." means when someone types it: `next meeting` (the board's next), a date that is
 * one of the board's meeting days (due at that meeting), or any other date (due on that date).
 * Shared by `add` and `edit`, so both read a due date the same way.
 */
import type { Board, MeetingId } from '../domain.ts';
import { localDate, parseDateInput } from '../dates.ts';
import { listMeetings, nextMeeting } from '../register/meetings.ts';
import type { Db } from '../register/tx.ts';

export type Due =
  | { readonly ok: true; readonly dueMeetingId: MeetingId | null; readonly dueDate: string | null }
  | { readonly ok: false; readonly hint: string };

export const DUE_FORMS = 'next meeting, a meeting date, 2027-02-01 or 1 Feb 2027';

export async function readDue(
  db: Db,
  board: Board,
  typed: string | undefined,
  now: Date,
): Promise<Due> {
  if (!typed || /^(the\s+)?next(\s+meeting)?$/i.test(typed.trim())) {
    const next = await nextMeeting(db, board.id, now);
    return { ok: true, dueMeetingId: next?.id ?? null, dueDate: null };
  }
  const date = parseDateInput(
    typed.replace(/^(the\s+)?meeting\s+(of|on)\s+/i, ''),
    board.timezone,
    now,
  );
  if (!date) {
    return {
      ok: false,
      hint: `“${typed.slice(0, 40)}” is not a date I can read. Use ${DUE_FORMS}.`,
    };
  }
  // A date the board meets on means "at that meeting": reminders then follow the meeting.
  const meeting = (await listMeetings(db, board.id)).find(
    (m) => localDate(m.startsAt, board.timezone) === date,
  );
  return meeting
    ? { ok: true, dueMeetingId: meeting.id, dueDate: null }
    : { ok: true, dueMeetingId: null, dueDate: date };
}
