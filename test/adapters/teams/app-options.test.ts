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

  it('checks serviceUrl hosts of the cloud, and needs a list where the cloud has none', () => {
    const ok = teamsSettings(config({ TEAMS_APP_PASSWORD: 's', TEAMS_CLOUD: 'usgovdod' }));
    if (!ok.ok) throw new Error(ok.message);
    expect(ok.settings.inbound.serviceUrlHosts).toEqual(['smba.infra.dod.teams.microsoft.us']);
    expect(teamsSettings(config({ TEAMS_APP_PASSWORD: 's', TEAMS_CLOUD: 'china' }))).toMatchObject({
      ok: false,
      message: expect.stringContaining('TEAMS_SERVICE_URL_HOSTS'),
    });
  });

  it('serves only its own tenant when single-tenant, and any tenant otherwise unless told', () => {
    const single = teamsSettings(
      config({
        TEAMS_APP_TYPE: 'SingleTenant',
        TEAMS_APP_TENANT_ID: 't1',
        TEAMS_APP_PASSWORD: 's',
      }),
    );
    if (!single.ok) throw new Error(single.message);
    expect(single.settings.inbound.allowedTenants).toEqual(['t1']);
    const multi = teamsSettings(config({ TEAMS_APP_PASSWORD: 's' }));
    if (!multi.ok) throw new Error(multi.message);
    expect(multi.settings.inbound.allowedTenants).toBeUndefined();
    expect(multi.settings.inbound.acceptEntraTokens).toBe(false);
  });

  it('refuses Entra tokens without a tenant allow-list, naming the variable', () => {
    expect(
      teamsSettings(config({ TEAMS_APP_PASSWORD: 's', TEAMS_ACCEPT_ENTRA_TOKENS: 'true' })),
    ).toMatchObject({ ok: false, message: expect.stringContaining('TEAMS_ALLOWED_TENANTS') });
  });

  it('names a bad host list or flag at start', () => {
    expect(() => config({ TEAMS_SERVICE_URL_HOSTS: 'https://evil.example/' })).toThrow(
      /TEAMS_SERVICE_URL_HOSTS/,
    );
    expect(() => config({ TEAMS_ACCEPT_ENTRA_TOKENS: 'yes' })).toThrow(/TEAMS_ACCEPT_ENTRA_TOKENS/);
  });
});
