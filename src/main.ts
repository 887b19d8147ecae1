/**
 * The composition root: reads the config, opens and migrates the register, picks the adapters
 * the config asks for and wires them to the core. The only file in src/ that knows adapters.
 *
 *   const service = await startService(loadConfig());   // then service.close()
 */
/* eslint-disable no-restricted-imports -- the composition root is where adapters are chosen */
import { pathToFileURL } from 'node:url';
import { ConsoleMessenger } from '../adapters/console/index.ts';
import { startSlack } from '../adapters/slack/index.ts';
import type { TokenProvider } from '@microsoft/teams.api';
import { databaseKind, loadConfig, ConfigError, slackConfigured, type Config } from './config.ts';
import { createCore, type Core } from './core.ts';
import { openDatabase } from './db/connect.ts';
import { migrateToLatest } from './db/migrate.ts';
import { seedDemo } from './demo.ts';
import { createLogger, type Logger } from './log.ts';
import { systemClock, type Clock, type Messenger } from './ports.ts';
import { getPerson } from './register/people.ts';
import type { Db } from './register/tx.ts';
import { createHttpServer, sendJson, type HttpServer } from './server.ts';
import { sql } from 'kysely';
import { randomBytes } from 'node:crypto';
import { createDigestLinks, type DigestLinks } from './digest/links.ts';
import { mountDigestRoutes } from './digest/routes.ts';
import { mountUpdateRoutes } from './email-links/routes.ts';
import { createEmailLinks } from './email-links/service.ts';
import { serviceSecret } from './register/channels.ts';
import type { PersonId } from './domain.ts';
import { createScheduler, SchedulerRefused, type Scheduler } from './reminders/scheduler.ts';
import { createSendNow } from './reminders/send-now.ts';
import { instanceName } from './reminders/lease.ts';

export interface Service {
  readonly url: string;
  readonly port: number;
  readonly db: Db;
  readonly core: Core;
  readonly http: HttpServer;
  readonly messengers: ReadonlyMap<string, Messenger>;
  /** The reminder scheduler; running when SCHEDULER=on (its tick also serves `reminders run-once`). */
  readonly reminders: Scheduler;
  /** Signs digest document links (the scheduled digest's deliverer needs them too). */
  readonly digestLinks: DigestLinks;
  close(): Promise<void>;
}

export interface ServiceOptions {
  readonly clock?: Clock;
  readonly logger?: Logger;
  /** Print the "what to do next" banner (the CLI does; tests don't). */
  readonly banner?: boolean;
  /** Teams: a bot-token source instead of the SDK's own sign-in (tests, a vault). */
  readonly teamsToken?: TokenProvider;
  /** Teams: how a throttled reply waits (tests return at once). */
  readonly teamsSleep?: (ms: number) => Promise<void>;
  /** Teams: how long a Bot Connector call may take (tests shorten it). */
  readonly teamsConnectorTimeoutMs?: number;
}

