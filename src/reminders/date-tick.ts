/**
 * The I/O shell of date-planner.ts: reads the open actions due on a date soon and the overdue
 * ones of each board, and turns what planDateReminders and planOverdueChases say into notices
 * for the outbox (which belong to no meeting).
 */
import { DateTime } from 'luxon';
import type { Board, PersonId } from '../domain.ts';
import { OPEN_STATUSES } from '../domain.ts';
import type { Db } from '../register/tx.ts';
import {
  chaseWindow,
  planDateReminders,
  planOverdueChases,
  type DatedAction,
  type DatedNotice,
  type OverdueAction,
} from './date-planner.ts';
import type { PlannedNotice } from './planner.ts';
import type { ReminderPolicy } from './policy.ts';
import { inChunks } from '../db/chunks.ts';

/** reminderTime moves a slot back at most 14 days to a working day; one more for the zone. */
const SHIFT_DAYS = 15;
/** History kinds that are the owner's (or secretariat's) update, not the bot's bookkeeping. */
const UPDATE_KINDS = ['status', 'note'];

async function ownersOf(db: Db, actionIds: readonly number[]): Promise<Map<number, PersonId[]>> {
  const owners = new Map<number, PersonId[]>();
  const rows = await inChunks(actionIds, (chunk) =>
    db
      .selectFrom('action_owners')
      .select(['action_id', 'person_id'])
      .where('action_id', 'in', chunk)
      .where('person_id', 'is not', null)
      .orderBy('position')
      .execute(),
  );
  for (const r of rows)
    owners.set(r.action_id, [...(owners.get(r.action_id) ?? []), r.person_id as PersonId]);
  return owners;
}

