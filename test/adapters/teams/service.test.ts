/**
 * End to end: the real service on 127.0.0.1, Teams activities signed by a local OpenID issuer,
 * and a mock Bot Connector recording every reply.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config.ts';
import { startService, type Service } from '../../../src/main.ts';
import { silentLogger } from '../../../src/log.ts';
import { getActionByRef } from '../../../src/register/actions.ts';
import { listIdentities } from '../../../src/register/people.ts';
import type { Action, Board, Person } from '../../../src/domain.ts';
import { aBoard, aMeeting, anAction, aPerson, aLinkedAccount } from '../../support/builders.ts';
import { FakeClock } from '../../support/clock.ts';
import {
  BOT_TOKEN,
  startConnector,
  startIssuer,
  visibleText,
  type Connector,
  type Issuer,
  type Wire,
  personalActivity,
  type TeamsUser,
  teamsEnv,
} from './mock-teams.ts';

const BOT = 'bot-app-id';
const TENANT = 'tenant-lcrb';

let issuer: Issuer;
let connector: Connector;
let service: Service;
let dir: string;
let board: Board;
let tim: Person;
let gemma: Person;
let action: Action;

beforeAll(async () => {
  issuer = await startIssuer();
  connector = await startConnector();
  dir = mkdtempSync(join(tmpdir(), 'arising-teams-'));
  const config = loadConfig(teamsEnv(issuer, connector, BOT, join(dir, 'arising.db')));
  service = await startService(config, {
    clock: new FakeClock('2026-11-25T09:00:00Z'),
    logger: silentLogger,
    teamsToken: () => BOT_TOKEN,
    teamsSleep: async () => undefined,
  });
  const db = service.db;
  board = await aBoard(db, {
    slug: 'lcrb',
    name: 'London Crime Reduction Board',
    refPrefix: 'LCRB',
  });
  await aMeeting(db, board, '2026-12-08T10:00:00Z');
  tim = await aPerson(db, {
    name: 'Tim Godwin',
    initials: 'TG',
    email: 'tim.godwin@example.gov.uk',
    board,
  });
  gemma = await aPerson(db, {
    name: 'Gemma Townsend',
    email: 'gemma@example.gov.uk',
    board,
    role: 'secretariat',
  });
  action = await anAction(db, board, {
    owners: [tim],
    text: 'Bring back a full proposal on payment by results',
    minuteRef: '4.20',
  });
  connector.members.set('29:tim', {
    id: '29:tim',
    aadObjectId: 'aad-tim',
    name: 'Tim Godwin',
    email: 'Tim.Godwin@example.gov.uk',
    userPrincipalName: 'tim.godwin@example.gov.uk',
  });
});

afterAll(async () => {
  await service?.close();
  await connector?.close();
  await issuer?.close();
  rmSync(dir, { recursive: true, force: true });
});

type From = TeamsUser;
const TIM: From = { id: '29:tim', aadObjectId: 'aad-tim', name: 'Tim Godwin' };
const STRANGER: From = { id: '29:stranger', aadObjectId: 'aad-stranger', name: 'A Stranger' };

function activity(type: string, from: From, extra: Record<string, unknown> = {}): Wire {
  return personalActivity({ connector, botId: BOT, tenant: TENANT }, type, from, extra);
}

const message = (text: string, from: From = TIM) => activity('message', from, { text });

async function post(body: Wire, token?: string | null): Promise<Response> {
  const auth =
    token === null
      ? undefined
      : (token ?? (await issuer.sign({ audience: BOT, serviceUrl: connector.url })));
  return fetch(`${service.url}/api/messages`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(auth ? { authorization: `Bearer ${auth}` } : {}),
    },
    body: JSON.stringify(body),
  });
}

/** Sends a message as Teams does and returns what the bot answered, as text. */
async function say(text: string, from: From = TIM): Promise<string> {
  const before = connector.sent().length;
  const res = await post(message(text, from));
  expect(res.status).toBe(200);
  const sent = await connector.waitForSent(before + 1);
  return visibleText(sent.at(-1)!.body);
}

