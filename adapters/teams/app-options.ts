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

export interface TeamsSettings {
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
