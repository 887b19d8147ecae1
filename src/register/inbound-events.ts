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

/** Forgets events older than `before` (platforms stop retrying within minutes). */
export async function pruneInboundEvents(db: Db, before: Date): Promise<number> {
  const result = await db
    .deleteFrom('inbound_events')
    .where('seen_at', '<', iso(before))
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
