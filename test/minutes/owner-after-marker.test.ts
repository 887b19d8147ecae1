/**
 * After an action marker, the owner written last: after a dash (a first name, initials, then a
 * date), behind "– Action:", and labelled in brackets ("(Owner: ..., Due: ...)"). Every input is
 * invented.
 */
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/minutes/parse.ts';

const minutes = (line: string) =>
  parseMinutes(
    `Minutes of the Fernley Partnership Board held on 3 May 2022\nPresent: Mira Holt (MH) Chair, Dev Sahni (DS), Lin Cho (LC) Clerk\n\n1. Budget\n${line}\n\n2. Any other business\nNone.\n`,
  );
const read = (line: string) =>
  minutes(line).actions.map((a) => ({ text: a.text, owners: a.owners, due: a.due?.date ?? null }));

describe('the owner written after the action', () => {
  it('reads a first name after a dash as the attendee who has it', () => {
    expect(read('ACTION: Circulate the budget – Dev')).toEqual([
      { text: 'Circulate the budget', owners: ['Dev Sahni'], due: null },
    ]);
  });

  it('does not take a first name nobody attending has', () => {
    expect(read('ACTION: Circulate the budget – Omar')[0]?.owners).not.toEqual(['Dev Sahni']);
  });

  it('reads initials then a month after dashes as owner and due date', () => {
    expect(read('ACTION: Circulate the budget – DS – June 2022')).toEqual([
      { text: 'Circulate the budget', owners: ['Dev Sahni'], due: '2022-06-30' },
    ]);
  });

  it('reads "– Action: Clerk" closing the line', () => {
    expect(read('Write to the county about the verges – Action: Clerk')).toEqual([
      { text: 'Write to the county about the verges', owners: ['Lin Cho'], due: null },
    ]);
  });

  it('reads labelled owner and due date in brackets', () => {
    expect(read('ACTION: Circulate the budget (Owner: Dev Sahni, Due: 30 June 2022)')).toEqual([
      { text: 'Circulate the budget', owners: ['Dev Sahni'], due: '2022-06-30' },
    ]);
    expect(read('ACTION: Circulate the budget (Lead: MH)')).toEqual([
      { text: 'Circulate the budget', owners: ['Mira Holt'], due: null },
    ]);
  });
});

describe('an owner written by initial and surname', () => {
  it('is the one attendee it fits, flagged, and the initial does not end the action', () => {
    const d = minutes('ACTION: D. Sahni to circulate the budget.');
    expect(d.actions.map((a) => [a.owners, a.text])).toEqual([
      [['Dev Sahni'], 'Circulate the budget.'],
    ]);
    expect(d.actions[0]!.flags.join(' ')).toMatch(/taken to be Dev Sahni/);
  });

  it('stays as written when two attendees fit', () => {
    const d = parseMinutes(
      'Minutes of the Fernley Board held on 3 May 2022\nPresent: Dev Sahni, Dina Sahni, Lin Cho\n\n1. Budget\nACTION: D Sahni to circulate the budget.\n',
    );
    expect(d.actions[0]?.owners).toEqual(['D Sahni']);
  });
});

describe('an action numbered by meeting and item', () => {
  it('reads "Action 22/05:" with its ref', () => {
    const d = minutes('Action 22/05: DS to circulate the budget');
    expect(d.actions.map((a) => [a.ref, a.owners, a.text])).toEqual([
      ['22/05', ['Dev Sahni'], 'Circulate the budget'],
    ]);
  });
});
