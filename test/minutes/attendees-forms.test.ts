/**
 * Attendee lists in the shapes real bodies publish them (issue 14), one small example per
 * family, written for these tests unless a source is given. Each failed before the attendance
 * reader learnt its family.
 */
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/minutes/parse.ts';

const names = (text: string): string[] => parseMinutes(text).attendees.map((a) => a.name);
const apologies = (text: string): string[] => parseMinutes(text).apologies;

describe('titles before a surname alone', () => {
  it('reads "Cllr Beck" and "Lord Clement-Jones" as people, the title dropped', () => {
    const text =
      'Minutes of the Hillside Parish Council\n\nPresent: Cllr P Batty (Chairman), Cllr Beck, Cllr Hollick (arrived at 7.01pm) and Cllr Yarwood.\n\n1. Welcome\nThe Chairman opened the meeting.\n';
    expect(names(text)).toEqual(['P Batty', 'Beck', 'Hollick', 'Yarwood']);
  });

  it('spreads a plural title over its list: "Councillors Boag, Browne and Taylor"', () => {
    const text =
      'Ordinary Meeting of Council\n\nPresent |\nMayor Wise, Deputy Mayor Brosnan, Councillors Boag, Browne, McGrath and Taylor |\nApologies\nThat the apology from Councillors Mawson and Wright be accepted.\n';
    expect(names(text)).toEqual(['Wise', 'Brosnan', 'Boag', 'Browne', 'McGrath', 'Taylor']);
  });

  it('reads a role and a surname: "Chair Gilligan", "Chief of Staff — Sutherland"', () => {
    const text =
      'BOARD OF FIRE COMMISSIONERS MEETING MINUTES\nDecember 10, 2013\nPresent:\nChair Gilligan\nCommissioners (2) McGonigal, Hoard\nFire Chief Parsons\nChief of Staff — Sutherland\nExcused:\nCommissioners Ellsworth and Sparks\nCall to Order:\nThe meeting was called to order at 1632 hours\n';
    const draft = parseMinutes(text);
    expect(draft.attendees.map((a) => a.name)).toEqual([
      'Gilligan',
      'McGonigal',
      'Hoard',
      'Parsons',
      'Sutherland',
    ]);
    expect(draft.attendees.find((a) => a.name === 'Sutherland')?.role).toBe('Chief of Staff');
    expect(draft.apologies).toEqual(['Ellsworth', 'Sparks']);
  });
});

describe('a list run into one long line by PDF or web extraction', () => {
  const flat =
    'The Riverside Hospital NHS Trust TRUST BOARD MEETING Held on Thursday 28 February 2013 at 9.30 am Seminar Room 1, Riverside Education Centre PUBLIC SESSION MINUTES Present: Mr M Beardwell Acting Chair Mr B Simms Non-Executive Director Dr A Fraser Medical Director Mrs J Clarke Company Secretary In attendance: Mr A Osborne Communications Director Mrs V Maher Workforce Director Apologies: Mr K Lowe /22 WELCOME The Acting Chair welcomed Dr Edwin Borman, who was observing the meeting. Dr Borman would become Medical Director in April.';

  it('finds each heading inside the line and each titled name in its run', () => {
    expect(names(flat)).toEqual([
      'M Beardwell',
      'B Simms',
      'A Fraser',
      'J Clarke',
      'A Osborne',
      'V Maher',
    ]);
  });

  it('takes apologies apart and stops at the first minute of the body', () => {
    expect(apologies(flat)).toEqual(['K Lowe']);
    expect(names(flat)).not.toContain('Edwin Borman');
  });

  it('reads "Apologies for absence were received from" and ends the list at the sentence', () => {
    const text =
      'COUNCIL Wednesday 27 November 2013 MINUTES PRESENT: Sir Stephen Wall (Chair) Professor Michael Arthur (President and Provost) Ms Philippa Foster-Back Baroness Warwick In attendance: Mr Phil Harding (Director of Finance); Mr Tim Perry (Secretary to Council). Apologies for absence were received from Professor Nick Tyler. Key to abbreviations used in these Minutes: AB SMT Academic Board Senior Management Team 22 DECLARATION OF INTERESTS Noted 22.1 Any member of Council who had a material interest in any item on the Agenda was requested to declare it at the beginning of the meeting in order that it could be recorded.';
    expect(names(text)).toEqual([
      'Stephen Wall',
      'Michael Arthur',
      'Philippa Foster-Back',
      'Warwick',
      'Phil Harding',
      'Tim Perry',
    ]);
    expect(apologies(text)).toEqual(['Nick Tyler']);
  });
});

