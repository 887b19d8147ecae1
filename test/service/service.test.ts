import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { startService, type Service } from '../../src/main.ts';
import { silentLogger } from '../../src/log.ts';
import { listActions } from '../../src/register/actions.ts';
import { listBoards } from '../../src/register/boards.ts';
import { FakeClock } from '../support/clock.ts';

describe('the service', () => {
  let dir: string;
  let service: Service;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'arising-'));
    const config = loadConfig({
      PORT: '0',
      HOST: '127.0.0.1',
      DATABASE_URL: `sqlite:${join(dir, 'arising.db')}`,
      SCHEDULER: 'off',
    });
    service = await startService(config, {
      logger: silentLogger,
      clock: new FakeClock('2026-11-25T09:00:00Z'),
    });
  });
  afterAll(async () => {
    await service.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('answers /healthz with the database it runs on', async () => {
    const res = await fetch(`${service.url}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: 'ok', database: 'sqlite' });
  });

  it('starts with the demo register: the LCRB, its sub-group and the seed minutes’ actions', async () => {
    const boards = await listBoards(service.db);
    expect(boards.map((b) => b.slug).sort()).toEqual(['lcrb', 'lcrb-dmg']);
    const actions = await listActions(service.db);
    expect(actions.map((a) => a.ref)).toContain('LCRB-1');
    expect(actions.find((a) => a.minuteRef === '4.20')?.owners).toMatchObject([
      { kind: 'person', person: { name: 'Tim Godwin' } },
    ]);
    expect(actions.filter((a) => a.owners.length === 0).length).toBeGreaterThan(0);
  });

  it('answers unknown paths with 404 and wrong methods with 405', async () => {
    expect((await fetch(`${service.url}/nope`)).status).toBe(404);
    expect((await fetch(`${service.url}/healthz`, { method: 'POST' })).status).toBe(405);
  });

  it('refuses an oversized body with 413 before reading it', async () => {
    service.http.route('POST', '/test/echo', async (_req, res) => {
      res.end('read');
    });
    const res = await fetch(`${service.url}/test/echo`, {
      method: 'POST',
      body: 'x'.repeat(2 * 1024 * 1024),
    });
    expect(res.status).toBe(413);
  });
});
