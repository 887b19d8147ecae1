/**
 * An owner's initials in brackets after an item's last sentence, "... This was agreed. (JS)",
 * at the end of a paragraph or at the end of a line with the next item straight below: the
 * initials own the sentence that names them, or else the last one, and close the item. The
 * initials may be declared or only fit an attendee's names. Every minute here is invented for
 * these tests.
 */
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/minutes/parse.ts';
import type { Draft } from '../../src/minutes/draft.ts';

const minutes = (body: string, present = 'Present: Jean Sutton, Ruth Bell, Wendy Thorne') =>
  parseMinutes(
    `Elm Lane Allotments Committee\nMinutes of the meeting held on 29th May 2022\n${present}\n${body}\n`,
  );

const brief = (d: Draft) =>
  d.actions.filter((a) => a.kind === 'explicit').map((a) => ({ text: a.text, owners: a.owners }));

const PARK = `Car park: There is a problem with the surface
following rain. Rather than using road stone, JS proposed spending
£320 on plastic gridding. This was agreed. (JS)`;

describe('initials in brackets after an item', () => {
  it.each([
    [`${PARK}\nSchool Visits: These will take place on 15th June.`],
    [`${PARK}\n\nSchool Visits: These will take place on 15th June.`],
    [PARK.replace('(JS)', '(JS).')],
  ])('%s', (body) => {
    expect(brief(minutes(body))).toEqual([
      {
        text: 'Rather than using road stone, JS proposed spending £320 on plastic gridding.',
        owners: ['Jean Sutton'],
      },
    ]);
  });

  it('owns the last sentence when none names them', () => {
    expect(
      brief(minutes('Hedges: The hedge by the gate is overgrown. It will be cut in June. (RB)')),
    ).toEqual([{ text: 'It will be cut in June.', owners: ['Ruth Bell'] }]);
  });

  it('reads initials the attendance declares, and two owners', () => {
    expect(
      brief(
        minutes(
          'Signs: New signs are needed at both gates. WT and JS will order them. (WT/JS)',
          'Present: Jean Sutton (JS), Ruth Bell (RB), Wendy Thorne (WT)',
        ),
      ),
    ).toEqual([{ text: 'WT and JS will order them.', owners: ['Wendy Thorne', 'Jean Sutton'] }]);
  });
});

describe('traps', () => {
  it.each([
    ['Accounts: These will be presented at the meeting in July. (AGM)'],
    ['Accounts: These will be presented at the meeting in July. (NB)'],
    ['Accounts: These will be presented at the meeting in July. (KP)'],
    ['Accounts: The hall (JS) will be presented at the meeting in July.'],
  ])('%s', (line) => {
    expect(brief(minutes(`${PARK}\n${line}`))).toEqual([
      {
        text: 'Rather than using road stone, JS proposed spending £320 on plastic gridding.',
        owners: ['Jean Sutton'],
      },
    ]);
  });
});
