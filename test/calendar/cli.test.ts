import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildProgram } from '../../src/cli/index.ts';
import { aBoard, aMeeting, aPerson, anAction } from '../support/builders.ts';
import { FakeClock } from '../support/clock.ts';
import { openTestDb } from '../support/db.ts';
import { event, ics } from './ics.ts';

describe('arising meeting import', () => {
  const clock = new FakeClock('2026-12-01T09:00:00.000Z');
  let dir: string;
  let file: string;
  let out: string[];
  let err: string[];
  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'arising-cal-'));
    file = join(dir, 'register.db');
    const t = await openTestDb('sqlite', { file });
    const board = await aBoard(t.db, { slug: 'lcrb', refPrefix: 'LCRB', name: 'LCRB' });
    const tim = await aPerson(t.db, { name: 'Tim Godwin', board });
    const jan = await aMeeting(t.db, board, '2027-01-12T10:00:00.000Z');
    await anAction(t.db, board, { owners: [tim], due: jan });
    await t.close();
    out = [];
    err = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((s) => (out.push(String(s)), true));
    vi.spyOn(process.stderr, 'write').mockImplementation((s) => (err.push(String(s)), true));
  });
  afterEach(() => {
    vi.restoreAllMocks();
    process.exitCode = undefined;
    rmSync(dir, { recursive: true, force: true });
  });

  const run = (...args: string[]) =>
    buildProgram({ clock }).parseAsync([
      'node',
      'arising',
      'meeting',
      ...args,
      '--database',
      `sqlite:${file}`,
    ]);
  const calendar = (text: string) => {
    const path = join(dir, 'schedule.ics');
    writeFileSync(path, text);
    return path;
  };

  it('says what a dry run would do, then does it', async () => {
    const path = calendar(
      ics(
        event('UID:jan', 'DTSTART:20270112T100000Z', 'STATUS:CANCELLED'),
        event('UID:feb', 'DTSTART:20270209T100000Z'),
        event('UID:day', 'SUMMARY:Away day', 'DTSTART;VALUE=DATE:20270301'),
      ),
    );
    await run('import', 'lcrb', path, '--dry-run');
    expect(out.join('')).toBe(
      '+ Tue 9 Feb 2027, 10:00: new meeting\n' +
        '- Tue 12 Jan 2027, 10:00 cancelled: LCRB-1 now due at Tue 9 Feb 2027, 10:00\n' +
        '! skipped "Away day" on 2027-03-01: an all-day event has no start time (add it with arising meeting add)\n' +
        'Dry run, nothing changed. LCRB: 1 to add, 0 to move, 1 to cancel, 0 already up to date.\n',
    );
    out.length = 0;
    await run('list', 'lcrb');
    expect(out.join('')).toBe('Tue 12 Jan 2027, 10:00\tCity Hall\n');
    out.length = 0;
    await run('import', 'lcrb', path);
    expect(out.join('')).toContain('LCRB: 1 added, 0 moved, 1 cancelled, 0 already up to date.\n');
    out.length = 0;
    await run('list', 'lcrb');
    expect(out.join('')).toBe('Tue 9 Feb 2027, 10:00\n');
  });

  it('refuses a file that is not a calendar, or a board that does not exist, with exit 2', async () => {
    const path = calendar('Date,Time\n2027-01-12,10:00\n');
    await expect(run('import', 'lcrb', path)).rejects.toThrow(/not an iCalendar file/);
    await expect(run('import', 'nope', calendar(ics()))).rejects.toThrow(
      /There is no board "nope"/,
    );
    await expect(run('import', 'lcrb', join(dir, 'missing.ics'))).rejects.toThrow(
      /Cannot read .*ENOENT/,
    );
  });
});
