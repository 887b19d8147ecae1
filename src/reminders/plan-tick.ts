/**
 * The planner's I/O shell: reads each board's policy, upcoming meetings, open actions and
 * secretariat from the register, asks planReminders what is due, and queues it. Also what
 * `arising reminders preview` reads.
 */
import type { Board, BoardId, MeetingId, PersonId } from '../domain.ts';
import { OPEN_STATUSES } from '../domain.ts';
import { safeLogField, type Logger } from '../log.ts';
import { listBoards } from '../register/boards.ts';
import { iso, type Db } from '../register/tx.ts';
import { enqueue } from './outbox.ts';
import { planReminders, type PlanAction, type PlanInput, type PlannedNotice } from './planner.ts';
import { DEFAULT_POLICY, parsePolicy } from './policy.ts';
import { secretariatOf } from './secretariat.ts';

/** The planner's view of one board: meetings starting after `after`, and their open actions. */
export async function loadPlanInput(
  db: Db,
  board: Board,
  after: Date,
  logger?: Logger,
): Promise<PlanInput> {
  const parsed = parsePolicy(board.reminderPolicy);
  if (!parsed.ok) {
    // Policies are validated when set; a bad one found here still gets the defaults, not silence.
    logger?.error(
      { board: board.slug, hint: safeLogField(parsed.hint) },
      'reminder policy unreadable: using defaults',
    );
  }
  const meetings = (
    await db
      .selectFrom('meetings')
      .select(['id', 'starts_at'])
      .where('board_id', '=', board.id)
      .where('starts_at', '>', iso(after))
      .orderBy('starts_at')
      .execute()
  ).map((m) => ({ id: m.id as MeetingId, startsAt: m.starts_at }));
  const actions: PlanAction[] = [];
  const meetingIds = meetings.map((m) => m.id);
  if (meetingIds.length > 0) {
    const rows = await db
      .selectFrom('actions')
      .leftJoin('action_owners', 'action_owners.action_id', 'actions.id')
      .select(['actions.id', 'actions.ref', 'actions.due_meeting_id', 'action_owners.person_id'])
      .where('actions.board_id', '=', board.id)
      .where('actions.due_meeting_id', 'in', meetingIds)
      .where('actions.status', 'in', [...OPEN_STATUSES])
      .orderBy('actions.id')
      .orderBy('action_owners.position')
      .execute();
    const byId = new Map<number, { ref: string; dueMeetingId: MeetingId; ownerIds: PersonId[] }>();
    for (const r of rows) {
      const entry = byId.get(r.id) ?? {
        ref: r.ref,
        dueMeetingId: r.due_meeting_id as MeetingId,
        ownerIds: [],
      };
      if (r.person_id !== null) entry.ownerIds.push(r.person_id as PersonId);
      byId.set(r.id, entry);
    }
    actions.push(...byId.values());
  }
  return {
    board: { id: board.id, timezone: board.timezone },
    policy: parsed.ok ? parsed.policy : DEFAULT_POLICY,
    meetings,
    actions,
    secretariat: await secretariatOf(db, board.id),
  };
}

/** Plans every board (or one) at `now` and queues what is due. Returns the new notices. */
export async function planAndEnqueue(
  db: Db,
  now: Date,
  options: { boardId?: BoardId; logger?: Logger } = {},
): Promise<{ planned: PlannedNotice[]; queued: number }> {
  const planned: PlannedNotice[] = [];
  for (const board of await listBoards(db)) {
    if (options.boardId !== undefined && board.id !== options.boardId) continue;
    planned.push(...planReminders(await loadPlanInput(db, board, now, options.logger), now));
  }
  const queued = await enqueue(db, planned, now);
  return { planned, queued };
}
