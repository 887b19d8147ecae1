/**
 * Explicit actions, round 3: a trailing marker closes the sentence it follows, not the
 * discussion before it; a line without a full stop does not swallow the action on the next.
 */
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/minutes/parse.ts';
import type { Draft } from '../../src/minutes/draft.ts';

const ATTENDANCE = `Present: Cllr D Hayward (Chair), Cllr P Moss, Cllr J Green (JG)
In attendance: Mrs L Collis (Clerk)`;

const minutes = (body: string) =>
  parseMinutes(
    `Anytown Parish Council\n\nMinutes of the meeting held on Tuesday 14 January 2025\n\n${ATTENDANCE}\n\n${body}\n`,
  );

const brief = (d: Draft) =>
  d.actions.filter((a) => a.kind === 'explicit').map((a) => ({ text: a.text, owners: a.owners }));

describe('a trailing marker after discussion', () => {
  it('takes the last sentence, not the whole paragraph, as the action', () => {
    const d = minutes(
      `5. Playing field
Members discussed the condition of the playing field after the winter. A resident had written about the state of the boundary and dogs getting onto the pitch. The fence needs repair and quotes will be sought. Action: Cllr D Hayward`,
    );
    const found = brief(d);
    expect(found).toHaveLength(1);
    expect(found[0]!.text).toMatch(/^The fence needs repair and quotes will be sought/);
    expect(found[0]!.text).not.toMatch(/winter|resident/);
    expect(found[0]!.owners).toHaveLength(1);
  });

  it('takes the clause after "agreed that" when the marker closes a decision', () => {
    // Shape as in parish minutes: "It was discussed and agreed that ... (Action JG)".
    const d = minutes(
      `7. Bus shelter
The shelter on Main Street has been damaged twice this year and the insurers have been told. After discussion it was agreed that JG would obtain three quotes for a replacement. (Action JG)`,
    );
    const found = brief(d);
    expect(found).toHaveLength(1);
    expect(found[0]!.text).toMatch(/^JG would obtain three quotes for a replacement/);
    expect(found[0]!.text).not.toMatch(/insurers/);
  });

  it('keeps a one-sentence action whole', () => {
    const d = minutes(`8. Website
The clerk will update the website with the new meeting dates. Action: Clerk`);
    expect(brief(d)[0]!.text).toMatch(
      /^The clerk will update the website with the new meeting dates/,
    );
  });
});

describe('a line that ends without a full stop', () => {
  it('ends its action under an "Actions" heading: one action a line', () => {
    const d = minutes(`Actions
JG to write to the contractor
Clerk to order the new bin`);
    expect(brief(d)).toEqual([
      { text: 'Write to the contractor', owners: ['J Green'] },
      { text: 'Order the new bin', owners: ['L Collis'] },
    ]);
  });

  it('is the sentence a "Clerk to action" closes, not run into it', () => {
    const d = minutes(`5. Bins
The bin at the bus stop is overflowing most weeks
Clerk to action.`);
    expect(brief(d)).toEqual([
      { text: 'The bin at the bus stop is overflowing most weeks', owners: ['L Collis'] },
    ]);
  });

  it('still joins a line wrapped at the page width', () => {
    const d = minutes(`6. Footpaths
The footpath from the church to the school has become overgrown along most of its
Length and the county council has been told. Action: Clerk`);
    expect(brief(d)[0]!.text).toMatch(/^The footpath from the church .* its Length and the county/);
  });
});
