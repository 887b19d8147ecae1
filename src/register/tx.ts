import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../db/schema.ts';

export type Db = Kysely<Database>;

/**
 * Runs `fn` in a transaction, or inside the caller's when `db` already is one, so register
 * functions compose: the import writes a meeting, people and actions in one transaction by
 * calling the same functions a command calls on its own.
 */
export async function inTransaction<T>(
  db: Db,
  fn: (trx: Transaction<Database>) => Promise<T>,
): Promise<T> {
  if (db.isTransaction) return fn(db as Transaction<Database>);
  return db.transaction().execute(fn);
}

/** The register's timestamp format: ISO 8601 UTC with milliseconds, sortable as text. */
export function iso(date: Date): string {
  return date.toISOString();
}
