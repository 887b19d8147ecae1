/**
 * One board, owners split between Slack and Teams, one register: reminders go out on each
 * owner's own platform, updates from either land in the same history, and the chair (in Teams)
 * sees an update made in Slack.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import type { Action, Person } from '../../src/domain.ts';
import { silentLogger } from '../../src/log.ts';
import { startService, type Service } from '../../src/main.ts';
import { getActionByRef } from '../../src/register/actions.ts';
import { listHistory } from '../../src/register/history.ts';
import { aBoard, aMeeting, aPerson, anAction, aLinkedAccount } from '../support/builders.ts';
import { FakeClock } from '../support/clock.ts';
import { SIGNING_SECRET, TEAM, sign } from '../adapters/slack/harness.ts';
import {
  startMockSlack,
  visibleText as slackText,
  type MockSlack,
} from '../adapters/slack/mock-slack.ts';
import {
  BOT_TOKEN,
  startConnector,
  startIssuer,
  teamsEnv,
  visibleText as teamsText,
  type Connector,
  type Issuer,
  type Wire,
} from '../adapters/teams/mock-teams.ts';

const BOT = 'bot-app-id';
const TENANT = 'tenant-london';

describe('a board whose owners are split between Slack and Teams', () => {
  let slack: MockSlack;
  let issuer: Issuer;
  let connector: Connector;
  let service: Service;
  let dir: string;
  let clock: FakeClock;
  let tim: Person; // Slack
  let jane: Person; // Teams
  let sadiq: Person; // chair, Teams
  let timOnly: Action;
  let janeOnly: Action;
  let shared: Action;

  beforeAll(async () => {
    slack = await startMockSlack();
    issuer = await startIssuer();
    connector = await startConnector();
    dir = await mkdtemp(join(tmpdir(), 'arising-split-'));
    // Tuesday 1 Dec 2026, just after 09:00 in London: the 7-day reminders for 8 Dec are due.
    clock = new FakeClock('2026-12-01T09:05:00.000Z');
    service = await startService(
      loadConfig({
        ...teamsEnv(issuer, connector, BOT, join(dir, 'register.db')),
        SLACK_SIGNING_SECRET: SIGNING_SECRET,
        SLACK_BOT_TOKEN: 'xoxb-test-token',
        SLACK_API_URL: slack.apiUrl,
      }),
      {
        clock,
        logger: silentLogger,
        teamsToken: () => BOT_TOKEN,
        teamsSleep: async () => undefined,
      },
    );
    const db = service.db;
    const board = await aBoard(db, {
      slug: 'lcrb',
      name: 'London Crime Reduction Board',
      refPrefix: 'LCRB',
    });
    const meeting = await aMeeting(db, board, '2026-12-08T10:00:00.000Z');
    tim = await aPerson(db, { name: 'Tim Godwin', initials: 'TG', organisation: 'MPS', board });
    jane = await aPerson(db, { name: 'Jane Harwood', initials: 'JH', organisation: 'MPA', board });
    sadiq = await aPerson(db, { name: 'Sadiq Khan', board, role: 'chair' });
    await aLinkedAccount(
      service.db,
      { platform: 'slack', workspaceId: TEAM, userId: 'UTIM' },
      tim.id,
      null,
    );
    await aLinkedAccount(
      service.db,
      { platform: 'teams', workspaceId: TENANT, userId: 'aad-jane' },
      jane.id,
      null,
    );
    await aLinkedAccount(
      service.db,
      { platform: 'teams', workspaceId: TENANT, userId: 'aad-sadiq' },
      sadiq.id,
      null,
    );
    timOnly = await anAction(db, board, {
      owners: [tim],
      due: meeting,
      text: 'Bring back a full proposal on payment by results',
    });
    janeOnly = await anAction(db, board, {
      owners: [jane],
      due: meeting,
      text: 'Report on the probation caseload',
    });
    shared = await anAction(db, board, {
      owners: [tim, jane],
      due: meeting,
      text: 'Agree the joint data-sharing protocol',
    });
  });

  afterAll(async () => {
    await service?.close();
    await slack?.close();
    await connector?.close();
    await issuer?.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('reminds each owner once, on their own platform, listing all their actions', async () => {
    const result = await service.reminders.tick();
    expect(result.delivery).toMatchObject({ sent: 2 });

    const posted = slack.callsOf('chat.postMessage');
    expect(posted).toHaveLength(1);
    expect(posted[0]!.args.channel).toBe('DTIM');
    const slackVisible = slackText(posted[0]!.args);
    expect(slackVisible).toContain(timOnly.ref);
    expect(slackVisible).toContain(shared.ref);
    expect(slackVisible).not.toContain(janeOnly.ref);

    const toTeams = connector.sent();
    expect(toTeams).toHaveLength(1);
    const teamsVisible = teamsText(toTeams[0]!.body);
    expect(teamsVisible).toContain(janeOnly.ref);
    expect(teamsVisible).toContain(shared.ref);
    expect(teamsVisible).not.toContain(timOnly.ref);

    // The next tick, a minute later, sends nothing again.
    clock.advance(60_000);
    await service.reminders.tick();
    expect(slack.callsOf('chat.postMessage')).toHaveLength(1);
    expect(connector.sent()).toHaveLength(1);
  });

  it('takes an update from each platform into the same register and history', async () => {
    // Tim presses Complete in Slack, on the reminder he received.
    const reminder = slack.callsOf('chat.postMessage')[0]!;
    const channel = String(reminder.args.channel);
    const stored = [...slack.messages.values()].find((m) => m.channel === channel)!;
    const before = (await getActionByRef(service.db, timOnly.ref))!;
    const payload = {
      type: 'block_actions',
      user: { id: 'UTIM', username: 'tim', team_id: TEAM },
      api_app_id: 'A1',
      token: 'legacy',
      container: {
        type: 'message',
        message_ts: stored.ts,
        channel_id: channel,
        is_ephemeral: false,
      },
      trigger_id: 'trigger-split-1',
      team: { id: TEAM, domain: 'london' },
      channel: { id: channel, name: 'directmessage' },
      message: {
        type: 'message',
        ts: stored.ts,
        text: 'reminder',
        user: 'UBOT',
        blocks: stored.blocks,
      },
      response_url: slack.responseUrl('split-1'),
      actions: [
        {
          type: 'button',
          action_id: 'intent:0:set_status',
          block_id: 'b',
          value: JSON.stringify({
            kind: 'set_status',
            ref: timOnly.ref,
            status: 'complete',
            version: before.version,
          }),
          action_ts: '1764579900.1',
          text: { type: 'plain_text', text: 'Complete' },
        },
      ],
    };
    const body = new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
    const timestamp = Math.floor(clock.now().getTime() / 1000);
    const res = await fetch(`${service.url}/slack/events`, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        'x-slack-request-timestamp': String(timestamp),
        'x-slack-signature': sign(body, timestamp),
      },
      body,
    });
    expect(res.status).toBe(200);
    await slack.waitFor('chat.update');
    expect((await getActionByRef(service.db, timOnly.ref))!.status).toBe('complete');

    // Jane sets the shared action in progress from the card in Teams, with a note.
    const current = (await getActionByRef(service.db, shared.ref))!;
    const invoke: Wire = {
      type: 'invoke',
      name: 'adaptiveCard/action',
      id: 'invoke-split-1',
      timestamp: clock.now().toISOString(),
      channelId: 'msteams',
      serviceUrl: connector.url,
      from: { id: '29:jane', aadObjectId: 'aad-jane', name: 'Jane Harwood' },
      recipient: { id: `28:${BOT}`, name: 'Matters Arising' },
      conversation: { id: 'a:chat-aad-jane', conversationType: 'personal', tenantId: TENANT },
      channelData: { tenant: { id: TENANT } },
      value: {
        action: {
          type: 'Action.Execute',
          verb: 'arising.intent',
          data: {
            intent: {
              kind: 'set_status',
              ref: shared.ref,
              status: 'in_progress',
              version: current.version,
            },
            [`note:${shared.ref}`]: 'Draft protocol with the DPOs',
          },
        },
        trigger: 'manual',
      },
    };
    const teamsRes = await fetch(`${service.url}/api/messages`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${await issuer.sign({ audience: BOT, serviceUrl: connector.url })}`,
      },
      body: JSON.stringify(invoke),
    });
    expect(teamsRes.status).toBe(200);
    expect((await getActionByRef(service.db, shared.ref))!.status).toBe('in_progress');

    const sources = async (a: Action) =>
      (await listHistory(service.db, a.id))
        .filter((h) => h.kind === 'status')
        .map((h) => [h.source, h.actorName]);
    expect(await sources(timOnly)).toEqual([['slack', 'Tim Godwin']]);
    expect(await sources(shared)).toEqual([['teams', 'Jane Harwood']]);
  });

  it('shows the chair in Teams what was done in Slack', async () => {
    const message: Wire = {
      type: 'message',
      id: 'msg-split-chair',
      text: `show ${timOnly.ref}`,
      timestamp: clock.now().toISOString(),
      channelId: 'msteams',
      serviceUrl: connector.url,
      from: { id: '29:sadiq', aadObjectId: 'aad-sadiq', name: 'Sadiq Khan' },
      recipient: { id: `28:${BOT}`, name: 'Matters Arising' },
      conversation: { id: 'a:chat-aad-sadiq', conversationType: 'personal', tenantId: TENANT },
      channelData: { tenant: { id: TENANT } },
    };
    const before = connector.sent().length;
    const res = await fetch(`${service.url}/api/messages`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${await issuer.sign({ audience: BOT, serviceUrl: connector.url })}`,
      },
      body: JSON.stringify(message),
    });
    expect(res.status).toBe(200);
    const sent = await connector.waitForSent(before + 1);
    const text = teamsText(sent.at(-1)!.body);
    expect(text).toContain(timOnly.ref);
    expect(text).toMatch(/Tim Godwin/);
    expect(text).toMatch(/slack/);
    expect(text).toMatch(/Complete/);
  });
});
