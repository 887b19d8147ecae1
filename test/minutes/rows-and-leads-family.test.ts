/**
 * How rows and items open and close in logs as people type them: an action-log code with a
 * second dash before its text ("30/06/16-11-Name to ..."), a status glued after the text's full
 * stop (".Open.", ". Completed & Closed."), two bullets where a page's list wraps the writer's
 * own ("• * Amanda will ..."), "X is going to ...", an attendance label glued to the word before
 * it ("... Little MarshAttendance: ..."), and " / " logs whose header ran into the first row's
 * number, whose rows wrap their last cells onto a line opening with " / ", and whose ticks mark
 * rows done. Every minute here is invented for these tests.
 */
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/minutes/parse.ts';
import type { Draft } from '../../src/minutes/draft.ts';

const ATTENDANCE =
  'Present: Fay North (FN), Kim Rowe (KR), Amanda Price, Bianca Stone, Secretary Ola Bell';

const minutes = (body: string, attendance = ATTENDANCE) =>
  parseMinutes(
    `Little Marsh Allotments Committee\n\nMinutes of the meeting held on 17 November 2016\n\n${attendance}\n\n${body}\n`,
  );

const brief = (d: Draft) =>
  d.actions.filter((a) => a.kind === 'explicit').map((a) => ({ text: a.text, owners: a.owners }));

describe('action-log codes and glued statuses', () => {
  it.each([
    ['30/06/16-11-Kim Rowe to add the survey feedback to the database.Open.'],
    ['30/06/16-11 - Kim Rowe to add the survey feedback to the database. Open.'],
    ['30.06.16-11–Kim Rowe to add the survey feedback to the database. Ongoing'],
    ['30/06/16-11: Kim Rowe to add the survey feedback to the database. In progress.'],
  ])('%s', (line) => {
    expect(brief(minutes(`Matters Arising.\n${line}`))).toEqual([
      { text: 'Add the survey feedback to the database.', owners: ['Kim Rowe'] },
    ]);
  });

  it('leaves out a row closed after its full stop', () => {
    expect(
      brief(
        minutes(
          'Matters Arising.\n08/09/16-05-FN to send the plan to the council. Completed & Closed.\n08/09/16-06- FN to book the hall for March. Open.',
        ),
      ),
    ).toEqual([{ text: 'Book the hall for March.', owners: ['Fay North'] }]);
  });
});

describe('two bullets before an item, and "is going to"', () => {
  it.each([
    ['  • * Amanda will send the membership sheet to the printer.'],
    ['  - • Amanda will send the membership sheet to the printer.'],
    ['  * - Amanda will send the membership sheet to the printer.'],
    ['  • * Amanda is going to send the membership sheet to the printer.'],
  ])('%s', (line) => {
    expect(
      brief(minutes(`Action items\n\n${line}\n  • * Bianca to order the compost bins.`)),
    ).toEqual([
      { text: 'Send the membership sheet to the printer.', owners: ['Amanda Price'] },
      { text: 'Order the compost bins.', owners: ['Bianca Stone'] },
    ]);
  });

  it('reads two people who are going to do something together', () => {
    expect(
      brief(
        minutes('Action items\n\n  • Amanda and Bianca are going to winterise the water tank.'),
      ),
    ).toEqual([{ text: 'Winterise the water tank.', owners: ['Amanda Price', 'Bianca Stone'] }]);
  });
});

describe('an attendance label glued to the word before it', () => {
  it.each([
    'Date: Thursday 17 November 2016 – 7.30pm / Venue: Black Swan – Little MarshAttendance: Fay North (Chair), Kim Rowe, Amanda Price and Bianca Stone / Apologies: Tom Hart',
    'Venue: the pavilion, Little MarshPresent: Fay North (Chair), Kim Rowe, Amanda Price and Bianca Stone',
  ])('%s', (line) => {
    const d = minutes('1. Welcome\nThe Chair opened the meeting.', line);
    expect(d.attendees.map((a) => a.name)).toEqual([
      'Fay North',
      'Kim Rowe',
      'Amanda Price',
      'Bianca Stone',
    ]);
  });
});

describe('" / " logs: a header glued to the first row, wrapped rows, ticks', () => {
  const ROWS = [
    '2 / 7/11/16 / FN to look into how the group can share plans.',
    'Members to send FN their contact details first. / FN / √',
    '3 / 7/11/16 / Members to email FN with details of venues they can offer.',
    '/ All / Ongoing',
    '4 / 7/11/16 / KR to scan and email the documents. / KR / ✓',
    '5 / 24/01/17 / KR to draft the newsletter. / KR / Ongoing',
  ].join('\n');
  const OPEN = [
    { text: 'Members to email FN with details of venues they can offer.', owners: ['All'] },
    { text: 'KR to draft the newsletter.', owners: ['Kim Rowe'] },
  ];

  it('with the header on a line of its own', () => {
    expect(brief(minutes(`No / Date / Action / Owner / Completed\n${ROWS}`))).toEqual(OPEN);
  });

  it('with the first row glued to the header', () => {
    expect(
      brief(
        minutes(
          `No / Date / Action / Owner / Completed1 / 7/11/16 / FN to set dates for future meetings. / FN / √\n${ROWS}`,
        ),
      ),
    ).toEqual(OPEN);
  });

  it('says how many rows were done', () => {
    const d = minutes(`No / Date / Action / Owner / Status\n${ROWS}`);
    expect(d.warnings.join(' ')).toMatch(/2 row\(s\) of the action log were already complete/);
  });
});
