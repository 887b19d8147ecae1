/**
 * Action lists under the headings groups write in shorthand: "AIs:", "Open AIs", "A/Is",
 * "To do:", "ToDo list", "Follow-ups:", each over items that name who does them ("Name to ...",
 * "Name will ...", two names joined by "and"); an item that ends in a colon introduces the next
 * part of the agenda and is no action. Every minute here is invented for these tests.
 */
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/minutes/parse.ts';
import type { Draft } from '../../src/minutes/draft.ts';

const minutes = (body: string) =>
  parseMinutes(
    `Harbourside Makers Steering Group\n\nMeeting of 12 May 2025\n\nPresent: Dana Okafor, Luis Ferreira, Ines Halloran\n\n${body}\n`,
  );

const brief = (d: Draft) =>
  d.actions
    .filter((a) => a.kind === 'explicit')
    .map((a) => ({ text: a.text, written: a.ownersAsWritten }));

describe('shorthand action-list headings', () => {
  const ITEMS = [
    '  • Luis to book the workshop room for the open day.',
    '  • Dana and Ines to draft the volunteer rota with the café.',
    '  • Ines will write up the safety induction notes.',
  ].join('\n');

  it.each(['AIs:', 'Open AIs', 'A/Is:', 'To do:', 'ToDo list:', 'Follow-ups:', 'New AIs:'])(
    '%s',
    (heading) => {
      expect(
        brief(
          minutes(`Procedural\n\n${heading}\n\n${ITEMS}\n\nBusiness\n\nThe budget was discussed.`),
        ),
      ).toEqual([
        { text: 'Book the workshop room for the open day.', written: 'Luis' },
        { text: 'Draft the volunteer rota with the café.', written: 'Dana and Ines' },
        { text: 'Write up the safety induction notes.', written: 'Ines' },
      ]);
    },
  );

  it('stops at an agenda item that introduces what follows', () => {
    const found = brief(
      minutes(
        `AIs:\n\n  • Luis to book the workshop room.\n\n  1. Note the items that need follow-up by the Treasurer:\n\nBusiness (40 minutes)\n\n  1. Time and place of the next meeting`,
      ),
    );
    expect(found).toEqual([{ text: 'Book the workshop room.', written: 'Luis' }]);
  });

  it('takes nothing from "AI" used as a word in a sentence', () => {
    expect(
      brief(minutes('3. Technology\nThe group discussed AI tools for the newsletter.')),
    ).toEqual([]);
  });
});

describe('"Summary of actions" listing motions by their readings and votes', () => {
  it('takes no motion, whatever its outcome, and still reads an item that names who does it', () => {
    const found = brief(
      minutes(
        [
          'Summary of actions:',
          '1. Motion to allow transfer credits at any time (Okafor, Ferreira) Second reading. Approved.',
          '2. MS in Nursing program. (Halloran, Okafor) Second reading. Approved',
          "3. Establishment of a Dean's list. ( Ferreira) First reading",
          '4. Committee membership changes (Okafor and Halloran) carried.',
          '5. Luis to circulate the revised calendar.',
        ].join('\n'),
      ),
    );
    expect(found).toEqual([{ text: 'Circulate the revised calendar.', written: 'Luis' }]);
  });
});
