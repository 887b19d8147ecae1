/**
 * The process under load in the Slack benchmarks, forked by bench/slack/load.ts so the load
 * generator does not share its event loop. `service` starts the real service (startService,
 * SQLite temp file, demo register, SCHEDULER=off, LOG_LEVEL=silent) with Slack pointed at the
 * mock Web API; `bare` starts a bare Bolt App (its own HTTPReceiver) whose /actions handler only
 * acks: the baseline. It answers `rss` messages (after a GC when run with --expose-gc).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { App, LogLevel } from '@slack/bolt';
import type { PersonId } from '../../src/domain.ts';
import type { ChildReady, ChildRequest, BenchUser } from './protocol.ts';
import {
  BENCH_SIGNING_SECRET,
  BENCH_TEAM,
  BENCH_TEAMS_APP_ID,
  BENCH_TEAMS_TENANT,
} from './protocol.ts';

const mode = process.argv[2];
const apiUrl = process.env.BENCH_SLACK_API_URL;
const mockUrl = process.env.BENCH_MOCK_URL ?? '';
if (!process.send || !apiUrl || !mockUrl || (mode !== 'service' && mode !== 'bare')) {
  throw new Error('Run by bench/slack/load.ts: service-child.ts service|bare');
}
const send = (message: unknown) => process.send!(message);

const dir = await mkdtemp(join(tmpdir(), 'arising-bench-'));
let close: () => Promise<void>;
let ready: ChildReady;

if (mode === 'service') {
  // Loaded here only, so the bare app's memory is Bolt's alone.
  const { loadConfig } = await import('../../src/config.ts');
  const { startService } = await import('../../src/main.ts');
  const { linkAccount } = await import('../../src/first-contact.ts');
  const { silentLogger } = await import('../../src/log.ts');
  const scale = process.env.BENCH_REGISTER === 'scale';
  const config = loadConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    DATABASE_URL: `sqlite:${join(dir, 'register.db')}`,
    DEMO_DATA: scale ? 'never' : 'always',
    SCHEDULER: 'off',
    LOG_LEVEL: 'silent',
    NODE_ENV: 'production',
    SLACK_SIGNING_SECRET: BENCH_SIGNING_SECRET,
    SLACK_BOT_TOKEN: 'xoxb-bench-token',
    SLACK_API_URL: apiUrl,
    // Teams configured too (issue 13's memory target is with both adapters): a bot with a
    // client secret whose Bot Connector and sign-in metadata are the mock, which nothing here
    // calls (the load is Slack's); the SDK is loaded and its app built as in production.
    TEAMS_APP_ID: BENCH_TEAMS_APP_ID,
    TEAMS_APP_PASSWORD: 'bench-teams-secret',
    TEAMS_APP_TYPE: 'SingleTenant',
    TEAMS_APP_TENANT_ID: BENCH_TEAMS_TENANT,
    TEAMS_ALLOWED_TENANTS: BENCH_TEAMS_TENANT,
    TEAMS_SERVICE_URL: `${mockUrl}/teams/`,
    TEAMS_SERVICE_URL_HOSTS: new URL(mockUrl).host,
    TEAMS_OPENID_METADATA_URL: `${mockUrl}/teams/openid`,
    TEAMS_LOGIN_ENDPOINT: `${mockUrl}/teams/login`,
  });
  const service = await startService(config, { logger: silentLogger });
  if (scale) {
    const { buildScaleRegister } = await import('../fixture.ts');
    await buildScaleRegister(service.db, {
      boards: 200,
      actionsPerBoard: 500,
      people: 2000,
      now: new Date(),
    });
  }
  // Owners of open actions (every one in the demo, the first 200 at scale) become Slack users
  // U<person id>, each with one of their actions to update.
  const owned = await service.db
    .selectFrom('action_owners')
    .innerJoin('actions', 'actions.id', 'action_owners.action_id')
    .select(['action_owners.person_id', 'actions.ref'])
    .where('action_owners.person_id', 'is not', null)
    .where('actions.status', 'in', ['open', 'in_progress'])
    .orderBy('actions.id')
    .execute();
  const users = new Map<number, BenchUser>();
  for (const row of owned) {
    const id = row.person_id!;
    if (users.has(id)) continue;
    if (users.size >= 200) break;
    const user: BenchUser = { userId: `U${id}`, ref: row.ref };
    users.set(id, user);
    await linkAccount(service.db, service.core.clock, {
      user: { platform: 'slack', workspaceId: BENCH_TEAM, userId: user.userId },
      personId: id as PersonId,
      conversationRef: null,
      by: { kind: 'cli' },
    });
  }
  ready = {
    type: 'ready',
    url: `${service.url}/slack/events`,
    users: [...users.values()],
    platforms: [...service.messengers.keys()],
  };
  close = () => service.close();
} else {
  const app = new App({
    signingSecret: BENCH_SIGNING_SECRET,
    token: 'xoxb-bench-token',
    tokenVerificationEnabled: false,
    logLevel: LogLevel.ERROR,
    clientOptions: { slackApiUrl: apiUrl },
  });
  app.command('/actions', async ({ ack }) => {
    await ack();
  });
  const server = (await app.start(0)) as Server;
  const port = (server.address() as AddressInfo).port;
  ready = {
    type: 'ready',
    url: `http://127.0.0.1:${port}/slack/events`,
    users: [],
    platforms: ['slack'],
  };
  close = () => app.stop().then(() => undefined);
}

const gc = (globalThis as { gc?: () => void }).gc;
process.on('message', (message: ChildRequest) => {
  if (message.type === 'rss') {
    if (message.gc) gc?.();
    const { rss, heapUsed } = process.memoryUsage();
    send({ type: 'rss', rssBytes: rss, heapUsedBytes: heapUsed, gcRan: Boolean(message.gc && gc) });
  } else if (message.type === 'stop') {
    void close()
      .then(() => rm(dir, { recursive: true, force: true }))
      .then(() => process.exit(0));
  }
});
send(ready);
