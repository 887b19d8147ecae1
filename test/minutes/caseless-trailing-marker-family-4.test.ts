/**
 * The owner's initials after "Action" at the end of an item, as parish secretaries type it in any
 * case: "... for publication. Action JL", "... approved. action JL", "All agreed – action JB.",
 * also when the item's line runs straight on into the next one with no blank line between.
 * Capital initials of an attendee must follow: "Action TBC", "the Action Plan" and "Climate
 * Action – Hillside group" are no markers. Every minute here is invented for these tests.
 */
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/minutes/parse.ts';
import type { Draft } from '../../src/minutes/draft.ts';

const minutes = (body: string) =>
  parseMinutes(
    `St Wendreda Parochial Church Council\n\nMinutes of the meeting held on 9 May 2019\n\nPresent: Rev. Ann Quill (AQ), Jon Lomas (JL), Jean Bright (JB), Sam Ode (SO)\n\n${body}\n`,
  );

const brief = (d: Draft) =>
  d.actions
    .filter((a) => a.kind === 'explicit')
    .map((a) => ({ owners: a.owners, written: a.ownersAsWritten }));

const JL = { owners: ['Jon Lomas'], written: 'JL' };

describe('"Action JL" after the item in any case', () => {
  it.each([
    ['JL will send the approved minutes to the parish office for publication. Action JL'],
    ['JL will send the approved minutes to the parish office for publication. action JL'],
    ['JL will send the approved minutes to the parish office for publication. Action JL.'],
    ['JL sought approval to print the parish magazine. All agreed – action JL.'],
  ])('%s', (line) => {
    expect(brief(minutes(line))).toEqual([JL]);
  });

  it('reads two owners', () => {
    expect(brief(minutes('The hall rota for the summer needs redoing. Action JL/JB'))).toEqual([
      { owners: ['Jon Lomas', 'Jean Bright'], written: 'JL/JB' },
    ]);
  });

  it('reads a marked line inside a paragraph whose lines run on', () => {
    expect(
      brief(
        minutes(
          'Publication: the minutes should also go on the notice board. JL will send them to the parish office once approved. Action JL\nMatters Arising: There were no matters arising\nThe bells were rung for the jubilee.',
        ),
      ),
    ).toEqual([JL]);
  });

  it('takes no marker that initials of an attendee do not follow', () => {
    expect(
      brief(
        minutes(
          'The hedge by the lychgate needs cutting. Action TBC\n\nThe churchyard is covered in the Action Plan.\n\nJL will send the approved minutes to the parish office for publication. Action JL',
        ),
      ),
    ).toEqual([JL]);
  });
});
