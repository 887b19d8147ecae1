/**
 * Who may post to /api/messages, decided before the Teams SDK sees the activity.
 *
 * Why not leave it to the SDK: `@microsoft/teams.apps` 2.1 sends any token whose issuer is the
 * Entra login host down its Entra path, which accepts a token from any tenant and never compares
 * the activity's serviceUrl with anything. The adapter then believes the tenant and user named in
 * the body and stores the serviceUrl as where to send that person's reminders (with the bot's own
 * Bot Framework token). So here, with nothing but node:crypto:
 *
 * - a Bot Framework channel token must be signed by a key of the configured cloud's JWKS, carry
 *   the cloud's issuer and our app id, be current, and have a `serviceurl` claim equal to the
 *   activity's serviceUrl; an Entra token is refused unless TEAMS_ACCEPT_ENTRA_TOKENS is on, and
 *   then its `tid` must be an allowed tenant and the activity's tenant;
 * - the serviceUrl must name a Bot Connector host of the cloud (or TEAMS_SERVICE_URL_HOSTS);
 * - the activity's tenant must be on TEAMS_ALLOWED_TENANTS when that is set, and the two places
 *   an activity names its tenant must agree.
 *
 * The SDK still validates the token afterwards; this is the stricter check in front of it.
 */
import { createPublicKey, verify as verifySignature, type JsonWebKey } from 'node:crypto';
import type { CloudEnvironment } from '@microsoft/teams.api';
import type { InboundPolicy } from './app-options.ts';

export type Verdict =
  | { readonly ok: true }
  | { readonly ok: false; readonly status: 401 | 403; readonly reason: string };

export interface InboundVerifierOptions {
  readonly appId: string;
  readonly cloud: CloudEnvironment;
  readonly policy: InboundPolicy;
  /** Milliseconds since the epoch: token lifetimes are real time, as the issuer's are. */
  readonly now?: () => number;
}

export type InboundVerifier = (
  authorization: string | string[] | undefined,
  body: Record<string, unknown>,
) => Promise<Verdict>;

/** Issuers' clocks and ours may differ a little; Bot Framework allows five minutes. */
const CLOCK_SKEW_S = 300;
const ENTRA_V1_ISSUER = 'https://sts.windows.net/';

const refuse = (status: 401 | 403, reason: string): Verdict => ({ ok: false, status, reason });

export function inboundVerifier(options: InboundVerifierOptions): InboundVerifier {
  const { appId, cloud, policy } = options;
  const now = options.now ?? Date.now;
  // The keys URI as the SDK derives it, so both check against the same keys.
  const botFrameworkKeys = new KeySet(
    cloud.openIdMetadataUrl.replace(/\/openidconfiguration$/, '/keys'),
  );
  const entraKeys = new Map<string, KeySet>();
  const loginEndpoint = cloud.loginEndpoint.replace(/\/+$/, '');

  return async (authorization, body) => {
    const header = Array.isArray(authorization) ? authorization[0] : authorization;
    const raw = header?.startsWith('Bearer ') ? header.slice(7).trim() : undefined;
    if (!raw) return refuse(401, 'no bearer token');
    const jwt = decode(raw);
    if (!jwt) return refuse(401, 'not a signed JWT');
    const serviceUrl = typeof body.serviceUrl === 'string' ? body.serviceUrl : undefined;
    const tenant = activityTenant(body);
    if (tenant === false) return refuse(403, 'the activity names two different tenants');

    const iss = typeof jwt.claims.iss === 'string' ? jwt.claims.iss : '';
    const entra = iss.startsWith(`${loginEndpoint}/`) || iss.startsWith(ENTRA_V1_ISSUER);
    if (entra) {
      if (!policy.acceptEntraTokens) return refuse(401, 'Entra-issued tokens are not accepted');
      const tid = jwt.claims.tid;
      if (typeof tid !== 'string' || !/^[A-Za-z0-9.-]{1,100}$/.test(tid))
        return refuse(401, 'Entra token without a tenant');
      // Checked before any key is fetched, so no one can make us fetch keys for their tenant.
      if (!policy.allowedTenants?.includes(tid)) return refuse(403, 'tenant not allowed');
      let keys = entraKeys.get(tid);
      if (!keys) {
        keys = new KeySet(`${loginEndpoint}/${tid}/discovery/v2.0/keys`);
        entraKeys.set(tid, keys);
      }
      const bad = await checkToken(jwt, keys, {
        issuers: [`${loginEndpoint}/${tid}/v2.0`, `${ENTRA_V1_ISSUER}${tid}/`],
        audiences: [appId, `api://${appId}`],
        now: now(),
      });
      if (bad) return refuse(401, bad);
      if (tid !== tenant) return refuse(403, 'token tenant is not the activity tenant');
      // Entra tokens carry no serviceurl today; when one does it must match.
      if (jwt.claims.serviceurl !== undefined && !sameUrl(jwt.claims.serviceurl, serviceUrl))
        return refuse(401, 'serviceUrl is not the one the token was issued for');
    } else {
      const bad = await checkToken(jwt, botFrameworkKeys, {
        issuers: [cloud.tokenIssuer],
        audiences: [appId],
        now: now(),
        channelId: typeof body.channelId === 'string' ? body.channelId : undefined,
      });
      if (bad) return refuse(401, bad);
      if (!sameUrl(jwt.claims.serviceurl, serviceUrl))
        return refuse(401, 'serviceUrl is not the one the token was issued for');
    }
    if (!isConnectorUrl(serviceUrl, policy.serviceUrlHosts))
      return refuse(403, 'serviceUrl is not a Bot Connector host');
    if (policy.allowedTenants && !(tenant && policy.allowedTenants.includes(tenant)))
      return refuse(403, 'tenant not allowed');
    return { ok: true };
  };
}

