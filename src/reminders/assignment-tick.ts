/**
 * Assignment notices: when an action is given to someone (add, assign, an import), they are
 * told, in one message per owner per reminders pass listing everything newly theirs, with the
 * usual buttons (rendered by owner-notice.ts).
 *
 * The register marks each new owner row 'pending' (register/actions.ts writeOwners; not when
 * someone gives an action to themselves). Each pass reads the pending rows, queues one notice per
 * owner and, in the same transaction, replaces 'pending' with the notice's key, so a restart or
 * a second planner never tells anyone twice. The key is made of the owner rows' ids: queuing the
 * same rows again is a no-op in the outbox too.
 *
 *   const told = await queueAssignmentNotices(db, clock.now());
 */
import { createHash } from 'node:crypto';
import type { BoardId, PersonId } from '../domain.ts';
import { OPEN_STATUSES } from '../domain.ts';
import { inChunks } from '../db/chunks.ts';
import { engineOf } from '../db/engine.ts';
import { inTransaction, iso, type Db } from '../register/tx.ts';
import type { NoticePayload } from './outbox.ts';

/** One owner row waiting to be told. */
export interface PendingAssignment {
  readonly ownerRowId: number;
  readonly personId: PersonId;
  readonly boardId: BoardId;
  readonly ref: string;
  readonly status: string;
}

/** One notice to queue: everything newly `personId`'s. */
export interface AssignmentNotice {
  readonly idempotencyKey: string;
  readonly personId: PersonId;
  /** The one board all the actions are on, else null (a notice across boards). */
  readonly boardId: BoardId | null;
  readonly ownerRowIds: readonly number[];
  readonly actionRefs: readonly string[];
}

/** A pass reads at most this many rows; a bigger import is told over the next passes. */
const BATCH = 5_000;

export function assignmentKey(personId: number, ownerRowIds: readonly number[]): string {
  const ids = [...ownerRowIds].sort((a, b) => a - b);
  // Short keys name the rows; a long list (a big import) is named by its ends, size and a hash.
  const rows =
    ids.length <= 20
      ? ids.join(',')
      : `${ids[0]}..${ids.at(-1)}:n=${ids.length}:sha256=${createHash('sha256').update(ids.join(',')).digest('hex').slice(0, 16)}`;
  return `assigned:person=${personId}:owners=${rows}`;
}

/**
 * Pure: groups pending rows into one notice per owner (open actions only, in ref order of
 * assignment); rows of actions no longer open are `skipped` (nothing to tell).
 */
export function planAssignmentNotices(rows: readonly PendingAssignment[]): {
  notices: AssignmentNotice[];
  skipped: number[];
} {
  const skipped: number[] = [];
  const byPerson = new Map<PersonId, PendingAssignment[]>();
  for (const row of [...rows].sort((a, b) => a.ownerRowId - b.ownerRowId)) {
    if (!(OPEN_STATUSES as readonly string[]).includes(row.status)) {
      skipped.push(row.ownerRowId);
      continue;
    }
    byPerson.set(row.personId, [...(byPerson.get(row.personId) ?? []), row]);
  }
  const notices = [...byPerson]
    .sort(([a], [b]) => a - b)
    .map(([personId, own]) => {
      const boards = new Set(own.map((r) => r.boardId));
      return {
        idempotencyKey: assignmentKey(
          personId,
          own.map((r) => r.ownerRowId),
        ),
        personId,
        boardId: boards.size === 1 ? own[0]!.boardId : null,
        ownerRowIds: own.map((r) => r.ownerRowId),
        actionRefs: [...new Set(own.map((r) => r.ref))],
      };
    });
  return { notices, skipped };
}

