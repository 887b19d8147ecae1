/**
 * Wires Microsoft Teams into the service: a Teams SDK App whose messaging endpoint is mounted
 * on our HTTP server at POST /api/messages (JWT validation by the SDK, always on), the inbound
 * handlers, and the Teams Messenger for reminders and digests.
 *
 *   const teams = await startTeams({ config, core, http, logger });
 *   messengers.set('teams', teams.messenger);   // later: await teams.close()
 */
import { App } from '@microsoft/teams.apps';
import type { TokenProvider } from '@microsoft/teams.api';
import { ConfigError, type Config } from '../../src/config.ts';
import type { Core } from '../../src/core.ts';
import type { PersonId } from '../../src/domain.ts';
import type { Logger } from '../../src/log.ts';
import type { HttpServer } from '../../src/server.ts';
import { teamsSettings } from './app-options.ts';
import { mayReplaceRef, stringifyConversationRef } from './conversation-ref.ts';
import { RouteTableAdapter } from './http.ts';
import { registerTeamsHandlers } from './inbound.ts';
import { TeamsMessenger } from './messenger.ts';
import { sdkLogger } from './sdk-logger.ts';
import { inboundVerifier } from './verify.ts';

export interface StartTeamsOptions {
  readonly config: Config;
  readonly core: Core;
  readonly http: HttpServer;
  readonly logger: Logger;
  /** Replaces the SDK's own bot-token acquisition (tests, or a token from a vault). */
  readonly token?: TokenProvider;
  /** How a throttled reply waits; tests pass one that returns at once. */
  readonly sleep?: (ms: number) => Promise<void>;
  /** How long a Bot Connector call may take before it counts as failed; tests shorten it. */
  readonly connectorTimeoutMs?: number;
}

/**
 * Without a timeout a Bot Connector that accepts a request and never answers would hold the
 * deliverer's pass (and every reminder behind it) forever. Ten seconds, as for Slack.
 */
export const CONNECTOR_TIMEOUT_MS = 10_000;

export interface TeamsService {
  readonly messenger: TeamsMessenger;
  close(): Promise<void>;
}

export const MESSAGING_ENDPOINT = '/api/messages';

export async function startTeams(options: StartTeamsOptions): Promise<TeamsService> {
  const { config, core, http, logger } = options;
  const result = teamsSettings(config, options.token);
  if (!result.ok) throw new ConfigError(`Microsoft Teams: ${result.message}`);
  const s = result.settings;

  const app = new App({
    clientId: s.appId,
    ...(s.tenantId ? { tenantId: s.tenantId } : {}),
    ...(s.credentials.kind === 'secret' ? { clientSecret: s.credentials.clientSecret } : {}),
    ...(s.credentials.kind === 'token' ? { token: s.credentials.token } : {}),
    ...(s.credentials.kind === 'managed-identity' ? { managedIdentityClientId: s.appId } : {}),
    cloud: s.cloud,
    ...(s.serviceUrl ? { serviceUrl: s.serviceUrl } : {}),
    // Explicit, so DANGEROUSLY_ALLOW_UNAUTHENTICATED_REQUESTS in the environment cannot turn
    // inbound validation off behind our back.
    dangerouslyAllowUnauthenticatedRequests: false,
    messagingEndpoint: MESSAGING_ENDPOINT,
    httpServerAdapter: new RouteTableAdapter(
      http,
      inboundVerifier({ appId: s.appId, cloud: s.cloud, policy: s.inbound }),
      logger,
    ),
    logger: sdkLogger(logger),
    state: false,
    client: { timeout: options.connectorTimeoutMs ?? CONNECTOR_TIMEOUT_MS },
  });
  registerTeamsHandlers(app, {
    core,
    logger,
    clock: core.clock,
    sleep: options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms))),
    // A self-hosted connector (tests' mock) may serve shared files too; SharePoint always may.
    fileHosts: s.serviceUrl ? [new URL(s.serviceUrl).host] : [],
  });
  // initialize() registers the endpoint through our adapter; start() would open a second port.
  await app.initialize();
  if (!app.credentials) throw new ConfigError('Microsoft Teams: the SDK found no credentials.');

  const messenger = new TeamsMessenger({
    connector: (serviceUrl) => app.api.clone({ serviceUrl }),
    botId: s.appId,
    defaultServiceUrl: s.serviceUrl,
    serviceUrlHosts: s.inbound.serviceUrlHosts,
    ...(s.tenantId ? { tenantId: s.tenantId } : {}),
    clock: core.clock,
    remember: async (personId, ref) => {
      await core.rememberConversation(
        { platform: 'teams', workspaceId: ref.tenantId, userId: ref.userId ?? '' },
        personId as PersonId,
        stringifyConversationRef(ref),
        mayReplaceRef,
      );
    },
  });
  if (!s.inbound.allowedTenants)
    logger.warn(
      { appType: config.TEAMS_APP_TYPE },
      'Microsoft Teams: no TEAMS_ALLOWED_TENANTS, so activities from any tenant are served',
    );
  logger.info(
    { endpoint: MESSAGING_ENDPOINT, appType: config.TEAMS_APP_TYPE, cloud: config.TEAMS_CLOUD },
    'Microsoft Teams connected',
  );
  return {
    messenger,
    async close() {
      // The route lives on our server, which main.ts closes; nothing of the SDK keeps running.
      await app.stop();
    },
  };
}

export { TeamsMessenger } from './messenger.ts';
export { renderCard } from './render.ts';
