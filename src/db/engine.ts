/**
 * Which engine the register runs on. The one place that tells SQLite from PostgreSQL, by URL
 * before a connection exists and by kysely's adapter after, so a query that must differ (an
 * aggregate's name, SKIP LOCKED, an advisory lock) branches on the same answer everywhere.
 */
import { PostgresAdapter, type Kysely } from 'kysely';

export const ENGINES = ['sqlite', 'postgres'] as const;
export type Engine = (typeof ENGINES)[number];

/** The engine a DATABASE_URL names: `sqlite:<path>`, else PostgreSQL. */
export function engineOfUrl(url: string): Engine {
  return url.startsWith('sqlite:') ? 'sqlite' : 'postgres';
}

/** The engine behind an open database or transaction. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function engineOf(db: Kysely<any>): Engine {
  return db.getExecutor().adapter instanceof PostgresAdapter ? 'postgres' : 'sqlite';
}
