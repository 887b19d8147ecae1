import type { Kysely, Transaction } from 'kysely';
import { isConnectionLost, isRolledBackConflict } from '../db/connection-lost.ts';
import type { Database } from '../db/schema.ts';

export type Db = Kysely<Database>;

/** Runs of a transaction before its error is passed on (the first try and two reruns). */
const TRANSACTION_RUNS = 3;
/** Pause before a rerun, doubled each time: long enough for the pool to open a new connection. */
const RERUN_PAUSE_MS = 25;

/**
 * The connection was lost while COMMIT was on the wire: the server may have committed or not,
 * and nothing here can tell which. Not retried (a rerun could apply a note or an import twice);
 * the edge reports it as "may not have been saved", and the person checks and repeats.
 */
export class CommitOutcomeUnknown extends Error {
  readonly code = 'commit_outcome_unknown';
  constructor(cause: unknown) {
    super('The database connection was lost while saving; the change may or may not be saved.', {
      cause,
    });
  }
}

/**
 * Runs `fn` in a transaction, or inside the caller's when `db` already is one, so register
 * functions compose: the import writes a meeting, people and actions in one transaction by
 * calling the same functions a command calls on its own.
 *
 * A transaction that fails before its COMMIT was sent, because the connection died or because
 * PostgreSQL aborted it for a deadlock or serialization conflict, is run again as a whole: the
 * server rolled back everything it had done, so a rerun cannot half-apply or double-apply it.
 * `fn` must therefore touch nothing but `trx` (every caller only reads and writes the register).
 * A loss during COMMIT itself is ambiguous and is thrown as CommitOutcomeUnknown. SQLite is
 * unaffected: its errors are neither, so they pass straight through as before.
 */
export async function inTransaction<T>(
  db: Db,
  fn: (trx: Transaction<Database>) => Promise<T>,
): Promise<T> {
  if (db.isTransaction) return fn(db as Transaction<Database>);
  for (let run = 1; ; run++) {
    let committing = false;
    try {
      return await db.transaction().execute(async (trx) => {
        const result = await fn(trx);
        // kysely sends COMMIT as soon as this returns.
        committing = true;
        return result;
      });
    } catch (error) {
      if (committing && isConnectionLost(error)) throw new CommitOutcomeUnknown(error);
      const rerun = isConnectionLost(error) || isRolledBackConflict(error);
      if (!rerun || run >= TRANSACTION_RUNS) throw error;
      await new Promise((resolve) => setTimeout(resolve, RERUN_PAUSE_MS * 2 ** (run - 1)));
    }
  }
}

/** The register's timestamp format: ISO 8601 UTC with milliseconds, sortable as text. */
export function iso(date: Date): string {
  return date.toISOString();
}
