import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runImport, type ImportOptions } from '../../src/minutes/run-import.ts';
import { openTestDb, type TestDb } from '../support/db.ts';
import { aBoard } from '../support/builders.ts';
import { FakeClock } from '../support/clock.ts';

// The dry run says what an import would do on the board: which actions are already in the
// register, which attendees are not members. Without a board it cannot, and must say so rather
// than print a review that looks as if nothing were imported before.
const seed = (name: string) => new URL(`../../seeds/minutes/${name}.txt`, import.meta.url).pathname;

describe('a dry run that cannot tell the board', () => {
  let t: TestDb;
  beforeEach(async () => {
    t = await openTestDb('sqlite');
    await aBoard(t.db, { slug: 'lcrb', name: 'London Crime Reduction Board', refPrefix: 'LCRB' });
  });
  afterEach(async () => {
    await t.close();
  });
  const importFile = async (file: string, options: ImportOptions = {}) => {
    let out = '';
    let err = '';
    const code = await runImport(
      t.db,
      new FakeClock(),
      file,
      options,
      { write: (s) => void (out += s) },
      { write: (s) => void (err += s) },
    );
    return { code, out, err };
  };

  it('refuses a --board that does not exist, naming those that do', async () => {
    const typo = await importFile(seed('lcrb-2010-09-29-minutes'), { board: 'lcbr' });
    expect(typo.code).toBe(2);
    expect(typo.err).toMatch(/No board "lcbr"\. Use one of: lcrb\./);
  });

  it('says it cannot check the register when the minutes name no board it knows', async () => {
    const dry = await importFile(seed('lcrb-dmg-2020-12-07-public-record'));
    expect(dry.code).toBe(0);
    expect(dry.out).toMatch(/Dry run: nothing written/);
    expect(dry.err).toMatch(/Not checked against the register.*--board <slug> \(boards: lcrb\)/s);
  });

  it('checks the register once the board is named', async () => {
    await importFile(seed('lcrb-2010-09-29-minutes'), { commit: true });
    const dry = await importFile(seed('lcrb-2010-09-29-minutes'), { board: 'lcrb' });
    expect(dry.code).toBe(0);
    expect(dry.err).toBe('');
    expect(dry.out).toMatch(/already in the register as LCRB-1: not imported again/);
  });
});
