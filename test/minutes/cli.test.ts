import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { draftSchema } from '../../src/minutes/draft.ts';
import { runImport, type ImportOptions } from '../../src/minutes/run-import.ts';
import { openTestDb, type TestDb } from '../support/db.ts';
import { aBoard } from '../support/builders.ts';
import { FakeClock } from '../support/clock.ts';

const BIN = new URL('../../bin/arising.js', import.meta.url).pathname;
const seed = (name: string) => new URL(`../../seeds/minutes/${name}.txt`, import.meta.url).pathname;
const SEED = seed('lcrb-2010-09-29-minutes');

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'arising-import-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('the arising import command', () => {
  it('runs from the command line: prints the review and writes nothing by default', async () => {
    const { stdout } = await promisify(execFile)(process.execPath, [
      BIN,
      'import',
      SEED,
      '--database',
      `sqlite:${join(dir, 'cli.db')}`,
    ]);
    expect(stdout).toMatch(/Meeting: 2010-09-29, 15:00, City Hall, GLA/);
    expect(stdout).toMatch(/\[4\.20\] Bring back a full explanation/);
    expect(stdout).toMatch(/owner: Tim Godwin {3}due: next meeting \(2010-12-07\)/);
    expect(stdout).toMatch(/Suggestions \(not written unless accepted\)/);
    expect(stdout).toMatch(/Dry run: nothing written/);
  });
});

describe('importing a file (what arising import does)', () => {
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

  it('prints the draft as JSON in the documented schema with --json', async () => {
    const { code, out } = await importFile(SEED, { json: true });
    expect(code).toBe(0);
    const draft = draftSchema.parse(JSON.parse(out));
    expect(draft.actions.filter((a) => a.kind === 'explicit').map((a) => a.ref)).toEqual([
      '4.20',
      '4.22',
    ]);
  });

  it('writes the actions with --commit, and a second import adds nothing', async () => {
    const first = await importFile(SEED, { commit: true });
    expect(first.out).toMatch(
      /Written to London Crime Reduction Board: 2 new action\(s\) \(LCRB-1, LCRB-2\)/,
    );
    const second = await importFile(SEED, { commit: true, board: 'lcrb' });
    expect(second.out).toMatch(
      /0 new action\(s\), 2 already imported \(LCRB-1, LCRB-2, not imported again\), 0 new people/,
    );
  });

  it('says what to type when it cannot tell the board, read the file or write a report', async () => {
    const unknown = await importFile(seed('lcrb-dmg-2020-12-07-public-record'), { commit: true });
    expect(unknown.code).toBe(2);
    expect(unknown.err).toMatch(/--board <slug> \(boards: lcrb\)/);
    const sheet = join(dir, 'minutes.xlsx');
    await writeFile(sheet, 'not minutes');
    const refused = await importFile(sheet);
    expect(refused.code).toBe(2);
    expect(refused.err).toMatch(/Send the minutes as Word \(\.docx\), PDF with a text layer/);
    const pdf = join(dir, 'minutes.pdf');
    await writeFile(pdf, '%PDF-1.4');
    const damaged = await importFile(pdf);
    expect(damaged.code).toBe(2);
    expect(damaged.err).toMatch(/could not be read as a PDF/);
    const report = await importFile(
      seed('london-councils-leaders-2018-12-04-crime-and-policing-report'),
      { commit: true, board: 'lcrb' },
    );
    expect(report.code).toBe(2);
    expect(report.err).toMatch(/committee report, not minutes/);
    expect(report.out).not.toMatch(/londoncouncils\.gov\.uk|7934 9805/);
  });

  it('reads a Word document, paragraphs and an action-log table', async () => {
    const cell = (text: string) => new TableCell({ children: [new Paragraph(text)] });
    const doc = new Document({
      sections: [
        {
          children: [
            new Paragraph('Safer Streets Board'),
            new Paragraph('Minutes of the meeting held on Tuesday 3 October 2023, 10am, Town Hall'),
            new Paragraph(
              'Present: Ian Clark (Chair), Anytown Council; Lucy Grey, Anytown Council',
            ),
            new Paragraph('1. Lighting'),
            new Paragraph({
              children: [
                new TextRun('1.1 ACTION: LG to survey the park lighting by 30 November 2023.'),
              ],
            }),
            new Paragraph('Actions'),
            new Table({
              rows: [
                new TableRow({ children: ['No.', 'Action', 'Owner', 'Due', 'Status'].map(cell) }),
                new TableRow({
                  children: ['2', 'Update the CCTV map', 'IC', 'Next meeting', 'Open'].map(cell),
                }),
              ],
            }),
            new Paragraph('Date of next meeting: 5 December 2023'),
          ],
        },
      ],
    });
    const file = join(dir, 'safer-streets.docx');
    await writeFile(file, await Packer.toBuffer(doc));
    const { code, out } = await importFile(file, { json: true });
    expect(code).toBe(0);
    const draft = draftSchema.parse(JSON.parse(out));
    expect(draft.board).toBe('Safer Streets Board');
    expect(draft.meeting).toMatchObject({ date: '2023-10-03', time: '10:00' });
    expect(draft.nextMeeting?.date).toBe('2023-12-05');
    expect(
      draft.actions
        .filter((a) => a.kind === 'explicit')
        .map((a) => [a.ref, a.text, a.owners, a.due]),
    ).toEqual([
      ['2', 'Update the CCTV map', ['Ian Clark'], { kind: 'next_meeting', date: '2023-12-05' }],
      [
        '1.1',
        'Survey the park lighting by 30 November 2023.',
        ['Lucy Grey'],
        { kind: 'date', date: '2023-11-30' },
      ],
    ]);
  });

  it('says in the dry run what an import of a PDF will do, and adds members with --add-members', async () => {
    await aBoard(t.db, { slug: 'ssb', name: 'Safer Streets Board', refPrefix: 'SSB' });
    const pdf = new URL('../fixtures/pdf/action-log-owner-last.pdf', import.meta.url).pathname;
    const dry = await importFile(pdf, {});
    expect(dry.out).toMatch(
      /Attendees not yet members of the board\n {2}- Ian Clark \(chair\)\n {2}- Lucy Grey \(member\)\n {2}- Priya Shah \(secretariat\)/,
    );
    expect(dry.out).toMatch(/An import writes 13 new action\(s\)\./);
    const first = await importFile(pdf, { commit: true, addMembers: true });
    expect(first.out).toMatch(/13 new action\(s\) \(SSB-1, .*SSB-13\)/);
    expect(first.out).toMatch(
      /3 new member\(s\): Ian Clark \(chair\), Lucy Grey \(member\), Priya Shah \(secretariat\)/,
    );
    const again = await importFile(pdf, {});
    expect(again.out).toMatch(/already in the register as SSB-1: not imported again/);
    expect(again.out).toMatch(/An import writes 0 new action\(s\); 13 already in the register/);
    expect(again.out).not.toMatch(/Attendees not yet members/);
    const json = draftSchema.parse(JSON.parse((await importFile(pdf, { json: true })).out));
    expect(json.actions[0]).toMatchObject({ ref: '5.1', inRegister: 'SSB-1' });
    expect(json.members).toEqual([]);
  });
});
