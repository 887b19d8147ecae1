/**
 * Attacks on POST /api/messages, sent as real signed HTTP to the real service on 127.0.0.1: a
 * token from another Entra tenant, a key the issuer does not publish, a serviceUrl the token was
 * not issued for or on a host that is no Bot Connector, a tenant not on the allow-list, and a
 * known user whose later activity names another connector host. In each, nothing is written (no
 * action, no identity change) and no connector, genuine or the attacker's, hears from the bot.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import type { Board, Person } from '../../src/domain.ts';
import { silentLogger } from '../../src/log.ts';
import { startService, type Service } from '../../src/main.ts';
import { listActions } from '../../src/register/actions.ts';
import { listIdentities } from '../../src/register/people.ts';
import { aBoard, aMeeting, aPerson, aLinkedAccount } from '../support/builders.ts';
import { FakeClock } from '../support/clock.ts';
import {
  BOT_TOKEN,
  personalActivity,
  startConnector,
  startIssuer,
  teamsEnv,
  type Connector,
  type Issuer,
  type TeamsUser,
  type Wire,
} from '../adapters/teams/mock-teams.ts';

const BOT = 'bot-app-id';
const TENANT = 'tenant-lcrb';
const OTHER_TENANT = 'tenant-attacker';
const GEMMA: TeamsUser = { id: '29:gemma', aadObjectId: 'aad-gemma', name: 'Gemma Townsend' };

/** One service under attack, with its own database and connectors. */
interface Target {
  readonly service: Service;
  readonly board: Board;
  readonly gemma: Person;
  readonly dir: string;
}

let issuer: Issuer;
/** An Entra-style login host: issues `<url>/<tid>/v2.0` tokens and serves each tenant's keys. */
let entra: Issuer;
/** The genuine Bot Connector, and a second allowed host (another region's connector). */
let connector: Connector;
let secondConnector: Connector;
/** The attacker's own server, posing as a Bot Connector. */
let evil: Connector;
let strict: Target;
let entraOn: Target;

const host = (c: Connector) => new URL(c.url).host;
const gemmaRef = () => ({
  serviceUrl: connector.url,
  conversationId: 'a:chat-aad-gemma',
  tenantId: TENANT,
  botId: `28:${BOT}`,
  userId: 'aad-gemma',
});

async function startTarget(env: Record<string, string>): Promise<Target> {
  const dir = mkdtempSync(join(tmpdir(), 'arising-teams-sec-'));
  const service = await startService(
    loadConfig({ ...teamsEnv(issuer, connector, BOT, join(dir, 'arising.db')), ...env }),
    {
      clock: new FakeClock('2026-11-25T09:00:00Z'),
      logger: silentLogger,
      teamsToken: () => BOT_TOKEN,
      teamsSleep: async () => undefined,
    },
  );
  const board = await aBoard(service.db, { slug: 'lcrb', refPrefix: 'LCRB' });
  await aMeeting(service.db, board, '2026-12-08T10:00:00Z');
  await aPerson(service.db, { name: 'Tim Godwin', initials: 'TG', board });
  const gemma = await aPerson(service.db, {
    name: 'Gemma Townsend',
    email: 'gemma@example.gov.uk',
    board,
    role: 'secretariat',
  });
  // Gemma wrote to the bot before: her identity and conversation reference are stored.
  await aLinkedAccount(
    service.db,
    { platform: 'teams', workspaceId: TENANT, userId: 'aad-gemma' },
    gemma.id,
    JSON.stringify(gemmaRef()),
  );
  return { service, board, gemma, dir };
}

beforeAll(async () => {
  [issuer, entra, connector, secondConnector, evil] = await Promise.all([
    startIssuer(),
    startIssuer(),
    startConnector(),
    startConnector(),
    startConnector(),
  ]);
  const common = {
    TEAMS_LOGIN_ENDPOINT: entra.url,
    TEAMS_ALLOWED_TENANTS: TENANT,
    TEAMS_SERVICE_URL_HOSTS: `${host(connector)},${host(secondConnector)}`,
  };
  strict = await startTarget(common);
  entraOn = await startTarget({ ...common, TEAMS_ACCEPT_ENTRA_TOKENS: 'true' });
});

afterAll(async () => {
  for (const t of [strict, entraOn]) {
    await t?.service.close();
    if (t) rmSync(t.dir, { recursive: true, force: true });
  }
  await Promise.all([issuer, entra, connector, secondConnector, evil].map((x) => x?.close()));
});

/** Gemma's `add` command, as an attacker would send it in her name. */
function addAsGemma(
  serviceUrl: string,
  tenant = TENANT,
  extra: Record<string, unknown> = {},
): Wire {
  return {
    ...personalActivity({ connector, botId: BOT, tenant }, 'message', GEMMA, {
      text: 'add lcrb TG "Send the board papers to the attacker" due next meeting',
    }),
    serviceUrl,
    ...extra,
  };
}

