/**
 * A short commitment whose object is a pronoun ("write to him about this") carries what the
 * pronoun stands for. When the commitment is a later clause of its sentence, that is the
 * clauses before it, not the sentence before (an apologies line, another item's note). Every
 * minute here is invented.
 */
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/minutes/parse.ts';

const suggested = (body: string) =>
  parseMinutes(
    `Anytown Parish Council\n\nMinutes of the meeting held on Tuesday 14 January 2025\n\nPresent: Cllr Dan Hayward (Chair), Cllr Jane Green (JG), Mrs Kate Price (KP)\nIn attendance: Mrs Lucy Collis (Clerk)\n\n${body}\n`,
  )
    .actions.filter((a) => a.kind === 'suggested')
    .map((a) => ({ text: a.text, owners: a.owners }));

describe('a pronoun object takes its meaning from the clauses before it', () => {
  it.each([
    [
      'Apologies were received from: Tom Reed and Ann Bell\nThe board noted that Tom Reed had missed the last four meetings and Kate was asked to write to him about this.',
      'Kate Price',
      'Tom Reed had missed the last four meetings',
    ],
    [
      'The footpath was discussed.\nThe bench by the pond had been vandalised again and Jane agreed to report it.',
      'Jane Green',
      'The bench by the pond had been vandalised',
    ],
    [
      'Item 4. Website\nThe old site still lists last year\u2019s councillors; Dan offered to fix it.',
      'Dan Hayward',
      'The old site still lists',
    ],
  ])('%#', (body, owner, about) => {
    const found = suggested(body);
    expect(found).toHaveLength(1);
    expect(found[0]!.owners).toEqual([owner]);
    expect(found[0]!.text).toContain(about);
    expect(found[0]!.text).not.toMatch(/Apologies|footpath|Website/);
  });
});
