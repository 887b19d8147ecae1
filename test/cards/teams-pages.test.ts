/**
 * Long lists in Teams, driven as Teams drives the bot: signed activities to the running service
 * and a mock Bot Connector. `mine` answers with a page and a Next button; pressing it (an
 * adaptiveCard/action invoke) turns the card into the next page, read for whoever pressed.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { startService, type Service } from '../../src/main.ts';
import { silentLogger } from '../../src/log.ts';
import type { Board, Person } from '../../src/domain.ts';
import { aBoard, aMeeting, anAction, aPerson } from '../support/builders.ts';
import { FakeClock } from '../support/clock.ts';
import { checkCard } from '../support/adaptive-cards.ts';
import {
  BOT_TOKEN,
  personalActivity,
  startConnector,
  startIssuer,
  teamsEnv,
  visibleText,
  type Connector,
  type Issuer,
  type TeamsUser,
  type Wire,
} from '../adapters/teams/mock-teams.ts';

const BOT = 'bot-app-id';
const TENANT = 'tenant-lcrb';
const TIM: TeamsUser = { id: '29:tim', aadObjectId: 'aad-tim', name: 'Tim Godwin' };

let issuer: Issuer;
let connector: Connector;
let service: Service;
let dir: string;
let board: Board;
let tim: Person;

beforeAll(async () => {
  issuer = await startIssuer();
  connector = await startConnector();
  dir = mkdtempSync(join(tmpdir(), 'arising-teams-pages-'));
  const config = loadConfig(teamsEnv(issuer, connector, BOT, join(dir, 'arising.db')));
  service = await startService(config, {
    clock: new FakeClock('2026-11-25T09:00:00Z'),
    logger: silentLogger,
    teamsToken: () => BOT_TOKEN,
    teamsSleep: async () => undefined,
  });
  board = await aBoard(service.db, {
    slug: 'lcrb',
    name: 'London Crime Reduction Board',
    refPrefix: 'LCRB',
  });
  const next = await aMeeting(service.db, board, '2026-12-08T10:00:00Z');
  tim = await aPerson(service.db, {
    name: 'Tim Godwin',
    email: 'tim.godwin@example.gov.uk',
    board,
  });
  for (let i = 0; i < 30; i++)
    await anAction(service.db, board, {
      owners: [tim],
      text: `Long-list action ${i + 1}`,
      due: next,
    });
  connector.members.set('29:tim', {
    id: '29:tim',
    aadObjectId: 'aad-tim',
    name: 'Tim Godwin',
    email: 'tim.godwin@example.gov.uk',
    userPrincipalName: 'tim.godwin@example.gov.uk',
  });
}, 60_000);

afterAll(async () => {
  await service?.close();
  await connector?.close();
  await issuer?.close();
  rmSync(dir, { recursive: true, force: true });
});

const activity = (type: string, extra: Record<string, unknown> = {}): Wire =>
  personalActivity({ connector, botId: BOT, tenant: TENANT }, type, TIM, extra);

async function post(body: Wire): Promise<Response> {
  const auth = await issuer.sign({ audience: BOT, serviceUrl: connector.url });
  return fetch(`${service.url}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${auth}` },
    body: JSON.stringify(body),
  });
}

async function say(text: string): Promise<Wire> {
  const before = connector.sent().length;
  expect((await post(activity('message', { text }))).status).toBe(200);
  return (await connector.waitForSent(before + 1)).at(-1)!.body;
}

const cardOf = (body: Wire) =>
  (body as { attachments: { content: unknown }[] }).attachments[0]!.content;

describe('long lists in Teams', () => {
  it('answers mine with a page and a Next button, and Next gives the next page', async () => {
    const sent = await say('mine');
    const card = cardOf(sent);
    expect((await checkCard(card)).problems).toEqual([]);
    expect(visibleText(sent)).toMatch(/Showing 1–20 of 30/);
    const next = JSON.stringify(card).match(/\{"kind":"page"[^}]*\}/);
    expect(next).not.toBeNull();
    const res = await post(
      activity('invoke', {
        name: 'adaptiveCard/action',
        value: {
          action: {
            type: 'Action.Execute',
            verb: 'arising.intent',
            data: { intent: JSON.parse(next![0]) },
          },
          trigger: 'manual',
        },
      }),
    );
    expect(res.status).toBe(200);
    const body = (await res.json()) as { value: unknown };
    expect((await checkCard(body.value)).problems).toEqual([]);
    expect(visibleText(body.value)).toMatch(/Showing 21–30 of 30/);
    expect(JSON.stringify(body.value)).not.toContain('"kind":"page"');
  });

  it('keeps a page with its Next button when Teams refreshes it on opening', async () => {
    const card = cardOf(await say('mine')) as { refresh: { action: { data: unknown } } };
    const res = await post(
      activity('invoke', {
        name: 'adaptiveCard/action',
        value: {
          action: {
            type: 'Action.Execute',
            verb: 'arising.refresh',
            data: card.refresh.action.data,
          },
          trigger: 'automatic',
        },
      }),
    );
    const body = (await res.json()) as { value: unknown };
    expect((await checkCard(body.value)).problems).toEqual([]);
    expect(visibleText(body.value)).toMatch(/Showing 1–20 of 30/);
    expect(JSON.stringify(body.value)).toContain('"kind":"page"');
  });

  it('refuses a Next button edited to a page that cannot be', async () => {
    const res = await post(
      activity('invoke', {
        name: 'adaptiveCard/action',
        value: {
          action: {
            type: 'Action.Execute',
            verb: 'arising.intent',
            data: { intent: { kind: 'page', view: 'mine', offset: 'all' } },
          },
          trigger: 'manual',
        },
      }),
    );
    const body = (await res.json()) as { value: unknown };
    expect(visibleText(body.value)).toMatch(/out of date/);
  });

  it('tells a Teams user how to type commands in Teams', async () => {
    const text = visibleText(await say('help'));
    expect(text).not.toContain('/actions');
    expect(text).toMatch(/Send a command to me/);
  });
});
