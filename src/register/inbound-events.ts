/** Deduplication of inbound platform events (see migrations/0003_inbound_events.ts). */
import { iso, type Db } from './tx.ts';

/**
 * Records `key` and says whether this is its first delivery. Atomic on both engines (a primary
 * key insert), so two instances receiving the same retry cannot both see `true`.
 */
export async function firstDelivery(db: Db, key: string, now: Date): Promise<boolean> {
  const result = await db
    .insertInto('inbound_events')
    .values({ key, seen_at: iso(now) })
    .onConflict((oc) => oc.column('key').doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}

/**
 * Forgets `key`, so the request it named can be sent again: for a form whose submission was
 * refused or failed, which its sender corrects and submits again under the same key.
 */
export async function forgetDelivery(db: Db, key: string): Promise<void> {
  await db.deleteFrom('inbound_events').where('key', '=', key).execute();
}

/**
 * How long a key is remembered: far longer than a replay can be accepted (Slack signatures are
 * checked to 5 minutes, Bot Framework redeliveries come within minutes), short enough that the
 * table stays small. The scheduler prunes older keys (reminders/scheduler.ts).
 */
export const INBOUND_EVENTS_KEPT_MS = 24 * 60 * 60_000;

/** Forgets events older than `before` (platforms stop retrying within minutes). */
export async function pruneInboundEvents(db: Db, before: Date): Promise<number> {
  const result = await db
    .deleteFrom('inbound_events')
    .where('seen_at', '<', iso(before))
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