describe('lists without a "Present" heading', () => {
  it('reads "Name – Role" lines whose roles wrap onto lines of their own', () => {
    const text = [
      'Minutes of the Meeting held',
      'on Friday 18 July 2014',
      'Jane Maughan – Independent Chair',
      'Mike Allott – Foundation Trust (rep Jane Sayer)',
      'Lorna Barrett - Head of Service, Community Services, Adult Care (also',
      'rep Debbie Olley)',
      'Harold Bodmer – Director, Community Services',
      'Declarations of Interest',
      'None reported',
      'Apologies for Absence',
      'Pip Coker – Chief Executive',
    ].join('\n');
    expect(names(text)).toEqual(['Jane Maughan', 'Mike Allott', 'Lorna Barrett', 'Harold Bodmer']);
    expect(apologies(text)).toEqual(['Pip Coker']);
  });

  it('reads a wrapped run of "Name (XX)" and keeps the declared initials, used or not', () => {
    const text = [
      "Children's Trust Board",
      'Notes of meeting on 22nd June 2007',
      'Dave Hill (DH - Chair), Paul Ballatt (PB), Susanne Baccini (SB for Chris Frost),',
      'Graeme Thomson (GT), Chris Parsloe',
      '(CP), Cllr Debbie Shears (DS)',
      'Apologies: -',
      'Chris Frost (CF), Linda Taylor (LT)',
      '1. Apologies for absence',
      'The above apologies were noted.',
      '2. Minutes',
      'DH to write to all concerned. PB and CP to report back.',
    ].join('\n');
    const draft = parseMinutes(text);
    expect(draft.attendees.map((a) => [a.name, a.initials])).toEqual([
      ['Dave Hill', 'DH'],
      ['Paul Ballatt', 'PB'],
      ['Susanne Baccini', 'SB'],
      ['Graeme Thomson', 'GT'],
      ['Chris Parsloe', 'CP'],
      ['Debbie Shears', 'DS'],
    ]);
    expect(draft.apologies).toEqual(['Chris Frost', 'Linda Taylor']);
  });
});

