/**
 * Database fixtures for tests that run on both engines, like kysely's DIALECTS: SQLite always,
 * PostgreSQL when TEST_DATABASE_URL is set (CI sets it). Each call gets a fresh database: an
 * in-memory SQLite, or a PostgreSQL schema of its own so test files run in parallel.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openDatabase, type OpenOptions } from '../../src/db/connect.ts';
import { migrateToLatest } from '../../src/db/migrate.ts';
import type { Db } from '../../src/register/tx.ts';

export type Dialect = 'sqlite' | 'postgres';

export const PG_URL = process.env.TEST_DATABASE_URL;

export const DIALECTS: readonly Dialect[] = PG_URL ? ['sqlite', 'postgres'] : ['sqlite'];

export interface TestDb {
  readonly db: Db;
  readonly dialect: Dialect;
  /** A URL another process or connection can open (SQLite: a file; PostgreSQL: with the schema). */
  readonly schema?: string;
  close(): Promise<void>;
}

/** A fresh, migrated database. `file` puts SQLite on disk (for multi-connection tests). */
export async function openTestDb(
  dialect: Dialect,
  options: { file?: string; maxConnections?: number; log?: OpenOptions['log'] } = {},
): Promise<TestDb> {
  if (dialect === 'sqlite') {
    const opened = await openDatabase(
      `sqlite:${options.file ?? ':memory:'}`,
      options.log ? { log: options.log } : {},
    );
    await migrateToLatest(opened.db);
    return { db: opened.db, dialect, close: opened.close };
  }
  const schema = `t_${randomBytes(6).toString('hex')}`;
  const opened = await openDatabase(PG_URL!, {
    schema,
    ...(options.maxConnections ? { maxConnections: options.maxConnections } : {}),
    ...(options.log ? { log: options.log } : {}),
  });
  const admin = new pg.Client({ connectionString: PG_URL });
  await admin.connect();
  await admin.query(`create schema ${schema}`);
  await admin.end();
  await migrateToLatest(opened.db);
  return {
    db: opened.db,
    dialect,
    schema,
    async close() {
      await opened.close();
      const cleanup = new pg.Client({ connectionString: PG_URL });
      await cleanup.connect();
      await cleanup.query(`drop schema ${schema} cascade`);
      await cleanup.end();
    },
  };
}

/** Opens a second connection pool on the same PostgreSQL schema (a second "instance"). */
export async function openSameSchema(
  schema: string,
  maxConnections = 5,
): Promise<{ db: Db; close(): Promise<void> }> {
  const opened = await openDatabase(PG_URL!, { schema, maxConnections });
  return { db: opened.db, close: opened.close };
}