describe('Teams requests that are not from Teams', () => {
  it('refuses an unsigned request with 401 and changes nothing', async () => {
    const before = connector.calls.length;
    const res = await post(message('mine'), null);
    expect(res.status).toBe(401);
    expect(connector.calls.length).toBe(before);
    expect(
      (await service.core.identify({ platform: 'teams', workspaceId: TENANT, userId: 'aad-tim' }))
        .ok,
    ).toBe(false);
  });

  it('refuses a token from another issuer', async () => {
    const token = await issuer.sign({
      audience: BOT,
      serviceUrl: connector.url,
      issuer: 'https://evil.example/',
    });
    expect((await post(message('mine'), token)).status).toBe(401);
  });

  it('refuses a token for another bot (wrong audience)', async () => {
    const token = await issuer.sign({ audience: 'some-other-bot', serviceUrl: connector.url });
    expect((await post(message('mine'), token)).status).toBe(401);
  });

  it('refuses an expired token', async () => {
    const token = await issuer.sign({
      audience: BOT,
      serviceUrl: connector.url,
      expiresInSeconds: -3600,
    });
    expect((await post(message('mine'), token)).status).toBe(401);
  });

  it('refuses a token signed with a key the issuer does not publish', async () => {
    const token = await issuer.sign({ audience: BOT, serviceUrl: connector.url, foreignKey: true });
    expect((await post(message('mine'), token)).status).toBe(401);
  });

  it('refuses a token minted for another service URL', async () => {
    const before = connector.calls.length;
    const token = await issuer.sign({
      audience: BOT,
      serviceUrl: 'https://smba.example/elsewhere',
    });
    expect((await post(message('mine'), token)).status).toBe(401);
    expect(connector.calls.length).toBe(before);
  });
});

