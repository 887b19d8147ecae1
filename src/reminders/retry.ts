/** How the deliverer retries: bounded attempts, exponential backoff with jitter, Retry-After. */

export interface RetryPolicy {
  /** Attempts before a notice is given up as failed. */
  readonly maxAttempts: number;
  readonly baseDelayMs: number;
  readonly maxDelayMs: number;
  /** How long a claim holds before another pass may take the notice over (crash recovery). */
  readonly claimTimeoutMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = {
  maxAttempts: 8,
  baseDelayMs: 30_000,
  maxDelayMs: 60 * 60_000,
  claimTimeoutMs: 10 * 60_000,
};

/**
 * Exponential backoff with "equal jitter" (half fixed, half random), capped, and never sooner
 * than the platform's Retry-After.
 */
export function backoffMs(
  attempt: number,
  retryAfterMs: number | undefined,
  retry: RetryPolicy = DEFAULT_RETRY,
  random: () => number = Math.random,
): number {
  const exp = Math.min(retry.maxDelayMs, retry.baseDelayMs * 2 ** Math.max(0, attempt - 1));
  const jittered = exp / 2 + random() * (exp / 2);
  return Math.max(Math.round(jittered), retryAfterMs ?? 0);
}
