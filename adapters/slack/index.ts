/**
 * Wires Slack to the core: a Bolt App whose receiver is either the service's own HTTP route
 * (POST /slack/events, verified with SLACK_SIGNING_SECRET) or Socket Mode (SLACK_APP_TOKEN),
 * plus the Slack Messenger. Called by src/main.ts only.
 *
 *   const slack = await startSlack({ config, core, http, logger });
 *   messengers.set('slack', slack.messenger); // ... later: await slack.close()
 */
import { App, LogLevel, webApi, type Receiver } from '@slack/bolt';
import type { Logger as BoltLogger } from '@slack/logger';
import type { Config } from '../../src/config.ts';
import type { Core } from '../../src/core.ts';
import type { Logger } from '../../src/log.ts';
import type { Messenger } from '../../src/ports.ts';
import type { HttpServer } from '../../src/server.ts';
import { authorizeOnce } from './authorize.ts';
import { registerListeners } from './inbound.ts';
import { SlackMessenger, messengerClient } from './messenger.ts';
import { RouteReceiver, SocketReceiver } from './http.ts';
import { fileHosts } from './context.ts';

export { SlackMessenger, messengerClient } from './messenger.ts';
export { renderBlocks, escapeMrkdwn } from './render.ts';

/** The path Slack posts commands, interactivity and events to (Bolt's default). */
export const SLACK_EVENTS_PATH = '/slack/events';

export interface SlackOptions {
  readonly config: Pick<
    Config,
    'SLACK_BOT_TOKEN' | 'SLACK_SIGNING_SECRET' | 'SLACK_APP_TOKEN' | 'SLACK_API_URL'
  >;
  readonly core: Core;
  readonly http: HttpServer;
  readonly logger: Logger;
}

export interface SlackConnection {
  readonly messenger: Messenger;
  readonly mode: 'http' | 'socket';
  close(): Promise<void>;
}

/** True when the config holds enough to connect to Slack in either mode. */
export { slackConfigured } from '../../src/config.ts';

/** Bolt logs through our pino logger, so its lines share our format and redaction. */
function boltLogger(logger: Logger): BoltLogger {
  const child = logger.child({ component: 'slack' });
  let level = LogLevel.INFO;
  return {
    debug: (...msg) => child.debug(msg.map(String).join(' ')),
    info: (...msg) => child.info(msg.map(String).join(' ')),
    warn: (...msg) => child.warn(msg.map(String).join(' ')),
    error: (...msg) => child.error(msg.map(String).join(' ')),
    setLevel: (l) => void (level = l),
    getLevel: () => level,
    setName: () => undefined,
  };
}

/** The Web API base must end with a slash for the WebClient to join method names to it. */
const apiUrl = (url: string | undefined) =>
  url ? (url.endsWith('/') ? url : `${url}/`) : undefined;

export async function startSlack(options: SlackOptions): Promise<SlackConnection> {
  const { config, core, http, logger } = options;
  const token = config.SLACK_BOT_TOKEN;
  if (!token || !(config.SLACK_SIGNING_SECRET || config.SLACK_APP_TOKEN)) {
    throw new Error('Slack needs SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET (or SLACK_APP_TOKEN)');
  }
  const slackApiUrl = apiUrl(config.SLACK_API_URL);
  const log = boltLogger(logger);
  const socket = Boolean(config.SLACK_APP_TOKEN);
  const receiver: Receiver = socket
    ? new SocketReceiver({ appToken: config.SLACK_APP_TOKEN!, logger: log, slackApiUrl })
    : new RouteReceiver({
        signingSecret: config.SLACK_SIGNING_SECRET!,
        clock: core.clock,
        logger: log,
      });

  // Interactive replies may wait out a 429's Retry-After (the WebClient does); a few tries only,
  // each given up after 10 s, so a Web API call that hangs does not hold a request forever.
  const clientOptions = {
    ...(slackApiUrl ? { slackApiUrl } : {}),
    retryConfig: { retries: 3 },
    timeout: 10_000,
  };
  const app = new App({
    // auth.test runs once, on the first request rather than at start: the service comes up
    // even while Slack is unreachable.
    authorize: authorizeOnce(token, new webApi.WebClient(undefined, clientOptions)),
    receiver,
    logger: log,
    clientOptions,
  });
  registerListeners(app, {
    core,
    logger: logger.child({ component: 'slack' }),
    fileHosts: fileHosts(slackApiUrl),
  });

  if (receiver instanceof RouteReceiver) http.route('POST', SLACK_EVENTS_PATH, receiver.handle);
  // Socket Mode connects in the background (the client reconnects by itself): the service, the
  // console and Teams come up even while Slack is unreachable; a bad token is logged loudly.
  const started = app.start().then(
    () => logger.info({ mode: socket ? 'socket' : 'http' }, 'Slack connected'),
    (error: unknown) =>
      logger.error({ err: error }, 'Slack could not connect; see README.md, "Slack"'),
  );
  if (!socket) await started;

  return {
    messenger: new SlackMessenger(messengerClient(token, slackApiUrl)),
    mode: socket ? 'socket' : 'http',
    async close() {
      await app.stop().catch((error: unknown) => logger.warn({ err: error }, 'Slack stop failed'));
    },
  };
}
