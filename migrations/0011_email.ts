/**
 * Email as a third platform: how each person wants to be reached (people.channel: null or
 * 'auto', 'email', 'slack', 'teams'), and secrets the service makes for itself on first use
 * (the key that signs the links in emails), so email links need no setup and survive a restart.
 *
 * Frozen in time: imports nothing from src/.
 */
import type { Kysely } from 'kysely';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Db = Kysely<any>;

export async function up(db: Db): Promise<void> {
  // null means auto: the chat account the person last used, else email.
  await db.schema.alterTable('people').addColumn('channel', 'text').execute();
  await db.schema
    .createTable('service_secrets')
    .addColumn('name', 'text', (c) => c.primaryKey())
    .addColumn('value', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: Db): Promise<void> {
  await db.schema.dropTable('service_secrets').execute();
  await db.schema.alterTable('people').dropColumn('channel').execute();
}
