/**
 * A new status, `withdrawn`: an action entered in error is withdrawn by the secretariat with a
 * reason, never deleted, so its history stays. The statuses are a CHECK constraint (0001).
 *
 * PostgreSQL swaps the constraint. SQLite cannot alter a CHECK, and with foreign keys on (they
 * cannot be turned off inside the migration's transaction) renaming a table rewrites every
 * reference to it. So `actions` and every table that references it are rebuilt together from
 * their own stored definitions: each is renamed aside, created again under its name (the
 * children's definitions still say `actions`), filled with the same rows and ids, and the old
 * ones dropped, children first, so no reference is ever left dangling. Indexes and the history's
 * append-only triggers are recreated from their stored definitions. foreign_key_check proves it
 * before the transaction commits.
 *
 * Frozen in time: imports nothing from src/.
 */
import { PostgresAdapter, sql, type Kysely } from 'kysely';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Db = Kysely<any>;

const OLD_CHECK = "status in ('open', 'in_progress', 'complete', 'closed', 'dropped')";
const NEW_CHECK = "status in ('open', 'in_progress', 'complete', 'closed', 'dropped', 'withdrawn')";

export async function up(db: Db): Promise<void> {
  if (db.getExecutor().adapter instanceof PostgresAdapter) {
    await sql`alter table actions drop constraint actions_status`.execute(db);
    await sql`alter table actions add constraint actions_status check (${sql.raw(NEW_CHECK)})`.execute(
      db,
    );
    return;
  }
  // actions, then every table with a foreign key to it (action_owners, action_updates, chases…),
  // found rather than listed, so a table added by any earlier migration comes through too.
  const names = (
    await sql<{ name: string }>`select name from sqlite_schema
      where type = 'table' and name not like 'sqlite_%' order by name`.execute(db)
  ).rows.map((r) => r.name);
  const TABLES = ['actions'];
  for (const name of names) {
    const keys = await sql<{
      table: string;
    }>`select * from pragma_foreign_key_list(${name})`.execute(db);
    if (name !== 'actions' && keys.rows.some((k) => k.table === 'actions')) TABLES.push(name);
  }
  const stored = async (type: 'table' | 'index' | 'trigger') =>
    (
      await sql<{ name: string; tbl_name: string; sql: string }>`
        select name, tbl_name, sql from sqlite_schema
        where type = ${type} and sql is not null and tbl_name in (${sql.join(TABLES)})`.execute(db)
    ).rows;
  const tables = new Map((await stored('table')).map((t) => [t.name, t.sql]));
  const extras = [...(await stored('index')), ...(await stored('trigger'))];
  const actionsSql = tables.get('actions')!;
  if (!actionsSql.includes(OLD_CHECK)) {
    throw new Error('0016: the actions table does not have the status check 0001 made');
  }
  for (const extra of extras) {
    const kind = extra.sql.trimStart().toLowerCase().startsWith('create trigger')
      ? 'trigger'
      : 'index';
    await sql`drop ${sql.raw(kind)} ${sql.id(extra.name)}`.execute(db);
  }
  for (const table of TABLES) {
    await sql`alter table ${sql.id(table)} rename to ${sql.id(`${table}_0015`)}`.execute(db);
  }
  for (const table of TABLES) {
    const definition = tables.get(table)!;
    await sql
      .raw(table === 'actions' ? definition.replace(OLD_CHECK, NEW_CHECK) : definition)
      .execute(db);
    await sql`insert into ${sql.id(table)} select * from ${sql.id(`${table}_0015`)}`.execute(db);
  }
  for (const table of [...TABLES].reverse()) {
    await sql`drop table ${sql.id(`${table}_0015`)}`.execute(db);
  }
  for (const extra of extras) await sql.raw(extra.sql).execute(db);
  const broken = await sql`pragma foreign_key_check`.execute(db);
  if (broken.rows.length > 0) {
    throw new Error(`0016: foreign keys broken by the rebuild: ${JSON.stringify(broken.rows)}`);
  }
}