/** True when `url` is https (http only on loopback, for tests) on one of `hosts`. */
export function isConnectorUrl(url: unknown, hosts: readonly string[]): boolean {
  if (typeof url !== 'string') return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  const loopback = ['127.0.0.1', 'localhost', '[::1]'].includes(parsed.hostname);
  if (parsed.protocol !== 'https:' && !(parsed.protocol === 'http:' && loopback)) return false;
  if (parsed.username || parsed.password) return false;
  return hosts.includes(parsed.host.toLowerCase());
}

/** The tenant the activity names; false when its two tenant fields disagree. */
function activityTenant(body: Record<string, unknown>): string | undefined | false {
  const conversation = body.conversation as { tenantId?: unknown } | undefined;
  const channelData = body.channelData as { tenant?: { id?: unknown } } | undefined;
  const a = typeof conversation?.tenantId === 'string' ? conversation.tenantId : undefined;
  const b = typeof channelData?.tenant?.id === 'string' ? channelData.tenant.id : undefined;
  if (a !== undefined && b !== undefined && a !== b) return false;
  return a ?? b;
}

const normalUrl = (u: string) => u.trim().replace(/\/+$/, '').toLowerCase();
const sameUrl = (claim: unknown, url: string | undefined) =>
  typeof claim === 'string' && url !== undefined && normalUrl(claim) === normalUrl(url);

interface Jwt {
  readonly header: { alg?: unknown; kid?: unknown };
  readonly claims: Record<string, unknown>;
  readonly signed: Buffer;
  readonly signature: Buffer;
}

function decode(token: string): Jwt | undefined {
  const parts = token.split('.');
  if (parts.length !== 3 || parts.some((p) => !/^[A-Za-z0-9_-]+$/.test(p))) return undefined;
  try {
    const header = JSON.parse(Buffer.from(parts[0]!, 'base64url').toString('utf8')) as unknown;
    const claims = JSON.parse(Buffer.from(parts[1]!, 'base64url').toString('utf8')) as unknown;
    if (!isObject(header) || !isObject(claims)) return undefined;
    return {
      header,
      claims,
      signed: Buffer.from(`${parts[0]}.${parts[1]}`),
      signature: Buffer.from(parts[2]!, 'base64url'),
    };
  } catch {
    return undefined;
  }
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** The reason the token is refused, or undefined when it is good. */
async function checkToken(
  jwt: Jwt,
  keys: KeySet,
  want: {
    issuers: readonly string[];
    audiences: readonly string[];
    now: number;
    channelId?: string | undefined;
  },
): Promise<string | undefined> {
  // Both Bot Framework and Entra sign with RS256; anything else (none, HS256) is refused.
  if (jwt.header.alg !== 'RS256') return 'unexpected signing algorithm';
  if (typeof jwt.header.kid !== 'string') return 'token names no key';
  const jwk = await keys.find(jwt.header.kid);
  if (!jwk) return 'signing key not published by the issuer';
  let good = false;
  try {
    good = verifySignature(
      'RSA-SHA256',
      jwt.signed,
      createPublicKey({ key: jwk as JsonWebKey, format: 'jwk' }),
      jwt.signature,
    );
  } catch {
    good = false;
  }
  if (!good) return 'bad signature';
  // Bot Framework keys list the channels they may sign for.
  const endorsements = jwk.endorsements;
  if (Array.isArray(endorsements) && !endorsements.includes(want.channelId))
    return 'key not endorsed for this channel';
  const c = jwt.claims;
  if (typeof c.iss !== 'string' || !want.issuers.includes(c.iss)) return 'wrong issuer';
  const aud = Array.isArray(c.aud) ? c.aud : [c.aud];
  if (!aud.some((a) => typeof a === 'string' && want.audiences.includes(a)))
    return 'token is for another app';
  const nowS = want.now / 1000;
  if (typeof c.exp !== 'number' || c.exp + CLOCK_SKEW_S < nowS) return 'token expired';
  if (typeof c.nbf === 'number' && c.nbf - CLOCK_SKEW_S > nowS) return 'token not yet valid';
  return undefined;
}

type Jwk = Record<string, unknown> & { kid?: unknown; endorsements?: unknown };

/**
 * A published key set, fetched on first use, kept for a day, and fetched again (at most every
 * five minutes) when a token names a key it does not have: issuers roll keys without notice.
 */
class KeySet {
  private keys: Jwk[] = [];
  private fetchedAt = -Infinity;
  private triedAt = -Infinity;
  private pending: Promise<void> | undefined;

  constructor(private readonly url: string) {}

  async find(kid: string): Promise<Jwk | undefined> {
    const known = this.keys.find((k) => k.kid === kid);
    if (known && Date.now() - this.fetchedAt < 24 * 3600_000) return known;
    // Bounded, so tokens naming made-up keys cannot make us hammer the issuer.
    const interval = this.keys.length ? 5 * 60_000 : 30_000;
    if (this.pending || Date.now() - this.triedAt > interval) await this.refresh();
    return this.keys.find((k) => k.kid === kid);
  }

  private refresh(): Promise<void> {
    this.pending ??= (async () => {
      this.triedAt = Date.now();
      try {
        const res = await fetch(this.url, { signal: AbortSignal.timeout(10_000) });
        if (!res.ok) return;
        const json = (await res.json()) as { keys?: unknown };
        if (Array.isArray(json.keys)) {
          this.keys = json.keys.filter(isObject) as Jwk[];
          this.fetchedAt = Date.now();
        }
      } catch {
        // Unreachable issuer: keep the keys we had; a token needing a new one is refused.
      } finally {
        this.pending = undefined;
      }
    })();
    return this.pending;
  }
}
