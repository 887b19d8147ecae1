/**
 * Teams as the bot meets it, on loopback: a local OpenID issuer (RS256 keys served as JWKS, as
 * login.botframework.com serves them) that signs Bot Framework tokens, and a mock Bot Connector
 * that records every call the bot makes and can answer 429 or refuse a recipient.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey, type JWK } from 'jose';

async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

const close = (server: Server) =>
  new Promise<void>((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });

async function body(req: IncomingMessage): Promise<unknown> {
  let text = '';
  for await (const chunk of req) text += (chunk as Buffer).toString('utf8');
  return text ? JSON.parse(text) : undefined;
}

export interface Issuer {
  readonly url: string;
  readonly metadataUrl: string;
  readonly issuer: string;
  sign(claims: {
    audience: string;
    serviceUrl: string;
    issuer?: string;
    expiresInSeconds?: number;
    /** Sign with a key the JWKS does not publish. */
    foreignKey?: boolean;
    /** More claims (an Entra token's `tid`); `serviceurl: undefined` leaves that claim out. */
    claims?: Record<string, unknown>;
  }): Promise<string>;
  close(): Promise<void>;
}

export async function startIssuer(): Promise<Issuer> {
  const kid = 'test-key-1';
  const { privateKey, publicKey } = await generateKeyPair('RS256');
  const foreign = await generateKeyPair('RS256');
  const jwk: JWK = { ...(await exportJWK(publicKey)), kid, use: 'sig', alg: 'RS256' };
  let url = '';
  const server = createServer((req, res) => {
    res.setHeader('content-type', 'application/json');
    if (req.url === '/v1/.well-known/openidconfiguration')
      return res.end(
        JSON.stringify({ issuer: `${url}/issuer`, jwks_uri: `${url}/v1/.well-known/keys` }),
      );
    if (req.url === '/v1/.well-known/keys') return res.end(JSON.stringify({ keys: [jwk] }));
    // As the Entra login host serves a tenant's keys (for an issuer used as TEAMS_LOGIN_ENDPOINT).
    if (/^\/[^/]+\/discovery\/v2\.0\/keys$/.test(req.url ?? ''))
      return res.end(JSON.stringify({ keys: [jwk] }));
    res.statusCode = 404;
    res.end('{}');
  });
  url = await listen(server);
  const issuer = `${url}/issuer`;
  return {
    url,
    issuer,
    metadataUrl: `${url}/v1/.well-known/openidconfiguration`,
    async sign(c) {
      const key: CryptoKey = c.foreignKey ? foreign.privateKey : privateKey;
      const now = Math.floor(Date.now() / 1000);
      const claims: Record<string, unknown> = { serviceurl: c.serviceUrl, ...c.claims };
      if ('serviceurl' in claims && claims.serviceurl === undefined) delete claims.serviceurl;
      return new SignJWT(claims)
        .setProtectedHeader({ alg: 'RS256', kid, typ: 'JWT' })
        .setIssuer(c.issuer ?? issuer)
        .setAudience(c.audience)
        .setIssuedAt(now - 60)
        .setNotBefore(now - 60)
        .setExpirationTime(now + (c.expiresInSeconds ?? 3600))
        .sign(key);
    },
    close: () => close(server),
  };
}

/** JSON as recorded off the wire; tests look into it freely. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any shape Teams or the bot sends
export type Wire = any;

export interface ConnectorCall {
  readonly method: string;
  readonly path: string;
  readonly conversationId: string | undefined;
  readonly authorization: string | undefined;
  readonly body: Wire;
}

export interface Member {
  readonly id: string;
  readonly aadObjectId: string;
  readonly name: string;
  readonly email?: string;
  readonly userPrincipalName?: string;
}

export interface Connector {
  readonly url: string;
  readonly calls: ConnectorCall[];
  /** Roster answers: conversation members by channel account id. */
  readonly members: Map<string, Member>;
  /** Serves `bytes` as Teams serves a file sent in chat; returns the attachment Teams sends. */
  addFile(name: string, bytes: Uint8Array): Wire;
  /** The next `count` sends (activities) answer this status. */
  failNext(status: number, retryAfterSeconds?: number, count?: number): void;
  /** The next `count` sends are read and never answered (a connector that hangs). */
  hangNext(count?: number): void;
  /** Sends answered 200 (delivered), in order: what the recipient actually got. */
  delivered(): ConnectorCall[];
  refuse(conversationId: string): void;
  /** Sent activities (creates, replies, updates), in order. */
  sent(): ConnectorCall[];
  /** Resolves when `n` activities have been sent. */
  waitForSent(n: number): Promise<ConnectorCall[]>;
  close(): Promise<void>;
}