describe('other shapes', () => {
  it('reads a list of initials alone', () => {
    const text =
      'Minutes of the Youth Justice Board Meeting\n19 March 2012\nPresent\nKT(Chair), POH, MS, AyS, SW(minutes)\nApologies\nJJ, BC\nMinutes\nMinutes were agreed as a true record.\n';
    expect(names(text)).toEqual(['KT', 'POH', 'MS', 'AyS', 'SW']);
    expect(apologies(text)).toEqual(['JJ', 'BC']);
  });

  it('reads surnames in capitals when the list writes them so', () => {
    const text = [
      'At a MEETING of the WESTSHIRE JOINT BOARD held remotely on 27th October, 2021.',
      'Present:-',
      'Trudy McLEAY (Vice Chairperson)',
      'Nominated by Health Board (Non-Executive Member)',
      'Lynne SHORT',
      'Nominated by Westshire Council (Elected Member)',
      'Vicky IRONS',
      'Chief Officer',
      'I. DECLARATION OF INTEREST',
      'There were no declarations of interest.',
    ].join('\n');
    expect(names(text)).toEqual(['Trudy McLEAY', 'Lynne SHORT', 'Vicky IRONS']);
  });

  it('passes over an agenda\'s empty "1. Apologies" and reads "45. Attended by:" below', () => {
    const text = [
      'Agenda and Meeting Minutes- 10.01.2019',
      '1. Apologies',
      '2. Notes of the last meeting',
      '3. Finances',
      'Thursday 10th January 2019 7.30 pm',
      '45. Attended by: Cllrs Fay Moon (Chairman), Gill Stewart (Vice Chairman), Hannah Walker.',
      '46. Apologies: Cllrs Sue Olivant, Paul Willoughby.',
      '47. Public 10 Minutes: The following matters were raised.',
    ].join('\n');
    expect(names(text)).toEqual(['Fay Moon', 'Gill Stewart', 'Hannah Walker']);
    expect(apologies(text)).toEqual(['Sue Olivant', 'Paul Willoughby']);
  });

  it('does not take a sentence that starts with "Members" for a heading', () => {
    const text =
      'Agenda and minutes\n\nApologies\n\nAn apology for absence was received from Councillor R Wenham.\n\nMembers are requested to disclose any interests.\n\nCouncillor J Burnett was elected Chair.\n';
    expect(names(text)).toEqual([]);
  });
});

describe('more headings and lists', () => {
  it('reads a roll call of titled initials and the apologies "intimated on behalf of"', () => {
    const text = [
      'Minutes of Special Meeting of the Westshire Council held in the Council Chamber on Thursday, 5 September 2019 at 10.00am.',
      '1. Calling of the Roll and Apologies for Absence',
      'Mr G Adam, Mrs J Barclay, Mr R Bremner (v/c), Mrs G Campbell-Sinclair, Ms K Currie.',
      'In Attendance:',
      'Chief Executive',
      'Director of Development & Infrastructure',
      'Apologies for absence were intimated on behalf of Mr B Allan, Miss J Campbell and Mrs C Wilson.',
      '2. Declarations of Interest',
      'There were no declarations of interest at the meeting.',
    ].join('\n');
    const draft = parseMinutes(text);
    expect(draft.attendees.map((a) => a.name)).toEqual([
      'G Adam',
      'J Barclay',
      'R Bremner',
      'G Campbell-Sinclair',
      'K Currie',
    ]);
    expect(draft.apologies).toEqual(['B Allan', 'J Campbell', 'C Wilson']);
  });

  it('reads first names alone after "Attending:" and surnames after "Councillors;"', () => {
    expect(
      names(
        'Board Meeting 2020-04-06\nAttending: Jez, Gareth, Adam\nApologies: Brian, Rob\nQuarterly Project\nGareth will find sources.\n',
      ),
    ).toEqual(['Jez', 'Gareth', 'Adam']);
    expect(
      names(
        'Minutes of the Parish Council meeting\nIn Attendence : Councillors; Johnson, Ashfield, Lawson. Four Members of the public\nApologies: Councillor Pick\nDeclaration of Interest: None given\n',
      ),
    ).toEqual(['Johnson', 'Ashfield', 'Lawson']);
  });

  it('ends a run-together list where an attendance record table begins', () => {
    const text =
      'TRUST BOARD OF DIRECTORS (PUBLIC) Minutes of the Public Meeting held on Tuesday, 4 August 2020 at 10.00 am Via Video Conference Present: Mr Terry Moran CB Chair Dr Peter Reading Chief Executive In Attendance: Mr Ade Beddow Associate Director of Communications Mrs Sarah Meggitt Personal Assistant to the Chair (for the minutes) Cumulative Record of Board Director’s Attendance (2020/21) Name Possible Actual Mr Terry Moran 3 3 Mrs Linda Jackson 3 2 Mr Jeff Ramseyer 1 0 1. PATIENTS STORIES The Board heard from a patient.';
    expect(names(text)).toEqual(['Terry Moran', 'Peter Reading', 'Ade Beddow', 'Sarah Meggitt']);
  });
});

