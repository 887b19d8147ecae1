/**
 * Actions: add, assign, change status, note, carry forward, and the lists every view needs.
 * Each write runs in one transaction with its history row, and checks the action's version so a
 * stale write is refused rather than silently overwriting a newer one.
 */
import { sql } from 'kysely';
import type {
  Action,
  ActionId,
  BoardId,
  MeetingId,
  Owner,
  PersonId,
  Status,
  Visibility,
} from '../domain.ts';
import type { ActionRow } from '../db/schema.ts';
import { ownerOf, toAction, type Outcome } from './action-rows.ts';
import { appendUpdate, type Author } from './history.ts';
import { addNoteTo, setStatus, staleMessage, type StatusChange } from './status.ts';
import { inTransaction, iso, type Db } from './tx.ts';
import { inChunks } from '../db/chunks.ts';

export type { Outcome } from './action-rows.ts';
export type { StatusChange } from './status.ts';

/** An owner as a caller names it: a person by id, or a group by name. */
export type OwnerInput = { readonly personId: PersonId } | { readonly group: string };

export interface NewAction {
  readonly boardId: BoardId;
  readonly text: string;
  readonly minuteRef?: string | null;
  readonly raisedAtMeetingId?: MeetingId | null;
  readonly dueMeetingId?: MeetingId | null;
  readonly dueDate?: string | null;
  readonly owners?: readonly OwnerInput[];
  readonly visibility?: Visibility;
  readonly status?: Status;
  /** Set by the importer: adding an action with a key already present returns the existing one. */
  readonly importKey?: string | null;
  /** Tell the owners they have a new action (default: unless the author is the system). */
  readonly notifyOwners?: boolean;
}

