/**
 * Attendance run into one line by PDF or web extraction where the heading has no colon ("In
 * Attendance Ann Clark Ben Doyle Project Officer ...", an attendance table's columns read one
 * after another), and the list runs on into a page footer or the next section. Every input is
 * invented; each family has several variants so that a rule fits the form, not one document.
 */
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/minutes/parse.ts';

const names = (text: string): string[] => parseMinutes(text).attendees.map((a) => a.name);

// A header long enough that the whole text is one line read as extraction ran it together.
const HEAD =
  'WPB03-15M 3rd Meeting of the Widget Partnership Board held on 3rd March 2015 at 2pm, Town Hall, Anytown M I N U T E S Record of attendance Name Title & Organisation';

describe('a heading without a colon, then names run together', () => {
  it('reads "In Attendance" names up to a page footer and its document code', () => {
    const text = `${HEAD} Present Apology (by phone) In Attendance Ann Clark Ben Doyle Carla Evans Project Officer WPB Communications WPB Minute Taker 1 WPB03-15M Summary of Actions Action No. Action: 1 The Chair to write to the council.`;
    expect(names(text)).toEqual(['Ann Clark', 'Ben Doyle', 'Carla Evans']);
  });

  it('reads "ALSO PRESENT" names up to "Page 1 of 6"', () => {
    const text = `${HEAD} ALSO PRESENT Tomas Reed Jane Smith Hari Patel Clerk to the Board Finance Officer Housing Lead Page 1 of 6 1. Welcome and introductions The Chair opened the meeting.`;
    expect(names(text)).toEqual(['Tomas Reed', 'Jane Smith', 'Hari Patel']);
  });

  it('reads "Officers in Attendance" names up to the action summary', () => {
    const text = `${HEAD} Officers in Attendance Sue Grant Olu Ade Head of Finance Democratic Services Summary of Actions 1 Sue Grant to circulate the budget.`;
    expect(names(text)).toEqual(['Sue Grant', 'Olu Ade']);
  });

  it('does not read a sentence about those in attendance as names', () => {
    const text = `${HEAD} The Chair thanked everyone In Attendance For their patience and the meeting agreed the minutes of the last meeting as a true record of what was said.`;
    expect(names(text)).toEqual([]);
  });
});

describe('four names in a row are two people', () => {
  it('splits two full names whose comma was lost before a role', () => {
    const text =
      'Minutes of the Anytown Health Forum held on 4 May 2016\nPresent: Steve Tyerman David Gilmour Practice Manager, Ann Lee\n1. Welcome\n';
    expect(names(text)).toEqual(['Steve Tyerman', 'David Gilmour', 'Ann Lee']);
  });
});

const people = (text: string): string[] =>
  parseMinutes(text).attendees.map((a) => (a.role ? `${a.name} (${a.role})` : a.name));

const council = (attendance: string): string =>
  `Minutes of the meeting of Fernley Parish Council held on Tuesday 5 March 2019 at 7pm\n${attendance}\n1. Welcome\nThe Chair welcomed everyone to the meeting.\n`;

describe('the common shapes of a list line', () => {
  it('does not take a bullet for a role', () => {
    expect(people(council('Attendees:\n- Mira Holt (Chair)\n- Dev Sahni\n* Lin Cho'))).toEqual([
      'Mira Holt (Chair)',
      'Dev Sahni',
      'Lin Cho',
    ]);
    expect(people(council('Present:\n• Mira Holt – Treasurer\n• Dev Sahni – Secretary'))).toEqual([
      'Mira Holt (Treasurer)',
      'Dev Sahni (Secretary)',
    ]);
  });

  it('reads the rows of a table of people whose cells are between bars', () => {
    expect(
      people(council('Present:\n| Mira Holt | Chair |\n| Dev Sahni | Finance Officer |')),
    ).toEqual(['Mira Holt (Chair)', 'Dev Sahni (Finance Officer)']);
    expect(people(council('In attendance:\nLin Cho | Clerk'))).toEqual(['Lin Cho (Clerk)']);
  });

  it('does not read an action table row as a person', () => {
    const text = council(
      'Present: Mira Holt, Dev Sahni\n| 1 | Mira Holt to write to the county | MH |',
    );
    expect(names(text)).toEqual(['Mira Holt', 'Dev Sahni']);
  });

  it('reads offices and their holders in one line', () => {
    expect(
      people(council('Present: Chair – Mira Holt; Vice Chair – Dev Sahni; Treasurer – Lin Cho')),
    ).toEqual(['Mira Holt (Chair)', 'Dev Sahni (Vice Chair)', 'Lin Cho (Treasurer)']);
  });

  it('reads the clerk after the members, in the same line', () => {
    expect(
      people(council('Present: Cllr Holt, Cllr Sahni, Cllr Cho.  Clerk: Mrs Ward.  Public: 2')),
    ).toEqual(['Holt (Cllr)', 'Sahni (Cllr)', 'Cho (Cllr)', 'Ward (Clerk)']);
    expect(people(council('Present: M Holt, D Sahni\nClerk: Mrs Ward'))).toEqual([
      'M Holt',
      'D Sahni',
      'Ward (Clerk)',
    ]);
  });

  it('reads surnames in capitals in a list', () => {
    expect(names(council('Present: Mira HOLT (Chair), Dev SAHNI, Lin CHO and Ana VARGA'))).toEqual([
      'Mira HOLT',
      'Dev SAHNI',
      'Lin CHO',
      'Ana VARGA',
    ]);
  });

  it('keeps a clergy title out of the name', () => {
    expect(names(council('Present: Revd Mira Holt, Rev. Dev Sahni, Lin Cho'))).toEqual([
      'Mira Holt',
      'Dev Sahni',
      'Lin Cho',
    ]);
  });
});

