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

describe('"Action – Name to ..." in minutes whose items run on in one paragraph', () => {
  const PRESENT =
    'Present – Marta Kowal (Chair), Yusuf Demir (Secretary), Ivy Chen (Treasurer), Rhodri Evans (Outings)';
  const header = `Fenland Walkers\n\nMinutes of the Committee Meeting held on Monday 3rd March 2025\n\n${PRESENT}.\n\n`;

  it.each([
    ['a role in brackets after the owner', 'Yusuf (Secretary)', ['Yusuf Demir']],
    ['a job in brackets after the owner', 'Ivy (minute taker)', ['Ivy Chen']],
    ['a plain first name', 'Rhodri', ['Rhodri Evans']],
  ])('%s', (_label, owner, owners) => {
    const d = minutes(
      `1. Welcome – Marta opened the meeting. 2. Matters Arising – The map fund was discussed. Action – ${owner} to order two more route maps for the library. MA from 6.1.25 – Insurance. The broker has not replied. 3. Outings – Marta is still collecting ideas. Action – Marta to draw up a list of coach firms and circulate it to the committee. b) Summer walk 14.6.25 – It will start at the church.`,
      header,
    );
    expect(explicit(d)).toEqual([
      { text: 'order two more route maps for the library', owners },
      {
        text: 'draw up a list of coach firms and circulate it to the committee',
        owners: ['Marta Kowal'],
      },
    ]);
  });
});

describe('"– Action – Name to ..." closing a paragraph after a dash', () => {
  const header = `Fenland Walkers\n\nMinutes of the Committee Meeting held on Monday 3rd March 2025\n\nPresent: Marta Kowal, Yusuf Demir, Ivy Chen\n\n`;

  it.each([
    [
      'May - Dr Alan Hope – The Fens in Winter - £40; needs projector; unsure if using slides – Action – Yusuf to contact.',
      'contact',
      'Yusuf Demir',
    ],
    [
      'June – the hall is booked – Action – Ivy to confirm the booking with the hall.',
      'confirm the booking with the hall',
      'Ivy Chen',
    ],
    [
      'The route map is out of date - Action: Marta to order the new edition',
      'order the new edition',
      'Marta Kowal',
    ],
  ])('%j', (line, text, owner) => {
    expect(explicit(minutes(line, header))).toEqual([{ text, owners: [owner] }]);
  });

  it('a group named Action, or a dash with no doer after it, is not this marker', () => {
    const d = minutes(
      'The walk was led by the Climate Action – Hillside group to the river.\n\nWe met the Fen Action – Walkers to plan routes.',
      header,
    );
    expect(explicit(d)).toEqual([]);
  });
});

describe('an attendance nobody could be read from does not swallow the body', () => {
  it('commitments below running prose are read, though a committee heading comes later', () => {
    const d = minutes(
      [
        'When: 5 March 2025',
        'Facilitator: Hugo',
        'Scribe: wren2',
        'Attendance: dana, hugo, wren2, Priya, Tomasz',
        '',
        'Check-in',
        '',
        'The check-in was a round of news from the floor and took longer than planned. Everyone agreed to keep it shorter next month so that the business can start on time.',
        '',
        '  • Hugo - update the lending policy page - DONE',
        '  • Wren2 - send the welcome note to new members - CARRYOVER',
        '',
        'Board Recruitment Committee',
        '',
        'The volunteer committee met twice and talked about how to welcome new people. The next step is to gather what we already have about the library.',
        '',
        'Board Relationships an',
      ].join('\n'),
    );
    expect(explicit(d)).toEqual([
      { text: 'send the welcome note to new members', owners: ['Wren2'] },
    ]);
  });
});
