/**
 * Owner initials in a right-hand margin under the page's own "ACTION" column header, typed with
 * only a few spaces before them ("... submitted to    AF"), on a line in the middle of the
 * item: the action is the sentence that line ends in, and the item goes on past it when the
 * line stopped mid-sentence. Every minute here is invented for these tests.
 */
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/minutes/parse.ts';
import type { Draft } from '../../src/minutes/draft.ts';

const HEAD = `Friends of Ashby Park
Committee Notes from Meeting held on Tuesday 14th March 2023

Present:        Rhona Tate – Chair
                Colin Marsh – Treasurer
                Priya Doyle – Secretary
                Gareth Lunn - Member
`;

const minutes = (header: string, body: string) => parseMinutes(`${HEAD}\n${header}\n${body}\n`);

const brief = (d: Draft) =>
  d.actions.filter((a) => a.kind === 'explicit').map((a) => ({ text: a.text, owners: a.owners }));

const ITEM = `4. Matters Arising
Item 2 - The bench plaques were approved by the committee. Quotes will be
sought from two engravers before the summer fair.    CM

Item 3 - Gareth asked for a list of volunteers. Priya sent a draft    PD
list but agreed to add the litter pickers to it.
`;

describe('a margin owner under an ACTION column header', () => {
  it.each([
    ['MINUTES                                                   ACTION'],
    ['Minutes                                                   ACTION'],
    ['NOTES                                                     Action'],
    ['ITEM                                                      ACTION BY'],
    ['Item                                                      Owner'],
  ])('%s', (header) => {
    expect(brief(minutes(header, ITEM))).toEqual([
      {
        text: 'Quotes will be sought from two engravers before the summer fair.',
        owners: ['Colin Marsh'],
      },
      {
        text: 'Priya sent a draft list but agreed to add the litter pickers to it.',
        owners: ['Priya Doyle'],
      },
    ]);
  });

  it('carries the item on past an owner line that stopped mid-sentence', () => {
    const body = `5. Website
The new pages were shown. Rhona will ask the council to link to    RT
the park page from its own.
`;
    expect(brief(minutes('MINUTES                                        ACTION', body))).toEqual([
      {
        text: 'Rhona will ask the council to link to the park page from its own.',
        owners: ['Rhona Tate'],
      },
    ]);
  });
});

describe('traps', () => {
  it('reads a short gap as a margin only under the column header', () => {
    const owned = (header: string) =>
      brief(minutes(header, ITEM)).some((a) => a.owners.includes('Priya Doyle'));
    expect([owned('MINUTES                                   ACTION'), owned('MINUTES')]).toEqual([
      true,
      false,
    ]);
  });

  it("takes no owner from a note's capitals after a short gap under the header", () => {
    const body = `6. Membership
Subscriptions for 2023 remain at £5 per household   NB

7. Signs
The new signs were admired. Gareth will order two more from the    GL
printer before May.
`;
    expect(brief(minutes('MINUTES                                        ACTION', body))).toEqual([
      { text: 'Gareth will order two more from the printer before May.', owners: ['Gareth Lunn'] },
    ]);
  });
});
