/**
 * Bot Connector failures as Delivery values: 429 and 5xx are worth retrying (after Retry-After
 * when the connector gives one); 403/404 mean the user left or the bot was removed, so
 * retrying cannot help. Anything without an HTTP status (network down) is retryable.
 */
import type { Delivery } from '../../src/ports.ts';

interface HttpFailure {
  readonly response?: {
    readonly status?: number;
    readonly headers?: Record<string, unknown> | { get?(name: string): unknown };
  };
  readonly message?: string;
}

function header(failure: HttpFailure, name: string): string | undefined {
  const headers = failure.response?.headers as
    (Record<string, unknown> & { get?(n: string): unknown }) | undefined;
  if (!headers) return undefined;
  const value = typeof headers.get === 'function' ? headers.get(name) : headers[name];
  return value === undefined || value === null ? undefined : String(value);
}

/** Retry-After in milliseconds: seconds, or an HTTP date relative to `now`. */
export function retryAfterMs(value: string | undefined, now: Date): number | undefined {
  if (value === undefined) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds) && seconds >= 0) return Math.ceil(seconds * 1000);
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now.getTime());
}

export function failedDelivery(error: unknown, now: Date): Extract<Delivery, { ok: false }> {
  const failure = (typeof error === 'object' && error !== null ? error : {}) as HttpFailure;
  const status = failure.response?.status;
  if (status === undefined) {
    return {
      ok: false,
      permanent: false,
      reason: `Bot Connector unreachable: ${failure.message ?? String(error)}`,
    };
  }
  if (status === 429) {
    const wait = retryAfterMs(header(failure, 'retry-after'), now);
    return {
      ok: false,
      permanent: false,
      ...(wait !== undefined ? { retryAfterMs: wait } : {}),
      reason: 'Bot Connector throttled the bot (429)',
    };
  }
  if (status >= 500 || status === 401 || status === 408) {
    // 401 here is our bot token, not the recipient: fixing the credentials makes a retry work.
    return { ok: false, permanent: false, reason: `Bot Connector answered ${status}` };
  }
  return {
    ok: false,
    permanent: true,
    reason:
      status === 403 || status === 404
        ? `Teams refused the recipient (${status}): the user left or the bot was removed`
        : `Bot Connector refused the message (${status})`,
  };
}
