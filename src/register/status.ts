/**
 * The status-change path every command, button and form takes: the action read once (with what
 * its card shows of the board and due meeting), a conditional UPDATE on the version it was read
 * at, and the history row, in one transaction. Nothing is read back: the UPDATE returns the new
 * version, and the reply is built from what the path already holds.
 *
 * The queries here run on every update, so each is compiled once (src/db/compiled.ts).
 */
import { sql, type Kysely } from 'kysely';
import type { Action, ActionUpdate, BoardId, Owner, Status } from '../domain.ts';
import { compiledOnce } from '../db/compiled.ts';
import type { Database } from '../db/schema.ts';
import { ownerOf, toAction, type Outcome } from './action-rows.ts';
import { appendUpdate, type Author } from './history.ts';
import { inTransaction, iso, type Db } from './tx.ts';

/** An action with what its card shows of its board and due meeting. */
export interface ActionInPlace {
  readonly action: Action;
  readonly board: { readonly id: BoardId; readonly name: string; readonly timezone: string };
  /** When the meeting the action is due at starts; null when it is due on a date or unset. */
  readonly dueStartsAt: string | null;
}

/** The in-place read, one row per owner (null owner columns for an unassigned action). */
export const inPlaceQuery = (db: Kysely<Database>, ref: string) =>
  db
    .selectFrom('actions as a')
    .innerJoin('boards as b', 'b.id', 'a.board_id')
    .leftJoin('meetings as m', 'm.id', 'a.due_meeting_id')
    .leftJoin('action_owners as o', 'o.action_id', 'a.id')
    .leftJoin('people as p', 'p.id', 'o.person_id')
    .selectAll('a')
    .select([
      'b.name as board_name',
      'b.timezone as board_timezone',
      'm.starts_at as due_starts_at',
      'o.group_name',
      'p.id as p_id',
      'p.name as p_name',
      'p.initials as p_initials',
      'p.organisation as p_organisation',
      'p.title as p_title',
      'p.email as p_email',
      'p.created_at as p_created_at',
    ])
    .where('a.ref', '=', ref)
    .orderBy('o.position');

const inPlaceByRef = compiledOnce(inPlaceQuery);

/** Finds an action by its ref, ignoring case, with its board and due meeting: one statement. */
export async function actionInPlace(db: Db, ref: string): Promise<ActionInPlace | undefined> {
  const rows = await inPlaceByRef.execute(db, ref.trim().toUpperCase());
  const first = rows[0];
  if (!first) return undefined;
  const owners = rows.map(ownerOf).filter((o): o is Owner => o !== undefined);
  return {
    action: toAction(first, owners),
    board: {
      id: first.board_id as BoardId,
      name: first.board_name,
      timezone: first.board_timezone,
    },
    dueStartsAt: first.due_starts_at,
  };
}

/** Sets the status if the version is still the one given; returns the new version. */
const setStatusOnVersion = compiledOnce(
  (db, id: number, version: number, status: string, updatedAt: string) =>
    db
      .updateTable('actions')
      .set({ status, version: sql<number>`version + 1`, updated_at: updatedAt })
      .where('id', '=', id)
      .where('version', '=', version)
      .returning('version'),
);

const touch = compiledOnce((db, id: number, updatedAt: string) =>
  db.updateTable('actions').set({ updated_at: updatedAt }).where('id', '=', id),
);

/** A change of status, with the note that explains it. */
export interface StatusChange {
  readonly status: Status;
  readonly note?: string | null;
  /** The version the author saw; a newer one in the register refuses the change. */
  readonly expectedVersion?: number;
  /** The newest history row the author saw (an email link's mark); any later row refuses it. */
  readonly expectedMark?: number;
}

const newestUpdate = compiledOnce((db, actionId: number) =>
  db
    .selectFrom('action_updates')
    .select((e) => e.fn.max('id').as('mark'))
    .where('action_id', '=', actionId),
);

/** Thrown inside the transaction to roll back the row it already touched. */
class MarkMoved extends Error {}

/**
 * Checks the history mark after the action's row is locked (by the UPDATE before it), so a
 * change that committed meanwhile, on this instance or another, is seen and refuses this one.
 */
async function assertMark(trx: Db, actionId: number, expected: number | undefined) {
  if (expected === undefined) return;
  const [row] = await newestUpdate.execute(trx, actionId);
  if (Number(row?.mark ?? 0) !== expected) throw new MarkMoved();
}

/** Runs `fn` in a transaction; a moved mark rolls it back and reads as stale. */
async function unlessMarkMoved(
  db: Db,
  ref: string,
  fn: (trx: Db) => Promise<Outcome<Changed>>,
): Promise<Outcome<Changed>> {
  try {
    return await inTransaction(db, fn);
  } catch (error) {
    if (error instanceof MarkMoved) return { ok: false, code: 'stale', message: staleMessage(ref) };
    throw error;
  }
}

/** The action as it now stands, and the history row that records the change. */
export interface Changed {
  readonly action: Action;
  readonly update: ActionUpdate;
}

export function staleMessage(ref: string): string {
  return `${ref} was changed by someone else since you loaded it. Here it is as it stands now; try again if your change still applies.`;
}

/**
 * Changes the status of `read`, an action as read a moment ago. The UPDATE applies only at the
 * version the author saw (`expectedVersion`) or, for a typed command, the version read: either
 * way a change made in between refuses this one as `stale`, never overwritten. The caller may
 * read again and retry a typed command.
 */
export async function setStatus(
  db: Db,
  read: Action,
  change: StatusChange,
  author: Author,
  now: Date,
): Promise<Outcome<Changed>> {
  if (read.status === change.status && !change.note) {
    return {
      ok: false,
      code: 'unchanged',
      message: `${read.ref} is already ${change.status.replace('_', ' ')}.`,
    };
  }
  const version = change.expectedVersion ?? read.version;
  if (version !== read.version)
    return { ok: false, code: 'stale', message: staleMessage(read.ref) };
  return unlessMarkMoved(db, read.ref, async (trx) => {
    const [updated] = await setStatusOnVersion.execute(
      trx,
      read.id,
      version,
      change.status,
      iso(now),
    );
    if (!updated) return { ok: false, code: 'stale', message: staleMessage(read.ref) };
    await assertMark(trx, read.id, change.expectedMark);
    const update = await appendUpdate(
      trx,
      {
        actionId: read.id,
        author,
        kind: 'status',
        statusFrom: read.status,
        statusTo: change.status,
        note: change.note ?? null,
      },
      now,
    );
    const action: Action = {
      ...read,
      status: change.status,
      version: Number(updated.version),
      updatedAt: iso(now),
    };
    return { ok: true, value: { action, update } };
  });
}

/** Adds a note to `read` without changing its status (nor its version: it changes nothing). */
export async function addNoteTo(
  db: Db,
  read: Action,
  note: string,
  author: Author,
  now: Date,
  expectedMark?: number,
): Promise<Outcome<Changed>> {
  return unlessMarkMoved(db, read.ref, async (trx) => {
    const touched = await trx.executeQuery(touch.bind(trx, read.id, iso(now)));
    if (Number(touched.numAffectedRows ?? 0) === 0) {
      return { ok: false, code: 'not_found', message: 'No such action.' };
    }
    await assertMark(trx, read.id, expectedMark);
    const update = await appendUpdate(trx, { actionId: read.id, author, kind: 'note', note }, now);
    return { ok: true, value: { action: { ...read, updatedAt: iso(now) }, update } };
  });
}
