/**
 * Attendance blocks, family round 3: shapes seen in newly collected minutes. Every input is
 * invented; each family has variants so that a rule fits the form, not one document.
 */
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/minutes/parse.ts';

const names = (text: string): string[] => parseMinutes(text).attendees.map((a) => a.name);

const HEAD = 'Little Hinton Parish Council\nMinutes of the meeting held on 3rd March 2015.\n\n';
const BODY = '\n\n1. The minutes of the last meeting were agreed.\n';
const COUNCILLORS = ['Abbot', 'Greer', 'Nolan'];
const presentThen = (sentences: string): string[] =>
  names(`${HEAD}Present: Cllrs Abbot, Greer and Nolan. ${sentences}${BODY}`);

describe('those in attendance told in sentences after the councillors present', () => {
  it('reads "Role Name was in attendance" without "also"', () => {
    expect(presentThen('District Councillor Mary Fenn was in attendance.')).toEqual([
      ...COUNCILLORS,
      'Mary Fenn',
    ]);
    expect(presentThen('Clerk Jo Bright and PCSO Dan Kerr were present.')).toEqual([
      ...COUNCILLORS,
      'Jo Bright',
      'Dan Kerr',
    ]);
  });

  it('drops what follows the verb: who came with them, for how long', () => {
    expect(
      presentThen('County Councillor Ray Oduya was in attendance with 9 members of the public.'),
    ).toEqual([...COUNCILLORS, 'Ray Oduya']);
    expect(presentThen('Mrs Lin Hart was present for the planning items.')).toEqual([
      ...COUNCILLORS,
      'Lin Hart',
    ]);
  });

  it('reads "Also in attendance for part of the meeting was ..." and "for item 4 were ..."', () => {
    expect(
      presentThen(
        'Also in attendance for part of the meeting was Mrs Ruth Lane of the Hall Trust.',
      ),
    ).toEqual([...COUNCILLORS, 'Ruth Lane']);
    expect(
      presentThen('Also present for items 4 and 5 were Mr Tom Hale and Mrs Ann Rudd.'),
    ).toEqual([...COUNCILLORS, 'Tom Hale', 'Ann Rudd']);
  });

  it('reads "Also in attendance were ..." run into the line of the councillors', () => {
    expect(presentThen('Also in attendance were Mr Tom Hale and Mrs Ann Rudd.')).toEqual([
      ...COUNCILLORS,
      'Tom Hale',
      'Ann Rudd',
    ]);
  });

  it('keeps the last councillor when the next sentence opens with a role', () => {
    const text =
      'Board of Trustees\nPresent: Ann Cole, Bill Frost. Treasurer Kim Yates and Dr Sam Bell were in attendance.\n1. Minutes were agreed.\n';
    expect(names(text)).toEqual(['Ann Cole', 'Bill Frost', 'Kim Yates', 'Sam Bell']);
  });

  it('takes no count, office, organisation or public for a person', () => {
    for (const sentence of [
      'The Clerk was in attendance.',
      'Members of the Public were present.',
      'Two Residents were present.',
      'Several Members were in attendance.',
      'The Police were in attendance for item 3.',
      'Highways England was in attendance.',
    ])
      expect(presentThen(sentence)).toEqual(COUNCILLORS);
  });

  it('does not read a sentence that goes on after "was present" in the body', () => {
    const text =
      'Garden Club\nNotes of 3 May 2019\n1. Police report. PC Dan Kerr was present and reported two thefts.\n2. Finance. The Treasurer reported.\n';
    expect(names(text)).toEqual([]);
  });
});

describe('a list printed two to a row, the cells joined by " / "', () => {
  const meeting = (rows: string): string =>
    `RIVERSIDE RESIDENTS COMPANY LTD\nANNUAL GENERAL MEETING - 4 May 2012\nAttendees:\n${rows}\nAccounts\nThe accounts were approved.\n`;

  it('reads both cells when each is a name and its note in brackets', () => {
    const text = meeting(
      'Jane Rowe (Chair) / Ian Platt (Flat 3)\nOmar Said (Treasurer) (No:4) / Lucy Dent (No: 7)',
    );
    expect(names(text)).toEqual(['Jane Rowe', 'Ian Platt', 'Omar Said', 'Lucy Dent']);
    expect(parseMinutes(text).attendees[0]!.role).toBe('Chair');
  });

  it('reads a name with its office after a comma in one cell', () => {
    const text = meeting('Omar Said, Treasurer / Lucy Dent\nKate Marsh, Secretary / Raj Patel');
    expect(names(text)).toEqual(['Omar Said', 'Lucy Dent', 'Kate Marsh', 'Raj Patel']);
  });

  it('reads a couple under one surname in either cell', () => {
    const text = meeting(
      'Kate Marsh (Minutes) / Peter & Ann Gould (Flat 9)\nTom & Eve Hart (No: 1) / Jill Moss (No:18)',
    );
    expect(names(text)).toEqual([
      'Kate Marsh',
      'Peter Gould',
      'Ann Gould',
      'Tom Hart',
      'Eve Hart',
      'Jill Moss',
    ]);
  });

  it('takes a role or an organisation cell for nobody', () => {
    const text = meeting(
      'Glenys Hart / Independent Chair / By Phone\nRaj Patel (Director) / Riverside Homes (Landlord)',
    );
    const found = names(text);
    expect(found).toContain('Glenys Hart');
    expect(found).toContain('Raj Patel');
    for (const n of found) expect(n).not.toMatch(/Chair|Phone|Homes|Landlord/);
  });
});

