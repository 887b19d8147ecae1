/**
 * A service with Teams configured, as the Teams tests drive it: a fresh OpenID issuer and mock
 * Bot Connector (mock-teams.ts), SQLite in a temporary folder, the injected clock, no logs.
 *
 *   const teams = await startTeamsService('bot-app-id', 'arising-teams-refresh-');
 *   ...
 *   await teams.close();
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../../../src/config.ts';
import { silentLogger } from '../../../src/log.ts';
import { startService, type Service } from '../../../src/main.ts';
import { FakeClock } from '../../support/clock.ts';
import {
  BOT_TOKEN,
  startConnector,
  startIssuer,
  teamsEnv,
  type Connector,
  type Issuer,
} from './mock-teams.ts';

export interface TeamsService {
  readonly issuer: Issuer;
  readonly connector: Connector;
  readonly service: Service;
  /** Stops the service, the connector and the issuer, and removes the database folder. */
  close(): Promise<void>;
}

export async function startTeamsService(
  botId: string,
  folderPrefix: string,
  now = '2026-11-25T09:00:00Z',
): Promise<TeamsService> {
  const issuer = await startIssuer();
  const connector = await startConnector();
  const dir = mkdtempSync(join(tmpdir(), folderPrefix));
  const config = loadConfig(teamsEnv(issuer, connector, botId, join(dir, 'arising.db')));
  const service = await startService(config, {
    clock: new FakeClock(now),
    logger: silentLogger,
    teamsToken: () => BOT_TOKEN,
    teamsSleep: async () => undefined,
  });
  return {
    issuer,
    connector,
    service,
    close: async () => {
      await service.close();
      await connector.close();
      await issuer.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
