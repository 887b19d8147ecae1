/**
 * Signed, expiring links in emails: each is bound to one person, one action and the action's
 * version, so it can change that action once, as that person, and only while nobody has
 * changed it since. The token is base64url JSON and an HMAC-SHA256 over it, checked in constant
 * time before anything in it is believed.
 *
 *   const token = signUpdateToken(secret, { personId: 7, actionId: 12, version: 3, expires });
 *   verifyUpdateToken(secret, token, now); // { ok: true, claims } | { ok: false, code }
 *
 * Lifetime (README, "Email"): a link sent for a meeting works until the end of that meeting's
 * day in the board's time zone; one for an action due on a date works until the end of that
 * day and at least DATED_LINK_DAYS after it was sent; an action with neither, DATED_LINK_DAYS.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import { DateTime } from 'luxon';
import { z } from 'zod';

export const UPDATE_PATH = '/update';

/** What the link asks the page to preselect; the person still confirms (GET never writes). */
export const LINK_CHOICES = ['complete', 'in_progress', 'update'] as const;
export type LinkChoice = (typeof LINK_CHOICES)[number];

/** How long a link to a date-due (or undated) action lasts at least. */
export const DATED_LINK_DAYS = 14;

const claimsSchema = z.object({
  p: z.number().int().positive(),
  a: z.number().int().positive(),
  v: z.number().int().nonnegative(),
  h: z.number().int().nonnegative(),
  e: z.number().int().positive(),
});

export interface UpdateClaims {
  readonly personId: number;
  readonly actionId: number;
  readonly version: number;
  /**
   * The action's newest history row when the link was made: a note bumps no version, yet a link
   * must die after any change (someone else's note, or its own use), so this is checked too.
   */
  readonly mark: number;
  /** Unix seconds. */
  readonly expires: number;
}

const mac = (secret: string, purpose: string, body: string) =>
  createHmac('sha256', secret).update(`${purpose}\n${body}`).digest('base64url');

export function signUpdateToken(secret: string, claims: UpdateClaims): string {
  const body = Buffer.from(
    JSON.stringify({
      p: claims.personId,
      a: claims.actionId,
      v: claims.version,
      h: claims.mark,
      e: claims.expires,
    }),
  ).toString('base64url');
  return `${body}.${mac(secret, 'update-link', body)}`;
}

export type VerifiedToken =
  | { readonly ok: true; readonly claims: UpdateClaims }
  | { readonly ok: false; readonly code: 'malformed' | 'bad_signature' | 'expired' };

export function sameMac(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

export function verifyUpdateToken(secret: string, token: string, now: Date): VerifiedToken {
  const match = /^([A-Za-z0-9_-]{1,400})\.([A-Za-z0-9_-]{43})$/.exec(token);
  if (!match) return { ok: false, code: 'malformed' };
  const [, body, sig] = match as unknown as [string, string, string];
  if (!sameMac(mac(secret, 'update-link', body), sig)) return { ok: false, code: 'bad_signature' };
  let json: unknown;
  try {
    json = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'));
  } catch {
    return { ok: false, code: 'malformed' };
  }
  const parsed = claimsSchema.safeParse(json);
  if (!parsed.success) return { ok: false, code: 'malformed' };
  const c = parsed.data;
  if (c.e * 1000 <= now.getTime()) return { ok: false, code: 'expired' };
  return {
    ok: true,
    claims: { personId: c.p, actionId: c.a, version: c.v, mark: c.h, expires: c.e },
  };
}

/**
 * The CSRF token of one page: an HMAC of the link token and a per-page nonce. The nonce also
 * goes in a SameSite=Strict cookie, so a form posted from another site (no cookie) is refused,
 * as is one whose hidden fields were copied without the page (no matching MAC).
 */
export function csrfFor(secret: string, token: string, nonce: string): string {
  return mac(secret, 'update-form', `${token}\n${nonce}`);
}

/** End-of-day instants already worked out, by ISO instant or date and zone. */
const endsOfDay = new Map<string, number>();
const ENDS_KEPT = 1_000;

/**
 * The end of the day `isoText` falls on in `zone`, in ms. Luxon's zone arithmetic costs about
 * half a millisecond, once per action in every email (bench/email-drain.ts profile), and the
 * same meeting or date recurs in thousands of them: worked out once each.
 */
function endOfDayIn(isoText: string, zone: string, fromInstant: boolean): number {
  const key = `${fromInstant ? 'i' : 'd'}|${zone}|${isoText}`;
  let end = endsOfDay.get(key);
  if (end === undefined) {
    const start = fromInstant
      ? DateTime.fromISO(isoText, { zone: 'utc' }).setZone(zone)
      : DateTime.fromISO(isoText, { zone });
    end = start.endOf('day').toMillis();
    if (endsOfDay.size >= ENDS_KEPT) endsOfDay.delete(endsOfDay.keys().next().value!);
    endsOfDay.set(key, end);
  }
  return end;
}

/** When a link stops working; see the header for the rule. */
export function linkExpiry(
  due: { readonly meetingStartsAt: string | null; readonly dueDate: string | null },
  zone: string,
  now: Date,
): Date {
  const atLeast = () => DateTime.fromJSDate(now).plus({ days: DATED_LINK_DAYS }).toMillis();
  if (due.meetingStartsAt) {
    const end = endOfDayIn(due.meetingStartsAt, zone, true);
    // A chase about a meeting already past (nothing later to carry to) still needs a working link.
    return new Date(end > now.getTime() ? end : atLeast());
  }
  if (due.dueDate) {
    const end = endOfDayIn(due.dueDate, zone, false);
    return new Date(Math.max(end, atLeast()));
  }
  return new Date(atLeast());
}
