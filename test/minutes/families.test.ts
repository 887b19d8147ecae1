/**
 * Families of form met in real minutes from many bodies (issue 14), one small synthetic example
 * per shape, written for these tests. Each failed before the parser learnt its family.
 */
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/minutes/parse.ts';
import type { Draft, DraftAction } from '../../src/minutes/draft.ts';

const explicit = (d: Draft): DraftAction[] => d.actions.filter((a) => a.kind === 'explicit');
const suggested = (d: Draft): DraftAction[] => d.actions.filter((a) => a.kind === 'suggested');

describe('the board named in the heading', () => {
  const board = (head: string) => parseMinutes(`${head}\n\n1. Apologies\nNone.\n`).board;

  it('reads "Minutes of the X Meeting" under web-page lines and an address', () => {
    expect(
      board(
        'Skip to content\n\nUnit 4, 12 Mill Lane, Anytown AN1 2BC\n\nSecure email:\n\nMinutes of the Rivers Youth Justice Board Meeting\n\n3 March 2021',
      ),
    ).toBe('Rivers Youth Justice Board');
  });

  it('reads "At a MEETING of the X held ..." and puts capitals into title case', () => {
    expect(
      board(
        'At a MEETING of the WESTSHIRE HEALTH AND CARE JOINT BOARD held remotely on 3rd May 2021',
      ),
    ).toBe('Westshire Health and Care Joint Board');
  });

  it('reads "X - Thursday, 16th ..." and "X meeting – date"', () => {
    expect(
      board(
        'Agenda and minutes\n\nHillshire Police and Crime Panel - Thursday, 2nd May, 2019 10.30 am',
      ),
    ).toBe('Hillshire Police and Crime Panel');
    expect(board('Local Safeguarding Adults Board meeting – 9th July 2018')).toBe(
      'Local Safeguarding Adults Board',
    );
  });

  it('reads "Meeting minutes - X – Region - date" and "Meeting: date - X (Item n)"', () => {
    expect(board('Meeting minutes - Cycle Safety Partnership Forum – North - 2 May 2022')).toBe(
      'Cycle Safety Partnership Forum – North',
    );
    expect(
      board('Issue - meetings\n\nMeeting: 04/05/2016 - Safer Streets Partnership (Item 12)'),
    ).toBe('Safer Streets Partnership');
  });

  it('reads the name alone on a line, and a name broken over two lines', () => {
    expect(
      board('Board Meeting Minutes – May 1, 2014\n\nLakeside Fire District\n\nBoard Meeting'),
    ).toBe('Lakeside Fire District');
    expect(board('Minutes\n\nEastbay Primary\nCare Partnership\nBusiness Meeting')).toBe(
      'Eastbay Primary Care Partnership',
    );
  });

  it('spells out an acronym the heading gives in full', () => {
    expect(
      board('NORTHERN ISLES WATER SERVICE\nMinutes of the NIWS Board\nMeeting held: 4 June 2020'),
    ).toBe('Northern Isles Water Service Board');
  });

  it('never takes "Agenda item", a URL, a generic "Parish Council" or an attendee\'s organisation', () => {
    expect(board('Agenda item\n\nMinutes of Previous Meeting and Matters Arising')).toBeNull();
    expect(
      board(
        'https://example.org/minutes/board-2020.pdf\n\nParish Council Minutes 6th December 2012',
      ),
    ).toBeNull();
    expect(
      board(
        'Minutes of the Meeting held\non Friday 18 July 2014\nAnn Reed – Independent Chair\nBob Hale – Manager, Westford City Council',
      ),
    ).toBeNull();
    expect(board('Ordinary Meeting of Council - 17 December 2020 - Open Minutes')).toBeNull();
  });
});

