import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { silentLogger } from '../../src/log.ts';
import { startService } from '../../src/main.ts';
import { SQLITE_LEASE, SchedulerRefused } from '../../src/reminders/scheduler.ts';
import { aBoard, aMeeting, aPerson, anAction } from '../support/builders.ts';
import { FakeClock } from '../support/clock.ts';
import { openTestDb } from '../support/db.ts';

describe('the service with SCHEDULER=on (SQLite)', () => {
  let dir: string;
  let url: string;
  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'arising-service-'));
    url = `sqlite:${join(dir, 'register.db')}`;
    const t = await openTestDb('sqlite', { file: join(dir, 'register.db') });
    const board = await aBoard(t.db, { refPrefix: 'LCRB' });
    const tim = await aPerson(t.db, { name: 'Tim Godwin', board });
    const meeting = await aMeeting(t.db, board, '2026-12-08T10:00:00.000Z');
    await anAction(t.db, board, { owners: [tim], due: meeting, text: 'Bring back the proposal' });
    await t.close();
    // The console messenger prints reminders for whoever runs the service; keep test output clean.
    vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
  });
  afterEach(() => {
    vi.restoreAllMocks();
    rmSync(dir, { recursive: true, force: true });
  });

  const config = (scheduler: 'on' | 'off' = 'on') =>
    loadConfig({
      DATABASE_URL: url,
      PORT: '0',
      HOST: '127.0.0.1',
      DEMO_DATA: 'never',
      LOG_LEVEL: 'silent',
      SCHEDULER: scheduler,
    });

  it('sends due reminders through the console when no platform is configured', async () => {
    const clock = new FakeClock('2026-12-01T09:00:00.000Z');
    const service = await startService(config(), { clock, logger: silentLogger });
    try {
      // Tim has an email address and no chat account: his reminder is an email, printed on the
      // console because no SMTP_URL is set.
      const rows = await service.db.selectFrom('outbox').select(['state', 'platform']).execute();
      expect(rows).toEqual([{ state: 'sent', platform: 'email' }]);
      const printed = vi.mocked(process.stdout.write).mock.calls.map((c) => String(c[0]));
      expect(printed.join('')).toContain('Bring back the proposal');
      expect(printed.join('')).toContain('not sent: SMTP_URL is not set');
    } finally {
      await service.close();
    }
    const reopened = await startService(config('off'), { clock, logger: silentLogger });
    try {
      // Stopping released the lease: the next instance need not wait for it to expire.
      const leases = await reopened.db.selectFrom('leases').selectAll().execute();
      expect(leases.filter((l) => l.name === SQLITE_LEASE)).toEqual([]);
    } finally {
      await reopened.close();
    }
  });

  it('runs a second instance on the same SQLite file without its scheduler', async () => {
    const clock = new FakeClock('2026-11-20T09:00:00.000Z');
    const first = await startService(config(), { clock, logger: silentLogger });
    const second = await startService(config(), { clock, logger: silentLogger });
    try {
      await expect(second.reminders.runOnce()).rejects.toThrow(SchedulerRefused);
      const health = await fetch(`${second.url}/healthz`);
      expect(health.status).toBe(200);
    } finally {
      await second.close();
      await first.close();
    }
  });
});