describe('more headings, columns and names', () => {
  it('reads "Councillors:" and "Members present were ..." as headings', () => {
    expect(names(council('Councillors: M Holt (Chair), D Sahni, L Cho'))).toEqual([
      'M Holt',
      'D Sahni',
      'L Cho',
    ]);
    expect(names(council('Members present were Councillors Holt, Sahni and Cho.'))).toEqual([
      'Holt',
      'Sahni',
      'Cho',
    ]);
  });

  it('moves a row marked "Apologies" in a status column to the apologies', () => {
    const d = parseMinutes(
      council(
        'Attendance:\nMira Holt\tChair\tPresent\nDev Sahni\tSecretary\tApologies\nLin Cho\tMember\tPresent',
      ),
    );
    expect(d.attendees.map((a) => `${a.name} (${a.role})`)).toEqual([
      'Mira Holt (Chair)',
      'Lin Cho (Member)',
    ]);
    expect(d.apologies).toEqual(['Dev Sahni']);
  });

  it('does not take a place for a person', () => {
    expect(
      names(council('Present:\nMira Holt (MH)\nDev Sahni (DS)\nWest Fernley Homes\nLin Cho (LC)')),
    ).toEqual(['Mira Holt', 'Dev Sahni', 'Lin Cho']);
  });

  it('keeps a surname particle in the name', () => {
    expect(
      names(council('Present: Paul de Vries, Aoife Ní Bhriain, Ines van der Berg, Ann Lee')),
    ).toEqual(['Paul de Vries', 'Aoife Ní Bhriain', 'Ines van der Berg', 'Ann Lee']);
  });

  it('ends a run-together list at "Call to order"', () => {
    const text = `Fernley Township Steering Committee Meeting Notes – October 1, 2019 Members Present: Mira Holt, Dev Sahni Staff Present: Lin Cho, Ana Varga Call to order Introductions The committee discussed the fall event and its handouts at length before agreeing the plan.`;
    expect(names(text)).toEqual(['Mira Holt', 'Dev Sahni', 'Lin Cho', 'Ana Varga']);
  });

  it('reads an office before a bracketed name, and first names with one titled surname', () => {
    expect(people(council('Present: Practice Manager (Mira Holt), Dev Sahni'))).toEqual([
      'Mira Holt (Practice Manager)',
      'Dev Sahni',
    ]);
    expect(names(council('Present: Ann, Tom, Raj (Treasurer) and Dr Ade'))).toEqual([
      'Ann',
      'Tom',
      'Raj',
      'Ade',
    ]);
  });
});

describe('initials in brackets, then the role', () => {
  it('keeps the role after bracketed initials in a comma list', () => {
    const d = parseMinutes(
      council('Present: Mira Holt (MH) Chair, Dev Sahni (DS), Lin Cho (LC) Clerk'),
    );
    expect(d.attendees.map((a) => `${a.name} ${a.initials} ${a.role}`)).toEqual([
      'Mira Holt MH Chair',
      'Dev Sahni DS null',
      'Lin Cho LC Clerk',
    ]);
  });

  it('does not take the rest of the list for the first person’s role', () => {
    expect(people(council('Present: Mira Holt (MH) Chair, Dev Sahni, Lin Cho'))).toEqual([
      'Mira Holt (Chair)',
      'Dev Sahni',
      'Lin Cho',
    ]);
  });

  it('resolves "Action: Chair" to the attendee the list names chair', () => {
    const d = parseMinutes(
      council('Present: Mira Holt (MH) Chair, Dev Sahni (DS)') +
        '\nACTION: Chair to write to the county.\n',
    );
    expect(d.actions.map((a) => a.owners)).toEqual([['Mira Holt']]);
  });
});

describe('parish and practice lists', () => {
  it('reads a row of titled names set out in columns', () => {
    expect(
      names(
        council(
          'Present:\nCllr A Holt     Cllr D Sahni     Cllr L Cho\nCllr M Ward     Cllr P Ince',
        ),
      ),
    ).toEqual(['A Holt', 'D Sahni', 'L Cho', 'M Ward', 'P Ince']);
  });

  it('reads "Patients:" and "Practice:" as the lists of a patient group', () => {
    expect(
      people(
        council(
          'Patients: Mira Holt (Chair), Dev Sahni\nPractice: Dr Lin Cho (GP), Ana Varga (Practice Manager)',
        ),
      ),
    ).toEqual(['Mira Holt (Chair)', 'Dev Sahni', 'Lin Cho', 'Ana Varga (Practice Manager)']);
  });

  it('reads "Officers present:" after the members in the same line', () => {
    const d = parseMinutes(
      council(
        'Members present: Mira Holt, Dev Sahni. Officers present: Lin Cho. Apologies: Ana Varga.',
      ),
    );
    expect(d.attendees.map((a) => a.name)).toEqual(['Mira Holt', 'Dev Sahni', 'Lin Cho']);
    expect(d.apologies).toEqual(['Ana Varga']);
  });

  it('gives "In the Chair:" its office, over the title', () => {
    expect(
      people(council('In the Chair: Cllr Mira Holt\nCouncillors: Dev Sahni, Lin Cho')),
    ).toEqual(['Mira Holt (Chair)', 'Dev Sahni', 'Lin Cho']);
  });

  it('does not give the next person’s title to the one before', () => {
    expect(people(council('Also present: F Ward (Clerk) and County Councillor H Ince'))).toEqual([
      'F Ward (Clerk)',
      'H Ince',
    ]);
  });
});
