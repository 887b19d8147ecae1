/**
 * The register behind the fan-out bench: BOARDS boards, each with one meeting three days ahead,
 * and PEOPLE people who each sit on BOARDS_EACH boards, own one open action on each and have a
 * Slack identity with a stored DM channel. Written in bulk; then one reminder per person and
 * board queued through the real outbox (enqueue), person by person, so each person's reminders
 * sit together in the queue as they do when several boards meet the same week.
 */
import type { BoardId, MeetingId, PersonId } from '../src/domain.ts';
import { enqueue } from '../src/reminders/outbox.ts';
import { reminderKey, type PlannedNotice } from '../src/reminders/planner.ts';
import { iso, type Db } from '../src/register/tx.ts';

export interface FanoutOptions {
  readonly boards: number;
  readonly people: number;
  readonly boardsEach: number;
  readonly now: Date;
}

async function chunked<T>(rows: T[], insert: (chunk: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += 400) await insert(rows.slice(i, i + 400));
}

export const dmChannel = (n: number) => `D${String(n).padStart(6, '0')}`;

/** Builds the register and queues the notices; returns how many were queued. */
export async function buildFanout(db: Db, o: FanoutOptions): Promise<number> {
  const at = iso(o.now);
  const meetingAt = iso(new Date(o.now.getTime() + 3 * 86_400_000));
  const notices = await db.transaction().execute(async (trx) => {
    await chunked(
      Array.from({ length: o.boards }, (_, b) => ({
        slug: `b${b + 1}`,
        name: `Board ${b + 1}`,
        ref_prefix: `B${b + 1}`,
        next_ref: 1,
        parent_id: null,
        timezone: 'Europe/London',
        reminder_policy: null,
        created_at: at,
      })),
      (c) => trx.insertInto('boards').values(c).execute(),
    );
    const boards = await trx.selectFrom('boards').select('id').orderBy('id').execute();
    await chunked(
      boards.map((b) => ({
        board_id: b.id,
        starts_at: meetingAt,
        location: 'City Hall',
        source: null,
        created_at: at,
      })),
      (c) => trx.insertInto('meetings').values(c).execute(),
    );
    const meetings = await trx.selectFrom('meetings').select(['id', 'board_id']).execute();
    const meetingOf = new Map(meetings.map((m) => [m.board_id, m.id]));
    await chunked(
      Array.from({ length: o.people }, (_, p) => ({
        name: `Person ${p + 1}`,
        initials: `P${p + 1}`,
        organisation: 'MOPAC',
        title: null,
        email: null,
        created_at: at,
      })),
      (c) => trx.insertInto('people').values(c).execute(),
    );
    const people = await trx.selectFrom('people').select('id').orderBy('id').execute();
    await chunked(
      people.map((p, n) => ({
        person_id: p.id,
        platform: 'slack',
        workspace_id: 'T1',
        user_id: `U${String(n).padStart(6, '0')}`,
        conversation_ref: dmChannel(n),
        updated_at: at,
      })),
      (c) => trx.insertInto('identities').values(c).execute(),
    );
    // Person n sits on boards n, n + step, n + 2 step ... (mod boards): even board sizes.
    const step = Math.floor(o.boards / o.boardsEach);
    const seats = people.flatMap((p, n) =>
      Array.from({ length: o.boardsEach }, (_, k) => ({
        person: p.id,
        board: boards[(n + k * step) % boards.length]!.id,
      })),
    );
    await chunked(
      seats.map((s) => ({ board_id: s.board, person_id: s.person, role: 'member' })),
      (c) => trx.insertInto('memberships').values(c).execute(),
    );
    const nextRef = new Map<number, number>();
    const actions = seats.map((s) => {
      const n = (nextRef.get(s.board) ?? 0) + 1;
      nextRef.set(s.board, n);
      return {
        ref: `B${s.board}-${n}`,
        board_id: s.board,
        raised_at_meeting_id: null,
        minute_ref: null,
        text: `Bring back the delivery plan for strand ${n}, with its risks and costs.`,
        due_meeting_id: meetingOf.get(s.board)!,
        due_date: null,
        status: 'open',
        visibility: 'public',
        carried_forward: 0,
        version: 1,
        import_key: null,
        created_at: at,
        updated_at: at,
      };
    });
    await chunked(actions, (c) => trx.insertInto('actions').values(c).execute());
    for (const [board, n] of nextRef)
      await trx
        .updateTable('boards')
        .set({ next_ref: n + 1 })
        .where('id', '=', board)
        .execute();
    const actionIds = new Map(
      (await trx.selectFrom('actions').select(['id', 'ref']).execute()).map((a) => [a.ref, a.id]),
    );
    await chunked(
      seats.map((s, i) => ({
        action_id: actionIds.get(actions[i]!.ref)!,
        person_id: s.person,
        group_name: null,
        position: 0,
      })),
      (c) => trx.insertInto('action_owners').values(c).execute(),
    );
    return seats.map((s, i): PlannedNotice => ({
      idempotencyKey: reminderKey(s.person, meetingOf.get(s.board)!, 2),
      kind: 'reminder',
      topic: 'reminder',
      boardId: s.board as BoardId,
      meetingId: meetingOf.get(s.board)! as MeetingId,
      leadDays: 2,
      dueAt: at,
      recipient: { kind: 'person', personId: s.person as PersonId },
      actionRefs: [actions[i]!.ref],
    }));
  });
  return enqueue(db, notices, o.now);
}
