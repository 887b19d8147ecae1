/**
 * The planner's I/O shell: reads each board's policy, upcoming meetings, open actions and
 * secretariat from the register, asks planReminders what is due, and queues it. Also what
 * `arising reminders preview` reads.
 *
 * It runs every minute on registers of 100,000 actions, so a tick reads only what can matter:
 * meetings inside the longest lead (plus the working-day shift), then the open actions of just
 * those meetings with a reminder slot already due, in a few batched queries; and it queues only
 * keys the outbox does not have yet.
 */
import type { Board, BoardId, MeetingId, PersonId } from '../domain.ts';
import { OPEN_STATUSES } from '../domain.ts';
import { safeLogField, type Logger } from '../log.ts';
import { listBoards } from '../register/boards.ts';
import { iso, type Db } from '../register/tx.ts';
import { sql } from 'kysely';
import { inChunks } from '../db/chunks.ts';
import { engineOf } from '../db/engine.ts';
import { enqueue } from './outbox.ts';
import { planReminders, type PlanAction, type PlanInput, type PlannedNotice } from './planner.ts';
import { DEFAULT_POLICY, parsePolicy, reminderTime, type ReminderPolicy } from './policy.ts';
import { secretariatsOf } from './secretariat.ts';
import { keysNotQueued, markChased, planDatedForBoard } from './date-tick.ts';
import { queueAssignmentNotices } from './assignment-tick.ts';

const DAY_MS = 86_400_000;
/** reminderTime moves a slot back at most 14 days to a working day; one more for the hour. */
const SHIFT_DAYS = 15;

function policyOf(board: Board, logger?: Logger): ReminderPolicy {
  const parsed = parsePolicy(board.reminderPolicy);
  if (parsed.ok) return parsed.policy;
  // Policies are validated when set; a bad one found here still gets the defaults, not silence.
  logger?.error(
    { board: board.slug, hint: safeLogField(parsed.hint) },
    'reminder policy unreadable: using defaults',
  );
  return DEFAULT_POLICY;
}

const leadsOf = (policy: ReminderPolicy): number[] => [
  ...policy.leadDays,
  ...(policy.digestLeadDays !== undefined ? [policy.digestLeadDays] : []),
];

/**
 * Open actions due at these meetings, with their person owners (groups cannot be chased). The
 * database groups them by meeting and owner, so a busy week reads hundreds of rows, not tens of
 * thousands; each group lists its actions as "id:ref", in id order.
 */
async function openActionsDueAt(db: Db, meetingIds: readonly MeetingId[]): Promise<PlanAction[]> {
  const refs =
    engineOf(db) === 'postgres'
      ? sql<string>`string_agg(a.id || ':' || a.ref, ',' order by a.id)`
      : sql<string>`group_concat(a.id || ':' || a.ref, ',' order by a.id)`;
  const byId = new Map<number, { ref: string; dueMeetingId: MeetingId; ownerIds: PersonId[] }>();
  const rows = await inChunks(
    meetingIds,
    async (chunk) =>
      (
        await sql<{ meeting_id: number; person_id: number | null; refs: string }>`
      select a.due_meeting_id as meeting_id, o.person_id, ${refs} as refs
      from actions a
      left join action_owners o on o.action_id = a.id and o.person_id is not null
      where a.due_meeting_id in (${sql.join(chunk)})
        and a.status in (${sql.join([...OPEN_STATUSES])})
      group by a.due_meeting_id, o.person_id`.execute(db)
      ).rows,
  );
  for (const row of rows) {
    for (const item of row.refs.split(',')) {
      const colon = item.indexOf(':');
      const id = Number(item.slice(0, colon));
      const entry = byId.get(id) ?? {
        ref: item.slice(colon + 1),
        dueMeetingId: row.meeting_id as MeetingId,
        ownerIds: [],
      };
      if (row.person_id !== null) entry.ownerIds.push(row.person_id as PersonId);
      byId.set(id, entry);
    }
  }
  return [...byId.entries()].sort(([a], [b]) => a - b).map(([, entry]) => entry);
}

/** The planner's view of one board: meetings starting after `after`, and their open actions. */
export async function loadPlanInput(
  db: Db,
  board: Board,
  after: Date,
  logger?: Logger,
): Promise<PlanInput> {
  const meetings = (
    await db
      .selectFrom('meetings')
      .select(['id', 'starts_at'])
      .where('board_id', '=', board.id)
      .where('starts_at', '>', iso(after))
      .orderBy('starts_at')
      .execute()
  ).map((m) => ({ id: m.id as MeetingId, startsAt: m.starts_at }));
  const [input] = await loadPlanInputs(db, [{ board, policy: policyOf(board, logger), meetings }]);
  return input!;
}

/** A board with its policy and the meetings to plan for. */
interface BoardToPlan {
  readonly board: Board;
  readonly policy: ReminderPolicy;
  readonly meetings: PlanInput['meetings'];
}

