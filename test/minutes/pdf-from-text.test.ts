/**
 * Minutes read from a PDF that LibreOffice made of a plain text must give what the text gives:
 * the same actions, owners, attendees and dates. The text (test/fixtures/pdf/wrapped-text.txt)
 * has long lines that LibreOffice wraps at the page width, a numbered list of actions broken by
 * the page end, and an action log in space-aligned columns. wrapped-text.pdf beside it was made
 * by scripts/make-test-pdfs.ts (`soffice --headless --convert-to pdf`), so this runs without
 * LibreOffice; where soffice is installed, the text is also converted afresh, as it is and by way
 * of a Word document.
 */
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Document, Packer, Paragraph } from 'docx';
import { describe, expect, it } from 'vitest';
import { extractText } from '../../src/minutes/extract.ts';
import { parseMinutes } from '../../src/minutes/parse.ts';

const fixture = (name: string) => new URL(`../fixtures/pdf/${name}`, import.meta.url).pathname;
const TEXT = readFileSync(fixture('wrapped-text.txt'), 'utf8');
const SOFFICE = '/usr/bin/soffice';

/** What a reviewer sees of a draft: each action with its owners, the attendees, the dates. */
function summary(text: string) {
  const draft = parseMinutes(text, { source: 'minutes' });
  return {
    actions: draft.actions.map((a) => ({
      kind: a.kind,
      ref: a.ref,
      text: a.text,
      owners: a.owners,
      asWritten: a.ownersAsWritten,
    })),
    attendees: draft.attendees.map((a) => [a.name, a.initials]),
    meeting: draft.meeting?.date,
    next: draft.nextMeeting?.date,
  };
}

async function fromPdf(bytes: Uint8Array) {
  const read = await extractText('minutes.pdf', bytes);
  if (!read.ok) throw new Error(read.message);
  return read.text;
}

const expected = summary(TEXT);

describe('a PDF made from a text reads as the text', () => {
  it('the text itself gives every action, with its owner, across the page break', () => {
    // The premise: the text path finds them all, so the PDF has something to lose.
    expect(expected.actions.map((a) => a.ref)).toEqual([
      '4.1',
      '4.2',
      '4.3',
      null,
      null,
      '3.1',
      '3.2',
      '3.3',
      '3.4',
      '3.5',
      '3.6',
    ]);
    expect(expected.actions.every((a) => a.owners.length === 1)).toBe(true);
    expect(expected.attendees).toHaveLength(4);
  });

  it('the committed LibreOffice PDF gives the same actions, owners, attendees and dates', async () => {
    const text = await fromPdf(readFileSync(fixture('wrapped-text.pdf')));
    expect(summary(text)).toEqual(expected);
    // The wrapped lines are one line again, and nothing of the page end is left in them.
    expect(text).toContain(
      "3.1 Agree the dates of the Board's development sessions for the coming year with the sub-group chairs. Action: HC\n3.2 ",
    );
    expect(text).toMatch(/^4\.2 {4}Review the risk register {20}PN {6}31 May 2024$/m);
  });

  const why = existsSync(SOFFICE) ? false : `LibreOffice (${SOFFICE}) is not installed`;
  describe.skipIf(why)(`converted afresh by LibreOffice${why ? ` (skipped: ${why})` : ''}`, () => {
    async function convert(name: string, bytes: Uint8Array): Promise<Uint8Array> {
      const dir = await mkdtemp(join(tmpdir(), 'arising-pdf-text-'));
      try {
        await writeFile(join(dir, name), bytes);
        await promisify(execFile)(
          SOFFICE,
          [
            `-env:UserInstallation=file://${join(dir, 'profile')}`,
            '--headless',
            '--convert-to',
            'pdf',
            '--outdir',
            dir,
            join(dir, name),
          ],
          { timeout: 120_000 },
        );
        return new Uint8Array(await readFile(join(dir, name.replace(/\.\w+$/, '.pdf'))));
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    }

    it('from the .txt', { timeout: 120_000 }, async () => {
      const pdf = await convert('minutes.txt', new TextEncoder().encode(TEXT));
      expect(summary(await fromPdf(pdf))).toEqual(expected);
    });

    it('from a Word document of the text, one paragraph a line', { timeout: 120_000 }, async () => {
      const doc = new Document({
        sections: [{ children: TEXT.split('\n').map((line) => new Paragraph(line)) }],
      });
      const pdf = await convert('minutes.docx', new Uint8Array(await Packer.toBuffer(doc)));
      const got = summary(await fromPdf(pdf));
      // Word's proportional type cannot keep the log's space-aligned columns, so the actions are
      // compared by what they say and who owns them.
      expect(got.actions.map((a) => [a.text, a.owners])).toEqual(
        expected.actions.map((a) => [a.text, a.owners]),
      );
      expect(got.attendees).toEqual(expected.attendees);
      expect([got.meeting, got.next]).toEqual([expected.meeting, expected.next]);
    });
  });
});