describe('dates as minutes write them', () => {
  const meeting = (head: string) =>
    parseMinutes(`Riverside Safety Partnership\n\n${head}\n\n1. Apologies\nNone.\n`).meeting
      ?.date ?? null;

  it('reads day.month.two-digit-year with and without leading zeros', () => {
    expect(meeting('Minutes of the meeting 18.01.16')).toBe('2016-01-18');
    expect(meeting('Notes of the meeting held 28.6.12 at the Hub')).toBe('2012-06-28');
  });

  it('reads month-first dates: "Jan. 21, 2019", "November 8, 2012"', () => {
    expect(meeting('Regular Meeting – Jan. 21, 2019')).toBe('2019-01-21');
    expect(meeting('November 8, 2012')).toBe('2012-11-08');
  });

  it('reads an ordinal split from its number ("7 th April 2015")', () => {
    expect(meeting('Board meeting: 7 th April 2015')).toBe('2015-04-07');
  });

  it('takes the year of "Tuesday 29th April" from the year the document names that fits the weekday', () => {
    const d = parseMinutes(
      'Riverside Safety Partnership\n\nMinutes of the meeting on Tuesday 29th April\n\n1. Budget 2014/15\nThe 2013 outturn and the 2014 plan were noted.\n',
    );
    expect(d.meeting?.date).toBe('2014-04-29');
  });

  it('reads the next meeting in the same forms', () => {
    const d = parseMinutes(
      'Riverside Safety Partnership\n\nMinutes of the meeting held on 3 March 2019\n\n1. Apologies\nNone.\n\nDate of next meeting: June 9, 2019\n',
    );
    expect(d.nextMeeting?.date).toBe('2019-06-09');
  });

  it('skips a web page date, a compiling date and the date of the minutes approved', () => {
    expect(
      parseMinutes(
        'Friday, July 18th, 2014\n\nSafer Roads Board meeting – 15th July 2014\n\n1. Apologies\n',
      ).meeting?.date,
    ).toBe('2014-07-15');
    expect(
      meeting('12.08.2019 Views\n\nMinutes of Last Meeting (22 June 2019) and Matters Arising'),
    ).toBeNull();
    expect(
      meeting(
        'Minutes:\n\nThe minutes of the Board meeting held on 17 July 2015 were approved as a correct record.',
      ),
    ).toBeNull();
    expect(meeting('Actions arising from Board meetings (compiled 4 July 2012)')).toBeNull();
  });

  it('prefers a later head date whose weekday fits over a heading whose weekday does not', () => {
    const d = parseMinutes(
      'Riverside Safety Partnership\n\nMonday 7th December 2011\n\nAction Sheet\n\nDate and Time of meeting / Tuesday 7th December 2010\n\n1. Apologies\nNone.\n',
    );
    expect(d.meeting?.date).toBe('2010-12-07');
    expect(d.warnings.join(' ')).toMatch(/weekday that fits/);
  });

  it('does not take a paragraph number "4.1.12" for a date', () => {
    expect(meeting('4.1.12 Gypsy and Traveller needs assessment to be added')).toBeNull();
  });
});

describe('an action stops where the next thing begins', () => {
  const doc = (body: string) =>
    parseMinutes(
      `Riverside Safety Partnership\n\nMinutes of the meeting held on 3 March 2019\n\nPresent: Mark Brown (MB), Jane Hill (JH)\n\n${body}\n`,
    );

  it('stops at a heading on the next line and at a new sentence after a finished line', () => {
    const d = doc(
      [
        'Budget monitoring:',
        'The outturn was noted.',
        'ACTION:MB to write to the treasurer about the grant',
        'Transition to adult services:',
        'The review will report in the spring.',
        'ACTION: JH to circulate the draft protocol',
        'Members welcomed the new format of the report.',
      ].join('\n'),
    );
    expect(explicit(d).map((a) => [a.text, a.owners])).toEqual([
      ['Write to the treasurer about the grant', ['Mark Brown']],
      ['Circulate the draft protocol', ['Jane Hill']],
    ]);
  });

  it('still joins a line that carries the sentence on', () => {
    const d = doc(
      'ACTION: JH to send the revised terms of reference to\nBoard members before June.',
    );
    expect(explicit(d).map((a) => a.text)).toEqual([
      'Send the revised terms of reference to Board members before June.',
    ]);
  });
});

describe('attendee lists in their common shapes', () => {
  const names = (head: string) =>
    parseMinutes(
      `Riverside Safety Partnership\n\nMinutes of the meeting held on 3 March 2019\n\n${head}\n\n4. Budget\nThe budget was noted.\n`,
    ).attendees.map((a) => a.name);

  it('reads "Those attending:", "Councillors Present", "131. Present:" and "Present |" headings', () => {
    expect(names('THOSE ATTENDING:\n\nCllr P Dunn\n\nCllr R Ames')).toEqual(['P Dunn', 'R Ames']);
    expect(
      names('Councillors Present\n\nAnn Cole – Chairman (AC), Ben Hart (BH) and Cara Lowe (CL).'),
    ).toEqual(['Ann Cole', 'Ben Hart', 'Cara Lowe']);
    expect(
      names('131. Present:\nCouncillors B Rowe (Chairman), P Allen, and A Dean (Clerk).'),
    ).toEqual(['B Rowe', 'P Allen', 'A Dean']);
    expect(names('Present |\nDan Price, Eve Shaw |')).toEqual(['Dan Price', 'Eve Shaw']);
  });

  it('keeps people under "Absent:-" out of the attendees', () => {
    expect(
      names('Members Present\n\nAnn Cole (AC), Ben Hart (BH).\n\nAbsent:- Cara Lowe (CL).'),
    ).toEqual(['Ann Cole', 'Ben Hart']);
  });

  it('reads a list with no heading: name, then the role glued on by PDF export', () => {
    const d = parseMinutes(
      'Riverside Safety Partnership\n3 March 2019\nAnna FieldHead of Community Safety (Chair)\nOmar BeggManager, Youth Service\nRuth ClayChief Inspector - Neighbourhoods\nAF welcomed everyone to the meeting.\n1. Minutes\nACTION: RC to share the patrol plan\n',
    );
    expect(d.attendees.map((a) => a.name)).toEqual(['Anna Field', 'Omar Begg', 'Ruth Clay']);
    expect(explicit(d)[0]!.owners).toEqual(['Ruth Clay']);
  });
});

