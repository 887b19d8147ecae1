/**
 * Inbound events already handled, so a platform's retry (Slack's X-Slack-Retry-Num, a Bot
 * Framework redelivery) never applies an update twice, whichever instance receives it.
 *
 * Frozen in time: imports nothing from src/.
 */
import type { Kysely } from 'kysely';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Db = Kysely<any>;

export async function up(db: Db): Promise<void> {
  await db.schema
    .createTable('inbound_events')
    // e.g. slack:event:Ev012ABC or teams:activity:1234; the primary key is the deduplication.
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('seen_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('inbound_events_seen')
    .on('inbound_events')
    .column('seen_at')
    .execute();
}

export async function down(db: Db): Promise<void> {
  await db.schema.dropTable('inbound_events').execute();
}
