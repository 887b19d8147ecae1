import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { draftSchema } from '../../src/minutes/draft.ts';
import { parseMinutes } from '../../src/minutes/parse.ts';
import { normalise } from '../../src/minutes/text.ts';

const flat = (s: string) => normalise(s).replace(/\s+/g, ' ').toLowerCase();

// Pieces minutes are made of, so generated text often looks like minutes and reaches every parser.
const piece = fc.constantFrom(
  'ACTION:',
  'ACTION',
  'Action:',
  'Action by:',
  'Actions',
  '(Action MN)',
  '[ACTION: All]',
  'Present:',
  'Apologies:',
  'Officers',
  'Key deliverables:',
  'It was agreed that',
  'MOPAC officers will',
  'was asked to',
  ' to ',
  'TG',
  "JO'B",
  'MN',
  'Tim Godwin',
  "John O'Brien",
  'Will Balachrishnan',
  'Chief Executive',
  'London Councils',
  'No.  Action   Owner   Due   Status',
  '| 1 | Do it | TG | 1 May 2025 | Open |',
  'Date of next meeting: 7 December 2010, 4pm, City Hall',
  'Monday 20 July 2012',
  '4.20.',
  '- ',
  '\t',
  '\n',
  '\n\n',
  'by 31 March',
  'Time for Action',
  'Youth Action Plan',
);
const minutesLike = fc
  .array(fc.oneof(piece, fc.string({ maxLength: 12 })), { maxLength: 60 })
  .map((parts) => parts.join(' '));
const anyText = fc.oneof(
  fc.string({ maxLength: 400 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  minutesLike,
);

describe('the minutes parser on arbitrary text', () => {
  it('never throws, and always returns a draft in the documented schema', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const draft = parseMinutes(text);
        expect(draftSchema.safeParse(draft).success).toBe(true);
      }),
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 1000) },
    );
  });

  it('never yields an owner whose name is not in the text', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const draft = parseMinutes(text);
        const haystack = flat(text);
        for (const action of draft.actions)
          for (const owner of action.owners) expect(haystack).toContain(flat(owner));
      }),
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 1000) },
    );
  });
});