describe('action sheets with no header row', () => {
  const sheet = (rows: string, present = '') =>
    parseMinutes(
      `Riverside Safety Partnership\n\nMinutes of the meeting held on 3 March 2019\n\n${present}\n\nAction Sheet\n\n${rows}\n`,
    );

  it('reads "n. / text / owner" rows, the action being the sentence that names its owner', () => {
    const d = sheet(
      [
        '1. / Partners had asked for refresher training on referrals.',
        'Nina to draft a training outline / Nina',
        '2. / Circulate the new referral form / Colin',
        '3. / Dev to check the case list. Rosa to report the findings back. / Dev/Rosa',
        '4. / Colin to book the venue for the autumn event. / Colin',
      ].join('\n'),
    );
    expect(explicit(d).map((a) => [a.ref, a.text, a.owners])).toEqual([
      ['1', 'Draft a training outline', ['Nina']],
      ['2', 'Circulate the new referral form', ['Colin']],
      ['3', 'Check the case list.', ['Dev']],
      ['3', 'Report the findings back.', ['Rosa']],
      ['4', 'Book the venue for the autumn event.', ['Colin']],
    ]);
    expect(explicit(d)[0]!.flags.join(' ')).toMatch(/first name only/);
  });

  it('resolves a first name to the one attendee who has it', () => {
    const d = sheet(
      '1 | Colin to book the venue | Colin\n2 | Send the minutes round | Nina',
      'Present: Colin Baker, Nina Patel',
    );
    expect(explicit(d).map((a) => a.owners)).toEqual([['Colin Baker'], ['Nina Patel']]);
  });

  it('leaves out rows marked complete and does not read numbered agenda items as a sheet', () => {
    const d = sheet(
      '1 | Book the venue | Colin | Complete\n2 | Send the minutes round | Nina | Open',
    );
    expect(explicit(d).map((a) => a.text)).toEqual(['Send the minutes round']);
    const agenda = sheet(
      '1. / Welcome and introductions\nNew members introduced themselves.\n2. / Consent agenda\nThe notes were agreed.',
    );
    expect(explicit(agenda)).toEqual([]);
  });
});

describe('implicit commitments, offered as suggestions only', () => {
  const doc = (body: string) =>
    parseMinutes(
      `Riverside Safety Partnership\n\nMinutes of the meeting held on 3 March 2019\n\nPresent: Mark Brown (MB), Jane Hill (JH), Ann Cole (Clerk)\n\n${body}\n`,
    );

  it('offers "They asked Mike to ..." with the first name as written', () => {
    const d = doc(
      'The pump has failed again. They asked Mike to order the spare parts and get it fixed.',
    );
    expect(explicit(d)).toEqual([]);
    expect(suggested(d).map((a) => [a.text, a.owners, a.accepted])).toEqual([
      ['Order the spare parts and get it fixed.', ['Mike'], false],
    ]);
  });

  it('offers "Clerk to write to ..." at the start of a sentence in running text', () => {
    const d = doc(
      'Members were unhappy with the short deadline. Clerk to write to the county and complain.',
    );
    expect(suggested(d).map((a) => [a.text, a.ownersAsWritten])).toEqual([
      ['Write to the county and complain.', 'Clerk'],
    ]);
  });

  it('does not suggest a motion, or a word that only looks like a first name', () => {
    const d = doc(
      'Motion to approve the minutes of the June meeting, 2nd by Jane, carried.\n\nProposals to be emailed out for consideration.',
    );
    expect(suggested(d)).toEqual([]);
  });
});

describe("the owner's initials in a right-hand margin", () => {
  it('reads each item followed by its initials on a line of their own under an "Action" column', () => {
    const d = parseMinutes(
      [
        'Riverside Parish Council',
        '',
        'Minutes of the meeting held on 3 March 2019',
        '',
        'Councillors Present',
        '',
        'Ann Cole (AC), Ben Hart (BH) and Cara Lowe (CL).',
        '',
        'Action',
        '',
        '4.1',
        '',
        '(4.1) Village hall – Clerk to get two quotes for the roof repair.',
        '',
        'BH',
        '',
        '4.2',
        '',
        '(4.2) Bus shelter – Repaired by the county. Action complete.',
        '',
        'CL',
        '',
        '4.3',
        '',
        '(4.3) Footpath signs – order replacement signs for the north path.',
        '',
        'AC',
        '',
      ].join('\n'),
    );
    expect(explicit(d).map((a) => [a.ref, a.owners])).toEqual([
      ['4.1', ['Ben Hart']],
      ['4.3', ['Ann Cole']],
    ]);
    expect(explicit(d)[0]!.text).toMatch(/^Village hall – Clerk to get two quotes/);
  });
});
