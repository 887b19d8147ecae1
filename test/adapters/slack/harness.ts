/**
 * End-to-end harness: the real service (startService) on 127.0.0.1 port 0 with a temporary
 * SQLite file, Slack credentials pointing at a mock Slack on loopback, and requests signed
 * exactly as Slack signs them. Time is a FakeClock, so a replay can be sent "six minutes later".
 */
import { createHmac } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../../../src/config.ts';
import type { Action, Board, Person } from '../../../src/domain.ts';
import { silentLogger } from '../../../src/log.ts';
import { startService, type Service } from '../../../src/main.ts';
import type { ButtonIntent } from '../../../src/message.ts';
import { aBoard, aMeeting, aPerson, anAction, aLinkedAccount } from '../../support/builders.ts';
import { FakeClock } from '../../support/clock.ts';
import { MockSlack, startMockSlack, type SlackCall } from './mock-slack.ts';
import { startMockSocket, type MockSocket } from './mock-socket.ts';

export const SIGNING_SECRET = 'test-signing-secret-8f2c';
export const TEAM = 'T1';

export interface Harness {
  readonly service: Service;
  readonly mock: MockSlack;
  /** Set when the harness runs in Socket Mode (`startHarness({ socket: true })`). */
  readonly socket: MockSocket | undefined;
  readonly clock: FakeClock;
  readonly board: Board;
  readonly tim: Person;
  readonly gemma: Person;
  readonly sadiq: Person;
  readonly actions: readonly Action[];
  /** Sends a signed request; returns the HTTP status and body text. */
  post(
    body: string,
    contentType: string,
    options?: { timestamp?: number; signature?: string; headers?: Record<string, string> },
  ): Promise<{ status: number; text: string }>;
  /** Types `/actions <text>` as `user`; resolves with what the bot answered via response_url. */
  command(user: string, text: string): Promise<SlackCall>;
  /** Clicks a button carrying `intent` on a message the bot posted. */
  click(
    user: string,
    intent: ButtonIntent,
    where?: ClickTarget | ModalTarget,
  ): Promise<{ status: number; responseUrl: string }>;
  event(
    event: Record<string, unknown>,
    options?: { eventId?: string; retryNum?: number },
  ): Promise<number>;
  /**
   * A second service instance on the same database and mock Slack (as behind a load balancer);
   * its `post` signs and sends to that instance. Closed with the harness.
   */
  startPeer(): Promise<Pick<Harness, 'post' | 'service'>>;
  close(): Promise<void>;
}

export interface ClickTarget {
  readonly channel: string;
  readonly ts: string;
  readonly blocks: unknown[];
  readonly ephemeral?: boolean;
}

/** A button in a modal (the Home tab's outstanding list): Slack sends no response_url. */
export interface ModalTarget {
  readonly modal: string;
}

let sequence = 0;

export function sign(body: string, timestamp: number, secret = SIGNING_SECRET): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
}

export interface HarnessOptions {
  readonly socket?: boolean;
  /** The register to use (e.g. a PostgreSQL schema); a temporary SQLite file otherwise. */
  readonly databaseUrl?: string;
}

