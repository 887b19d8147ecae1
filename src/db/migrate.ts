/**
 * Runs migrations/ in name order on either engine: on start and by `arising migrate`.
 *
 * A small runner rather than kysely's Migrator: the Migrator finds its bookkeeping tables by
 * introspecting every schema of the database, which fails when another schema is dropped at the
 * same moment (parallel test suites, another tenant). Here the bookkeeping is one table in the
 * register's own schema, and the whole run is one transaction holding a lock, so instances
 * starting together apply each migration once, and a failed migration leaves nothing behind.
 */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { sql, type Kysely } from 'kysely';
import { engineOf } from './engine.ts';

const MIGRATIONS_DIR = fileURLToPath(new URL('../../migrations/', import.meta.url));

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

interface Migration {
  up(db: AnyDb): Promise<void>;
}

/** Every `NNNN_name.ts` file in migrations/ (`.js` in the compiled build, dist/), in name order. */
async function loadMigrations(): Promise<Array<[string, Migration]>> {
  const files = (await readdir(MIGRATIONS_DIR)).filter((f) => /^\d{4}_.+\.[jt]s$/.test(f)).sort();
  const loaded: Array<[string, Migration]> = [];
  for (const file of files) {
    const module = (await import(pathToFileURL(join(MIGRATIONS_DIR, file)).href)) as Migration;
    loaded.push([file.replace(/\.[jt]s$/, ''), module]);
  }
  return loaded;
}

export interface MigrateOutcome {
  readonly applied: readonly string[];
}

/** Brings the schema up to date; throws with the failing migration's name on error. */
export async function migrateToLatest(db: AnyDb): Promise<MigrateOutcome> {
  const migrations = await loadMigrations();
  const pg = engineOf(db) === 'postgres';
  return db.transaction().execute(async (trx) => {
    // PostgreSQL: instances starting together queue here. SQLite: the transaction began
    // IMMEDIATE (src/db/connect.ts), which already holds the write lock.
    if (pg)
      await sql`select pg_advisory_xact_lock(hashtext(current_schema() || '.arising_migrations'))`.execute(
        trx,
      );
    await sql`create table if not exists arising_migrations (name text primary key, applied_at text not null)`.execute(
      trx,
    );
    const done = new Set(
      (await sql<{ name: string }>`select name from arising_migrations`.execute(trx)).rows.map(
        (r) => r.name,
      ),
    );
    const applied: string[] = [];
    for (const [name, migration] of migrations) {
      if (done.has(name)) continue;
      try {
        await migration.up(trx);
      } catch (error) {
        throw new Error(
          `Migration failed in ${name}: ${error instanceof Error ? error.message : String(error)}`,
          {
            cause: error,
          },
        );
      }
      await sql`insert into arising_migrations (name, applied_at) values (${name}, ${new Date().toISOString()})`.execute(
        trx,
      );
      applied.push(name);
    }
    return { applied };
  });
}