export async function startConnector(): Promise<Connector> {
  const calls: ConnectorCall[] = [];
  const members = new Map<string, Member>();
  const files = new Map<string, Uint8Array>();
  const refused = new Set<string>();
  const failures: Array<{ status: number; retryAfter?: number } | 'hang'> = [];
  const delivered: ConnectorCall[] = [];
  const waiters: Array<() => void> = [];
  let next = 0;
  const isSend = (c: ConnectorCall) => /\/activities(\/[^/]+)?$/.test(c.path) && c.method !== 'GET';

  const server = createServer((req, res) => {
    void (async () => {
      const path = (req.url ?? '').split('?')[0]!;
      // A pre-authorised download URL, as SharePoint serves a file sent to a bot.
      const file = /^\/files\/([^/]+)$/.exec(path);
      if (req.method === 'GET' && file) {
        calls.push({
          method: 'GET',
          path,
          conversationId: undefined,
          authorization: req.headers.authorization,
          body: undefined,
        });
        const bytes = files.get(file[1]!);
        res.writeHead(bytes ? 200 : 404, { 'content-type': 'application/octet-stream' });
        return void res.end(bytes ? Buffer.from(bytes) : undefined);
      }
      const match = /^\/v3\/conversations\/([^/]+)/.exec(path);
      const call: ConnectorCall = {
        method: req.method ?? '',
        path,
        conversationId: match ? decodeURIComponent(match[1]!) : undefined,
        authorization: req.headers.authorization,
        body: await body(req),
      };
      calls.push(call);
      const json = (status: number, value: unknown, headers: Record<string, string> = {}) => {
        res.writeHead(status, { 'content-type': 'application/json', ...headers });
        res.end(JSON.stringify(value));
        for (const w of waiters.splice(0)) w();
      };
      if (isSend(call) || (req.method === 'POST' && path === '/v3/conversations')) {
        const failure = failures.shift();
        if (failure === 'hang') return; // read, never answered: the caller must time out
        if (failure)
          return json(
            failure.status,
            { error: { code: 'Throttled', message: 'mock failure' } },
            failure.retryAfter !== undefined ? { 'retry-after': String(failure.retryAfter) } : {},
          );
        if (call.conversationId && refused.has(call.conversationId))
          return json(403, { error: { code: 'BotNotInConversationRoster', message: 'gone' } });
      }
      if (req.method === 'POST' && path === '/v3/conversations') {
        next += 1;
        return json(201, { id: `a:new-${next}`, serviceUrl: `http://${req.headers.host}` });
      }
      const member = /^\/v3\/conversations\/[^/]+\/members\/([^/]+)$/.exec(path);
      if (req.method === 'GET' && member) {
        const found = members.get(decodeURIComponent(member[1]!));
        return found
          ? json(200, found)
          : json(404, { error: { code: 'MemberNotFound', message: 'no such member' } });
      }
      if (isSend(call)) {
        next += 1;
        delivered.push(call);
        const updated = /\/activities\/([^/]+)$/.exec(path);
        return json(200, {
          id:
            req.method === 'PUT' && updated ? decodeURIComponent(updated[1]!) : `activity-${next}`,
        });
      }
      json(404, { error: { code: 'NotFound', message: path } });
    })();
  });
  const url = await listen(server);
  const sent = () => calls.filter(isSend);
  return {
    url,
    calls,
    members,
    failNext(status, retryAfterSeconds, count = 1) {
      for (let i = 0; i < count; i += 1)
        failures.push({
          status,
          ...(retryAfterSeconds !== undefined ? { retryAfter: retryAfterSeconds } : {}),
        });
    },
    hangNext(count = 1) {
      for (let i = 0; i < count; i += 1) failures.push('hang');
    },
    delivered: () => [...delivered],
    refuse: (id) => void refused.add(id),
    addFile(name, bytes) {
      const id = `file-${files.size + 1}`;
      files.set(id, bytes);
      return {
        contentType: 'application/vnd.microsoft.teams.file.download.info',
        contentUrl: `https://contoso.sharepoint.com/personal/gemma/Documents/${name}`,
        name,
        content: {
          downloadUrl: `${url}/files/${id}`,
          uniqueId: `unique-${id}`,
          fileType: name.split('.').pop(),
        },
      };
    },
    sent,
    async waitForSent(n) {
      while (sent().length < n) await new Promise<void>((resolve) => waiters.push(resolve));
      return sent();
    },
    close: () => close(server),
  };
}

