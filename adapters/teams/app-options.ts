/**
 * Our configuration as Teams SDK App options: which cloud (with the sovereign-cloud and test
 * overrides), which credentials, and where to open new conversations. Inbound JWT validation is
 * always on; there is no setting that turns it off. Pure: refusals are values naming the
 * variable to set.
 */
import {
  CHINA,
  PUBLIC,
  US_GOV,
  US_GOV_DOD,
  withOverrides,
  type CloudEnvironment,
  type TokenProvider,
} from '@microsoft/teams.api';
import type { Config } from '../../src/config.ts';

const CLOUDS: Readonly<Record<Config['TEAMS_CLOUD'], CloudEnvironment>> = {
  public: PUBLIC,
  usgov: US_GOV,
  usgovdod: US_GOV_DOD,
  china: CHINA,
};

/** Microsoft's well-known proactive endpoints; a reference from a real turn is preferred. */
const SERVICE_URLS: Readonly<Record<Config['TEAMS_CLOUD'], string | undefined>> = {
  public: 'https://smba.trafficmanager.net/teams',
  usgov: 'https://smba.infra.gov.teams.microsoft.us/teams',
  usgovdod: 'https://smba.infra.dod.teams.microsoft.us/teams',
  china: undefined,
};

/**
 * The Bot Connector hosts Teams sends activities from, per cloud (Microsoft's documented service
 * URLs: the public cloud and GCC, GCC High, DoD). An activity naming any other host is refused,
 * since replies and later reminders (with the bot's own token) go to the serviceUrl it names.
 * Azure operated by 21Vianet publishes none for Teams: set TEAMS_SERVICE_URL_HOSTS there.
 */
export const SERVICE_URL_HOSTS: Readonly<Record<Config['TEAMS_CLOUD'], readonly string[]>> = {
  public: ['smba.trafficmanager.net', 'smba.infra.gcc.teams.microsoft.com'],
  usgov: ['smba.infra.gov.teams.microsoft.us'],
  usgovdod: ['smba.infra.dod.teams.microsoft.us'],
  china: [],
};

/** What an inbound activity must satisfy before the SDK sees it (verify.ts). */
export interface InboundPolicy {
  /** Tenants served; undefined: any (a MultiTenant bot without TEAMS_ALLOWED_TENANTS). */
  readonly allowedTenants: readonly string[] | undefined;
  /** Hosts (host or host:port, lower case) an activity's serviceUrl may name. */
  readonly serviceUrlHosts: readonly string[];
  readonly acceptEntraTokens: boolean;
}

export interface TeamsSettings {
  readonly inbound: InboundPolicy;
  readonly appId: string;
  readonly tenantId: string | undefined;
  readonly cloud: CloudEnvironment;
  readonly serviceUrl: string | undefined;
  readonly credentials:
    | { readonly kind: 'secret'; readonly clientSecret: string }
    | { readonly kind: 'managed-identity' }
    | { readonly kind: 'token'; readonly token: TokenProvider };
}

export type SettingsResult =
  | { readonly ok: true; readonly settings: TeamsSettings }
  | { readonly ok: false; readonly message: string };

/** `token` replaces the SDK's own token acquisition (tests; a custom vault). */
export function teamsSettings(config: Config, token?: TokenProvider): SettingsResult {
  const appId = config.TEAMS_APP_ID;
  if (!appId) return { ok: false, message: 'Set TEAMS_APP_ID to the Azure Bot app id.' };
  const type = config.TEAMS_APP_TYPE;
  const tenantId = config.TEAMS_APP_TENANT_ID;
  if (type !== 'MultiTenant' && !tenantId)
    return {
      ok: false,
      message: `TEAMS_APP_TYPE=${type} needs TEAMS_APP_TENANT_ID (the Entra tenant the bot is registered in).`,
    };
  let credentials: TeamsSettings['credentials'];
  if (token) credentials = { kind: 'token', token };
  else if (type === 'UserAssignedMSI') {
    if (config.TEAMS_APP_PASSWORD)
      return {
        ok: false,
        message:
          'TEAMS_APP_TYPE=UserAssignedMSI signs in with the managed identity: unset TEAMS_APP_PASSWORD.',
      };
    credentials = { kind: 'managed-identity' };
  } else if (config.TEAMS_APP_PASSWORD)
    credentials = { kind: 'secret', clientSecret: config.TEAMS_APP_PASSWORD };
  else
    return {
      ok: false,
      message: `TEAMS_APP_TYPE=${type} needs TEAMS_APP_PASSWORD (the bot's client secret), or use TEAMS_APP_TYPE=UserAssignedMSI.`,
    };

  const serviceUrlHosts = (
    config.TEAMS_SERVICE_URL_HOSTS ?? SERVICE_URL_HOSTS[config.TEAMS_CLOUD]
  ).map((h) => h.toLowerCase());
  if (serviceUrlHosts.length === 0)
    return {
      ok: false,
      message: `TEAMS_CLOUD=${config.TEAMS_CLOUD} has no built-in Bot Connector hosts: set TEAMS_SERVICE_URL_HOSTS.`,
    };
  // A single-tenant bot is only ever installed in its own tenant, so that is the default list.
  const allowedTenants =
    config.TEAMS_ALLOWED_TENANTS ?? (type === 'MultiTenant' ? undefined : [tenantId!]);
  if (config.TEAMS_ACCEPT_ENTRA_TOKENS && !allowedTenants)
    return {
      ok: false,
      message:
        'TEAMS_ACCEPT_ENTRA_TOKENS=true needs TEAMS_ALLOWED_TENANTS (any Entra tenant can mint a token).',
    };

  const cloud = withOverrides(CLOUDS[config.TEAMS_CLOUD], {
    ...(config.TEAMS_OPENID_METADATA_URL
      ? { openIdMetadataUrl: config.TEAMS_OPENID_METADATA_URL }
      : {}),
    ...(config.TEAMS_TOKEN_ISSUER ? { tokenIssuer: config.TEAMS_TOKEN_ISSUER } : {}),
    ...(config.TEAMS_LOGIN_ENDPOINT ? { loginEndpoint: config.TEAMS_LOGIN_ENDPOINT } : {}),
  });
  return {
    ok: true,
    settings: {
      inbound: {
        allowedTenants,
        serviceUrlHosts,
        acceptEntraTokens: config.TEAMS_ACCEPT_ENTRA_TOKENS,
      },
      appId,
      tenantId: type === 'MultiTenant' ? undefined : tenantId,
      cloud,
      serviceUrl: (config.TEAMS_SERVICE_URL ?? SERVICE_URLS[config.TEAMS_CLOUD])?.replace(
        /\/+$/,
        '',
      ),
      credentials,
    },
  };
}
