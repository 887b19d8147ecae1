/**
 * The append-only history of every action: who, when, from where, status from/to, note.
 * Rows are only ever inserted (the database refuses updates and deletes, see migration 0001),
 * and always in the same transaction as the change they record.
 */
import type { ActionId, ActionUpdate, PersonId, Source, Status, UpdateKind } from '../domain.ts';
import type { ActionUpdateRow } from '../db/schema.ts';
import { iso, type Db } from './tx.ts';
import { compiledOnce } from '../db/compiled.ts';
import { inChunks } from '../db/chunks.ts';

/** Who made a change: a person, or the system (import, carry-forward). */
export interface Author {
  readonly personId: PersonId | null;
  readonly name: string;
  readonly source: Source;
}

export const SYSTEM_AUTHOR: Author = { personId: null, name: 'Matters Arising', source: 'system' };

export function toUpdate(row: ActionUpdateRow): ActionUpdate {
  return {
    id: row.id,
    actionId: row.action_id as ActionId,
    at: row.at,
    actorId: (row.actor_id ?? null) as PersonId | null,
    actorName: row.actor_name,
    source: row.source as Source,
    kind: row.kind as UpdateKind,
    statusFrom: (row.status_from ?? null) as Status | null,
    statusTo: (row.status_to ?? null) as Status | null,
    note: row.note,
  };
}

export interface NewUpdate {
  readonly actionId: ActionId;
  readonly author: Author;
  readonly kind: UpdateKind;
  readonly statusFrom?: Status | null;
  readonly statusTo?: Status | null;
  readonly note?: string | null;
}

/** Every status change and note writes one: compiled once, not on each command. */
const insertUpdate = compiledOnce(
  (
    db,
    actionId: number,
    at: string,
    actorId: number | null,
    actorName: string,
    source: string,
    kind: string,
    statusFrom: string | null,
    statusTo: string | null,
    note: string | null,
  ) =>
    db
      .insertInto('action_updates')
      .values({
        action_id: actionId,
        at,
        actor_id: actorId,
        actor_name: actorName,
        source,
        kind,
        status_from: statusFrom,
        status_to: statusTo,
        note,
      })
      .returning('id'),
);

/** Appends one history row and returns it. Call it inside the transaction that makes the change. */
export async function appendUpdate(db: Db, update: NewUpdate, now: Date): Promise<ActionUpdate> {
  const row: Omit<ActionUpdateRow, 'id'> = {
    action_id: update.actionId,
    at: iso(now),
    actor_id: update.author.personId,
    actor_name: update.author.name,
    source: update.author.source,
    kind: update.kind,
    status_from: update.statusFrom ?? null,
    status_to: update.statusTo ?? null,
    note: update.note ?? null,
  };
  const [inserted] = await insertUpdate.execute(
    db,
    row.action_id,
    row.at,
    row.actor_id,
    row.actor_name,
    row.source,
    row.kind,
    row.status_from,
    row.status_to,
    row.note,
  );
  return toUpdate({ ...row, id: Number(inserted!.id) });
}

/** An action's whole history, oldest first. */
export async function listHistory(db: Db, actionId: ActionId): Promise<ActionUpdate[]> {
  const rows = await db
    .selectFrom('action_updates')
    .selectAll()
    .where('action_id', '=', actionId)
    .orderBy('id')
    .execute();
  return rows.map(toUpdate);
}

/** The latest status change or note of each action (creation does not count as an update). */
export async function latestUpdates(
  db: Db,
  actionIds: readonly ActionId[],
): Promise<Map<ActionId, ActionUpdate>> {
  const latest = new Map<ActionId, ActionUpdate>();
  // Only the newest row of each action is read: a card or digest line must not cost more as
  // an action's history grows (the Slack round-trip benchmark showed it did).
  const rows = await inChunks(actionIds, (chunk) =>
    db
      .selectFrom('action_updates')
      .selectAll()
      .where('id', 'in', (eb) =>
        eb
          .selectFrom('action_updates')
          .select((e) => e.fn.max('id').as('id'))
          .where('action_id', 'in', chunk)
          .where('kind', 'in', ['status', 'note'])
          .groupBy('action_id'),
      )
      .execute(),
  );
  for (const row of rows) latest.set(row.action_id as ActionId, toUpdate(row));
  return latest;
}
