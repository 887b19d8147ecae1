/**
 * Which database errors mean "try the whole transaction again": the connection died (the server
 * rolls back whatever the transaction had done), or PostgreSQL itself aborted it to break a
 * deadlock or a serialization conflict. Everything else (a constraint, a bug, SQLite's busy
 * timeout) is not retried: it would fail the same way again.
 */

/** SQLSTATEs after which PostgreSQL has rolled the transaction back and a rerun may succeed. */
const ROLLED_BACK_BY_SERVER = new Set([
  '40001', // serialization_failure
  '40P01', // deadlock_detected
]);

/** SQLSTATEs and socket codes for a connection that is gone (classes 08 and 57P0x). */
const CONNECTION_CODES = new Set([
  '57P01', // admin_shutdown: pg_terminate_backend, a server stopping
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now: the server is starting or failing over
  'ECONNRESET',
  'ECONNREFUSED',
  'EPIPE',
  'ETIMEDOUT',
]);

// pg's own messages for a socket that closed, or a client that lost it before this query.
const CONNECTION_MESSAGES =
  /Connection terminated|not queryable|Client was closed|Connection ended|terminating connection/i;

function codeOf(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

/** True when the error says the database connection was lost. */
export function isConnectionLost(error: unknown): boolean {
  const code = codeOf(error);
  if (code && (CONNECTION_CODES.has(code) || code.startsWith('08'))) return true;
  return error instanceof Error && CONNECTION_MESSAGES.test(error.message);
}

/** True when PostgreSQL aborted the transaction for a conflict that a rerun may not meet. */
export function isRolledBackConflict(error: unknown): boolean {
  const code = codeOf(error);
  return code !== undefined && ROLLED_BACK_BY_SERVER.has(code);
}
