/**
 * Minutes drafts made from a file shared with the bot in Slack or Teams, held between the review
 * and the secretariat's "Import" / "Discard" click. The click carries only the random id: the
 * draft itself never leaves the server, so it cannot be edited on its way back.
 *
 * Frozen in time: imports nothing from src/.
 */
import type { Kysely } from 'kysely';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Db = Kysely<any>;

export async function up(db: Db): Promise<void> {
  await db.schema
    .createTable('held_drafts')
    // 128 random bits (base64url): unguessable, so holding the id is the only way to a draft.
    .addColumn('id', 'text', (c) => c.primaryKey())
    // Only the person who shared the file may import or discard it.
    .addColumn('person_id', 'integer', (c) =>
      c.notNull().references('people.id').onDelete('cascade'),
    )
    .addColumn('board_slug', 'text')
    .addColumn('file_name', 'text', (c) => c.notNull())
    // The draft as JSON (the documented import schema); text on both engines, checked with zod on read.
    .addColumn('draft', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    // Set by the first "Import" click in the same transaction as the import: a double click, or
    // two instances receiving the same click, import once.
    .addColumn('imported_at', 'text')
    .execute();
  await db.schema
    .createIndex('held_drafts_expires')
    .on('held_drafts')
    .column('expires_at')
    .execute();
}

export async function down(db: Db): Promise<void> {
  await db.schema.dropTable('held_drafts').execute();
}
