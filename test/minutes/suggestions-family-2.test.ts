/**
 * Implicit commitments, by family of form (round 4): invented variants of each shape, and the
 * traps beside them that must not be suggested. No corpus text is copied.
 */
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/minutes/parse.ts';

const HEAD = [
  'Minutes of the Ashcombe Village Hall Committee',
  '',
  '14 May 2025',
  '',
  'Present: Maria Lowe (Chair) (ML), Tomas Reed (TR), Jen Okoro (JO), Bill Hart (BH), Ravi Shah (RS)',
  '',
  '',
].join('\n');

/** "written | text" for each suggestion found in the body. */
const suggest = (body: string): string[] =>
  parseMinutes(HEAD + body)
    .actions.filter((a) => a.kind === 'suggested')
    .map((a) => `${a.ownersAsWritten ?? '-'} | ${a.text}`);

describe('taking on an office is not a task', () => {
  it.each([
    'Bill Hart volunteered to be a trustee.',
    'Jen agreed to stand as vice chair for another year.',
    'Ravi offered to become the new treasurer.',
    'TR agreed to serve as the hall’s safeguarding lead.',
    'Maria agreed to remain as chair until the AGM.',
    'BH volunteered to continue as secretary.',
  ])('%s', (line) => {
    expect(suggest(`${line}\n`)).toEqual([]);
  });

  it('still reads a duty taken on', () => {
    expect(suggest('Jen agreed to be responsible for the lettings diary.\n')).toEqual([
      'Jen | Be responsible for the lettings diary.',
    ]);
  });
});

describe('a place or a thing that "will need" something', () => {
  it.each([
    'Mill Lane will need its drains cleared before winter.',
    'The Main Hall will need new curtains next year.',
    'Church Road will require resurfacing in the next budget.',
    'Bell Meadow Park will need a new bench by the pond.',
  ])('%s', (line) => {
    expect(suggest(`${line}\n`)).toEqual([]);
  });
});

describe('a sentence carried over a blank line', () => {
  it.each([
    [
      'It was agreed that JO and BH would meet with P Grant and\n\nK Weller to agree the lease terms.\n',
      'JO and BH | Meet with P Grant and K Weller to agree the lease terms.',
    ],
    [
      'It was agreed that TR would write to the surveyor and\n\nA Nolan to ask for a revised quote.\n',
      'TR | Write to the surveyor and A Nolan to ask for a revised quote.',
    ],
    [
      'Jen agreed to take the draft lease to\n\nMessrs Cole and Dunn for their advice.\n',
      'Jen | Take the draft lease to Messrs Cole and Dunn for their advice.',
    ],
  ])('reads it as one sentence, not a second commitment: %s', (body, expected) => {
    expect(suggest(`Lease of the hall.\n\n${body}`)).toEqual([expected]);
  });
});

describe('"X, Y & Z to ..." with an ampersand or commas', () => {
  it.each([
    ['TR & JO to walk the car park boundary before the autumn.', 'TR & JO'],
    ['ML,BH & RS to draw up a list of repairs for the kitchen.', 'ML,BH & RS'],
    ['JO, RS & BH to count the chairs and tables in the store.', 'JO, RS & BH'],
  ])('%s', (line, who) => {
    const found = suggest(`Hall maintenance was discussed at length. ${line}\n`);
    expect(found.map((f) => f.split(' | ')[0])).toEqual([who]);
  });

  it('does not take a clause of prose before the comma for the owners', () => {
    expect(
      suggest('Given the cost, a new quote to be sought. Following the audit, RS to file it.\n'),
    ).not.toContain('Given the cost, a new quote | Be sought.');
  });
});
