/**
 * The scheduled digest by email: a board with no secretariat channel sends its digest to each
 * secretariat member's email address, with signed links to the documents that open.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config.ts';
import { silentLogger } from '../../../src/log.ts';
import { startService, type Service } from '../../../src/main.ts';
import { aBoard, aMeeting, aPerson, anAction } from '../../support/builders.ts';
import { FakeClock } from '../../support/clock.ts';
import { openTestDb } from '../../support/db.ts';
import { startMockSmtp, type MockSmtp } from './smtp.ts';

describe('the scheduled digest by email', () => {
  let dir: string;
  let smtp: MockSmtp;
  let service: Service;

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'arising-email-digest-'));
    const file = join(dir, 'register.db');
    const t = await openTestDb('sqlite', { file });
    const board = await aBoard(t.db, {
      refPrefix: 'LCRB',
      name: 'London Crime Reduction Board',
      reminderPolicy: '{"digestLeadDays":7}',
    });
    const tim = await aPerson(t.db, { name: 'Tim Godwin', email: 'tim@example.org', board });
    await aPerson(t.db, {
      name: 'Gemma Townsend',
      email: 'gemma@example.org',
      board,
      role: 'secretariat',
    });
    const meeting = await aMeeting(t.db, board, '2026-12-08T10:00:00.000Z');
    await anAction(t.db, board, { owners: [tim], due: meeting, text: 'Bring back the proposal' });
    await t.close();
    smtp = await startMockSmtp();
    service = await startService(
      loadConfig({
        DATABASE_URL: `sqlite:${file}`,
        PORT: '0',
        HOST: '127.0.0.1',
        DEMO_DATA: 'never',
        LOG_LEVEL: 'silent',
        SCHEDULER: 'off',
        SMTP_URL: smtp.url,
      }),
      { clock: new FakeClock('2026-12-01T09:00:00.000Z'), logger: silentLogger },
    );
  });
  afterEach(async () => {
    await service.close();
    await smtp.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('emails the secretariat the digest with working document links', async () => {
    await service.reminders.runOnce();
    await smtp.waitFor(2);
    const digest = smtp.received.find(
      (m) => !Array.isArray(m.to) && m.to?.value[0]?.address === 'gemma@example.org',
    )!;
    expect(digest.subject).toContain('London Crime Reduction Board');
    const rows = await service.db
      .selectFrom('outbox')
      .select(['kind', 'platform', 'state'])
      .execute();
    expect(rows).toContainEqual({ kind: 'digest', platform: 'email', state: 'sent' });
    const html = String(digest.html);
    const docx = /href="([^"]+\/digests\?[^"]*format=docx[^"]*)"/
      .exec(html)?.[1]
      ?.replace(/&amp;/g, '&');
    expect(docx).toBeDefined();
    const res = await fetch(docx!.replace(/^https?:\/\/[^/]+/, service.url));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toContain('.docx');
  });
});