/** All the text a person would see on the cards of an activity. */
export function visibleText(activity: Wire): string {
  const out: string[] = [];
  const walk = (node: Wire): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!node || typeof node !== 'object') return;
    if (node.type === 'TextRun' || node.type === 'TextBlock') out.push(String(node.text));
    if (typeof node.title === 'string') out.push(node.title);
    for (const value of Object.values(node)) walk(value);
  };
  walk(activity?.attachments ?? activity?.value ?? activity);
  return out.join(' ').replace(/\u2060/g, '');
}

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

/** What the SDK's `token` option returns in tests: shaped like a Bot Framework access token. */
export const BOT_TOKEN = [
  b64({ alg: 'RS256', typ: 'JWT' }),
  b64({ aud: 'https://api.botframework.com', appid: 'bot-app-id', exp: 4102444800 }),
  'signature',
].join('.');

/**
 * The environment of a test service that talks Teams to this issuer and connector: SQLite in
 * `databaseFile`, port 0 on loopback, no demo data, no scheduler, no logs.
 */
export function teamsEnv(
  issuer: Issuer,
  connector: Connector,
  botId: string,
  databaseFile: string,
): Record<string, string> {
  return {
    DATABASE_URL: `sqlite:${databaseFile}`,
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'silent',
    DEMO_DATA: 'never',
    SCHEDULER: 'off',
    TEAMS_APP_ID: botId,
    TEAMS_APP_TYPE: 'MultiTenant',
    TEAMS_OPENID_METADATA_URL: issuer.metadataUrl,
    TEAMS_TOKEN_ISSUER: issuer.issuer,
    // Entra-issued tokens are told apart by this prefix; nothing here should look like one.
    TEAMS_LOGIN_ENDPOINT: 'https://login.invalid',
    TEAMS_SERVICE_URL: connector.url,
    // The mock connector is the only Bot Connector host activities may name.
    TEAMS_SERVICE_URL_HOSTS: new URL(connector.url).host,
  };
}

/** A Teams user as an activity's `from` names them. */
export interface TeamsUser {
  readonly id: string;
  readonly aadObjectId: string;
  readonly name: string;
}

let inboundSequence = 0;

/** An activity as Teams sends it from a user's personal chat with the bot (ids are unique). */
export function personalActivity(
  to: { readonly connector: Connector; readonly botId: string; readonly tenant: string },
  type: string,
  from: TeamsUser,
  extra: Record<string, unknown> = {},
): Wire {
  inboundSequence += 1;
  return {
    type,
    id: `inbound-${inboundSequence}`,
    timestamp: '2026-11-25T09:00:00.000Z',
    channelId: 'msteams',
    serviceUrl: to.connector.url,
    from,
    recipient: { id: `28:${to.botId}`, name: 'Matters Arising' },
    conversation: {
      id: `a:chat-${from.aadObjectId}`,
      conversationType: 'personal',
      tenantId: to.tenant,
    },
    channelData: { tenant: { id: to.tenant } },
    locale: 'en-GB',
    ...extra,
  };
}