/** The owner rows still to be told (of one board, when given). */
export async function loadPendingAssignments(
  db: Db,
  options: { boardId?: BoardId; lock?: boolean } = {},
): Promise<PendingAssignment[]> {
  let query = db
    .selectFrom('action_owners as o')
    .innerJoin('actions as a', 'a.id', 'o.action_id')
    .select(['o.id', 'o.person_id', 'a.board_id', 'a.ref', 'a.status'])
    .where('o.notice', '=', 'pending')
    .where('o.person_id', 'is not', null);
  if (options.boardId !== undefined) query = query.where('a.board_id', '=', options.boardId);
  query = query.orderBy('o.id').limit(BATCH);
  // PostgreSQL: a second planner waits for these rows, then finds them no longer pending.
  // SQLite: the transaction already holds the write lock.
  if (options.lock && engineOf(db) === 'postgres') query = query.forUpdate(['o']);
  const rows = await query.execute();
  return rows.map((r) => ({
    ownerRowId: r.id,
    personId: r.person_id as PersonId,
    boardId: r.board_id as BoardId,
    ref: r.ref,
    status: r.status,
  }));
}

/** Queues the assignment notices due: one per owner. Returns how many were queued. */
export async function queueAssignmentNotices(
  db: Db,
  now: Date,
  options: { boardId?: BoardId } = {},
): Promise<number> {
  return inTransaction(db, async (trx) => {
    const pending = await loadPendingAssignments(trx, { ...options, lock: true });
    if (pending.length === 0) return 0;
    const { notices, skipped } = planAssignmentNotices(pending);
    await inChunks(skipped, (chunk) =>
      trx
        .updateTable('action_owners')
        .set({ notice: 'skipped' })
        .where('id', 'in', chunk)
        .where('notice', '=', 'pending')
        .execute(),
    );
    let queued = 0;
    for (const notice of notices) {
      const payload: NoticePayload = {
        topic: 'assigned',
        actionRefs: [...notice.actionRefs],
        leadDays: null,
        dueAt: iso(now),
      };
      const inserted = await trx
        .insertInto('outbox')
        .values({
          idempotency_key: notice.idempotencyKey,
          kind: 'notice',
          board_id: notice.boardId,
          meeting_id: null,
          person_id: notice.personId,
          platform: null,
          recipient: null,
          payload: JSON.stringify(payload),
          not_before: iso(now),
          next_attempt_at: iso(now),
          created_at: iso(now),
        })
        .onConflict((oc) => oc.column('idempotency_key').doNothing())
        .returning('id')
        .executeTakeFirst();
      if (inserted) queued += 1;
      await inChunks(notice.ownerRowIds, (chunk) =>
        trx
          .updateTable('action_owners')
          .set({ notice: notice.idempotencyKey })
          .where('id', 'in', chunk)
          .where('notice', '=', 'pending')
          .execute(),
      );
    }
    return queued;
  });
}

/** A notice the next pass will send, for `arising reminders preview`. */
export interface PendingAssignmentNotice {
  readonly personId: PersonId;
  readonly boardId: BoardId | null;
  readonly actionRefs: readonly string[];
  /** 'planned' (the next pass queues it) or the outbox state of one queued and not yet sent. */
  readonly state: string;
  readonly lastError: string | null;
}

/** The assignment notices the next pass will send: those to queue, and those queued unsent. */
export async function pendingAssignmentNotices(
  db: Db,
  options: { boardId?: BoardId } = {},
): Promise<PendingAssignmentNotice[]> {
  const planned = planAssignmentNotices(await loadPendingAssignments(db, options)).notices.map(
    (n) => ({
      personId: n.personId,
      boardId: n.boardId,
      actionRefs: n.actionRefs,
      state: 'planned',
      lastError: null,
    }),
  );
  let queued = db
    .selectFrom('outbox')
    .select(['person_id', 'board_id', 'payload', 'state', 'last_error'])
    .where('idempotency_key', 'like', 'assigned:%')
    .where('state', 'in', ['pending', 'sending']);
  if (options.boardId !== undefined) queued = queued.where('board_id', '=', options.boardId);
  const waiting = (await queued.orderBy('id').execute()).map((r) => ({
    personId: r.person_id as PersonId,
    boardId: r.board_id as BoardId | null,
    actionRefs: (JSON.parse(r.payload) as { actionRefs?: string[] }).actionRefs ?? [],
    state: r.state,
    lastError: r.last_error,
  }));
  return [...waiting, ...planned];
}
