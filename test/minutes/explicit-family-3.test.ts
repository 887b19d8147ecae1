/**
 * Explicit actions by family, round three: last meeting's commitments kept as bullets that
 * open with their owner and end in an upper-case status word ("• Name: task. notes. CARRYOVER",
 * "• Name - task - DONE"), and numbered action lists whose items end in a status sentence
 * ("Done." / "Not done."). Every minute here is invented; each family has variants in names,
 * separators, status words and notes.
 */
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/minutes/parse.ts';
import type { Draft } from '../../src/minutes/draft.ts';

const HEADER = `Westbrook Tool Library\n\nCouncil meeting, 12 March 2025\n\n`;

const minutes = (body: string, header = HEADER) => parseMinutes(`${header}${body}\n`);

// Case and a closing full stop are the draft's presentation, not what was found.
const plain = (text: string) => text.toLowerCase().replace(/\.$/, '');

const explicit = (d: Draft) =>
  d.actions
    .filter((a) => a.kind === 'explicit')
    .map((a) => ({ text: plain(a.text), owners: a.owners }));
const suggested = (d: Draft) => d.actions.filter((a) => a.kind === 'suggested').map((a) => a.text);

describe('commitment bullets that end in an upper-case status word', () => {
  it.each([
    [
      'colon, notes after the task',
      [
        '  • Priya: flyer for the spring repair cafe. has a draft and is waiting on the venue. CARRYOVER',
        '  • Tomasz: insurance quote for the van. DONE',
        '  • Greta: volunteer rota for Saturdays. two people signed up so far. ONGOING',
      ],
    ],
    [
      'dashes, a note in brackets after the status',
      [
        '  • Priya - flyer for the spring repair cafe - CARRYOVER (the venue has not answered)',
        '  • Tomasz - insurance quote for the van - DONE',
        '  • Greta - volunteer rota for Saturdays - IN PROGRESS',
      ],
    ],
    [
      'a full stop after the status, a dropped item',
      [
        '  • Priya: flyer for the spring repair cafe. CARRY-OVER.',
        '  • Tomasz: insurance quote for the van. DROPPED',
        '  • Greta: volunteer rota for Saturdays. ONGOING.',
      ],
    ],
  ])('%s', (_label, bullets) => {
    const d = minutes(
      `Commitments from last meeting\n\n${bullets.join('\n')}\n\nReports\n\nThe shed was tidied.`,
    );
    expect(explicit(d)).toEqual([
      { text: 'flyer for the spring repair cafe', owners: ['Priya'] },
      { text: 'volunteer rota for saturdays', owners: ['Greta'] },
    ]);
  });

  it('works with no heading over the bullets, and with handles as owners', () => {
    const d = minutes(
      [
        'Attendance: dana, Hugo, wren2, Priya',
        '',
        '  • Hugo - update the lending policy page - DONE',
        '  • Wren2 - send the welcome note to new members - CARRYOVER (mail server trouble)',
        '  • Priya - ask the council about the grant - DONE',
      ].join('\n'),
    );
    expect(explicit(d)).toEqual([
      { text: 'send the welcome note to new members', owners: ['Wren2'] },
    ]);
  });

  it('all done: no action, and nothing offered as a suggestion', () => {
    const d = minutes(
      '  • Hugo: update the lending policy page. DONE\n  • Priya: ask the council about the grant. DONE',
    );
    expect(explicit(d)).toEqual([]);
    expect(suggested(d)).toEqual([]);
  });

  it('a status word in lower case or inside prose is not this marker', () => {
    const d = minutes(
      '  • Budget: the treasurer said the figures were done\n  • Venue: the hall is open on Saturdays',
    );
    expect(explicit(d)).toEqual([]);
  });

  it('one bullet alone is not a list', () => {
    const d = minutes('Notes\n\n  • Hugo: the van is running well. ONGOING\n\nThe meeting closed.');
    expect(explicit(d)).toEqual([]);
  });
});

describe('numbered action lists whose items end in a status sentence', () => {
  const LIST = (six: string) =>
    [
      'Present: Ines Alvarez (IA), Colm Breen (CB), Farah Odu (FO)',
      '',
      'Action list from last meeting (4 February 2025):',
      '',
      '  1. IA to renew the domain name. Done.',
      '  2. CB to ask the bank about a second signatory. Not done.',
      '  3. FO to draft the volunteer handbook for further discussion. Done.',
      `  4. CB to add the membership figures to the agenda ${six}`,
      '  5. FO to book the hall for the AGM. Not done.',
    ].join('\n');

  it.each([['Done.'], ['Done'], ['Completed']])(
    'closed items (%j glued on) are left out',
    (six) => {
      const d = minutes(LIST(six));
      expect(explicit(d)).toEqual([
        { text: 'ask the bank about a second signatory. not done', owners: ['Colm Breen'] },
        { text: 'book the hall for the agm. not done', owners: ['Farah Odu'] },
      ]);
      // A closed item is no commitment to offer again.
      expect(suggested(d)).toEqual([]);
    },
  );
});
