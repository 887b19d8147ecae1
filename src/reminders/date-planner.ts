/**
 * Reminders for actions due on a date rather than at a meeting, and the chase of overdue
 * actions. Pure, like planner.ts: it is handed the actions and the time and says what is due; the
 * outbox's unique idempotency key is what makes each notice go out once.
 *
 *   planDateReminders({ board, policy, actions }, clock.now());
 *   planOverdueChases({ board, policy, actions: overdue }, clock.now());
 */
import { DateTime } from 'luxon';
import type { BoardId, PersonId } from '../domain.ts';
import type { PlanBoard } from './planner.ts';
import { isWorkingDay, reminderTime, type ReminderPolicy } from './policy.ts';

/** An open action due on a calendar date (YYYY-MM-DD, in the board's zone). */
export interface DatedAction {
  readonly id: number;
  readonly ref: string;
  readonly dueDate: string;
  readonly ownerIds: readonly PersonId[];
}

/**
 * An open overdue action: past its date, or carried forward from a meeting that has been held.
 * `overdueSince` is the instant it became overdue (the end of its due day, or the meeting it
 * was carried from); `lastUpdateAt` is its latest history row, if any.
 */
export interface OverdueAction {
  readonly id: number;
  readonly ref: string;
  readonly ownerIds: readonly PersonId[];
  readonly overdueSince: string;
  readonly lastUpdateAt: string | null;
}

export interface DatedNotice {
  readonly idempotencyKey: string;
  readonly kind: 'reminder';
  readonly topic: 'date_reminder' | 'overdue';
  readonly boardId: BoardId;
  /** Lead days for a date reminder; the cadence window index for a chase. */
  readonly leadDays: number;
  readonly dueAt: string;
  readonly recipient: { readonly kind: 'person'; readonly personId: PersonId };
  readonly actionRefs: readonly string[];
}

export const dateReminderKey = (
  personId: number,
  actionId: number,
  dueDate: string,
  leadDays: number,
): string => `reminder:person=${personId}:action=${actionId}:due=${dueDate}:lead=${leadDays}d`;

/**
 * A chase is keyed by person, board and cadence window. Windows are counted from a fixed anchor
 * (the board-local day 1970-01-01), not from when an action first fell overdue: the anchor never
 * moves when one action closes or another falls overdue, so a restart or two planners running
 * side by side compute the same window and the same key, and the outbox keeps one of them.
 */
export const overdueKey = (personId: number, boardId: number, window: number): string =>
  `overdue:person=${personId}:board=${boardId}:window=${window}`;

/** The board-local midnight a calendar date starts at, as a UTC ISO instant. */
const startOfDate = (date: string, zone: string): DateTime =>
  DateTime.fromISO(date, { zone }).startOf('day');

/** Every lead-day slot of one dated action, earliest first, dropping any after its due day. */
export function dateSlots(
  action: DatedAction,
  policy: ReminderPolicy,
  zone: string,
): { leadDays: number; at: string }[] {
  const start = startOfDate(action.dueDate, zone);
  const end = start.plus({ days: 1 });
  return (policy.dateLeadDays ?? policy.leadDays)
    .map((leadDays) => ({
      leadDays,
      at: reminderTime(start.toUTC().toISO()!, leadDays, policy, zone),
    }))
    .filter((s) => s.at.toMillis() < end.toMillis())
    .sort((a, b) => a.at.toMillis() - b.at.toMillis())
    .map((s) => ({ leadDays: s.leadDays, at: s.at.toISO()! }));
}

/**
 * The date reminders due now: for each action whose due day has not ended, only its latest slot
 * whose time has come (as for meetings, so downtime never sends two stale reminders at once).
 */
export function planDateReminders(
  input: { board: PlanBoard; policy: ReminderPolicy; actions: readonly DatedAction[] },
  now: Date,
): DatedNotice[] {
  const nowMs = now.getTime();
  const notices: DatedNotice[] = [];
  for (const action of input.actions) {
    const end = startOfDate(action.dueDate, input.board.timezone).plus({ days: 1 });
    if (end.toMillis() <= nowMs) continue;
    const slot = dateSlots(action, input.policy, input.board.timezone)
      .filter((s) => Date.parse(s.at) <= nowMs)
      .at(-1);
    if (!slot) continue;
    for (const personId of [...new Set(action.ownerIds)].sort((a, b) => a - b)) {
      notices.push({
        idempotencyKey: dateReminderKey(personId, action.id, action.dueDate, slot.leadDays),
        kind: 'reminder',
        topic: 'date_reminder',
        boardId: input.board.id,
        leadDays: slot.leadDays,
        dueAt: slot.at,
        recipient: { kind: 'person', personId },
        actionRefs: [action.ref],
      });
    }
  }
  return notices;
}

/**
 * The cadence window `now` falls in, and when its chase goes out: the send time on the window's
 * first working day, or never when the window has none (a chase is not moved into the next
 * window, which has its own).
 */
export function chaseWindow(
  now: Date,
  policy: ReminderPolicy,
  zone: string,
): { window: number; startsAt: DateTime; at: DateTime | null } {
  const anchor = DateTime.fromISO('1970-01-01', { zone });
  const today = DateTime.fromJSDate(now, { zone }).startOf('day');
  const days = Math.round(today.diff(anchor, 'days').days);
  const window = Math.floor(days / policy.overdueEveryDays);
  const startsAt = anchor.plus({ days: window * policy.overdueEveryDays });
  const [hour, minute] = policy.sendTime.split(':').map(Number) as [number, number];
  for (let i = 0; i < policy.overdueEveryDays; i++) {
    const day = startsAt.plus({ days: i });
    if (isWorkingDay(day, policy)) {
      return { window, startsAt, at: day.set({ hour, minute, second: 0, millisecond: 0 }) };
    }
  }
  return { window, startsAt, at: null };
}

/**
 * The overdue chases due now: one per owner per cadence window, listing all their overdue
 * actions. Only the current window counts, from its send time on; a window missed in downtime
 * is not sent late. An action is left out while it was updated within the last cadence before
 * the chase ("until they are updated": an update buys the owner a full cadence of quiet, then
 * the chase resumes if the action is still overdue).
 */
export function planOverdueChases(
  input: { board: PlanBoard; policy: ReminderPolicy; actions: readonly OverdueAction[] },
  now: Date,
): DatedNotice[] {
  const { window, at } = chaseWindow(now, input.policy, input.board.timezone);
  if (!at || at.toMillis() > now.getTime()) return [];
  const atMs = at.toMillis();
  const quietMs = input.policy.overdueEveryDays * 86_400_000;
  const byOwner = new Map<PersonId, string[]>();
  for (const action of input.actions) {
    if (Date.parse(action.overdueSince) > atMs) continue;
    if (action.lastUpdateAt !== null && Date.parse(action.lastUpdateAt) > atMs - quietMs) continue;
    for (const owner of new Set(action.ownerIds)) {
      byOwner.set(owner, [...(byOwner.get(owner) ?? []), action.ref]);
    }
  }
  return [...byOwner]
    .sort(([a], [b]) => a - b)
    .map(([personId, actionRefs]) => ({
      idempotencyKey: overdueKey(personId, input.board.id, window),
      kind: 'reminder',
      topic: 'overdue',
      boardId: input.board.id,
      leadDays: window,
      dueAt: at.toUTC().toISO()!,
      recipient: { kind: 'person', personId },
      actionRefs,
    }));
}
