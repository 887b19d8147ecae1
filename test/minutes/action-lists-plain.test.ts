/**
 * Actions lists as a copy from a web page or a PDF leaves them: the bullets lost, one item a
 * line under the heading; and a short label before who does an item ("Update: Kate to ...",
 * "Idea update: Dan to ..."), which is the item's context, not its owner. Every minute here is
 * invented; the variants differ in heading, label, spacing, wrapping and owner form.
 */
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/minutes/parse.ts';

const minutes = (body: string) =>
  parseMinutes(
    `Anytown Parish Council\n\nMinutes of the meeting held on Tuesday 14 January 2025\n\nPresent: Cllr Dan Hayward (Chair), Cllr Jane Green (JG), Mrs Kate Price (KP)\nIn attendance: Mrs Lucy Collis (Clerk)\n\n${body}\n`,
  );

const explicit = (body: string) =>
  minutes(body)
    .actions.filter((a) => a.kind === 'explicit')
    .map((a) => ({ text: a.text.toLowerCase().replace(/\.$/, ''), owners: a.owners }));

describe('a labelled item of an actions list keeps its owner', () => {
  it.each([
    ['Matters arising:', 'Idea update: Kate to get a sign put up in the hall', 'Kate Price'],
    ['Actions arising', 'Update:Kate to get a sign put up in the hall', 'Kate Price'],
    ['ACTIONS', 'Progress:- KP to get a sign put up in the hall', 'Kate Price'],
    [
      'Matters Arising from Previous Minutes:-',
      'Bins: JG to get a sign put up in the hall',
      'Jane Green',
    ],
    ['Action points', 'Village hall: Clerk to get a sign put up in the hall', 'Lucy Collis'],
  ])('under %j: %j', (heading, item, owner) => {
    const found = explicit(
      `${heading}\nDan to speak to the school about the crossing\n${item}\nJG to write to the county about the verges`,
    );
    expect(found).toContainEqual({ text: 'get a sign put up in the hall', owners: [owner] });
    expect(found).toHaveLength(3);
  });

  it('does not take a label that is itself a sentence, or a question, for context', () => {
    const found = explicit(
      `Matters arising:\nDan to speak to the school about the crossing\nIdea update: Has Jane asked the county to cut the verges?`,
    );
    expect(found).toEqual([
      { text: 'speak to the school about the crossing', owners: ['Dan Hayward'] },
    ]);
  });
});

describe('an actions heading over plain lines, one item a line', () => {
  it.each([
    ['ACTION POINTS'],
    ['Actions:'],
    ['Action items'],
    ['Actions arising'],
    ['Matters arising from previous minutes:-'],
    ['Summary of actions'],
  ])('under %j', (heading) => {
    const found = explicit(
      `3. Highways\nThe verges were discussed.\n\n${heading}\nDan to speak to the school about the crossing\nKP to get a sign put up in the hall by\nthe end of March\nClerk to write to the county about the verges`,
    );
    expect(found).toEqual([
      { text: 'speak to the school about the crossing', owners: ['Dan Hayward'] },
      { text: 'get a sign put up in the hall by the end of march', owners: ['Kate Price'] },
      { text: 'write to the county about the verges', owners: ['Lucy Collis'] },
    ]);
  });

  it('reads only the lines that name who does them, not the notes between', () => {
    const found = explicit(
      `Actions\nThe hall roof was repaired in December.\nDan to speak to the school about the crossing.\nThe grant has been received.`,
    );
    expect(found).toEqual([
      { text: 'speak to the school about the crossing', owners: ['Dan Hayward'] },
    ]);
  });
});
