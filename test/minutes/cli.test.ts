import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { draftSchema } from '../../src/minutes/draft.ts';

const BIN = new URL('../../bin/arising.js', import.meta.url).pathname;
const SEED = new URL('../../seeds/minutes/lcrb-2010-09-29-minutes.txt', import.meta.url).pathname;
const run = promisify(execFile);

describe('arising import', () => {
  let dir: string;
  let database: string;
  const arising = async (...args: string[]) => {
    try {
      const { stdout, stderr } = await run(process.execPath, [
        BIN,
        ...args,
        '--database',
        database,
      ]);
      return { code: 0, out: stdout, err: stderr };
    } catch (error) {
      const e = error as { code: number; stdout: string; stderr: string };
      return { code: e.code, out: e.stdout, err: e.stderr };
    }
  };
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'arising-import-'));
    database = `sqlite:${join(dir, 'a.db')}`;
    await arising('board', 'add', 'lcrb', 'London Crime Reduction Board', '--prefix', 'LCRB');
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('prints a review of what it found and writes nothing by default', async () => {
    const { code, out } = await arising('import', SEED);
    expect(code).toBe(0);
    expect(out).toMatch(/Meeting: 2010-09-29, 15:00, City Hall, GLA/);
    expect(out).toMatch(/\[4\.20\] Bring back a full explanation/);
    expect(out).toMatch(/owner: Tim Godwin {3}due: next meeting \(2010-12-07\)/);
    expect(out).toMatch(/Suggestions \(not written unless accepted\)/);
    expect(out).toMatch(/Dry run: nothing written/);
  });

  it('prints the draft as JSON in the documented schema with --json', async () => {
    const { code, out } = await arising('import', SEED, '--json');
    expect(code).toBe(0);
    const draft = draftSchema.parse(JSON.parse(out));
    expect(draft.actions.filter((a) => a.kind === 'explicit').map((a) => a.ref)).toEqual([
      '4.20',
      '4.22',
    ]);
  });

  it('writes the actions with --commit, and a second import adds nothing', async () => {
    const first = await arising('import', SEED, '--commit');
    expect(first.out).toMatch(
      /Written to London Crime Reduction Board: 2 new action\(s\) \(LCRB-1, LCRB-2\)/,
    );
    const second = await arising('import', SEED, '--commit', '--board', 'lcrb');
    expect(second.out).toMatch(/0 new action\(s\), 2 already imported, 0 new people/);
  });

  it('says what to type when it cannot tell the board or read the file', async () => {
    const dmg = new URL(
      '../../seeds/minutes/lcrb-dmg-2020-12-07-public-record.txt',
      import.meta.url,
    ).pathname;
    const unknown = await arising('import', dmg, '--commit');
    expect(unknown.code).toBe(2);
    expect(unknown.err).toMatch(/--board <slug> \(boards: lcrb\)/);
    const pdf = join(dir, 'minutes.pdf');
    await writeFile(pdf, '%PDF-1.4');
    const refused = await arising('import', pdf);
    expect(refused.code).toBe(2);
    expect(refused.err).toMatch(/Send the minutes as Word \(\.docx\) or plain text/);
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
    const { code, out } = await arising('import', file, '--json');
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
});
