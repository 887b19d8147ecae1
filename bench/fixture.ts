/**
 * A large register for benchmarks: BOARDS boards of ACTIONS_PER_BOARD actions each (100,000 in
 * all by default), 2,000 people, ten meetings a board, owners and a history row or two per
 * action. Written in bulk (multi-row inserts in one transaction), not through the register API,
 * so building it takes seconds rather than minutes.
 */
import type { Db } from '../src/register/tx.ts';

export interface ScaleOptions {
  readonly boards: number;
  readonly actionsPerBoard: number;
  readonly people: number;
  readonly now: Date;
  /** The first board's size when it should differ (a 600-action board for the digest). */
  readonly firstBoardActions?: number;
}

const STATUSES = [
  'open',
  'open',
  'in_progress',
  'in_progress',
  'complete',
  'closed',
  'dropped',
] as const;

async function insertChunks<T>(
  rows: T[],
  size: number,
  insert: (chunk: T[]) => Promise<unknown>,
): Promise<void> {
  for (let i = 0; i < rows.length; i += size) await insert(rows.slice(i, i + size));
}

export interface ScaleRegister {
  readonly busiestBoardId: number;
  readonly busyOwnerId: number;
}

export async function buildScaleRegister(db: Db, o: ScaleOptions): Promise<ScaleRegister> {
  const iso = (d: Date) => d.toISOString();
  const day = 86_400_000;
  const now = o.now.getTime();
  return db.transaction().execute(async (trx) => {
    const boards = Array.from({ length: o.boards }, (_, i) => ({
      slug: `b${i + 1}`,
      name: `Board ${i + 1}`,
      ref_prefix: `B${i + 1}`,
      next_ref: (i === 0 ? (o.firstBoardActions ?? o.actionsPerBoard) : o.actionsPerBoard) + 1,
      parent_id: null,
      timezone: 'Europe/London',
      reminder_policy: null,
      created_at: iso(o.now),
    }));
    await insertChunks(boards, 200, (c) => trx.insertInto('boards').values(c).execute());
    const boardIds = (await trx.selectFrom('boards').select('id').orderBy('id').execute()).map(
      (r) => r.id,
    );

    const people = Array.from({ length: o.people }, (_, i) => ({
      name: `Person ${i + 1}`,
      initials: `P${i + 1}`,
      organisation: `Org ${i % 40}`,
      title: null,
      email: `person${i + 1}@example.org`,
      created_at: iso(o.now),
    }));
    await insertChunks(people, 500, (c) => trx.insertInto('people').values(c).execute());
    const personIds = (await trx.selectFrom('people').select('id').orderBy('id').execute()).map(
      (r) => r.id,
    );

    const memberships = boardIds.flatMap((boardId, b) =>
      Array.from({ length: 20 }, (_, k) => ({
        board_id: boardId,
        person_id: personIds[(b * 7 + k) % personIds.length]!,
        role: k === 0 ? 'secretariat' : k === 1 ? 'chair' : 'member',
      })),
    );
    await insertChunks(memberships, 500, (c) =>
      trx
        .insertInto('memberships')
        .values(c)
        .onConflict((oc) => oc.doNothing())
        .execute(),
    );

    const meetings = boardIds.flatMap((boardId, b) =>
      Array.from({ length: 10 }, (_, k) => ({
        board_id: boardId,
        // Five past, five to come; boards staggered so a planner minute sees a realistic share.
        starts_at: iso(new Date(now + (k - 5) * 42 * day + (b % 42) * day + 9 * 3_600_000)),
        location: 'City Hall',
        source: null,
        created_at: iso(o.now),
      })),
    );
    await insertChunks(meetings, 500, (c) => trx.insertInto('meetings').values(c).execute());
    const meetingRows = await trx
      .selectFrom('meetings')
      .select(['id', 'board_id', 'starts_at'])
      .orderBy('starts_at')
      .execute();
    const nextMeetingOf = new Map<number, number>();
    for (const m of meetingRows)
      if (m.starts_at > iso(o.now) && !nextMeetingOf.has(m.board_id))
        nextMeetingOf.set(m.board_id, m.id);

    for (const [b, boardId] of boardIds.entries()) {
      const count = b === 0 ? (o.firstBoardActions ?? o.actionsPerBoard) : o.actionsPerBoard;
      const actions = Array.from({ length: count }, (_, k) => ({
        ref: `B${b + 1}-${k + 1}`,
        board_id: boardId,
        raised_at_meeting_id: null,
        minute_ref: `${(k % 12) + 1}.${k % 30}`,
        text: `Bring back a full proposal on item ${k + 1}, including the risks and financial requirements.`,
        due_meeting_id: nextMeetingOf.get(boardId) ?? null,
        due_date: null,
        status: STATUSES[k % STATUSES.length]!,
        visibility: k % 17 === 0 ? 'restricted' : 'public',
        carried_forward: k % 11 === 0 ? 1 : 0,
        version: 1,
        import_key: null,
        created_at: iso(new Date(now - 60 * day)),
        updated_at: iso(new Date(now - 60 * day)),
      }));
      await insertChunks(actions, 500, (c) => trx.insertInto('actions').values(c).execute());
    }
    const actionRows = await trx
      .selectFrom('actions')
      .select(['id', 'board_id', 'status'])
      .orderBy('id')
      .execute();
    const boardIndex = new Map(boardIds.map((id, i) => [id, i]));
    const owners = actionRows.flatMap((a, k) => {
      if (k % 10 === 0) return []; // unassigned, flagged
      const b = boardIndex.get(a.board_id)!;
      const first = personIds[(b * 7 + 2 + (k % 18)) % personIds.length]!;
      return k % 5 === 0
        ? [
            { action_id: a.id, person_id: first, group_name: null, position: 0 },
            { action_id: a.id, person_id: null, group_name: 'MOPAC officers', position: 1 },
          ]
        : [{ action_id: a.id, person_id: first, group_name: null, position: 0 }];
    });
    await insertChunks(owners, 500, (c) => trx.insertInto('action_owners').values(c).execute());
    const updates = actionRows.flatMap((a, k) => {
      const created = {
        action_id: a.id,
        at: iso(new Date(now - 60 * day)),
        actor_id: null,
        actor_name: 'Import',
        source: 'import',
        kind: 'created',
        status_from: null,
        status_to: 'open',
        note: null,
      };
      return a.status === 'open'
        ? [created]
        : [
            created,
            {
              action_id: a.id,
              at: iso(new Date(now - (k % 50) * day)),
              actor_id: null,
              actor_name: 'Owner',
              source: 'slack',
              kind: 'status',
              status_from: 'open',
              status_to: a.status,
              note: 'Progress reported at the sub-group.',
            },
          ];
    });
    await insertChunks(updates, 500, (c) => trx.insertInto('action_updates').values(c).execute());
    return { busiestBoardId: boardIds[0]!, busyOwnerId: personIds[2]! };
  });
}
