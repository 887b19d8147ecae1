/**
 * Who linked or unlinked which platform account to which person, and when: an append-only trail
 * so a hijacked account can be traced and undone. As with action_updates (0001), the database
 * itself refuses to change or delete a row.
 *
 * Frozen in time: imports nothing from src/.
 */
import { PostgresAdapter, sql, type ColumnDefinitionBuilder, type Kysely } from 'kysely';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Db = Kysely<any>;

function isPostgres(db: Db): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}

export async function up(db: Db): Promise<void> {
  const pg = isPostgres(db);
  const pk = (c: ColumnDefinitionBuilder) => (pg ? c.primaryKey() : c.primaryKey().autoIncrement());
  await db.schema
    .createTable('identity_audit')
    .addColumn('id', pg ? 'serial' : 'integer', pk)
    // link | unlink | self-link
    .addColumn('action', 'text', (c) => c.notNull())
    // The person who did it; null with by_label 'cli' for the command line.
    .addColumn('by_person_id', 'integer')
    .addColumn('by_label', 'text', (c) => c.notNull())
    .addColumn('platform', 'text', (c) => c.notNull())
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('user_id', 'text', (c) => c.notNull())
    // No foreign keys: the trail outlives the people and identities it names.
    .addColumn('person_id', 'integer', (c) => c.notNull())
    .addColumn('person_name', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('identity_audit_person')
    .on('identity_audit')
    .columns(['person_id', 'at'])
    .execute();
  if (pg) {
    await sql`create function identity_audit_append_only() returns trigger language plpgsql as $$
      begin raise exception 'identity_audit is append-only'; end $$`.execute(db);
    await sql`create trigger identity_audit_no_change before update or delete on identity_audit
      for each row execute function identity_audit_append_only()`.execute(db);
  } else {
    await sql`create trigger identity_audit_no_update before update on identity_audit
      begin select raise(abort, 'identity_audit is append-only'); end`.execute(db);
    await sql`create trigger identity_audit_no_delete before delete on identity_audit
      begin select raise(abort, 'identity_audit is append-only'); end`.execute(db);
  }
}

export async function down(db: Db): Promise<void> {
  if (isPostgres(db))
    await sql`drop function if exists identity_audit_append_only() cascade`.execute(db);
  await db.schema.dropTable('identity_audit').execute();
}
