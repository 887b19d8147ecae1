/**
 * Faults on the Teams side: the Bot Connector answering 500s, and hanging without answering, on
 * a proactive reminder (the real deliverer through the real Teams messenger) and on a reply to a
 * person's message (the real service). Nothing is lost and nothing is doubled.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import type { Action, Board, Person } from '../../src/domain.ts';
import { silentLogger } from '../../src/log.ts';
import { startService, type Service } from '../../src/main.ts';
import { deliverDue } from '../../src/reminders/deliverer.ts';
import { planAndEnqueue } from '../../src/reminders/plan-tick.ts';
import { aBoard, aMeeting, anAction, aPerson } from '../support/builders.ts';
import { FakeClock, MINUTE } from '../support/clock.ts';
import {
  BOT_TOKEN,
  startConnector,
  startIssuer,
  visibleText,
  type Connector,
  type Issuer,
  type Wire,
  personalActivity,
  teamsEnv,
} from '../adapters/teams/mock-teams.ts';

const BOT = 'bot-app-id';
const TENANT = 'tenant-lcrb';
/** A week before the meeting: the default policy's first reminder is due. */
const clock = new FakeClock('2026-12-01T09:00:00.000Z');

let issuer: Issuer;
let connector: Connector;
let service: Service;
let dir: string;
let board: Board;
let tim: Person;
let action: Action;

beforeAll(async () => {
  issuer = await startIssuer();
  connector = await startConnector();
  dir = mkdtempSync(join(tmpdir(), 'arising-teams-faults-'));
  service = await startService(
    loadConfig(teamsEnv(issuer, connector, BOT, join(dir, 'arising.db'))),
    {
      clock,
      logger: silentLogger,
      teamsToken: () => BOT_TOKEN,
      teamsSleep: async () => undefined,
      teamsConnectorTimeoutMs: 300,
    },
  );
  board = await aBoard(service.db, { slug: 'lcrb', refPrefix: 'LCRB' });
  const meeting = await aMeeting(service.db, board, '2026-12-08T10:00:00.000Z');
  tim = await aPerson(service.db, { name: 'Tim Godwin', email: 'tim@example.gov.uk', board });
  action = await anAction(service.db, board, { owners: [tim], due: meeting });
  connector.members.set('29:tim', {
    id: '29:tim',
    aadObjectId: 'aad-tim',
    name: 'Tim Godwin',
    email: 'tim@example.gov.uk',
  });
  // First contact links Tim by his roster email and stores his 1:1 conversation.
  await post(message('help'));
  await connector.waitForSent(1);
});

afterAll(async () => {
  await service?.close();
  await connector?.close();
  await issuer?.close();
  rmSync(dir, { recursive: true, force: true });
});

function message(text: string): Wire {
  const tim = { id: '29:tim', aadObjectId: 'aad-tim', name: 'Tim Godwin' };
  return personalActivity({ connector, botId: BOT, tenant: TENANT }, 'message', tim, { text });
}

async function post(body: Wire): Promise<Response> {
  const token = await issuer.sign({ audience: BOT, serviceUrl: connector.url });
  return fetch(`${service.url}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify(body),
  });
}

const deliver = () =>
  deliverDue({
    db: service.db,
    clock,
    messengers: service.messengers,
    instance: 'robustness',
    logger: silentLogger,
    random: () => 0.5,
  });

describe('a Teams reminder when the Bot Connector fails', () => {
  it('arrives once after 500s and a connector that hangs', async () => {
    expect((await planAndEnqueue(service.db, clock.now())).queued).toBe(1);
    const before = connector.delivered().length;
    connector.failNext(500, undefined, 2);
    connector.hangNext(1);
    const outcomes = [];
    for (let pass = 0; pass < 6; pass++) {
      outcomes.push(await deliver());
      clock.advance(10 * MINUTE);
    }
    expect(outcomes.map((o) => o.retrying)).toEqual([1, 1, 1, 0, 0, 0]);
    expect(outcomes.map((o) => o.sent)).toEqual([0, 0, 0, 1, 0, 0]);
    const got = connector.delivered().slice(before);
    expect(got).toHaveLength(1);
    expect(got[0]!.conversationId).toBe('a:chat-aad-tim');
    expect(visibleText(got[0]!.body)).toContain(action.ref);
    const row = await service.db.selectFrom('outbox').selectAll().executeTakeFirstOrThrow();
    expect(row).toMatchObject({ state: 'sent', attempts: 4 });
  });
});

describe("a reply to a Teams user's message when the Bot Connector fails", () => {
  it('is sent once, and the note once, after a 500 and a hang', async () => {
    const before = connector.delivered().length;
    connector.failNext(500);
    connector.hangNext(1);
    const note = message(`note ${action.ref} Waiting for the Home Office figures`);
    expect((await post(note)).status).toBe(200);
    // Teams redelivers an activity the bot was slow to acknowledge: it is not applied twice.
    expect((await post(note)).status).toBe(200);
    const got = connector.delivered().slice(before);
    expect(got).toHaveLength(1);
    expect(visibleText(got[0]!.body)).toContain('Note added');
    const notes = await service.db
      .selectFrom('action_updates')
      .select('note')
      .where('kind', '=', 'note')
      .execute();
    expect(notes.map((n) => n.note)).toEqual(['Waiting for the Home Office figures']);
  });
});
