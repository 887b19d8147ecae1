/**
 * PDF minutes: the fixtures in test/fixtures/pdf were written as Word documents and converted by
 * LibreOffice (scripts/make-test-pdfs.ts), so they carry what real exported minutes carry: tables
 * whose runs are stored cell by cell, wrapped cells, repeated header rows, page headers and
 * footers, owners in the right margin.
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractText } from '../../src/minutes/extract.ts';
import { parseMinutes } from '../../src/minutes/parse.ts';
import { isPdf, pdfText, textFromPages, type Run } from '../../src/minutes/pdf.ts';
import { mono, readRuns } from '../support/pdf-runs.ts';

const fixture = (name: string) => new URL(`../fixtures/pdf/${name}`, import.meta.url).pathname;
const bytesOf = (name: string) => readFileSync(fixture(name));
const BIN = new URL('../../bin/arising.js', import.meta.url).pathname;

async function textOf(name: string): Promise<string> {
  const read = await pdfText(name, bytesOf(name));
  if (!read.ok) throw new Error(read.message);
  return read.text;
}
const explicit = (text: string) =>
  parseMinutes(text, { source: 'x.pdf' }).actions.filter((a) => a.kind === 'explicit');

describe('reading PDF minutes by the position of their text', () => {
  it('keeps an action-log table in columns, wrapped cells and all, across pages', async () => {
    const text = await textOf('action-log-owner-last.pdf');
    expect(text).toMatch(/^No\.\s{3,}Action\s{3,}Owner\s{3,}Due\s{3,}Status$/m);
    expect(text).toMatch(
      /^5\.4\s{3,}Circulate the revised figures for strand\s{3,}IC\s{3,}31 March\s{3,}Open$/m,
    );
    // The Owner column sits at the same place on every row.
    const rows = text.split('\n').filter((l) => /^5\.\d+\s{3,}/.test(l));
    expect(rows).toHaveLength(14);
    const columns = new Set(rows.map((l) => l.search(/(?<=\s)(?:IC|LG)(?=\s)/)));
    expect(columns.size).toBe(1);

    const actions = explicit(text);
    expect(actions.map((a) => a.ref)).toEqual(
      Array.from({ length: 13 }, (_, i) => `5.${i + 1}`), // 5.14 is Complete: left out
    );
    expect(actions.map((a) => a.ownersAsWritten)).toEqual(
      Array.from({ length: 13 }, (_, i) => (i % 2 ? 'IC' : 'LG')),
    );
    expect(actions[2]!.text).toBe(
      'Write to every borough commander setting out the revised referral pathway for strand 3 and report back on take-up',
    );
    expect(actions[3]!.due).toEqual({ kind: 'date', date: '2024-03-31' });
    // The row that ended page 1 keeps its last word from the top of page 2.
    expect(actions[4]!.text).toBe('Circulate the revised figures for strand 5');
  });

  it('drops page headers, footers and the header row repeated on the next page', async () => {
    const text = await textOf('action-log-owner-last.pdf');
    expect(text).not.toMatch(/OFFICIAL/);
    expect(text).not.toMatch(/Page \d of \d/);
    expect(text.match(/^No\.\s+Action\s+Owner/gm)).toHaveLength(1);
  });

  it('reads a table with the owner column first', async () => {
    const actions = explicit(await textOf('action-log-owner-first.pdf'));
    expect(actions.map((a) => [a.text, a.ownersAsWritten, a.due])).toEqual([
      [
        'Update the CCTV map for the town centre',
        'IC',
        { kind: 'next_meeting', date: '2023-12-05' },
      ],
      ['Survey the park lighting', 'LG', { kind: 'date', date: '2023-11-30' }],
      [
        'Invite the fire service to the next meeting',
        'IC',
        { kind: 'next_meeting', date: '2023-12-05' },
      ],
    ]);
  });

  it('takes an owner written in the right margin as the owner of the action on its line', async () => {
    const text = await textOf('margin-owners.pdf');
    expect(text).toMatch(/^ACTION: Update the CCTV map\.\s{3,}\(Action: IC\)$/m);
    const draft = parseMinutes(text, { source: 'margin-owners.pdf' });
    expect(draft.actions.map((a) => [a.text, a.owners])).toEqual([
      ['Survey the park lighting by 30 November 2023.', ['Lucy Grey']],
      ['Update the CCTV map.', ['Ian Clark']],
    ]);
    expect(draft.nextMeeting?.date).toBe('2023-12-05');
  });

  it('refuses a scanned PDF, with no text layer, saying so', async () => {
    const read = await pdfText('scan.pdf', bytesOf('scanned.pdf'));
    expect(read).toMatchObject({
      ok: false,
      code: 'no_text_layer',
      message: expect.stringMatching(/no text layer — it looks scanned.*run OCR first/),
    });
  });

  it('refuses a PDF behind a password, and a damaged one, with what to do instead', async () => {
    await expect(pdfText('locked.pdf', bytesOf('encrypted.pdf'))).resolves.toMatchObject({
      ok: false,
      code: 'encrypted',
      message: expect.stringMatching(/protected by a password/),
    });
    const truncated = bytesOf('margin-owners.pdf').subarray(0, 2000);
    await expect(pdfText('cut.pdf', truncated)).resolves.toMatchObject({
      ok: false,
      message: expect.stringMatching(/could not be read as a PDF|no text layer/),
    });
    await expect(pdfText('junk.pdf', Buffer.from('%PDF-1.7\nnot really'))).resolves.toMatchObject({
      ok: false,
      code: 'unreadable',
    });
  });

  it('knows a PDF by its first bytes, whatever the file is called', async () => {
    expect(isPdf(bytesOf('margin-owners.pdf'))).toBe(true);
    expect(isPdf(Buffer.from('Minutes of the meeting'))).toBe(false);
    const asText = await extractText('minutes.txt', bytesOf('margin-owners.pdf'));
    expect(asText).toMatchObject({ ok: true, text: expect.stringMatching(/Update the CCTV map/) });
    const noName = await extractText('minutes', bytesOf('margin-owners.pdf'));
    expect(noName.ok).toBe(true);
    await expect(extractText('minutes.pdf', Buffer.from('hello'))).resolves.toMatchObject({
      ok: false,
      message: expect.stringMatching(/named \.pdf but is not a PDF/),
    });
  });
});

describe('laying out text runs (whatever order the PDF stores them in)', () => {
  const run = (text: string, x: number, y: number): Run => ({
    text,
    x,
    y,
    width: text.length * 5,
    size: 10,
  });
  const page = (runs: Run[]) => [{ width: 595, height: 842, runs }];
  const table = [
    run('No.', 72, 700),
    run('Action', 120, 700),
    run('Owner', 400, 700),
    run('1', 72, 688),
    run('Write to the borough', 120, 688),
    run('TG', 400, 688),
    run('commanders', 120, 676),
    run('2', 72, 664),
    run('Circulate the figures', 120, 664),
    run('JS', 400, 664),
  ];

  it('sets cells out by their x position, so columns survive any storage order', () => {
    const expected = textFromPages(page(table));
    // Every run here is 5 points a letter, so the type reads as fixed pitch: each run goes at
    // its exact column, (x - 72) / 5.
    expect(expected.split('\n')).toEqual([
      'No.       Action                                                  Owner',
      '1         Write to the borough                                    TG',
      '          commanders',
      '2         Circulate the figures                                   JS',
    ]);
    fc.assert(
      fc.property(fc.shuffledSubarray(table, { minLength: table.length }), (shuffled) => {
        expect(textFromPages(page(shuffled))).toBe(expected);
      }),
    );
  });

  it('joins runs of one sentence with a space, or none when they touch', () => {
    const text = textFromPages(
      page([
        run('ACTION:', 72, 700),
        run('TG to', 112, 700),
        run('report', 140, 700),
        run('.', 170, 700),
      ]),
    );
    expect(text).toBe('ACTION: TG to report.');
  });
});

describe('arising import of a PDF', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'arising-pdf-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('prints the review of a PDF from the command line with --dry-run', async () => {
    const { stdout } = await promisify(execFile)(process.execPath, [
      BIN,
      'import',
      fixture('action-log-owner-first.pdf'),
      '--dry-run',
      '--database',
      `sqlite:${join(dir, 'cli.db')}`,
    ]);
    expect(stdout).toMatch(/Minutes: Safer Streets Board/);
    expect(stdout).toMatch(/1\. Update the CCTV map for the town centre\n\s+owner: Ian Clark/);
    expect(stdout).toMatch(/Dry run: nothing written/);
  });

  it('refuses a scanned PDF from the command line with exit code 2', async () => {
    const failed = promisify(execFile)(process.execPath, [
      BIN,
      'import',
      fixture('scanned.pdf'),
      '--database',
      `sqlite:${join(dir, 'cli.db')}`,
    ]);
    await expect(failed).rejects.toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/no text layer — it looks scanned/),
    });
  });
});

describe('lines a fixed-pitch PDF wrapped at the page width (a .txt through LibreOffice)', () => {
  const at = mono(11.4);
  const long = 'ACTION: TG to write to every borough commander setting out the revised new';

  it('joins a line that reached the margin to the word that would not fit after it', () => {
    expect(
      readRuns([
        at(0, 0, long),
        at(0, 1, 'referral pathway and report back.'),
        at(0, 2, 'Next item'),
      ]),
    ).toBe(`${long} referral pathway and report back.\nNext item`);
  });

  it('does not join a full line to a new start: a numbered item', () => {
    expect(readRuns([at(0, 0, `${long} to`), at(0, 1, '10.1 Apologies')])).toBe(
      `${long} to\n10.1 Apologies`,
    );
  });

  it('puts a table row cut inside its spaces back at the columns of the rows cut in a word', () => {
    const text = readRuns([
      // Row 1 was cut between words, so its rest keeps the exact columns: MW at column 113.
      at(0, 0, '1.1'),
      at(6, 0, 'Safety'),
      at(15, 0, 'Safeguarding training to be undertaken on Board time, with a date'),
      at(0, 1, 'agreed'),
      at(32, 1, 'MW'),
      at(41, 1, 'June'),
      // Row 2 was cut in the run of spaces after its action.
      at(0, 2, '1.2'),
      at(6, 2, 'Corp'),
      at(15, 2, 'Patient re-admission strategy to be developed'),
      at(0, 3, 'MW/YO'),
      at(9, 3, '13 Nov'),
    ]).split('\n');
    expect(text).toHaveLength(2);
    expect(text[0]).toMatch(/date agreed {26}MW {7}June$/);
    expect(text[0]!.indexOf('MW')).toBe(113);
    expect(text[1]!.indexOf('MW/YO')).toBe(113);
    expect(text[1]!.indexOf('13 Nov')).toBe(122);
  });
});
