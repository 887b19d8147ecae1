import { describe, expect, it } from 'vitest';
import { US_GOV } from '@microsoft/teams.api';
import { teamsSettings } from '../../../adapters/teams/app-options.ts';
import { loadConfig } from '../../../src/config.ts';

const config = (env: Record<string, string>) => loadConfig({ TEAMS_APP_ID: 'bot-id', ...env });

describe('Teams settings', () => {
  it('needs a client secret for a multi-tenant bot, and says which variable', () => {
    const result = teamsSettings(config({}));
    expect(result).toMatchObject({
      ok: false,
      message: expect.stringContaining('TEAMS_APP_PASSWORD'),
    });
  });

  it('needs the tenant for a single-tenant bot', () => {
    const result = teamsSettings(
      config({ TEAMS_APP_TYPE: 'SingleTenant', TEAMS_APP_PASSWORD: 's' }),
    );
    expect(result).toMatchObject({
      ok: false,
      message: expect.stringContaining('TEAMS_APP_TENANT_ID'),
    });
  });

  it('signs in with the managed identity, and refuses a password beside it', () => {
    const msi = { TEAMS_APP_TYPE: 'UserAssignedMSI', TEAMS_APP_TENANT_ID: 't' };
    expect(teamsSettings(config(msi))).toMatchObject({
      ok: true,
      settings: { credentials: { kind: 'managed-identity' }, tenantId: 't' },
    });
    expect(teamsSettings(config({ ...msi, TEAMS_APP_PASSWORD: 'p' }))).toMatchObject({ ok: false });
  });

  it('uses the sovereign cloud endpoints, with overrides on top', () => {
    const result = teamsSettings(
      config({
        TEAMS_APP_PASSWORD: 's',
        TEAMS_CLOUD: 'usgov',
        TEAMS_TOKEN_ISSUER: 'https://issuer.example',
      }),
    );
    if (!result.ok) throw new Error(result.message);
    expect(result.settings.cloud.openIdMetadataUrl).toBe(US_GOV.openIdMetadataUrl);
    expect(result.settings.cloud.tokenIssuer).toBe('https://issuer.example');
    expect(result.settings.serviceUrl).toBe('https://smba.infra.gov.teams.microsoft.us/teams');
    expect(result.settings.tenantId).toBeUndefined();
  });

  it('refuses to start without an app id', () => {
    expect(teamsSettings(loadConfig({}))).toMatchObject({ ok: false });
  });
});