/**
 * The planner's input for each board: the open actions due at its meetings and its
 * secretariat, read for every board at once in a few batched queries.
 */
async function loadPlanInputs(db: Db, boards: readonly BoardToPlan[]): Promise<PlanInput[]> {
  const actions = await openActionsDueAt(
    db,
    boards.flatMap((b) => b.meetings.map((m) => m.id)),
  );
  const secretariats = await secretariatsOf(
    db,
    boards.map((b) => b.board.id),
  );
  return boards.map(({ board, policy, meetings }) => {
    const meetingIds = new Set<number>(meetings.map((m) => m.id));
    return {
      board: { id: board.id, timezone: board.timezone },
      policy,
      meetings,
      actions: actions.filter((a) => meetingIds.has(a.dueMeetingId)),
      secretariat: secretariats.get(board.id)!,
    };
  });
}

/**
 * The notices not yet in the outbox (a repeat plan is then a read, not a write). Looked up by
 * meeting, not by key: a few parameters instead of one per notice.
 */
async function notYetQueued(
  db: Db,
  notices: readonly PlannedNotice[],
  meetingIds: readonly number[],
): Promise<PlannedNotice[]> {
  const rows = await inChunks(meetingIds, (chunk) =>
    db.selectFrom('outbox').select('idempotency_key').where('meeting_id', 'in', chunk).execute(),
  );
  const queued = new Set(rows.map((r) => r.idempotency_key));
  return notices.filter((n) => !queued.has(n.idempotencyKey));
}

/** Plans every board (or one) at `now` and queues what is due. Returns the new notices. */
export async function planAndEnqueue(
  db: Db,
  now: Date,
  options: { boardId?: BoardId; logger?: Logger } = {},
): Promise<{ planned: PlannedNotice[]; queued: number }> {
  const boards = (await listBoards(db)).filter(
    (b) => options.boardId === undefined || b.id === options.boardId,
  );
  if (boards.length === 0) return { planned: [], queued: 0 };
  const atMeetings = await planMeetingReminders(db, boards, now, options.logger);
  // Actions due on a date, and overdue ones, belong to no meeting: looked up by key.
  const dated: PlannedNotice[] = [];
  const chased = new Map<number, string | null>();
  for (const board of boards) {
    const plan = await planDatedForBoard(db, board, policyOf(board, options.logger), now);
    dated.push(...plan.notices);
    chased.set(board.id, plan.chased);
  }
  const fresh = [...atMeetings.fresh, ...(await keysNotQueued(db, dated))];
  const queued = await enqueue(db, fresh, now);
  for (const [boardId, mark] of chased) markChased(db, boardId, mark);
  // New owners are told of what is newly theirs: one notice per owner per pass.
  const told = await queueAssignmentNotices(db, now, options);
  return { planned: [...atMeetings.planned, ...dated], queued: queued + told };
}

/** The meeting reminders (and digests) due at `now`, and those not yet in the outbox. */
async function planMeetingReminders(
  db: Db,
  boards: readonly Board[],
  now: Date,
  logger?: Logger,
): Promise<{ planned: PlannedNotice[]; fresh: PlannedNotice[] }> {
  const options = { logger };
  const byId = new Map(boards.map((b) => [b.id as number, b]));
  const policies = new Map(boards.map((b) => [b.id as number, policyOf(b, options.logger)]));
  const horizonDays =
    Math.max(...[...policies.values()].map((p) => Math.max(...leadsOf(p)))) + SHIFT_DAYS;

  // Meetings that could have a slot due, then those that do.
  const upcoming = await db
    .selectFrom('meetings')
    .select(['id', 'board_id', 'starts_at'])
    .where('starts_at', '>', iso(now))
    .where('starts_at', '<=', iso(new Date(now.getTime() + horizonDays * DAY_MS)))
    .orderBy('starts_at')
    .execute();
  const due = upcoming.filter((m) => {
    const board = byId.get(m.board_id);
    const policy = policies.get(m.board_id);
    if (!board || !policy) return false;
    return leadsOf(policy).some(
      (lead) => reminderTime(m.starts_at, lead, policy, board.timezone).toMillis() <= now.getTime(),
    );
  });
  if (due.length === 0) return { planned: [], fresh: [] };

  const boardIds = [...new Set(due.map((m) => m.board_id))];
  const inputs = await loadPlanInputs(
    db,
    boardIds.map((boardId) => ({
      board: byId.get(boardId)!,
      policy: policies.get(boardId)!,
      meetings: due
        .filter((m) => m.board_id === boardId)
        .map((m) => ({ id: m.id as MeetingId, startsAt: m.starts_at })),
    })),
  );
  const planned = inputs.flatMap((input) => planReminders(input, now));
  const fresh = await notYetQueued(
    db,
    planned,
    due.map((m) => m.id),
  );
  return { planned, fresh };
}