describe('a US roll call run into one line, the members answering the call', () => {
  const BUSINESS =
    ' Mayor Hart informs everyone that the public hearing will follow the regular business, as the representative has called to say that he is delayed.\n';
  const village = (roll: string): string =>
    `1 VILLAGE OF ELMWOOD REGULAR MEETING MAY 2, 2018 A Regular Meeting was held on Wednesday May 2, Mayor Hart opens the meeting at 7:00 P.M. ${roll}${BUSINESS}`;

  it('drops each member\'s answer ("aye", "here") after the surname', () => {
    expect(
      names(village('Roll call: Trustee Abbott aye, Trustee Greer here and Trustee Finch aye.')),
    ).toEqual(['Abbott', 'Greer', 'Finch']);
  });

  it('reads "Also present are ..." told in the present tense, a serial comma included', () => {
    expect(
      names(
        village(
          'Roll call: Trustee Abbott aye, Trustee Greer aye. Also present are Becker, Lowe, and Pryce, Sing and Moss.',
        ),
      ),
    ).toEqual(['Abbott', 'Greer', 'Becker', 'Lowe', 'Pryce', 'Sing', 'Moss']);
  });

  it('passes over the chair opening the meeting on a line of its own', () => {
    const text =
      'Town Board Minutes\nJune 4, 2019\nMayor Finch opened the meeting at 7:02 P.M. Roll call: Trustee Abbott, Trustee Greer and Trustee Nolan.\n1. Approve Agenda\n';
    expect(names(text)).toEqual(['Abbott', 'Greer', 'Nolan']);
  });

  it('keeps a name that only looks like an answer word out of the stripping', () => {
    // "Present" heads the list here; the answer words go only after a surname in a roll call.
    const text =
      'Town Board Minutes\nJune 4, 2019\nPresent: Trustee Abbott, Trustee Greer and Trustee Nolan.\n1. Approve Agenda\n';
    expect(names(text)).toEqual(['Abbott', 'Greer', 'Nolan']);
  });
});

describe('a table of member bodies and their members run into one line', () => {
  const convention = (present: string): string =>
    `Convention Item 03\n\nMINUTE OF MEETING OF ASSEMBLY Friday 4 May 2018 Town Hall, Riverton\n\n${present}\n`;

  it("does not take the next member body's name for more of a surname", () => {
    const text = convention(
      'Present Riverton Borough Cllr Ann Lee Riverton Borough Cllr Tom Reed (Substitute) Westshire Cllr Ben Hart Westshire Cllr Cara Moss Lowdale District Cllr Dan Fry Lowdale District Cllr Eve Holt (Teleconference) Vale of Ash Cllr Raj Patel Vale of Ash Cllr Ian Moss',
    );
    expect(names(text)).toEqual([
      'Ann Lee',
      'Tom Reed',
      'Ben Hart',
      'Cara Moss',
      'Dan Fry',
      'Eve Holt',
      'Raj Patel',
      'Ian Moss',
    ]);
  });

  it('keeps an office standing before two titles out of the bodies', () => {
    const text = convention(
      'Present Assembly President Cllr Ann Lee Assembly Vice President Cllr Tom Reed Westshire Cllr Ben Hart Westshire Cllr Cara Moss Lowdale Cllr Dan Fry Lowdale Cllr Eve Holt',
    );
    expect(names(text)).toEqual([
      'Ann Lee',
      'Tom Reed',
      'Ben Hart',
      'Cara Moss',
      'Dan Fry',
      'Eve Holt',
    ]);
  });
});

describe('an item number from the next column run into a list of titled names', () => {
  const board = (attendance: string): string =>
    `Riverside Partnership Board Minutes of the Meeting held on Tuesday, 4th May, 2016 at 6.00 pm at County Hall Present Mr A Lee (Chair) Cllr B Reid Mr C Moss In Attendance ${attendance} Welcome and Apologies for Absence The Chair welcomed all to the meeting and the board noted the apologies received from members who could not attend today.\n`;

  it('reads on past "1." or "12." between two titled names', () => {
    for (const n of ['1', '12'])
      expect(
        names(board(`Mr D Fry Ms E Holt ${n}. Dr F Patel Mrs G Dunn (Company Secretary)`)),
      ).toEqual(['A Lee', 'B Reid', 'C Moss', 'D Fry', 'E Holt', 'F Patel', 'G Dunn']);
  });

  it('still ends the list at an item number before the body', () => {
    expect(names(board('Mr D Fry Ms E Holt 2.'))).toEqual([
      'A Lee',
      'B Reid',
      'C Moss',
      'D Fry',
      'E Holt',
    ]);
  });
});