export async function startService(config: Config, options: ServiceOptions = {}): Promise<Service> {
  const started = performance.now();
  const clock = options.clock ?? systemClock;
  const logger = options.logger ?? createLogger(config.LOG_LEVEL);
  const kind = databaseKind(config);
  const { db, close: closeDb } = await openDatabase(config.DATABASE_URL, {
    onConnectionError: (error) =>
      logger.warn({ err: error.message }, 'database connection lost; reconnecting'),
  });
  const closers: Array<() => Promise<void>> = [closeDb];
  try {
    const { applied } = await migrateToLatest(db);
    if (applied.length) logger.info({ applied }, 'database migrated');

    const demoWanted =
      config.DEMO_DATA === 'always' ||
      (config.DEMO_DATA === 'auto' && config.NODE_ENV !== 'production');
    if (demoWanted) {
      const seeded = await seedDemo(db, clock.now());
      if (seeded.seeded)
        logger.info(
          { boards: seeded.boards, people: seeded.people, actions: seeded.actions },
          'demo register seeded',
        );
    }

    // The public base is known only after listen when PORT is 0; links read it when made.
    let publicUrl = config.PUBLIC_URL ?? '';
    const digestSecret = config.DIGEST_LINK_SECRET ?? randomBytes(32).toString('hex');
    if (!config.DIGEST_LINK_SECRET)
      logger.warn(
        'DIGEST_LINK_SECRET is not set: digest links stop working when the service restarts',
      );
    const digestLinks = createDigestLinks({
      secret: digestSecret,
      baseUrl: () => publicUrl,
      clock,
      ttlMs: config.DIGEST_LINK_TTL_HOURS * 3_600_000,
    });
    const messengers = new Map<string, Messenger>();
    // A chase goes out at once, through the messengers added below (the map is read when used).
    const sendNow = createSendNow({ db, clock, messengers, instance: instanceName(), logger });
    const core = createCore(db, clock, { digestLinks, logger, sendNow });
    messengers.set(
      'console',
      new ConsoleMessenger(process.stdout, async (notice) => {
        if (notice.recipient.kind === 'channel') return `channel ${notice.recipient.channelId}`;
        return (
          (await getPerson(db, notice.recipient.personId as PersonId))?.name ?? 'unknown person'
        );
      }),
    );

    const http = createHttpServer(logger);
    http.route('GET', '/healthz', async (_req, res) => {
      try {
        await sql`select 1`.execute(db);
        sendJson(res, 200, { status: 'ok', database: kind, platforms: [...messengers.keys()] });
      } catch (error) {
        logger.error({ err: error }, 'health check failed');
        sendJson(res, 503, { status: 'unavailable', database: kind });
      }
    });

    mountDigestRoutes(http, { db, clock, secret: digestSecret, logger });

    // Email: SMTP when SMTP_URL is set (nodemailer loads only then), else printed on the console.
    // The link key is made once and kept in the register, so links survive restarts.
    const emailSecret = await serviceSecret(db, 'email-links', clock.now());
    mountUpdateRoutes(http, { db, clock, core, secret: emailSecret, logger });
    const { startEmail } = await import('../adapters/email/index.ts');
    const email = await startEmail({
      config,
      links: createEmailLinks({ db, clock, secret: emailSecret, baseUrl: () => publicUrl }),
      nameOf: async (id) => (await getPerson(db, id as PersonId))?.name,
      origin: () => publicUrl,
    });
    messengers.set('email', email.messenger);
    closers.unshift(() => email.close());
    if (slackConfigured(config)) {
      const slack = await startSlack({ config, core, http, logger });
      messengers.set('slack', slack.messenger);
      closers.unshift(() => slack.close());
    }

    if (config.TEAMS_APP_ID) {
      // Loaded only when configured: the Teams SDK takes a second or more to import, which every
      // CLI command and every start without Teams would otherwise pay.
      const { startTeams } = await import('../adapters/teams/index.ts');
      const teams = await startTeams({
        config,
        core,
        http,
        logger,
        ...(options.teamsToken ? { token: options.teamsToken } : {}),
        ...(options.teamsSleep ? { sleep: options.teamsSleep } : {}),
        ...(options.teamsConnectorTimeoutMs
          ? { connectorTimeoutMs: options.teamsConnectorTimeoutMs }
          : {}),
      });
      messengers.set('teams', teams.messenger);
      closers.unshift(() => teams.close());
    }

    const address = await http.listen(config.PORT, config.HOST);
    closers.unshift(() => http.close());
    const host = config.HOST === '0.0.0.0' || config.HOST === '::' ? '127.0.0.1' : config.HOST;
    const url = `http://${host}:${address.port}`;
    publicUrl ||= url;
    logger.info(
      { url, database: kind, readyMs: Math.round(performance.now() - started) },
      'Matters Arising is ready',
    );
    if (options.banner) printBanner(url, config, [...messengers.keys()]);

    // Started last, so every messenger is in the map before the first (catch-up) tick.
    const reminders = createScheduler({ db, kind, clock, messengers, logger, digestLinks });
    if (config.SCHEDULER === 'on') {
      try {
        await reminders.start();
        closers.unshift(() => reminders.stop());
      } catch (error) {
        if (!(error instanceof SchedulerRefused)) throw error;
        // The service still answers chat and HTTP; only this instance's scheduler stays off.
        logger.error({ code: error.code }, error.message);
        if (options.banner) process.stderr.write(`Reminders are OFF here: ${error.message}\n`);
      }
    }

    let closed = false;
    return {
      url,
      port: address.port,
      db,
      core,
      http,
      messengers,
      reminders,
      digestLinks,
      async close() {
        if (closed) return;
        closed = true;
        for (const close of closers) await close();
      },
    };
  } catch (error) {
    for (const close of closers) await close().catch(() => undefined);
    throw error;
  }
}

function printBanner(url: string, config: Config, platforms: string[]): void {
  const lines = [
    '',
    `Matters Arising is running at ${url} (health: ${url}/healthz), register: ${config.DATABASE_URL}`,
    `Delivering through: ${platforms.join(', ')}.`,
    '',
    'Next steps:',
    '  Chat locally, as anyone in the register (in another terminal):',
    '    npx arising chat --as "Tim Godwin"        (an owner)',
    '    npx arising chat --as "Gemma Townsend"    (the LCRB secretariat)',
    '    npx arising chat --as "Sadiq Khan"        (the LCRB chair)',
    '  See the reminders of the next 30 days, to whom and when:',
    '    npx arising reminders preview',
    ...(platforms.includes('slack')
      ? []
      : ['  Connect Slack: README, "Slack" (set SLACK_SIGNING_SECRET and SLACK_BOT_TOKEN).']),
    ...(platforms.includes('teams')
      ? []
      : [
          '  Connect Microsoft Teams: README, "Microsoft Teams" (set TEAMS_APP_ID and TEAMS_APP_PASSWORD).',
        ]),
    // Any tenant's Teams can install a MultiTenant bot and talk to it as its own people.
    ...(platforms.includes('teams') &&
    config.TEAMS_APP_TYPE === 'MultiTenant' &&
    !config.TEAMS_ALLOWED_TENANTS
      ? [
          '  WARNING: this MultiTenant Teams bot serves every tenant: set TEAMS_ALLOWED_TENANTS to yours.',
        ]
      : []),
    '  Stop with Ctrl+C.',
    '',
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}

/** `npm start`: run until SIGINT/SIGTERM, then close cleanly. */
export async function main(): Promise<void> {
  let config: Config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\nSee README.md, "Configuration".\n`);
      process.exit(2);
    }
    throw error;
  }
  const service = await startService(config, { banner: true });
  const stop = async () => {
    await service.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().catch((error: unknown) => {
    process.stderr.write(
      `Matters Arising failed to start: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    process.exit(1);
  });
}
