import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exportDigest } from '../../src/digest/export.ts';
import { DIALECTS, openTestDb, type TestDb } from '../support/db.ts';
import { buildLcrb, type Lcrb } from './fixture.ts';

describe.each(DIALECTS)('arising digest (the export behind the CLI) on %s', (dialect) => {
  let t: TestDb;
  let lcrb: Lcrb;
  beforeEach(async () => {
    t = await openTestDb(dialect);
    lcrb = await buildLcrb(t.db);
  });
  afterEach(async () => {
    await t.close();
  });
  const run = (board: string, options: Parameters<typeof exportDigest>[3]) =>
    exportDigest(t.db, lcrb.clock.now(), board, options);

  it('writes the log for a meeting named by its date', async () => {
    const out = await run('LCRB', { format: 'md', meeting: '2026-10-06' });
    expect(out.ok && out.body.toString()).toMatch(
      /^# Matters arising: London Crime Reduction Board, meeting of Tue 6 Oct 2026\n/,
    );
  });

  it('writes the public edition', async () => {
    const out = await run('lcrb', { format: 'csv', public: true });
    expect(out.ok && out.body.toString()).not.toContain('LCRB-9');
  });

  it('says what to type for a date with no meeting, a bad date or an unknown board', async () => {
    expect(await run('lcrb', { format: 'md', meeting: '2026-10-07' })).toEqual({
      ok: false,
      message:
        'London Crime Reduction Board has no meeting on 2026-10-07. Leave out --meeting for the next one.',
    });
    expect(await run('lcrb', { format: 'md', meeting: '7 Oct' })).toEqual({
      ok: false,
      message: 'expected --meeting YYYY-MM-DD, e.g. --meeting 2026-12-02',
    });
    expect(await run('xyz', { format: 'md' })).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^There is no board/),
    });
  });
});