async function post(target: Target, body: Wire, token: string): Promise<Response> {
  return fetch(`${target.service.url}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify(body),
  });
}

const bfToken = (serviceUrl: string, foreignKey = false) =>
  issuer.sign({ audience: BOT, serviceUrl, foreignKey });

const entraToken = (tid: string, serviceUrl?: string, foreignKey = false) =>
  entra.sign({
    audience: BOT,
    serviceUrl: serviceUrl ?? '',
    issuer: `${entra.url}/${tid}/v2.0`,
    foreignKey,
    claims: { tid, ...(serviceUrl ? {} : { serviceurl: undefined }) },
  });

/** Lets any reply the bot would have sent arrive before we look. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 150));

/** Posts the attack and checks that it was refused and left no trace anywhere. */
async function expectRefused(
  target: Target,
  body: Wire,
  token: string,
  status: number[],
): Promise<void> {
  const calls = [connector, secondConnector, evil].map((c) => c.calls.length);
  const actionsBefore = (await listActions(target.service.db)).length;
  const res = await post(target, body, token);
  await settle();
  expect(status).toContain(res.status);
  expect((await listActions(target.service.db)).length).toBe(actionsBefore);
  const identities = await listIdentities(target.service.db, target.gemma.id);
  expect(identities).toHaveLength(1);
  expect(JSON.parse(identities[0]!.conversationRef!)).toEqual(gemmaRef());
  expect([connector, secondConnector, evil].map((c) => c.calls.length)).toEqual(calls);
}

describe('Teams tokens the bot must refuse', () => {
  it('refuses an Entra token from a foreign tenant (the reported attack)', async () => {
    await expectRefused(strict, addAsGemma(evil.url), await entraToken(OTHER_TENANT), [401]);
  });

  it('refuses Entra tokens altogether unless TEAMS_ACCEPT_ENTRA_TOKENS is on', async () => {
    await expectRefused(strict, addAsGemma(connector.url), await entraToken(TENANT), [401]);
  });

  it('with Entra tokens on, refuses one whose tenant is not allowed', async () => {
    await expectRefused(entraOn, addAsGemma(evil.url), await entraToken(OTHER_TENANT), [403]);
  });

  it('with Entra tokens on, refuses an allowed tenant speaking for another tenant', async () => {
    const token = await entraToken(TENANT);
    const body = addAsGemma(connector.url, OTHER_TENANT);
    await expectRefused(entraOn, body, token, [403]);
  });

  it('with Entra tokens on, refuses a serviceUrl other than the token names', async () => {
    const token = await entraToken(TENANT, connector.url);
    await expectRefused(entraOn, addAsGemma(evil.url), token, [401]);
  });

  it('with Entra tokens on, refuses a connector host outside the allowed list', async () => {
    await expectRefused(entraOn, addAsGemma(evil.url), await entraToken(TENANT), [403]);
  });

  it('refuses tokens signed by a key the configured JWKS does not publish', async () => {
    await expectRefused(
      strict,
      addAsGemma(connector.url),
      await bfToken(connector.url, true),
      [401],
    );
    await expectRefused(
      entraOn,
      addAsGemma(connector.url),
      await entraToken(TENANT, undefined, true),
      [401],
    );
  });

  it('refuses an activity whose serviceUrl is not the token serviceurl claim', async () => {
    await expectRefused(strict, addAsGemma(evil.url), await bfToken(connector.url), [401]);
  });

  it('refuses a serviceUrl on a host outside the allowed list, even when the token names it', async () => {
    await expectRefused(strict, addAsGemma(evil.url), await bfToken(evil.url), [403]);
  });

  it('refuses a tenant not in TEAMS_ALLOWED_TENANTS with 403', async () => {
    const body = addAsGemma(connector.url, OTHER_TENANT);
    await expectRefused(strict, body, await bfToken(connector.url), [403]);
  });

  it('refuses an activity whose two tenant fields disagree', async () => {
    const body = addAsGemma(connector.url, TENANT, {
      channelData: { tenant: { id: OTHER_TENANT } },
    });
    await expectRefused(strict, body, await bfToken(connector.url), [403]);
  });
});

describe('a known Teams user', () => {
  it('keeps their stored conversation reference when an activity names another host', async () => {
    const before = secondConnector.sent().length;
    const body = {
      ...personalActivity({ connector, botId: BOT, tenant: TENANT }, 'message', GEMMA, {
        text: 'help',
      }),
      serviceUrl: secondConnector.url,
    };
    const res = await post(strict, body, await bfToken(secondConnector.url));
    expect(res.status).toBe(200);
    // Answered where the activity came from, but reminders still go where she was reached first.
    await secondConnector.waitForSent(before + 1);
    const identities = await listIdentities(strict.service.db, strict.gemma.id);
    expect(JSON.parse(identities[0]!.conversationRef!)).toEqual(gemmaRef());
  });

  it('is served as before with a genuine Bot Framework token', async () => {
    const before = connector.sent().length;
    const body = personalActivity({ connector, botId: BOT, tenant: TENANT }, 'message', GEMMA, {
      text: 'help',
    });
    expect((await post(strict, body, await bfToken(connector.url))).status).toBe(200);
    await connector.waitForSent(before + 1);
  });

  it('is served with an Entra token from her own allowed tenant when that is turned on', async () => {
    const before = connector.sent().length;
    const body = personalActivity({ connector, botId: BOT, tenant: TENANT }, 'message', GEMMA, {
      text: 'help',
    });
    expect((await post(entraOn, body, await entraToken(TENANT))).status).toBe(200);
    await connector.waitForSent(before + 1);
  });
});
