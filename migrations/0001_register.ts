/**
 * The action register: boards, meetings, people and their platform identities, memberships,
 * actions, owners and the append-only history.
 *
 * Frozen in time: this file imports nothing from src/ and stays as it landed.
 * One file serves SQLite and PostgreSQL; the differences are branched visibly below.
 * Instants are stored as ISO 8601 UTC text on both engines ('2026-12-02T10:00:00.000Z'): it sorts
 * as time does and reads back identically from both drivers.
 * History is never cascaded away: foreign keys to actions and people restrict deletion.
 */
import { PostgresAdapter, sql, type ColumnDefinitionBuilder, type Kysely } from 'kysely';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Db = Kysely<any>;

function isPostgres(db: Db): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}

export async function up(db: Db): Promise<void> {
  const pg = isPostgres(db);
  // An auto-numbered primary key: serial on PostgreSQL, an autoincrement rowid alias on SQLite.
  const idType = pg ? 'serial' : 'integer';
  const pk = (c: ColumnDefinitionBuilder) => (pg ? c.primaryKey() : c.primaryKey().autoIncrement());

  await db.schema
    .createTable('boards')
    .addColumn('id', idType, pk)
    .addColumn('slug', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('ref_prefix', 'text', (c) => c.notNull().unique())
    .addColumn('next_ref', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('parent_id', 'integer', (c) => c.references('boards.id').onDelete('restrict'))
    .addColumn('timezone', 'text', (c) => c.notNull().defaultTo('Europe/London'))
    .addColumn('reminder_policy', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('board_channels')
    .addColumn('id', idType, pk)
    .addColumn('board_id', 'integer', (c) =>
      c.notNull().references('boards.id').onDelete('restrict'),
    )
    .addColumn('platform', 'text', (c) => c.notNull())
    .addColumn('workspace_id', 'text')
    .addColumn('channel_id', 'text', (c) => c.notNull())
    .addColumn('purpose', 'text', (c) => c.notNull().defaultTo('secretariat'))
    .addUniqueConstraint('board_channels_unique', ['board_id', 'platform', 'channel_id', 'purpose'])
    .execute();

  await db.schema
    .createTable('meetings')
    .addColumn('id', idType, pk)
    .addColumn('board_id', 'integer', (c) =>
      c.notNull().references('boards.id').onDelete('restrict'),
    )
    .addColumn('starts_at', 'text', (c) => c.notNull())
    .addColumn('location', 'text')
    .addColumn('source', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('meetings_board_start', ['board_id', 'starts_at'])
    .execute();

  await db.schema
    .createTable('people')
    .addColumn('id', idType, pk)
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('initials', 'text')
    .addColumn('organisation', 'text')
    .addColumn('title', 'text')
    // Lower-cased on write so lookups by email are exact.
    .addColumn('email', 'text', (c) => c.unique())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('identities')
    .addColumn('id', idType, pk)
    .addColumn('person_id', 'integer', (c) =>
      c.notNull().references('people.id').onDelete('restrict'),
    )
    .addColumn('platform', 'text', (c) => c.notNull())
    // Slack team id or Teams tenant id; '' where the platform has none (console).
    .addColumn('workspace_id', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('user_id', 'text', (c) => c.notNull())
    // What a proactive message needs (Teams conversation reference, Slack DM channel), as JSON.
    .addColumn('conversation_ref', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('identities_platform_user', ['platform', 'workspace_id', 'user_id'])
    .execute();

  await db.schema
    .createTable('memberships')
    .addColumn('board_id', 'integer', (c) =>
      c.notNull().references('boards.id').onDelete('restrict'),
    )
    .addColumn('person_id', 'integer', (c) =>
      c.notNull().references('people.id').onDelete('restrict'),
    )
    .addColumn('role', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('memberships_pk', ['board_id', 'person_id', 'role'])
    .execute();

  await db.schema
    .createTable('actions')
    .addColumn('id', idType, pk)
    .addColumn('ref', 'text', (c) => c.notNull().unique())
    .addColumn('board_id', 'integer', (c) =>
      c.notNull().references('boards.id').onDelete('restrict'),
    )
    .addColumn('raised_at_meeting_id', 'integer', (c) =>
      c.references('meetings.id').onDelete('restrict'),
    )
    .addColumn('minute_ref', 'text')
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('due_meeting_id', 'integer', (c) => c.references('meetings.id').onDelete('restrict'))
    .addColumn('due_date', 'text')
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('open'))
    .addColumn('visibility', 'text', (c) => c.notNull().defaultTo('public'))
    .addColumn('carried_forward', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    // Identifies an imported action so importing the same minutes twice creates nothing new.
    .addColumn('import_key', 'text', (c) => c.unique())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addCheckConstraint(
      'actions_status',
      sql`status in ('open', 'in_progress', 'complete', 'closed', 'dropped')`,
    )
    .addCheckConstraint('actions_visibility', sql`visibility in ('public', 'restricted')`)
    .execute();
  await db.schema
    .createIndex('actions_board_status')
    .on('actions')
    .columns(['board_id', 'status'])
    .execute();
  await db.schema
    .createIndex('actions_due_meeting')
    .on('actions')
    .column('due_meeting_id')
    .execute();

  await db.schema
    .createTable('action_owners')
    .addColumn('id', idType, pk)
    .addColumn('action_id', 'integer', (c) =>
      c.notNull().references('actions.id').onDelete('restrict'),
    )
    .addColumn('person_id', 'integer', (c) => c.references('people.id').onDelete('restrict'))
    // A group owner as the minutes name it ("MOPAC officers"); never a person.
    .addColumn('group_name', 'text')
    .addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
    .addCheckConstraint('action_owners_one_kind', sql`(person_id is null) <> (group_name is null)`)
    .execute();
  await db.schema
    .createIndex('action_owners_action')
    .on('action_owners')
    .column('action_id')
    .execute();
  await db.schema
    .createIndex('action_owners_person')
    .on('action_owners')
    .column('person_id')
    .execute();

  await db.schema
    .createTable('action_updates')
    .addColumn('id', idType, pk)
    .addColumn('action_id', 'integer', (c) =>
      c.notNull().references('actions.id').onDelete('restrict'),
    )
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('actor_id', 'integer', (c) => c.references('people.id').onDelete('restrict'))
    .addColumn('actor_name', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('status_from', 'text')
    .addColumn('status_to', 'text')
    .addColumn('note', 'text')
    .execute();
  await db.schema
    .createIndex('action_updates_action')
    .on('action_updates')
    .columns(['action_id', 'id'])
    .execute();

  // The history is append-only: the database itself refuses to change or delete a row.
  if (pg) {
    await sql`create function action_updates_append_only() returns trigger language plpgsql as $$
      begin raise exception 'action_updates is append-only'; end $$`.execute(db);
    await sql`create trigger action_updates_no_change before update or delete on action_updates
      for each row execute function action_updates_append_only()`.execute(db);
  } else {
    await sql`create trigger action_updates_no_update before update on action_updates
      begin select raise(abort, 'action_updates is append-only'); end`.execute(db);
    await sql`create trigger action_updates_no_delete before delete on action_updates
      begin select raise(abort, 'action_updates is append-only'); end`.execute(db);
  }
}

export async function down(db: Db): Promise<void> {
  if (isPostgres(db))
    await sql`drop function if exists action_updates_append_only() cascade`.execute(db);
  for (const table of [
    'action_updates',
    'action_owners',
    'actions',
    'memberships',
    'identities',
    'people',
    'meetings',
    'board_channels',
    'boards',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
