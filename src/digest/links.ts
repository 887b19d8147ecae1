/**
 * Signed, expiring links to a digest document, so a chat message can point at the full action
 * log without the service asking who is reading. The signature (HMAC-SHA256 over the board,
 * meeting, format, edition and expiry) is checked in constant time; a link cannot be edited to
 * fetch another board, the full edition, or to live longer.
 *
 *   const links = createDigestLinks({ secret, baseUrl: () => 'https://arising.example.org', clock });
 *   links.url({ board: 'lcrb', meetingId: 12, format: 'docx', edition: 'full' });
 *   // https://arising.example.org/digests?board=lcrb&meeting=12&format=docx&edition=full&expires=...&sig=...
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import type { Clock } from '../ports.ts';
import { EDITIONS, type Edition } from './model.ts';
import { DIGEST_FORMATS, type DigestFormat } from './render.ts';

export const DIGEST_PATH = '/digests';

export interface DigestTarget {
  readonly board: string;
  readonly meetingId: number;
  readonly format: DigestFormat;
  readonly edition: Edition;
}

export interface DigestLinks {
  url(target: DigestTarget): string;
}

export interface DigestLinkOptions {
  readonly secret: string;
  /** The service's public base URL; a function because the port is known only after listen. */
  readonly baseUrl: () => string;
  readonly clock: Clock;
  /** How long a link works; 7 days by default, long enough to read the papers. */
  readonly ttlMs?: number;
}

export const DEFAULT_LINK_TTL_MS = 7 * 24 * 60 * 60 * 1000;

function signature(secret: string, t: DigestTarget, expires: number): string {
  const payload = [t.board, t.meetingId, t.format, t.edition, expires].join('\n');
  return createHmac('sha256', secret).update(payload).digest('base64url');
}

export function createDigestLinks(options: DigestLinkOptions): DigestLinks {
  const ttl = options.ttlMs ?? DEFAULT_LINK_TTL_MS;
  return {
    url(target) {
      const expires = Math.floor((options.clock.now().getTime() + ttl) / 1000);
      const query = new URLSearchParams({
        board: target.board,
        meeting: String(target.meetingId),
        format: target.format,
        edition: target.edition,
        expires: String(expires),
        sig: signature(options.secret, target, expires),
      });
      return `${options.baseUrl().replace(/\/+$/, '')}${DIGEST_PATH}?${query.toString()}`;
    },
  };
}

const querySchema = z.object({
  board: z.string().regex(/^[a-z0-9][a-z0-9-]{0,62}$/),
  meeting: z.coerce.number().int().positive(),
  format: z.enum(DIGEST_FORMATS),
  edition: z.enum(EDITIONS),
  expires: z.coerce.number().int().positive(),
  sig: z.string().regex(/^[A-Za-z0-9_-]{43}$/),
});

export type Verified =
  | { readonly ok: true; readonly target: DigestTarget }
  | { readonly ok: false; readonly code: 'malformed' | 'bad_signature' | 'expired' };

/** Checks a link's query string: well formed, signed with `secret`, not expired at `now`. */
export function verifyDigestLink(secret: string, search: URLSearchParams, now: Date): Verified {
  const parsed = querySchema.safeParse(Object.fromEntries(search));
  if (!parsed.success) return { ok: false, code: 'malformed' };
  const q = parsed.data;
  const target: DigestTarget = {
    board: q.board,
    meetingId: q.meeting,
    format: q.format,
    edition: q.edition,
  };
  const expected = Buffer.from(signature(secret, target, q.expires));
  const given = Buffer.from(q.sig);
  if (expected.length !== given.length || !timingSafeEqual(expected, given))
    return { ok: false, code: 'bad_signature' };
  // Checked after the signature, so an attacker learns nothing from the expiry answer.
  if (q.expires * 1000 <= now.getTime()) return { ok: false, code: 'expired' };
  return { ok: true, target };
}