describe('a Teams user', () => {
  it('is linked by the email on the roster at first contact and sees their actions', async () => {
    const text = await say('mine');
    expect(text).toContain(action.ref);
    expect(text).toContain('Bring back a full proposal on payment by results');
    const identities = await listIdentities(service.db, tim.id);
    const teams = identities.find((i) => i.platform === 'teams');
    expect(teams).toMatchObject({ workspaceId: TENANT, userId: 'aad-tim' });
    expect(JSON.parse(teams!.conversationRef!)).toMatchObject({
      serviceUrl: connector.url,
      conversationId: 'a:chat-aad-tim',
      tenantId: TENANT,
    });
  });

  it('gets its reply as an Adaptive Card with Complete and note buttons', async () => {
    await say('mine');
    const card = connector.sent().at(-1)!.body.attachments[0];
    expect(card.contentType).toBe('application/vnd.microsoft.card.adaptive');
    expect(card.content.version).toBe('1.5');
    const json = JSON.stringify(card.content);
    expect(json).toContain('"Action.Execute"');
    expect(json).toContain('"Input.Text"');
  });

  it('answers help, boards, show, outstanding, note and update', async () => {
    expect(await say('help')).toContain('outstanding');
    expect(await say('boards')).toContain('London Crime Reduction Board');
    expect(await say(`show ${action.ref}`)).toContain('4.20');
    expect(await say('outstanding lcrb')).toContain(action.ref);
    expect(await say(`note ${action.ref} Waiting for the Home Office figures`)).toContain(
      'Note added',
    );
    expect(
      await say(`update ${action.ref} in progress "Draft paper with the Commissioner"`),
    ).toContain('in progress');
    const history = await say(`show ${action.ref}`);
    expect(history).toContain('(teams)');
    expect(history).toContain('Draft paper with the Commissioner');
  });

  it('marks an action done, and is refused the secretariat-only commands', async () => {
    const done = await anAction(service.db, board, {
      owners: [tim],
      text: 'Write to the Home Office',
    });
    expect(await say(`done ${done.ref} "Letter sent"`)).toContain(`${done.ref} is now complete`);
    expect((await getActionByRef(service.db, done.ref))!.status).toBe('complete');
    expect(await say('add lcrb TG "Another paper" due next meeting')).toMatch(/secretariat/i);
    expect(await say(`assign ${done.ref} Gemma Townsend`)).toMatch(/secretariat/i);
  });

  it('gets a hint for a command it does not know', async () => {
    expect(await say('frobnicate')).toMatch(/help/);
  });

  it('changes a status with a card button and sees the card refreshed in place', async () => {
    const current = (await getActionByRef(service.db, action.ref))!;
    const res = await post(
      activity('invoke', TIM, {
        name: 'adaptiveCard/action',
        value: {
          action: {
            type: 'Action.Execute',
            verb: 'arising.intent',
            data: {
              intent: {
                kind: 'set_status',
                ref: action.ref,
                status: 'complete',
                version: current.version,
              },
              [`note:${action.ref}`]: 'Paper circulated to members',
            },
          },
          trigger: 'manual',
        },
      }),
    );
    expect(res.status).toBe(200);
    const body = (await res.json()) as Wire;
    expect(body).toMatchObject({
      statusCode: 200,
      type: 'application/vnd.microsoft.card.adaptive',
    });
    const text = visibleText(body.value);
    expect(text).toContain(`${action.ref} is now complete`);
    expect(text).toContain('Paper circulated to members');
    const after = (await getActionByRef(service.db, action.ref))!;
    expect(after.status).toBe('complete');
    expect(await say(`show ${action.ref}`)).toMatch(/\(teams\): .*complete/i);
  });

  it('adds a note from the card, shown inert, and refuses a press on a stale card', async () => {
    const other = await anAction(service.db, board, { owners: [tim], text: 'Circulate the data' });
    const press = (intent: Wire, note: string) =>
      post(
        activity('invoke', TIM, {
          name: 'adaptiveCard/action',
          value: {
            action: {
              type: 'Action.Execute',
              verb: 'arising.intent',
              data: { intent, [`note:${other.ref}`]: note, others: [action.ref] },
            },
          },
        }),
      );
    const hostile = '<at>Everyone</at> **now** [here](https://evil.example)';
    const res = await press(
      { kind: 'add_update', ref: other.ref, version: other.version },
      hostile,
    );
    const card = ((await res.json()) as Wire).value;
    expect(visibleText(card)).toContain(`Note added to ${other.ref}`);
    expect(visibleText(card)).toContain(`Also on the card you pressed: ${action.ref}`);
    expect(JSON.stringify(card)).not.toContain('<at>');
    expect(visibleText(card)).toContain(hostile);

    await press(
      { kind: 'set_status', ref: other.ref, status: 'in_progress', version: other.version },
      '',
    );
    const stale = await press(
      { kind: 'set_status', ref: other.ref, status: 'complete', version: other.version },
      '',
    );
    expect(visibleText(((await stale.json()) as Wire).value)).toMatch(
      /changed|since|newer|version/i,
    );
    expect((await getActionByRef(service.db, other.ref))!.status).toBe('in_progress');
  });

  it('refuses a 10,000-character or bidi-override note from the card, storing nothing', async () => {
    const target = await anAction(service.db, board, { owners: [tim], text: 'Brief the borough' });
    const press = async (note: string) => {
      const res = await post(
        activity('invoke', TIM, {
          name: 'adaptiveCard/action',
          value: {
            action: {
              type: 'Action.Execute',
              verb: 'arising.intent',
              data: {
                intent: { kind: 'add_update', ref: target.ref, version: target.version },
                [`note:${target.ref}`]: note,
              },
            },
          },
        }),
      );
      return visibleText(((await res.json()) as Wire).value);
    };
    expect(await press('z'.repeat(10_000))).toContain(
      'Notes can be up to 2,000 characters; yours has 10,000. Shorten it and send it again.',
    );
    expect(await press('Briefed \u202Edeifeirb')).toMatch(/can't contain control characters/);
    const notes = await service.db
      .selectFrom('action_updates')
      .select('kind')
      .where('action_id', '=', target.id)
      .execute();
    expect(notes.map((n) => n.kind)).toEqual(['created']);
  });

  it('is told the card is out of date when the intent is not one of ours', async () => {
    const res = await post(
      activity('invoke', TIM, {
        name: 'adaptiveCard/action',
        value: {
          action: {
            type: 'Action.Execute',
            verb: 'arising.intent',
            data: { intent: { kind: 'drop_table' } },
          },
        },
      }),
    );
    expect(res.status).toBe(200);
    expect(visibleText(((await res.json()) as Wire).value)).toContain('out of date');
  });

  it('is answered once when Teams delivers the same activity twice', async () => {
    const once = message('boards');
    const before = connector.sent().length;
    expect((await post(once)).status).toBe(200);
    expect((await post(once)).status).toBe(200);
    await say('help');
    expect(connector.sent().length).toBe(before + 2);
  });

  it('records a note once when Teams redelivers it, but the same id in another chat is new', async () => {
    const notes = async () =>
      (
        await service.db
          .selectFrom('action_updates')
          .select('note')
          .where('action_id', '=', action.id)
          .where('kind', '=', 'note')
          .execute()
      ).map((n) => n.note);
    const before = (await notes()).length;
    const note = { ...message(`note ${action.ref} Redelivered note`), id: 'activity-77' };
    expect((await post(note)).status).toBe(200);
    expect((await post(note)).status).toBe(200);
    // Activity ids are unique within a conversation only: this one, elsewhere, is another message.
    const elsewhere = {
      ...message(`note ${action.ref} Same id, other chat`),
      id: 'activity-77',
      conversation: { id: 'a:chat-other', conversationType: 'personal', tenantId: TENANT },
    };
    expect((await post(elsewhere)).status).toBe(200);
    await say('help');
    expect((await notes()).slice(before)).toEqual(['Redelivered note', 'Same id, other chat']);
  });

  it('still gets its reply when the connector throttles it (429, Retry-After)', async () => {
    connector.failNext(429, 0, 2);
    const before = connector.sent().length;
    const text = await say('boards');
    expect(text).toContain('London Crime Reduction Board');
    const tries = connector.sent().slice(before);
    expect(tries.length).toBe(3);
  });
});

describe('a Teams user first seen in a channel', () => {
  it('is linked by the UPN when the roster email differs, looked up on the channel', async () => {
    const priya = await aPerson(service.db, {
      name: 'Priya Shah',
      email: 'priya@council.gov.uk',
      board,
    });
    const PRIYA: From = { id: '29:priya', aadObjectId: 'aad-priya', name: 'Priya Shah' };
    connector.members.set('29:priya', {
      ...PRIYA,
      email: 'p.shah@mail.council.gov.uk',
      userPrincipalName: 'Priya@council.gov.uk',
    });
    const thread = {
      id: '19:dmg@thread.tacv2;messageid=77',
      conversationType: 'channel',
      tenantId: TENANT,
    };
    const before = connector.sent().length;
    const res = await post(
      activity('message', PRIYA, {
        text: '<at>Matters Arising</at>&nbsp;boards',
        conversation: thread,
        entities: [{ type: 'mention', mentioned: { id: `28:${BOT}` } }],
      }),
    );
    expect(res.status).toBe(200);
    const sent = await connector.waitForSent(before + 1);
    expect(visibleText(sent.at(-1)!.body)).toContain('London Crime Reduction Board');
    const lookup = connector.calls.filter((c) => c.path.endsWith('/members/29:priya')).at(-1)!;
    expect(lookup.conversationId).toBe('19:dmg@thread.tacv2');
    const identity = (await listIdentities(service.db, priya.id)).find(
      (i) => i.platform === 'teams',
    );
    expect(identity).toMatchObject({ userId: 'aad-priya', conversationRef: null });
  });
});

describe('a Teams user the register does not know', () => {
  it('is told who can link them', async () => {
    const text = await say('mine', STRANGER);
    expect(text).toContain('not linked');
    expect(text).toContain(gemma.name);
    expect(
      (
        await service.core.identify({
          platform: 'teams',
          workspaceId: TENANT,
          userId: 'aad-stranger',
        })
      ).ok,
    ).toBe(false);
  });
});

describe('starting with Teams half configured', () => {
  it('refuses to start, naming the variable to set', async () => {
    const config = loadConfig({
      DATABASE_URL: `sqlite:${join(dir, 'refused.db')}`,
      PORT: '0',
      HOST: '127.0.0.1',
      DEMO_DATA: 'never',
      TEAMS_APP_ID: BOT,
      TEAMS_APP_TYPE: 'SingleTenant',
      TEAMS_APP_PASSWORD: 'secret',
    });
    await expect(startService(config, { logger: silentLogger })).rejects.toThrow(
      /TEAMS_APP_TENANT_ID/,
    );
  });
});

describe('the secretariat linking someone from a channel', () => {
  it('links the person they mention, and only the secretariat may', async () => {
    const alex = await aPerson(service.db, { name: 'Alex Brown', email: null, board });
    const GEMMA: From = { id: '29:gemma', aadObjectId: 'aad-gemma', name: 'Gemma Townsend' };
    const ALEX: From = { id: '29:alex', aadObjectId: 'aad-alex', name: 'Alex B' };
    connector.members.set('29:gemma', { ...GEMMA, email: 'gemma@example.gov.uk' });
    connector.members.set('29:alex', { ...ALEX, email: 'alex.b@partner.example' });
    const channel = {
      id: '19:lcrb@thread.tacv2;messageid=9',
      conversationType: 'channel',
      tenantId: TENANT,
    };
    const link = (from: From) =>
      activity('message', from, {
        text: '<at>Matters Arising</at> link <at>Alex B</at> "Alex Brown"',
        conversation: channel,
        entities: [
          { type: 'mention', mentioned: { id: `28:${BOT}`, name: 'Matters Arising' } },
          { type: 'mention', mentioned: { id: '29:alex', name: 'Alex B' } },
        ],
      });
    let before = connector.sent().length;
    await post(link(TIM));
    let sent = await connector.waitForSent(before + 1);
    expect(visibleText(sent.at(-1)!.body)).toMatch(/Only a board secretariat/);
    const alexUser = { platform: 'teams' as const, workspaceId: TENANT, userId: 'aad-alex' };
    expect((await service.core.identify(alexUser)).ok).toBe(false);

    before = connector.sent().length;
    await post(link(GEMMA));
    sent = await connector.waitForSent(before + 1);
    expect(visibleText(sent.at(-1)!.body)).toContain('Alex Brown');
    const linked = await service.core.identify(alexUser);
    expect(linked.ok && linked.actor.person.id).toBe(alex.id);
    expect(await say('boards', ALEX)).toContain('London Crime Reduction Board');
  });
});

describe('installing the app', () => {
  it('in a team, says hello in the channel and gives its id', async () => {
    const before = connector.sent().length;
    const res = await post(
      activity('installationUpdate', TIM, {
        action: 'add',
        conversation: {
          id: '19:general@thread.tacv2',
          conversationType: 'channel',
          tenantId: TENANT,
        },
      }),
    );
    expect(res.status).toBe(200);
    const sent = await connector.waitForSent(before + 1);
    expect(sent.at(-1)!.conversationId).toBe('19:general@thread.tacv2');
    expect(visibleText(sent.at(-1)!.body)).toContain('19:general@thread.tacv2');
  });

  it('links a new person silently when the bot joins their personal chat', async () => {
    const jo = await aPerson(service.db, {
      name: 'Jo Harris',
      email: 'jo.harris@example.gov.uk',
      board,
    });
    const JO: From = { id: '29:jo', aadObjectId: 'aad-jo', name: 'Jo Harris' };
    connector.members.set('29:jo', { ...JO, userPrincipalName: 'jo.harris@example.gov.uk' });
    const before = connector.sent().length;
    const res = await post(
      activity('conversationUpdate', JO, { membersAdded: [{ id: `28:${BOT}` }, { id: '29:jo' }] }),
    );
    expect(res.status).toBe(200);
    expect(connector.sent().length).toBe(before);
    const stored = (await listIdentities(service.db, jo.id)).find((i) => i.platform === 'teams');
    expect(JSON.parse(stored!.conversationRef!)).toMatchObject({ conversationId: 'a:chat-aad-jo' });
  });

  it('greets the person and stores how to reach them', async () => {
    const before = connector.sent().length;
    const res = await post(activity('installationUpdate', TIM, { action: 'add' }));
    expect(res.status).toBe(200);
    const sent = await connector.waitForSent(before + 1);
    expect(visibleText(sent.at(-1)!.body)).toContain('Hello Tim Godwin');
  });

  it('in a channel, answers only when mentioned, in the thread', async () => {
    const channel = {
      id: '19:lcrb@thread.tacv2;messageid=1',
      conversationType: 'channel',
      tenantId: TENANT,
    };
    const before = connector.sent().length;
    await post(activity('message', TIM, { text: 'mine', conversation: channel }));
    const mention = activity('message', TIM, {
      text: '<at>Matters Arising</at> outstanding lcrb',
      conversation: channel,
      entities: [
        {
          type: 'mention',
          mentioned: { id: `28:${BOT}`, name: 'Matters Arising' },
          text: '<at>Matters Arising</at>',
        },
      ],
    });
    expect((await post(mention)).status).toBe(200);
    const sent = await connector.waitForSent(before + 1);
    expect(sent.length).toBe(before + 1);
    expect(sent.at(-1)!.body.replyToId).toBe(mention.id);
    expect(visibleText(sent.at(-1)!.body)).toContain('Outstanding: London Crime Reduction Board');
  });
});

describe('reminders through Teams', () => {
  it('open a 1:1 chat with someone known only by AAD object id and tenant', async () => {
    const sam = await aPerson(service.db, { name: 'Sam Okafor', board });
    const user = { platform: 'teams' as const, workspaceId: TENANT, userId: 'aad-sam' };
    await aLinkedAccount(service.db, user, sam.id, null);
    const delivery = await service.messengers.get('teams')!.send(
      {
        idempotencyKey: 'reminder:sam:1',
        recipient: {
          kind: 'person',
          personId: sam.id,
          userId: 'aad-sam',
          workspaceId: TENANT,
          conversationRef: null,
        },
      },
      { summary: 'Reminder', blocks: [{ kind: 'paragraph', spans: ['Your actions are due'] }] },
    );
    expect(delivery.ok).toBe(true);
    const created = connector.calls.filter((c) => c.path === '/v3/conversations').at(-1)!;
    expect(created.body).toMatchObject({ members: [{ id: 'aad-sam' }], tenantId: TENANT });
    const stored = (await listIdentities(service.db, sam.id)).find((i) => i.platform === 'teams')!;
    expect(JSON.parse(stored.conversationRef!)).toMatchObject({ userId: 'aad-sam' });
    expect(connector.sent().at(-1)!.conversationId).toBe(
      JSON.parse(stored.conversationRef!).conversationId,
    );
  });

  it('reach a person at their stored conversation', async () => {
    const identity = (await listIdentities(service.db, tim.id)).find(
      (i) => i.platform === 'teams',
    )!;
    const delivery = await service.messengers.get('teams')!.send(
      {
        idempotencyKey: 'reminder:tim:1',
        recipient: {
          kind: 'person',
          personId: tim.id,
          userId: identity.userId,
          workspaceId: identity.workspaceId,
          conversationRef: identity.conversationRef,
        },
      },
      { summary: 'Reminder', blocks: [{ kind: 'paragraph', spans: ['Your actions are due'] }] },
    );
    expect(delivery.ok).toBe(true);
    const last = connector.sent().at(-1)!;
    expect(last.conversationId).toBe('a:chat-aad-tim');
    expect(last.authorization).toBe(`Bearer ${BOT_TOKEN}`);
    expect(visibleText(last.body)).toContain('Your actions are due');
  });

  it('report a throttled send as retryable with the Retry-After', async () => {
    connector.failNext(429, 30);
    const delivery = await service.messengers.get('teams')!.send(
      {
        idempotencyKey: 'reminder:tim:2',
        recipient: {
          kind: 'person',
          personId: tim.id,
          userId: 'aad-tim',
          workspaceId: TENANT,
          conversationRef: JSON.stringify({
            serviceUrl: connector.url,
            conversationId: 'a:chat-aad-tim',
            tenantId: TENANT,
            botId: `28:${BOT}`,
          }),
        },
      },
      { summary: 'Reminder', blocks: [] },
    );
    expect(delivery).toMatchObject({ ok: false, permanent: false, retryAfterMs: 30_000 });
  });
});