describe('names a word or an initial could hide', () => {
  it('keeps a surname that is also a word under a plural title, and a trailing table rule off', () => {
    expect(
      names(
        'Ordinary Meeting of Council\nPresent |\nCouncillors Boag, Crown, Price and Taylor |\nIn Attendance |\nDirector City Services (Lance Titter)\n',
      ),
    ).toEqual(['Boag', 'Crown', 'Price', 'Taylor', 'Lance Titter']);
  });

  it('reads "Prof. I Cumming" and "Mr AC Marsh" in a bulleted list', () => {
    expect(
      names(
        'Board of Directors\nPresent:\n- Prof. I Cumming – Non-Executive Director (Chairman) and voting member\n- Mr AC Marsh – Chief Executive Officer and voting member\n1. Welcome\n',
      ),
    ).toEqual(['I Cumming', 'AC Marsh']);
  });

  it('does not split a plural acronym from the next name ("CCGs Sebastian Hendricks")', () => {
    expect(
      names(
        'Quality Committee\nPresent: Peter Boylan (PB) : Director of Nursing, NHS Nene & NHS Corby CCGs Sebastian Hendricks (SH) : Secondary Care Consultant\n1. Welcome\n',
      ),
    ).toEqual(['Peter Boylan', 'Sebastian Hendricks']);
  });
});

describe('a patient group list of first names with initials', () => {
  it('reads "Doug (DL) - Chairman" lines separated by blank lines, with no heading', () => {
    const text = [
      'Notes of a meeting of WPPG held on Monday 17th July 2017',
      '',
      'Doug (DL) - Chairman',
      '',
      'Mrs Sharon Leonard (SL) – Practice Manager',
      '',
      'Christine (CD)',
      '',
      'Apologies: Andrew (AT)',
      '',
      '1. Minutes of the last meeting',
      'DL welcomed everyone. SL to circulate the survey.',
    ].join('\n');
    const draft = parseMinutes(text);
    expect(draft.attendees.map((a) => a.name)).toEqual(['Doug', 'Sharon Leonard', 'Christine']);
    expect(draft.attendees.find((a) => a.name === 'Sharon Leonard')?.initials).toBe('SL');
  });
});

describe('initials the list declares', () => {
  it('keeps initials that are not the letters of the name, so owners resolve through them', () => {
    const text = [
      'Notes of meeting on 22nd June 2007',
      'Dave Hill (DH - Chair), Denise Hobbs (DHo - notetaker), Ayub Khan (AK for Linda Taylor)',
      'Apologies: -',
      'Helen Lincoln (HL)',
      '1. Minutes',
      'ACTION: DHo to circulate the notes.',
    ].join('\n');
    const draft = parseMinutes(text);
    expect(draft.attendees.map((a) => [a.name, a.initials])).toEqual([
      ['Dave Hill', 'DH'],
      ['Denise Hobbs', 'DHo'],
      ['Ayub Khan', 'AK'],
    ]);
  });
});

describe('the clerk and part attendance', () => {
  it('reads "Clerk – Name (XX)" and "The meeting was attended in part by Name (XX)"', () => {
    const text = [
      'PARISH COUNCIL MEETING',
      'Councillors Present',
      'Chris Cudmore – Chairman (CC), Frank Higgins (FH) and Alf Smith (AS).',
      'Clerk – Sandrine Vaillant (SV).',
      'Absent:- Marsha Read (MR).',
      'The meeting was attended in part by Philip Ham (PH), District Councillor.',
      '1. Minutes of the last meeting',
      'SV to write to the district council.',
    ].join('\n');
    const draft = parseMinutes(text);
    expect(draft.attendees.map((a) => a.name)).toEqual([
      'Chris Cudmore',
      'Frank Higgins',
      'Alf Smith',
      'Sandrine Vaillant',
      'Philip Ham',
    ]);
    expect(draft.apologies).toEqual(['Marsha Read']);
  });
});
