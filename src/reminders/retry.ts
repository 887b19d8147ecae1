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

/** The shortest wait after a rate limit, whatever Retry-After said (Slack's unit is 1 s). */
export const MIN_RATE_LIMIT_WAIT_MS = 1_000;

/**
 * Exponential backoff with "equal jitter" (half fixed, half random), capped. When the platform
 * said when to come back (Retry-After on a 429) that is the wait: a rate limit is pacing, not a
 * fault, and backing off further only slows a large fan-out (bench/fanout.ts measured 15-30 s
 * waits for a 1 s Retry-After).
 */
export function backoffMs(
  attempt: number,
  retryAfterMs: number | undefined,
  retry: RetryPolicy = DEFAULT_RETRY,
  random: () => number = Math.random,
): number {
  // At least a second: a "Retry-After: 0" must not become a hot loop inside one pass.
  if (retryAfterMs !== undefined) return Math.max(MIN_RATE_LIMIT_WAIT_MS, Math.round(retryAfterMs));
  const exp = Math.min(retry.maxDelayMs, retry.baseDelayMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(exp / 2 + random() * (exp / 2));
}
