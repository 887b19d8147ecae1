/**
 * The outbox: every reminder and digest waits here until delivered, and the scheduler's lease.
 *
 * Frozen in time: imports nothing from src/. Exactly-once comes from the database, as in pg-boss:
 * a unique idempotency key per notice (the planner can run any number of times), a claim by
 * conditional UPDATE, and a one-row lease deciding which instance runs a tick.
 */
import { PostgresAdapter, type ColumnDefinitionBuilder, type Kysely } from 'kysely';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Db = Kysely<any>;

export async function up(db: Db): Promise<void> {
  const pg = db.getExecutor().adapter instanceof PostgresAdapter;
  const idType = pg ? 'serial' : 'integer';
  const pk = (c: ColumnDefinitionBuilder) => (pg ? c.primaryKey() : c.primaryKey().autoIncrement());

  await db.schema
    .createTable('outbox')
    .addColumn('id', idType, pk)
    // e.g. reminder:person=12:meeting=40:lead=7d. Unique: planning twice cannot queue twice.
    .addColumn('idempotency_key', 'text', (c) => c.notNull().unique())
    // reminder | digest | notice
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('board_id', 'integer', (c) => c.references('boards.id').onDelete('restrict'))
    .addColumn('meeting_id', 'integer', (c) => c.references('meetings.id').onDelete('restrict'))
    .addColumn('person_id', 'integer', (c) => c.references('people.id').onDelete('restrict'))
    // slack | teams | console; null until the recipient's platform is chosen.
    .addColumn('platform', 'text')
    // The Recipient (JSON) and the data to render at send time (JSON).
    .addColumn('recipient', 'text')
    .addColumn('payload', 'text', (c) => c.notNull())
    // pending | sending | sent | failed | undeliverable | cancelled
    .addColumn('state', 'text', (c) => c.notNull().defaultTo('pending'))
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('not_before', 'text', (c) => c.notNull())
    .addColumn('next_attempt_at', 'text', (c) => c.notNull())
    .addColumn('claimed_by', 'text')
    .addColumn('claimed_at', 'text')
    .addColumn('last_error', 'text')
    .addColumn('message_id', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('sent_at', 'text')
    .execute();
  await db.schema
    .createIndex('outbox_due')
    .on('outbox')
    .columns(['state', 'next_attempt_at'])
    .execute();

  // One row per periodic job: the instance holding an unexpired lease runs the tick.
  await db.schema
    .createTable('leases')
    .addColumn('name', 'text', (c) => c.primaryKey())
    .addColumn('holder', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: Db): Promise<void> {
  await db.schema.dropTable('leases').execute();
  await db.schema.dropTable('outbox').execute();
}
