/**
 * End to end in Teams: the secretariat types `chase`, and the owner gets the chase in their
 * personal chat at once, through the mock Bot Connector, with the Adaptive Card buttons.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config.ts';
import { startService, type Service } from '../../../src/main.ts';
import { silentLogger } from '../../../src/log.ts';
import type { Action } from '../../../src/domain.ts';
import { aBoard, aMeeting, anAction, aPerson } from '../../support/builders.ts';
import { FakeClock } from '../../support/clock.ts';
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
} from './mock-teams.ts';

const BOT = 'bot-app-id';
const TENANT = 'tenant-lcrb';
const TIM: TeamsUser = { id: '29:tim', aadObjectId: 'aad-tim', name: 'Tim Godwin' };
const GEMMA: TeamsUser = { id: '29:gemma', aadObjectId: 'aad-gemma', name: 'Gemma Townsend' };

let issuer: Issuer;
let connector: Connector;
let service: Service;
let dir: string;
let action: Action;

beforeAll(async () => {
  issuer = await startIssuer();
  connector = await startConnector();
  dir = mkdtempSync(join(tmpdir(), 'arising-teams-chase-'));
  const config = loadConfig(teamsEnv(issuer, connector, BOT, join(dir, 'arising.db')));
  service = await startService(config, {
    clock: new FakeClock('2026-11-25T09:00:00Z'),
    logger: silentLogger,
    teamsToken: () => BOT_TOKEN,
    teamsSleep: async () => undefined,
  });
  const board = await aBoard(service.db, {
    slug: 'lcrb',
    name: 'London Crime Reduction Board',
    refPrefix: 'LCRB',
  });
  await aMeeting(service.db, board, '2026-12-08T10:00:00Z');
  const tim = await aPerson(service.db, { name: 'Tim Godwin', email: 'tim@example.gov.uk', board });
  await aPerson(service.db, {
    name: 'Gemma Townsend',
    email: 'gemma@example.gov.uk',
    board,
    role: 'secretariat',
  });
  action = await anAction(service.db, board, {
    owners: [tim],
    text: 'Bring back a full proposal on payment by results',
  });
  for (const [user, email] of [
    [TIM, 'tim@example.gov.uk'],
    [GEMMA, 'gemma@example.gov.uk'],
  ] as const)
    connector.members.set(user.id, { ...user, email, userPrincipalName: email });
});

afterAll(async () => {
  await service?.close();
  await connector?.close();
  await issuer?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function say(text: string, from: TeamsUser, expectSends = 1): Promise<string[]> {
  const before = connector.sent().length;
  const body = personalActivity({ connector, botId: BOT, tenant: TENANT }, 'message', from, {
    text,
  });
  const token = await issuer.sign({ audience: BOT, serviceUrl: connector.url });
  const res = await fetch(`${service.url}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify(body),
  });
  expect(res.status).toBe(200);
  const sent = await connector.waitForSent(before + expectSends);
  return sent.slice(before).map((c) => `${c.conversationId}|${visibleText(c.body)}`);
}

describe('chase in Teams', () => {
  it('sends the owner the chase in their chat at once, and tells the secretariat how', async () => {
    await say('mine', TIM); // Tim's first contact: the bot now knows his chat.
    const sent = await say(`chase ${action.ref}`, GEMMA, 2);
    const toTim = sent.find((s) => s.startsWith('a:chat-aad-tim|'));
    const toGemma = sent.find((s) => s.startsWith('a:chat-aad-gemma|'));
    expect(toTim).toContain('Gemma Townsend (LCRB secretariat) asks for an update');
    expect(toTim).toContain('Bring back a full proposal on payment by results');
    expect(toGemma).toContain(
      `Chased Tim Godwin about ${action.ref}: sent as a Teams chat message.`,
    );
    // The chase card refreshes when Tim opens it, so it shows what the secretariat sees now.
    const chase = connector
      .sent()
      .filter((c) => c.conversationId === 'a:chat-aad-tim')
      .at(-1)!.body as { attachments: { content: { refresh?: unknown } }[] };
    expect(chase.attachments[0]!.content.refresh).toMatchObject({
      action: { type: 'Action.Execute', verb: 'arising.refresh', data: { ref: action.ref } },
      userIds: [TIM.id],
    });
    const again = await say(`chase ${action.ref}`, GEMMA);
    expect(again[0]).toContain('already chased');
  });
});
