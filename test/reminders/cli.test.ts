import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildProgram } from '../../src/cli/index.ts';
import { findBoard } from '../../src/register/boards.ts';
import { aBoard, aMeeting, aPerson, anAction } from '../support/builders.ts';
import { FakeClock, HOUR } from '../support/clock.ts';
import { openTestDb } from '../support/db.ts';

describe('arising reminders', () => {
  // A week before the fixture meeting on 8 Dec 2026: its 7-day reminder (1 Dec) is not yet due.
  const clock = new FakeClock('2026-11-25T09:00:00.000Z');
  let dir: string;
  let file: string;
  let out: string[];
  let err: string[];
  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'arising-cli-'));
    file = join(dir, 'register.db');
    const t = await openTestDb('sqlite', { file });
    const board = await aBoard(t.db, { slug: 'lcrb', refPrefix: 'LCRB', name: 'LCRB' });
    const tim = await aPerson(t.db, { name: 'Tim Godwin', board });
    const meeting = await aMeeting(t.db, board, '2026-12-08T10:00:00.000Z');
    await anAction(t.db, board, { owners: [tim], due: meeting });
    await anAction(t.db, board, { owners: [tim], due: meeting });
    await t.close();
    out = [];
    err = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((s) => (out.push(String(s)), true));
    vi.spyOn(process.stderr, 'write').mockImplementation((s) => (err.push(String(s)), true));
  });
  afterEach(() => {
    vi.restoreAllMocks();
    vi.unstubAllEnvs();
    process.exitCode = undefined;
    rmSync(dir, { recursive: true, force: true });
  });

  const run = (...args: string[]) =>
    buildProgram({ clock }).parseAsync([
      'node',
      'arising',
      'reminders',
      ...args,
      '--database',
      `sqlite:${file}`,
    ]);

  it('chases an owner as the secretariat, once a day, and refuses anyone else', async () => {
    const t = await openTestDb('sqlite', { file });
    const board = (await findBoard(t.db, 'lcrb'))!;
    await aPerson(t.db, { name: 'Gemma Townsend', board, role: 'secretariat' });
    await t.close();
    await run('chase', 'LCRB-1', '--as', 'Gemma Townsend');
    expect(out.join('')).toBe(
      'Chased Tim Godwin about LCRB-1: queued, and the service sends it within a minute.\n' +
        'To send it now instead of at the next pass: arising reminders run-once\n',
    );
    out.length = 0;
    await run('chase', 'Tim Godwin', '--as', 'Gemma Townsend');
    expect(out.join('')).toContain(
      'Tim Godwin was already chased about LCRB-1 today (09:00, by Gemma Townsend). You can chase again tomorrow.',
    );
    expect(out.join('')).toContain('Chased Tim Godwin about LCRB-2: queued');
    out.length = 0;
    await run('chase', 'LCRB-1', '--as', 'Tim Godwin');
    expect(out.join('')).toContain("Only the board's secretariat (Gemma Townsend) can chase");
  });

  it('previews what would be sent, to whom and when', async () => {
    await run('preview', '--board', 'lcrb', '--from', '2026-11-25', '--to', '2026-12-08');
    expect(out.join('')).toBe(
      'Tue 1 Dec 2026, 09:00  LCRB, meeting Tue 8 Dec 2026, 10:00 (7 days before)\n' +
        '  Reminder to Tim Godwin (email): LCRB-1, LCRB-2  [planned]\n' +
        'Fri 4 Dec 2026, 09:00  LCRB, meeting Tue 8 Dec 2026, 10:00 (2 days before)\n' +
        '  Reminder to Tim Godwin (email): LCRB-1, LCRB-2  [planned]\n',
    );
  });

  it('previews a chase queued while the service was not running, for the next pass', async () => {
    const t = await openTestDb('sqlite', { file });
    const board = (await findBoard(t.db, 'lcrb'))!;
    await aPerson(t.db, { name: 'Gemma Townsend', board, role: 'secretariat' });
    await t.close();
    await run('chase', 'LCRB-1', '--as', 'Gemma Townsend');
    out.length = 0;
    await run('preview', '--board', 'lcrb', '--to', '2026-11-30');
    expect(out.join('')).toBe(
      'next pass  LCRB, chase asked for by Gemma Townsend (LCRB secretariat)\n' +
        '  Chase to Tim Godwin (email): LCRB-1  [pending]\n',
    );
  });

  it('previews an owner with no account on the configured platform as undeliverable', async () => {
    vi.stubEnv('SLACK_BOT_TOKEN', 'xoxb-test');
    vi.stubEnv('SLACK_SIGNING_SECRET', 'secret');
    await run('preview', '--board', 'lcrb', '--from', '2026-11-25', '--to', '2026-12-02');
    // With an email address, the reminder goes by email ...
    expect(out.join('')).toContain('  Reminder to Tim Godwin (email): LCRB-1, LCRB-2  [planned]\n');
    // ... and without one, it cannot go at all.
    const t = await openTestDb('sqlite', { file });
    await t.db.updateTable('people').set({ email: null }).execute();
    await t.close();
    out.length = 0;
    await run('preview', '--board', 'lcrb', '--from', '2026-11-25', '--to', '2026-12-02');
    expect(out.join('')).toContain(
      '  Reminder to Tim Godwin (undeliverable: no slack account linked and no email address): LCRB-1, LCRB-2  [planned]\n',
    );
  });

  it('says what to type when the board or a date is wrong', async () => {
    await run('preview', '--board', 'nope');
    expect(err.join('')).toContain('No board “nope”. Type its short name, e.g. --board lcrb.');
    expect(process.exitCode).toBe(2);
    await run('preview', '--from', '1st of Dec');
    expect(err.join('')).toContain('“1st of Dec” is not a date. Type a date like 2026-12-01');
  });

  it('runs one pass: plans and delivers what is due now, through the console', async () => {
    const t = await openTestDb('sqlite', { file });
    const board = await aBoard(t.db, { refPrefix: 'SOON' });
    const naomi = await aPerson(t.db, { name: 'Naomi Simpson', board });
    const soon = await aMeeting(
      t.db,
      board,
      new Date(clock.now().getTime() + 36 * HOUR).toISOString(),
    );
    await anAction(t.db, board, { owners: [naomi], due: soon, text: 'Circulate the draft' });
    await t.close();
    vi.stubEnv('DATABASE_URL', `sqlite:${file}`);
    vi.stubEnv('LOG_LEVEL', 'silent');
    vi.stubEnv('DEMO_DATA', 'never');
    await buildProgram({ clock }).parseAsync(['node', 'arising', 'reminders', 'run-once']);
    const text = out.join('');
    expect(text).toContain('To Naomi Simpson');
    expect(text).toContain('Circulate the draft');
    expect(text).toContain('Delivered: 1 sent, 0 to retry, 0 failed, 0 undeliverable');
  });

  it('sets a board policy, refusing a bad one with an example', async () => {
    await run('policy', '--board', 'lcrb', '--set', '{"leadDays":[10,3],"sendTime":"08:30"}');
    expect(out.join('')).toContain('"leadDays":[10,3],"sendTime":"08:30"');
    await run('policy', '--board', 'lcrb', '--set', '{"sendTime":"8.30am"}');
    expect(err.join('')).toContain('sendTime: expected a time as HH:mm');
    expect(process.exitCode).toBe(2);
    const t = await openTestDb('sqlite', { file });
    try {
      expect(JSON.parse((await findBoard(t.db, 'lcrb'))!.reminderPolicy!)).toMatchObject({
        leadDays: [10, 3],
        sendTime: '08:30',
      });
    } finally {
      await t.close();
    }
  });
});