export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  const mock = await startMockSlack();
  const socket = options.socket ? await startMockSocket() : undefined;
  if (socket) mock.socketUrl = socket.url;
  const dir = await mkdtemp(join(tmpdir(), 'arising-slack-'));
  const clock = new FakeClock('2026-11-25T09:00:00.000Z');
  const config = loadConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    DATABASE_URL: options.databaseUrl ?? `sqlite:${join(dir, 'register.db')}`,
    DEMO_DATA: 'never',
    SCHEDULER: 'off',
    LOG_LEVEL: 'silent',
    ...(socket ? { SLACK_APP_TOKEN: 'xapp-test-token' } : { SLACK_SIGNING_SECRET: SIGNING_SECRET }),
    SLACK_BOT_TOKEN: 'xoxb-test-token',
    SLACK_API_URL: mock.apiUrl,
  });
  const service = await startService(config, { clock, logger: silentLogger });
  const db = service.db;
  const board = await aBoard(db, {
    slug: 'lcrb',
    name: 'London Crime Reduction Board',
    refPrefix: 'LCRB',
  });
  const meeting = await aMeeting(db, board, '2026-12-08T10:00:00.000Z');
  const tim = await aPerson(db, {
    name: 'Tim Godwin',
    initials: 'TG',
    email: 'tim.godwin@met.example',
    board,
  });
  const gemma = await aPerson(db, {
    name: 'Gemma Townsend',
    initials: 'GT',
    email: 'gemma@london.example',
    board,
    role: 'secretariat',
  });
  const sadiq = await aPerson(db, {
    name: 'Sadiq Khan',
    initials: 'SK',
    email: 'mayor@london.example',
    board,
    role: 'chair',
  });
  const actions = [
    await anAction(db, board, {
      owners: [tim],
      due: meeting,
      minuteRef: '4.20',
      text: 'Bring back a full proposal on payment by results',
    }),
    await anAction(db, board, {
      owners: [tim],
      due: meeting,
      minuteRef: '4.21',
      text: 'Circulate the knife crime figures',
    }),
  ];
  for (const [person, user] of [
    [tim, 'UTIM'],
    [gemma, 'UGEMMA'],
    [sadiq, 'USADIQ'],
  ] as const) {
    await aLinkedAccount(
      service.db,
      { platform: 'slack', workspaceId: TEAM, userId: user },
      person.id,
      null,
    );
  }

  const postTo =
    (url: string): Harness['post'] =>
    async (body, contentType, options = {}) => {
      const timestamp = options.timestamp ?? Math.floor(clock.now().getTime() / 1000);
      const res = await fetch(`${url}/slack/events`, {
        method: 'POST',
        headers: {
          'content-type': contentType,
          'x-slack-request-timestamp': String(timestamp),
          'x-slack-signature': options.signature ?? sign(body, timestamp),
          ...options.headers,
        },
        body,
      });
      return { status: res.status, text: await res.text() };
    };
  const post = postTo(service.url);
  const peers: Service[] = [];

  return {
    service,
    mock,
    socket,
    clock,
    board,
    tim,
    gemma,
    sadiq,
    actions,
    post,
    async command(user, text) {
      sequence += 1;
      const id = `cmd-${sequence}`;
      const body = new URLSearchParams({
        token: 'legacy-verification-token',
        team_id: TEAM,
        team_domain: 'london',
        channel_id: 'CGENERAL',
        channel_name: 'general',
        user_id: user,
        user_name: user.toLowerCase(),
        command: '/actions',
        text,
        api_app_id: 'A1',
        is_enterprise_install: 'false',
        response_url: mock.responseUrl(id),
        trigger_id: `trigger-${id}`,
      }).toString();
      const res = await post(body, 'application/x-www-form-urlencoded');
      if (res.status !== 200) throw new Error(`command answered ${res.status}`);
      return mock.waitFor('response_url', (c) => c.args.id === id);
    },
    async click(user, intent, target) {
      sequence += 1;
      const modal = target && 'modal' in target ? target.modal : undefined;
      const where = target && 'modal' in target ? undefined : target;
      const id = `act-${sequence}`;
      const payload = {
        type: 'block_actions',
        user: { id: user, username: user.toLowerCase(), team_id: TEAM },
        api_app_id: 'A1',
        token: 'legacy-verification-token',
        container: where
          ? {
              type: 'message',
              message_ts: where.ts,
              channel_id: where.channel,
              is_ephemeral: where.ephemeral ?? false,
            }
          : { type: 'view', view_id: modal ?? 'VHOME' },
        trigger_id: `trigger-${id}`,
        team: { id: TEAM, domain: 'london' },
        ...(where
          ? {
              channel: { id: where.channel, name: 'directmessage' },
              message: {
                type: 'message',
                ts: where.ts,
                text: 'reminder',
                user: 'UBOT',
                blocks: where.blocks,
              },
            }
          : { view: modal ? { id: modal, type: 'modal' } : { id: 'VHOME', type: 'home' } }),
        ...(modal ? {} : { response_url: mock.responseUrl(id) }),
        actions: [
          {
            type: 'button',
            action_id: `intent:0:${intent.kind}`,
            block_id: 'b',
            value: JSON.stringify(intent),
            action_ts: '1764061200.1',
            text: { type: 'plain_text', text: 'x' },
          },
        ],
      };
      const res = await post(
        new URLSearchParams({ payload: JSON.stringify(payload) }).toString(),
        'application/x-www-form-urlencoded',
      );
      return { status: res.status, responseUrl: mock.responseUrl(id) };
    },
    async event(event, options = {}) {
      sequence += 1;
      const body = JSON.stringify({
        token: 'legacy-verification-token',
        team_id: TEAM,
        api_app_id: 'A1',
        event,
        type: 'event_callback',
        event_id: options.eventId ?? `Ev${sequence}`,
        event_time: Math.floor(clock.now().getTime() / 1000),
        authorizations: [{ team_id: TEAM, user_id: 'UBOT', is_bot: true }],
      });
      const res = await post(body, 'application/json', {
        ...(options.retryNum
          ? {
              headers: {
                'x-slack-retry-num': String(options.retryNum),
                'x-slack-retry-reason': 'http_timeout',
              },
            }
          : {}),
      });
      return res.status;
    },
    async startPeer() {
      const peer = await startService(config, { clock, logger: silentLogger });
      peers.push(peer);
      return { service: peer, post: postTo(peer.url) };
    },
    async close() {
      for (const peer of peers) await peer.close();
      await service.close();
      await socket?.close();
      await mock.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