/** Open actions of the board due on a date (and at no meeting) from `fromDate` to `toDate`. */
export async function loadDatedActions(
  db: Db,
  boardId: number,
  fromDate: string,
  toDate: string,
): Promise<DatedAction[]> {
  const rows = await db
    .selectFrom('actions')
    .select(['id', 'ref', 'due_date'])
    .where('board_id', '=', boardId)
    .where('status', 'in', [...OPEN_STATUSES])
    .where('due_meeting_id', 'is', null)
    .where('due_date', '>=', fromDate)
    .where('due_date', '<=', toDate)
    .orderBy('id')
    .execute();
  const owners = await ownersOf(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((r) => ({
    id: r.id,
    ref: r.ref,
    dueDate: r.due_date!,
    ownerIds: owners.get(r.id) ?? [],
  }));
}

/**
 * Open actions of the board that are overdue on `today` (board-local YYYY-MM-DD): past their
 * date, or carried forward (overdue since their first carry, i.e. the meeting they missed).
 */
export async function loadOverdueActions(
  db: Db,
  board: Pick<Board, 'id' | 'timezone'>,
  today: string,
): Promise<OverdueAction[]> {
  const rows = await db
    .selectFrom('actions')
    .select(['id', 'ref', 'due_date', 'carried_forward'])
    .where('board_id', '=', board.id)
    .where('status', 'in', [...OPEN_STATUSES])
    .where((eb) => eb.or([eb('due_date', '<', today), eb('carried_forward', '>', 0)]))
    .orderBy('id')
    .execute();
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const owners = await ownersOf(db, ids);
  const firstCarry = new Map<number, string>();
  const lastUpdate = new Map<number, string>();
  const history = await inChunks(ids, (chunk) =>
    db
      .selectFrom('action_updates')
      .select([
        'action_id',
        'kind',
        (eb) => eb.fn.min('at').as('first'),
        (eb) => eb.fn.max('at').as('last'),
      ])
      .where('action_id', 'in', chunk)
      .where('kind', 'in', ['carried_forward', ...UPDATE_KINDS])
      .groupBy(['action_id', 'kind'])
      .execute(),
  );
  for (const h of history) {
    if (h.kind === 'carried_forward') firstCarry.set(h.action_id, String(h.first));
    else if (String(h.last) > (lastUpdate.get(h.action_id) ?? ''))
      lastUpdate.set(h.action_id, String(h.last));
  }
  return rows.flatMap((r) => {
    const since = [
      ...(r.due_date !== null && r.due_date < today
        ? [
            DateTime.fromISO(r.due_date, { zone: board.timezone })
              .plus({ days: 1 })
              .toUTC()
              .toISO()!,
          ]
        : []),
      ...(firstCarry.has(r.id) ? [firstCarry.get(r.id)!] : []),
    ].sort((a, b) => Date.parse(a) - Date.parse(b));
    if (since.length === 0) return [];
    return [
      {
        id: r.id,
        ref: r.ref,
        ownerIds: owners.get(r.id) ?? [],
        overdueSince: since[0]!,
        lastUpdateAt: lastUpdate.get(r.id) ?? null,
      },
    ];
  });
}

export const asPlanned = (n: DatedNotice): PlannedNotice => ({ ...n, meetingId: null });

/**
 * The chase windows this process has already queued, per register and board. Once a window's
 * chases are in the outbox, the rest of the window (up to a week of minutely passes) would read
 * every overdue action only to find their keys queued; an action falling overdue after the chase
 * time waits for the next window anyway, and so (the one cost) does an overdue action given a new
 * owner or imported mid-window. A restart forgets this and reads once more, harmlessly.
 */
const chasedWindows = new WeakMap<Db, Map<number, string>>();

const windowMark = (window: number, policy: ReminderPolicy) =>
  `${window}|${policy.overdueEveryDays}|${policy.sendTime}|${policy.workingDays.join(',')}`;

/** Called once the notices planDatedForBoard gave are safely in the outbox. */
export function markChased(db: Db, boardId: number, mark: string | null): void {
  if (mark === null) return;
  const marks = chasedWindows.get(db) ?? new Map<number, string>();
  marks.set(boardId, mark);
  chasedWindows.set(db, marks);
}

/** Everything date-due and overdue one board has due at `now`. */
export async function planDatedForBoard(
  db: Db,
  board: Board,
  policy: ReminderPolicy,
  now: Date,
): Promise<{ notices: PlannedNotice[]; chased: string | null }> {
  const zone = board.timezone;
  const today = DateTime.fromJSDate(now, { zone }).toISODate()!;
  const lead = Math.max(...(policy.dateLeadDays ?? policy.leadDays), 0) + SHIFT_DAYS;
  const horizon = DateTime.fromJSDate(now, { zone }).plus({ days: lead }).toISODate()!;
  const planBoard = { id: board.id, timezone: zone };
  const dated = planDateReminders(
    { board: planBoard, policy, actions: await loadDatedActions(db, board.id, today, horizon) },
    now,
  );
  // The overdue set is read only once the current window's chase time has come, and not again
  // in a window this process has already queued.
  const { window, at } = chaseWindow(now, policy, zone);
  const mark = windowMark(window, policy);
  const due = at !== null && at.toMillis() <= now.getTime();
  const chases =
    due && chasedWindows.get(db)?.get(board.id) !== mark
      ? planOverdueChases(
          { board: planBoard, policy, actions: await loadOverdueActions(db, board, today) },
          now,
        )
      : [];
  return { notices: [...dated, ...chases].map(asPlanned), chased: due ? mark : null };
}

/** The notices whose keys the outbox does not have yet. */
export async function keysNotQueued(
  db: Db,
  notices: readonly PlannedNotice[],
): Promise<PlannedNotice[]> {
  const rows = await inChunks(
    notices.map((n) => n.idempotencyKey),
    (keys) =>
      db
        .selectFrom('outbox')
        .select('idempotency_key')
        .where('idempotency_key', 'in', keys)
        .execute(),
  );
  const queued = new Set(rows.map((r) => r.idempotency_key));
  return notices.filter((n) => !queued.has(n.idempotencyKey));
}
