/**
 * The minutes importer fed .docx-ish garbage, as a chat upload or `arising minutes import` might
 * be: random bytes, bytes that start like a zip and are not one, and real Word documents cut
 * short or with bytes flipped. Never a throw: a draft, or a refusal saying what to send instead.
 */
import fc from 'fast-check';
import { Document, Packer, Paragraph } from 'docx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { draftFromBytes } from '../../src/minutes/service.ts';
import { DIALECTS, openTestDb, type TestDb } from '../support/db.ts';

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const REFUSAL =
  /could not be read as a Word document\. Save it again as \.docx, or as plain text \(\.txt\), and import that\./;

async function realDocx(): Promise<Uint8Array> {
  const doc = new Document({
    sections: [
      {
        children: [
          new Paragraph('London Crime Reduction Board'),
          new Paragraph('Minutes of the meeting held on 2 February 2026'),
          new Paragraph('ACTION: Tim Godwin to bring a full proposal to the next meeting.'),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

describe.each(DIALECTS)('importing a .docx that is not one, on %s', (dialect) => {
  let t: TestDb;
  let docx: Uint8Array;
  beforeAll(async () => {
    t = await openTestDb(dialect);
    docx = await realDocx();
  });
  afterAll(async () => {
    await t.close();
  });

  it('refuses bytes that are not a zip, saying to save it again as .docx or .txt', async () => {
    const notZip = fc
      .uint8Array({ maxLength: 4096 })
      .filter((b) => b.length < 2 || b[0] !== 0x50 || b[1] !== 0x4b);
    await fc.assert(
      fc.asyncProperty(notZip, async (bytes) => {
        const outcome = await draftFromBytes(t.db, 'minutes.docx', bytes);
        expect(outcome.ok).toBe(false);
        if (!outcome.ok) expect(outcome.message).toMatch(REFUSAL);
      }),
      { numRuns: 60 },
    );
  });

  it('refuses a zip header followed by garbage', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 2048 }), async (tail) => {
        const bytes = new Uint8Array([...ZIP_MAGIC, ...tail]);
        const outcome = await draftFromBytes(t.db, 'Minutes 2 Feb.DOCX', bytes);
        expect(outcome.ok).toBe(false);
        if (!outcome.ok) expect(outcome.message).toMatch(REFUSAL);
      }),
      { numRuns: 60 },
    );
  });

  it('answers a Word document cut short or with bytes flipped with a draft or a refusal', async () => {
    const damaged = fc.oneof(
      fc.integer({ min: 0, max: docx.length - 1 }).map((n) => docx.slice(0, n)),
      fc
        .array(fc.tuple(fc.nat({ max: docx.length - 1 }), fc.integer({ min: 1, max: 255 })), {
          minLength: 1,
          maxLength: 20,
        })
        .map((flips) => {
          const copy = docx.slice();
          for (const [at, xor] of flips) copy[at] = copy[at]! ^ xor;
          return copy;
        }),
    );
    await fc.assert(
      fc.asyncProperty(damaged, async (bytes) => {
        const outcome = await draftFromBytes(t.db, 'minutes.docx', bytes);
        if (outcome.ok) expect(Array.isArray(outcome.draft.actions)).toBe(true);
        // Either refusal says what to do: send .docx or .txt again, or check and import again.
        else expect(outcome.message).toMatch(/\.txt\), and import that\.|import it again\./);
      }),
      { numRuns: 60 },
    );
    // The undamaged document still imports: the property above is not vacuous.
    const intact = await draftFromBytes(t.db, 'minutes.docx', docx);
    expect(intact.ok && intact.draft.actions.length).toBe(1);
  });
});