export async function addAction(
  db: Db,
  input: NewAction,
  author: Author,
  now: Date,
): Promise<Action> {
  return inTransaction(db, async (trx) => {
    if (input.importKey) {
      const existing = await trx
        .selectFrom('actions')
        .select('id')
        .where('import_key', '=', input.importKey)
        .executeTakeFirst();
      if (existing) return (await getAction(trx, existing.id as ActionId))!;
    }
    // Number the action from the board's own counter, e.g. LCRB-13.
    const board = await trx
      .updateTable('boards')
      .set({ next_ref: sql`next_ref + 1` })
      .where('id', '=', input.boardId)
      .returning(['ref_prefix', sql<number>`next_ref - 1`.as('n')])
      .executeTakeFirstOrThrow();
    const { id } = await trx
      .insertInto('actions')
      .values({
        ref: `${board.ref_prefix}-${Number(board.n)}`,
        board_id: input.boardId,
        raised_at_meeting_id: input.raisedAtMeetingId ?? null,
        minute_ref: input.minuteRef ?? null,
        text: input.text.trim(),
        due_meeting_id: input.dueMeetingId ?? null,
        due_date: input.dueDate ?? null,
        status: input.status ?? 'open',
        visibility: input.visibility ?? 'public',
        import_key: input.importKey ?? null,
        created_at: iso(now),
        updated_at: iso(now),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await writeOwners(trx, id as ActionId, input.owners ?? [], {
      author,
      now,
      notify: input.notifyOwners ?? notifyByDefault(author),
    });
    await appendUpdate(
      trx,
      { actionId: id as ActionId, author, kind: 'created', statusTo: input.status ?? 'open' },
      now,
    );
    return (await getAction(trx, id as ActionId))!;
  });
}

/** Who gave the owners the action, and whether they are to be told (an assignment notice). */
interface Assignment {
  readonly author: Author;
  readonly now: Date;
  readonly notify: boolean;
}

/**
 * The default for telling new owners: yes when a person (or an import) gave them the action;
 * no for the system's own bookkeeping (fixtures, carry-forward), and never someone who gave it
 * to themselves.
 */
const notifyByDefault = (author: Author): boolean => author.source !== 'system';

/**
 * Writes the owner list. An owner already on the action keeps their row (and so their
 * assignment: they are not told again); a new one is stamped with who gave it to them and, when
 * `notify`, left 'pending' for the reminders pass to tell them (reminders/assignment-tick.ts).
 */
async function writeOwners(
  db: Db,
  actionId: ActionId,
  owners: readonly OwnerInput[],
  assignment: Assignment,
): Promise<void> {
  const existing = await db
    .selectFrom('action_owners')
    .select(['id', 'person_id', 'group_name'])
    .where('action_id', '=', actionId)
    .execute();
  const keyOf = (o: { person_id: number | null; group_name: string | null }) =>
    o.person_id !== null ? `p:${o.person_id}` : `g:${o.group_name ?? ''}`;
  const wanted = owners.map((o) => ({
    person_id: 'personId' in o ? (o.personId as number) : null,
    group_name: 'group' in o ? o.group.trim() : null,
  }));
  const keep = new Map<string, number>();
  for (const row of existing) {
    const key = keyOf(row);
    if (!keep.has(key) && wanted.some((w) => keyOf(w) === key)) keep.set(key, row.id);
  }
  const gone = existing.filter((r) => ![...keep.values()].includes(r.id)).map((r) => r.id);
  if (gone.length > 0) await db.deleteFrom('action_owners').where('id', 'in', gone).execute();
  const seen = new Set<string>();
  for (const [position, w] of wanted.entries()) {
    const key = keyOf(w);
    if (seen.has(key)) continue;
    seen.add(key);
    const kept = keep.get(key);
    if (kept !== undefined) {
      await db.updateTable('action_owners').set({ position }).where('id', '=', kept).execute();
      continue;
    }
    const tell =
      assignment.notify && w.person_id !== null && w.person_id !== assignment.author.personId;
    await db
      .insertInto('action_owners')
      .values({
        action_id: actionId,
        ...w,
        position,
        assigned_at: iso(assignment.now),
        assigned_by: assignment.author.personId,
        notice: tell ? 'pending' : null,
      })
      .execute();
  }
}

/** Loads owners for many actions in a few queries. */
async function withOwners(db: Db, rows: readonly ActionRow[]): Promise<Action[]> {
  const owners = new Map<number, Owner[]>();
  const ownerRows = await inChunks(
    rows.map((r) => r.id),
    (ids) =>
      db
        .selectFrom('action_owners')
        .leftJoin('people', 'people.id', 'action_owners.person_id')
        .select([
          'action_owners.action_id',
          'action_owners.group_name',
          'action_owners.position',
          'people.id as p_id',
          'people.name as p_name',
          'people.initials as p_initials',
          'people.organisation as p_organisation',
          'people.title as p_title',
          'people.email as p_email',
          'people.created_at as p_created_at',
        ])
        .where('action_owners.action_id', 'in', ids)
        .orderBy('action_owners.action_id')
        .orderBy('action_owners.position')
        .execute(),
  );
  for (const o of ownerRows) {
    const list = owners.get(o.action_id) ?? [];
    const owner = ownerOf(o);
    if (owner) list.push(owner);
    owners.set(o.action_id, list);
  }
  return rows.map((r) => toAction(r, owners.get(r.id) ?? []));
}

export async function getAction(db: Db, id: ActionId): Promise<Action | undefined> {
  const row = await db.selectFrom('actions').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? (await withOwners(db, [row]))[0] : undefined;
}

/** Finds an action by its ref, ignoring case ("lcrb-12" finds LCRB-12). */
export async function getActionByRef(db: Db, ref: string): Promise<Action | undefined> {
  const row = await db
    .selectFrom('actions')
    .selectAll()
    .where('ref', '=', ref.trim().toUpperCase())
    .executeTakeFirst();
  return row ? (await withOwners(db, [row]))[0] : undefined;
}

export interface ActionFilter {
  readonly boardIds?: readonly BoardId[];
  readonly ownerId?: PersonId;
  readonly statuses?: readonly Status[];
  readonly dueMeetingId?: MeetingId;
  readonly visibility?: Visibility;
}

/** Lists actions, oldest ref first. */
export async function listActions(db: Db, filter: ActionFilter = {}): Promise<Action[]> {
  let query = db.selectFrom('actions').selectAll('actions');
  if (filter.boardIds) {
    if (filter.boardIds.length === 0) return [];
    query = query.where('actions.board_id', 'in', filter.boardIds);
  }
  if (filter.statuses) {
    if (filter.statuses.length === 0) return [];
    query = query.where('actions.status', 'in', filter.statuses);
  }
  if (filter.dueMeetingId !== undefined)
    query = query.where('actions.due_meeting_id', '=', filter.dueMeetingId);
  if (filter.visibility) query = query.where('actions.visibility', '=', filter.visibility);
  if (filter.ownerId !== undefined) {
    // "id in (owners of this person)" lets both engines start from the person's index.
    query = query.where(
      'actions.id',
      'in',
      db
        .selectFrom('action_owners')
        .select('action_owners.action_id')
        .where('action_owners.person_id', '=', filter.ownerId),
    );
  }
  const rows = await query.orderBy('actions.board_id').orderBy('actions.id').execute();
  return withOwners(db, rows);
}

/**
 * Bumps the version if it is still `expected` (any version when undefined). Returns the row as
 * it was before, or a refusal naming what changed.
 */
async function claimVersion(
  db: Db,
  id: ActionId,
  expected: number | undefined,
  set: Record<string, unknown>,
  now: Date,
): Promise<Outcome<ActionRow>> {
  const before = await db.selectFrom('actions').selectAll().where('id', '=', id).executeTakeFirst();
  if (!before) return { ok: false, code: 'not_found', message: 'No such action.' };
  const version = expected ?? Number(before.version);
  const updated = await db
    .updateTable('actions')
    .set({ ...set, version: sql`version + 1`, updated_at: iso(now) })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  if (Number(updated.numUpdatedRows) === 0) {
    return {
      ok: false,
      code: 'stale',
      message: staleMessage(before.ref),
    };
  }
  return { ok: true, value: before };
}

/** A status change of the action with this id (see status.ts for the path commands take). */
export interface StatusChangeById extends StatusChange {
  readonly id: ActionId;
}

/** Reads the action once, then changes its status on that version with its history row. */
export async function changeStatus(
  db: Db,
  change: StatusChangeById,
  author: Author,
  now: Date,
): Promise<Outcome<Action>> {
  return inTransaction(db, async (trx) => {
    const read = await getAction(trx, change.id);
    if (!read) return { ok: false, code: 'not_found', message: 'No such action.' };
    const changed = await setStatus(trx, read, change, author, now);
    return changed.ok ? { ok: true, value: changed.value.action } : changed;
  });
}

/** Adds a note without changing the status. A note does not bump the version: it changes nothing. */
export async function addNote(
  db: Db,
  id: ActionId,
  note: string,
  author: Author,
  now: Date,
): Promise<Outcome<Action>> {
  return inTransaction(db, async (trx) => {
    const read = await getAction(trx, id);
    if (!read) return { ok: false, code: 'not_found', message: 'No such action.' };
    const noted = await addNoteTo(trx, read, note, author, now);
    return noted.ok ? { ok: true, value: noted.value.action } : noted;
  });
}

/** Replaces the owners (an empty list leaves the action unassigned). */
export async function setOwners(
  db: Db,
  id: ActionId,
  owners: readonly OwnerInput[],
  describe: string,
  author: Author,
  now: Date,
  expectedVersion?: number,
): Promise<Outcome<Action>> {
  return inTransaction(db, async (trx) => {
    const claimed = await claimVersion(trx, id, expectedVersion, {}, now);
    if (!claimed.ok) return claimed;
    await writeOwners(trx, id, owners, { author, now, notify: notifyByDefault(author) });
    await appendUpdate(trx, { actionId: id, author, kind: 'assigned', note: describe }, now);
    return { ok: true, value: (await getAction(trx, id))! };
  });
}

/** Moves an open action to the board's following meeting and counts the carry. */
export async function carryForward(
  db: Db,
  id: ActionId,
  toMeetingId: MeetingId,
  describe: string,
  author: Author,
  now: Date,
): Promise<Outcome<Action>> {
  return inTransaction(db, async (trx) => {
    const claimed = await claimVersion(
      trx,
      id,
      undefined,
      { due_meeting_id: toMeetingId, carried_forward: sql`carried_forward + 1` },
      now,
    );
    if (!claimed.ok) return claimed;
    await appendUpdate(trx, { actionId: id, author, kind: 'carried_forward', note: describe }, now);
    return { ok: true, value: (await getAction(trx, id))! };
  });
}
