/**
 * Attendance blocks, round 3: the known gaps (capitals, one title over a bracketed list, people
 * named in prose, a list followed straight by an action table). Inputs are short excerpts in the
 * shapes real minutes use; the expected names are read from the text.
 */
import { describe, expect, it } from 'vitest';
import { parseAttendance } from '../../src/minutes/attendees.ts';
import { parseMinutes } from '../../src/minutes/parse.ts';

const names = (text: string): string[] => parseMinutes(text).attendees.map((a) => a.name);

describe('attendance in capitals', () => {
  it('gives names in title case and the bracketed office as the role', () => {
    const text =
      'MINUTES OF THE PARISH COUNCIL MEETING HELD ON 3 MAY 2021\nPRESENT: COUNCILLOR R. DENT (CHAIRMAN), COUNCILLORS J. SMITH, A. JONES\n\n1. APOLOGIES\nNone.\n';
    const { attendees } = parseMinutes(text);
    expect(attendees.map((a) => a.name)).toEqual(['R. Dent', 'J. Smith', 'A. Jones']);
    // "(CHAIRMAN)" is the office held on this board; the title Councillor says less.
    expect(attendees[0]!.role).toBe('Chairman');
  });

  it('reads "CHAIRMAN: COUNCILLOR R. DENT" and a list joined by AND', () => {
    const text =
      'MINUTES OF THE PLANNING COMMITTEE\nCHAIRMAN: COUNCILLOR R. DENT\nPRESENT: COUNCILLORS J. SMITH AND A. JONES\n\n1. MINUTES\nApproved.\n';
    expect(names(text)).toEqual(['R. Dent', 'J. Smith', 'A. Jones']);
  });

  it("writes Mc and O' surnames as people do", () => {
    const text =
      "MINUTES OF THE PARISH COUNCIL\nPRESENT: CLLR MRS J. MCDONALD AND MR P. O'HARA (CLERK)\n\n1. APOLOGIES\nNone.\n";
    expect(names(text)).toEqual(['J. McDonald', "P. O'Hara"]);
  });

  it('still ends the attendance at a heading in capitals', () => {
    const text =
      'Minutes of the Board\nPresent: Anne Dale, Tom Reed\nMATTERS ARISING FROM THE LAST MEETING\nJohn Smith reported on the budget.\n';
    expect(names(text)).toEqual(['Anne Dale', 'Tom Reed']);
  });
});

describe('one title over a list without commas', () => {
  const wrap = (list: string) =>
    `Minutes of the Parish Council meeting held on 3 May 2021\nPresent: ${list}\n\n1. Apologies\nNone.\n`;

  it('closes a person at each bracket', () => {
    const { attendees } = parseMinutes(
      wrap('Councillor Ann Lee (Chair) Bob Hart (Vice-Chair) and Carl Moss (Labour)'),
    );
    expect(attendees.map((a) => a.name)).toEqual(['Ann Lee', 'Bob Hart', 'Carl Moss']);
    expect(attendees.map((a) => a.role)).toEqual(['Chair', 'Vice-Chair', null]);
  });

  it('reads a singular title over bracketed surnames as over each of them', () => {
    expect(names(wrap('Councillor Lee (Chair) Hart (Vice-Chair) and Moss (Labour)'))).toEqual([
      'Lee',
      'Hart',
      'Moss',
    ]);
  });

  it('reads a plural title over bracketed surnames as a list, not one person', () => {
    expect(names(wrap('Councillors Lee (Chair), Hart (Vice-Chair), Moss (Labour)'))).toEqual([
      'Lee',
      'Hart',
      'Moss',
    ]);
  });

  it('leaves one person with one bracket alone', () => {
    const { attendees } = parseMinutes(wrap('Councillor Ann Lee (Chair)'));
    expect(attendees.map((a) => [a.name, a.role])).toEqual([['Ann Lee', 'Chair']]);
  });
});

describe('people named in prose in the attendance part', () => {
  const wrap = (part: string) => `Minutes of the Board\n${part}\n\n1. Apologies\nNone.\n`;
  const people = (part: string) =>
    parseMinutes(wrap(part)).attendees.map((a) => [a.name, a.role, a.org]);

  it('reads "X was in attendance" without the verb as an organisation', () => {
    expect(
      people('Present: Anne Dale, Tom Reed\nCounty Councillor Anne Smith was in attendance.'),
    ).toEqual([
      ['Anne Dale', null, null],
      ['Tom Reed', null, null],
      ['Anne Smith', 'Councillor', null],
    ]);
  });

  it('reads "Also present was Mr John Brown, Clerk"', () => {
    expect(people('Present: Anne Dale, Tom Reed\nAlso present was Mr John Brown, Clerk.')).toEqual([
      ['Anne Dale', null, null],
      ['Tom Reed', null, null],
      ['John Brown', 'Clerk', null],
    ]);
  });

  it('reads "The meeting was attended by A, B and Mr C (Clerk)." with no "and" as a role', () => {
    expect(
      people('The meeting was attended by Anne Dale, Tom Reed and Mr John Brown (Clerk).'),
    ).toEqual([
      ['Anne Dale', null, null],
      ['Tom Reed', null, null],
      ['John Brown', 'Clerk', null],
    ]);
  });
});

describe('an attendance list followed straight by an action table', () => {
  const headers = [
    'Item / Action / Owner / Due',
    'No. Action Owner Deadline',
    'Ref\tAction\tResponsible\tBy when',
    'Agreed actions\tLead\tTimescale',
    'Description\tOwner\tDue date',
    'Task / Responsible / Target date',
  ];
  for (const header of headers)
    it(`ends the attendance at "${header.replace(/\t/g, ' ')}"`, () => {
      const lines = [
        'Minutes of the Board',
        'Present:',
        'Anne Dale',
        'Tom Reed, Treasurer',
        header,
        'Send the report to the council\tAnne Dale\t3 June',
      ];
      const { attendees, bodyStart } = parseAttendance(lines);
      expect(attendees.map((a) => [a.name, a.role])).toEqual([
        ['Anne Dale', null],
        ['Tom Reed', 'Treasurer'],
      ]);
      expect(bodyStart).toBe(4);
    });

  it('does not take a person whose role is a column word for a table header', () => {
    expect(
      names('Minutes of the Board\nPresent:\nAnne Dale, Lead\nTom Reed\n\n1. Apologies\n'),
    ).toEqual(['Anne Dale', 'Tom Reed']);
  });
});
