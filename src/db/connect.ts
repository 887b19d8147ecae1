/**
 * Opens the register's database: SQLite (embedded, the default) or PostgreSQL (several
 * instances side by side), chosen by the URL.
 *
 *   const { db, close } = await openDatabase('sqlite:./data/arising.db');
 */
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import {
  CompiledQuery,
  Kysely,
  PostgresDialect,
  SqliteDialect,
  SqliteDriver,
  type DatabaseConnection,
  type LogConfig,
  type SqliteDialectConfig,
} from 'kysely';
import type { Database } from './schema.ts';
import { engineOfUrl, type Engine } from './engine.ts';

/** The engine an open database runs on (src/db/engine.ts). */
export type DatabaseKind = Engine;

export interface OpenDatabase {
  readonly db: Kysely<Database>;
  readonly kind: DatabaseKind;
  /** PostgreSQL: the schema the register lives in (the migrator's bookkeeping goes there too). */
  readonly schema?: string;
  close(): Promise<void>;
}

export interface OpenOptions {
  /** PostgreSQL only: the schema to work in (tests give each file its own). */
  readonly schema?: string;
  /** PostgreSQL only: pool size. */
  readonly maxConnections?: number;
  /** PostgreSQL only: names the connections in pg_stat_activity (default matters-arising). */
  readonly applicationName?: string;
  /** PostgreSQL only: told when a connection dies, idle or in use (for logging). */
  readonly onConnectionError?: (error: Error) => void;
  /** Told of every statement run, BEGIN and COMMIT included (kysely's `log`): tests count them. */
  readonly log?: LogConfig;
}

export async function openDatabase(url: string, options: OpenOptions = {}): Promise<OpenDatabase> {
  if (engineOfUrl(url) === 'sqlite') return openSqlite(url.slice('sqlite:'.length), options);
  // pg is loaded only for PostgreSQL: the embedded default (and every CLI call on it) skips it.
  if (/^postgres(ql)?:\/\//.test(url))
    return openPostgres((await import('pg')).default, url, options);
  throw new Error(`Unsupported DATABASE_URL: expected sqlite:<path> or postgres://...`);
}

function openSqlite(path: string, options: OpenOptions): OpenDatabase {
  const memory = path === ':memory:';
  if (!memory) mkdirSync(dirname(resolve(path)), { recursive: true });
  const sqlite = new SqliteDatabase(memory ? ':memory:' : resolve(path));
  // WAL lets the local chat read while the service writes; a busy timeout instead of
  // SQLITE_BUSY when two processes write at once; foreign keys are off by default in SQLite.
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('synchronous = NORMAL');
  const db = new Kysely<Database>({
    dialect: new ImmediateSqliteDialect({ database: withStatementCache(sqlite) }),
    ...(options.log ? { log: options.log } : {}),
  });
  return { db, kind: 'sqlite', close: () => db.destroy() };
}

/** Prepared statements kept, by SQL text; the least recently used goes first. */
const STATEMENTS_KEPT = 500;

/**
 * better-sqlite3 compiles a statement on every prepare(), and kysely prepares each query anew:
 * about an eighth of a busy service's time. The register's queries are few and their SQL text
 * repeats (values are bound), so compiled statements are kept and reused. Kysely never streams
 * here, so a statement is never mid-iteration when reused.
 */
function withStatementCache(sqlite: SqliteDatabase.Database): SqliteDialectConfig['database'] {
  const kept = new Map<string, SqliteDatabase.Statement>();
  return {
    prepare(sql: string) {
      let statement = kept.get(sql);
      if (statement) {
        kept.delete(sql);
      } else {
        statement = sqlite.prepare(sql);
        if (kept.size >= STATEMENTS_KEPT) kept.delete(kept.keys().next().value!);
      }
      kept.set(sql, statement);
      return statement;
    },
    close() {
      kept.clear();
      sqlite.close();
    },
  };
}

/**
 * Transactions take SQLite's write lock when they begin (BEGIN IMMEDIATE) instead of on their
 * first write. A deferred transaction that reads, then writes while another process holds the
 * lock, fails at once with "database is locked" (SQLite cannot wait without risking deadlock);
 * an immediate one waits out the busy timeout like any other writer.
 */
class ImmediateSqliteDriver extends SqliteDriver {
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin immediate'));
  }
}

class ImmediateSqliteDialect extends SqliteDialect {
  constructor(private readonly settings: SqliteDialectConfig) {
    super(settings);
  }
  override createDriver(): SqliteDriver {
    return new ImmediateSqliteDriver(this.settings);
  }
}

function openPostgres(
  pg: typeof import('pg').default,
  url: string,
  options: OpenOptions,
): OpenDatabase {
  const pool = new pg.Pool({
    connectionString: url,
    max: options.maxConnections ?? 10,
    application_name: options.applicationName ?? 'matters-arising',
  });
  const schema = options.schema;
  if (schema && !/^[a-z_][a-z0-9_]*$/.test(schema)) throw new Error(`Bad schema name: ${schema}`);
  // A connection lost (server restart, failover, pg_terminate_backend, a network drop) must not
  // crash the service. pg-pool listens for 'error' only while a client is idle in the pool (and
  // re-emits it as the pool's 'error'); while kysely holds a client, in a query or between the
  // queries of a transaction, nobody listens, and an 'error' event with no listener is thrown.
  // So every client gets its own listener for life, attached on 'connect' (fired once per new
  // client, before anyone checks it out). The query in flight is rejected by pg itself; the
  // dead client is not reused (pg-pool discards a client that is no longer queryable when it is
  // released), and src/register/tx.ts reruns a transaction the loss rolled back.
  pool.on('connect', (client) => {
    client.on('error', (error) => options.onConnectionError?.(error));
    if (schema) client.query(`set search_path to ${schema}`).catch(() => undefined);
  });
  // The same loss on an idle client arrives here as well: report it once, not twice.
  pool.on('error', () => undefined);
  const db = new Kysely<Database>({
    dialect: new PostgresDialect({ pool }),
    ...(options.log ? { log: options.log } : {}),
  });
  return { db, kind: 'postgres', schema: options.schema ?? 'public', close: () => db.destroy() };
}
