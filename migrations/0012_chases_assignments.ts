/**
 * Chasing and assignment notices (issue 15).
 *
 * - action_owners learns when each owner was given the action and by whom, and whether they
 *   still have to be told (`notice`: 'pending' until the reminders pass queues the assignment
 *   notice, then the outbox key it went under, or 'skipped' when there was nothing to tell).
 *   Rows older than this migration have null everywhere: owners assigned before it are not told
 *   now, months later.
 * - chases: one row per owner, action and board-local day a secretariat chased; the unique key is
 *   what limits a chase to once a day, even with two instances answering at the same moment.
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

  await db.schema.alterTable('action_owners').addColumn('assigned_at', 'text').execute();
  // No foreign key: SQLite cannot add one to an existing table; the history row of the same
  // change names the person with one.
  await db.schema.alterTable('action_owners').addColumn('assigned_by', 'integer').execute();
  await db.schema.alterTable('action_owners').addColumn('notice', 'text').execute();
  // The reminders pass looks for owners still to be told every minute: only those are indexed.
  await db.schema
    .createIndex('action_owners_notice_pending')
    .on('action_owners')
    .columns(['person_id', 'id'])
    .where(sql.ref('notice'), '=', 'pending')
    .execute();

  await db.schema
    .createTable('chases')
    .addColumn('id', pg ? 'serial' : 'integer', pk)
    .addColumn('person_id', 'integer', (c) =>
      c.notNull().references('people.id').onDelete('restrict'),
    )
    .addColumn('action_id', 'integer', (c) =>
      c.notNull().references('actions.id').onDelete('restrict'),
    )
    // YYYY-MM-DD in the board's time zone: "once a day" as the board reads a day.
    .addColumn('day', 'text', (c) => c.notNull())
    .addColumn('chased_at', 'text', (c) => c.notNull())
    .addColumn('chased_by', 'integer', (c) => c.references('people.id').onDelete('restrict'))
    .addColumn('chased_by_name', 'text', (c) => c.notNull())
    // The outbox notice that carried it.
    .addColumn('outbox_key', 'text', (c) => c.notNull())
    .addUniqueConstraint('chases_once_a_day', ['person_id', 'action_id', 'day'])
    .execute();
}

export async function down(db: Db): Promise<void> {
  await db.schema.dropTable('chases').execute();
  await db.schema.dropIndex('action_owners_notice_pending').execute();
  await db.schema.alterTable('action_owners').dropColumn('notice').execute();
  await db.schema.alterTable('action_owners').dropColumn('assigned_by').execute();
  await db.schema.alterTable('action_owners').dropColumn('assigned_at').execute();
}
