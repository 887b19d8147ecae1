/**
 * Attendance blocks, round 4: the forms of small bodies' and projects' minutes that found nobody
 * (first names alone, emailed and IRC minutes, a heading glued to the line before). Every input
 * is invented; each family has several variants so that a rule fits the form, not one document.
 */
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/minutes/parse.ts';

const names = (text: string): string[] => parseMinutes(text).attendees.map((a) => a.name);
const apologies = (text: string): string[] => [...parseMinutes(text).apologies];

describe('first names with a bracketed office', () => {
  it('reads a numbered "Present -" item', () => {
    const text =
      'Allotment Committee Meeting 7pm 3/3/24 (Village Hall)\n1) Apologies for absence Ruth, Sam\n2) Present - Alan (Chair), Joan, Peter, Wendy\n3) Minutes of last meeting - accepted\n';
    expect(names(text)).toEqual(['Alan', 'Joan', 'Peter', 'Wendy']);
    expect(parseMinutes(text).attendees[0]!.role).toBe('Chair');
  });

  it('reads "Present:" with the office at the end and "and"', () => {
    const text =
      'Residents group\n1. Present: Maria, Olu (Treasurer) and Kev (Secretary)\n2. Minutes of last meeting were accepted\n';
    expect(names(text)).toEqual(['Maria', 'Olu', 'Kev']);
  });

  it('does not take an office alone for a first name', () => {
    const text =
      'Club meeting\nPresent: Tina (Chair), Treasurer (Acting), Raj\n1. Minutes were agreed.\n';
    expect(names(text)).not.toContain('Treasurer');
  });
});

describe('first names one a line', () => {
  it('reads "Name : office" and names alone, then absences', () => {
    const text =
      'Minutes from Board Meeting: 2 March 2010\n====\nPresent:\nAlan : chair\nJoan\nPeter\nWendy\nAbsent:\nRuth\nSam\n------\nACTION : Joan to write to the council\n';
    expect(names(text)).toEqual(['Alan', 'Joan', 'Peter', 'Wendy']);
  });

  it('reads "Name - office" lines under "Attendees"', () => {
    const text =
      'Steering notes\n\nAttendees:\nMira - convener\nTobias - finance\nLen\n\n* Budget\nThe budget was discussed at length by everyone.\n';
    expect(names(text)).toEqual(['Mira', 'Tobias', 'Len']);
  });

  it('does not read a lone word under a heading as a person', () => {
    const text =
      'Meeting notes\nPresent:\nAnne Dale, Tom Reed\nCorrespondence\nA letter was received from the county about the road.\n';
    expect(names(text)).toEqual(['Anne Dale', 'Tom Reed']);
  });
});

describe('emailed and IRC minutes', () => {
  it('reads "Participants:" wrapped mid-name, with nicknames', () => {
    const text =
      'Board meeting via IRC\nParticipants:\nAlan Baker (abaker), Joan Ford (jford), Peter\nQuill (pquill), Wendy Hart\n(whart), Ian Moss (imoss)\n\nGeneral:\nWe agreed things.\n';
    expect(names(text)).toEqual([
      'Alan Baker',
      'Joan Ford',
      'Peter Quill',
      'Wendy Hart',
      'Ian Moss',
    ]);
  });

  it('reads "In the room:" and "On the call:" as those present', () => {
    const text =
      'Weekly sync\nIn the room: Alan Baker, Joan Ford\nOn the call: Peter Quill, Wendy Hart\nRegrets: Sam Hill\n\nNotes\nWe talked.\n';
    expect(names(text)).toEqual(['Alan Baker', 'Joan Ford', 'Peter Quill', 'Wendy Hart']);
    expect(apologies(text)).toEqual(['Sam Hill']);
  });

  it('reads "Participants" with organisations in brackets', () => {
    const text =
      'Working group call\nParticipants: Ada Byron (Acme Ltd), Ben Okri (Widget Foundation), Cy Twombly (Foo University)\n\nAgenda\n1. Minutes were agreed.\n';
    expect(names(text)).toEqual(['Ada Byron', 'Ben Okri', 'Cy Twombly']);
  });

  it('does not join a wrapped list to the body line after it', () => {
    const text =
      'Call notes\nAttendees: Ada Byron, Ben Okri\nMinutes of the last meeting, approved as read.\n';
    expect(names(text)).toEqual(['Ada Byron', 'Ben Okri']);
  });
});

describe('a heading glued to the line before', () => {
  it('reads "Town.Attendance:" after a venue', () => {
    const text =
      'Steering Group\nDate: Monday 3 May 2021 - 7pm / Venue: The Red Lion, Oakham.Attendance:Alan Baker, Joan Ford (Chair), Peter Quill. / \n1. Minutes were agreed.\n';
    expect(names(text)).toEqual(['Alan Baker', 'Joan Ford', 'Peter Quill']);
  });

  it('reads ". Present:" and ". Apologies:" after a date', () => {
    const text =
      'Parish meeting\nHeld on 4 June 2020 at the Hall. Present: Ruth Lane, Sam Hill. Apologies: Tom Reed.\n1. Minutes were agreed.\n';
    expect(names(text)).toEqual(['Ruth Lane', 'Sam Hill']);
    expect(apologies(text)).toEqual(['Tom Reed']);
  });

  it('reads "; Participants:" after a place', () => {
    const text =
      'Project call\nVia Zoom; Participants: Ada Byron, Ben Okri, Cy Twombly\n\nAgenda\n1. Minutes were agreed.\n';
    expect(names(text)).toEqual(['Ada Byron', 'Ben Okri', 'Cy Twombly']);
  });
  it('does not take an old minute\'s "Minute 1. Apologies:" for a heading', () => {
    const text =
      'To agree the minutes.\nMinute 1.  Apologies:  Apologies were received from\nCouncillor Chris Townsend.\nThe Town Clerk to investigate the venue and report back.\n';
    expect(parseMinutes(text).apologies).toEqual([]);
  });
});

describe('names glued to roles and to the next name', () => {
  it('splits a table whose cells ran together', () => {
    const text =
      'Board Members:Anna FraserChairOwen Pike\nLuke HartVice ChairMaya Swann\nStaff:Nora LindChief ExecutiveIvo Bates\n\n1. Minutes were agreed.\n';
    expect(names(text)).toEqual([
      'Anna Fraser',
      'Owen Pike',
      'Luke Hart',
      'Maya Swann',
      'Nora Lind',
      'Ivo Bates',
    ]);
  });

  it('keeps Mc, Mac, De and Fitz surnames whole', () => {
    const text =
      'Present: Ian McLarenTreasurer, Rosa MacDonald, Tony DeVito, Ruth FitzGerald\n\n1. Minutes were agreed.\n';
    expect(names(text)).toEqual([
      'Ian McLaren',
      'Rosa MacDonald',
      'Tony DeVito',
      'Ruth FitzGerald',
    ]);
  });

  it('splits names glued with no role between them', () => {
    const text =
      'Present:\nHelen ArchibaldLindsay Dunn\nGavin BarrieAli Stewart\n\n1. Minutes were agreed.\n';
    expect(names(text)).toEqual(['Helen Archibald', 'Lindsay Dunn', 'Gavin Barrie', 'Ali Stewart']);
  });
});

describe('first names one a line with no heading', () => {
  it('reads a wiki page\'s "Name - office" lines under "Minutes:"', () => {
    const text =
      'Steering minutes: 2005-08-07\n\nMinutes:\n\nKira - convener\nAbe - finance (for Jo) also took notes for Jo\nGus - process\n[[Lena]] - buildings\n\nNext meeting minutes by Grounds (Tim)\n\nACTION: Steering will ask the builder for a timeline.\n';
    expect(names(text)).toEqual(['Kira', 'Abe', 'Gus', 'Lena']);
  });

  it('reads "Name: office" lines at the head of an email', () => {
    const text =
      'Notes of the meeting\nSam : chair\nLee\nPat : treasurer\n\n* Budget\nThe budget was discussed by the group at length.\n';
    expect(names(text)).toEqual(['Sam', 'Lee', 'Pat']);
  });

  it('does not read topics with outcomes as people', () => {
    const text =
      'Notes\nRoads - deferred\nParking - agreed\nLighting - noted\n\nThe group will meet again in May.\n';
    expect(names(text)).toEqual([]);
  });
});

describe('a heading glued to the first name', () => {
  it('reads "PresentName" and "ApologiesName"', () => {
    const text =
      'Executive Committee\nPresentMolly Tran (President),Owen Price (VP Comms), Ravi Shah ( Welfare Officer)\nApologiesTessa Lowe (Sports Officer)\n\n1. Minutes were agreed.\n';
    expect(names(text)).toEqual(['Molly Tran', 'Owen Price', 'Ravi Shah']);
    expect(apologies(text)).toEqual(['Tessa Lowe']);
  });

  it('reads "In Attendance-Name"', () => {
    const text =
      'Executive Committee\nPresent: Molly Tran, Owen Price\nIn Attendance-Gina Lamb (minute taker)\n\n1. Minutes were agreed.\n';
    expect(names(text)).toEqual(['Molly Tran', 'Owen Price', 'Gina Lamb']);
  });

  it('does not cut "Presentation" or "Presenting"', () => {
    const text =
      'Board\nPresent: Molly Tran, Owen Price\nPresentation by the auditors on the accounts for the year was received.\n';
    expect(names(text)).toEqual(['Molly Tran', 'Owen Price']);
  });
});

describe('footnote marks and initials without a space', () => {
  it('reads "G. Jones* / Chair" rows and "M.Rees*"', () => {
    const text =
      'Minutes of Executive Meeting\nPresent: / K. Hale* / Chair,\nL. Moss* / Vice-Chair\nM.Reed* / SW Rep\nS. Nash\nApologies: / A. Peel*\nT. Gold*\n\n1 / Welcome and Apologies\n';
    expect(names(text)).toEqual(['K. Hale', 'L. Moss', 'M. Reed', 'S. Nash']);
    expect(apologies(text)).toEqual(['A. Peel', 'T. Gold']);
  });

  it('reads a dagger after a full name', () => {
    const text = 'Board\nPresent: Anne Dale†, Tom Reed*, Sue Hill\n\n1. Minutes were agreed.\n';
    expect(names(text)).toEqual(['Anne Dale', 'Tom Reed', 'Sue Hill']);
  });
});

describe('initials and offices in an executive list', () => {
  it('reads "I." as an initial in a list, and "Exec Member" as an office', () => {
    const text =
      'Minutes\nPresent: / K. Hale* / Chair,\nI. Lang* / Secretary & Minutes\nM.Reed* / SW Rep\nS. Nash\nAdditional Exec Member\n\n1 / Welcome\n';
    expect(names(text)).toEqual(['K. Hale', 'I. Lang', 'M. Reed', 'S. Nash']);
  });

  it('still reads "I" in prose as nobody', () => {
    const text =
      'Board\nPresent: Anne Dale, Tom Reed\n\n1. I. Walker reported that I Will Travel.\n';
    expect(names(text)).toEqual(['Anne Dale', 'Tom Reed']);
  });
});

describe('a key of initials with no heading', () => {
  it('reads "XX - Full Name" lines at the head of an emailed note', () => {
    const text =
      'Subject: minutes of meeting\n\nHi all,\nHere are the minutes.\n\nAB - Ann Bell\nRT - Rob Tan (chair)\nKDL - Kim De Luca\nPO - Pia Olsen\n\nNotetaker: Ann Bell\n\nRT: explains the plan\nAB: agreed.\n';
    expect(names(text)).toEqual(['Ann Bell', 'Rob Tan', 'Kim De Luca', 'Pia Olsen']);
  });

  it('reads a key given with colons', () => {
    const text = 'Call notes\n\nJM: Jo Marsh\nLW: Lee Wong\nSK: Sam Kerr\n\nJM: opened the call.\n';
    expect(names(text)).toEqual(['Jo Marsh', 'Lee Wong', 'Sam Kerr']);
  });

  it('does not read a key of abbreviations as people', () => {
    const text =
      'Board notes\n\nIT - Information Technology\nHR - Human Resources\nPR - Public Relations\n\nThe board met.\n';
    expect(names(text)).toEqual([]);
  });
});

describe('a table printed two people across', () => {
  it('reads both people of each row, with " / " cells', () => {
    const text =
      'Locality Forum\nPresent / Name / Organisation / PPG / Name / Organisation / PPG\nJoe Kirk, Chair / JK / Mill Lane / Rita Moss / RM / Benson\nAmy Cole / AC / Goring / Tim Vale / TV / Thame\nLiz Hart / LH / OCCG / Ed Fox-Lane / EFL / LCD\nWelcome and Introductions\nJoe Kirk welcomed everyone to the meeting and the group introduced themselves.\n';
    expect(names(text)).toEqual([
      'Joe Kirk',
      'Rita Moss',
      'Amy Cole',
      'Tim Vale',
      'Liz Hart',
      'Ed Fox-Lane',
    ]);
  });

  it('reads a tab-separated header that repeats "Name\tRole"', () => {
    const text =
      'Attendance\nName\tRole\tName\tRole\nAnn Bell\tChair\tRob Tan\tTreasurer\nKim Lee\tSecretary\tPia Olsen\tMember\n\n1. Minutes were agreed.\n';
    expect(names(text)).toEqual(['Ann Bell', 'Rob Tan', 'Kim Lee', 'Pia Olsen']);
  });
});

describe('two people of a row glued at a bracket', () => {
  it('reads "Name (XX)Name (YY)" rows', () => {
    const text =
      'Area Board Meeting\nTenant Reps:\nJoan Bale (Chair) (JBa)Bren Lyle (BL)\nRoy Bart(RB)Mae Dunn (MD)\nDean Hay (DH)\n\n1. Welcome and Apologies\n';
    expect(names(text)).toEqual(['Joan Bale', 'Bren Lyle', 'Roy Bart', 'Mae Dunn', 'Dean Hay']);
  });

  it('reads "Name (Role)Name" in a comma list', () => {
    const text =
      'Board\nPresent: Ann Bell (Chair)Rob Tan, Kim Lee (Treasurer)Pia Olsen\n\n1. Minutes were agreed.\n';
    expect(names(text)).toEqual(['Ann Bell', 'Rob Tan', 'Kim Lee', 'Pia Olsen']);
  });
});

describe('absences given by initials in the body', () => {
  const head = 'Committee\nPresent: Paula West, Ken Ash, Tom Reed, Sue Hill\n\n';
  it('moves "PW/KA did not attend" to the apologies', () => {
    const text = `${head}1. Attendance\nPW/KA did not attend.\n2. Minutes were agreed.\n`;
    expect(names(text)).toEqual(['Tom Reed', 'Sue Hill']);
    expect(apologies(text)).toEqual(['Paula West', 'Ken Ash']);
  });

  it('moves "TR and SH were absent" and "KA sent apologies"', () => {
    const text = `${head}1. Welcome\nTR and SH were absent; KA sent apologies.\n2. Minutes were agreed.\n`;
    expect(names(text)).toEqual(['Paula West']);
  });

  it('moves nobody when the initials fit two people', () => {
    const text =
      'Committee\nPresent: Tom Reed, Tara Rowe, Sue Hill\n\n1. Attendance\nTR did not attend.\n';
    expect(names(text)).toEqual(['Tom Reed', 'Tara Rowe', 'Sue Hill']);
  });
});

describe('organisations in brackets, and the line after the list', () => {
  it('reads a short organisation in brackets as the organisation, not initials', () => {
    const { attendees } = parseMinutes(
      'Call\nAttendees: Alan Baker (Acme), Joan Ford (Widget)\n\n1. Minutes agreed.\n',
    );
    expect(attendees.map((a) => [a.name, a.org])).toEqual([
      ['Alan Baker', 'Acme'],
      ['Joan Ford', 'Widget'],
    ]);
  });

  it('reads three people with mixed organisations', () => {
    const text =
      'Call\nAttendees: Ada Byron (Foo), Ben Okri (Bar Works Ltd.), Cy Twombly (ACME Corp)\n\n1. Minutes agreed.\n';
    expect(names(text)).toEqual(['Ada Byron', 'Ben Okri', 'Cy Twombly']);
  });

  it('does not give a heading after a gap to the last person of the list', () => {
    const { attendees } = parseMinutes(
      'Call\nAttendees: Alan Baker, Joan Ford\n\nDiscussion\nWe talked.\n',
    );
    expect(attendees.map((a) => [a.name, a.org, a.role])).toEqual([
      ['Alan Baker', null, null],
      ['Joan Ford', null, null],
    ]);
  });

  it('reads on past a label after a gap ("Joined the meeting:")', () => {
    const text =
      'Board\nPresent: Ann Bell, Rob Tan\n\nJoined the meeting:\n\nKim Lee (Item 3), Pia Olsen\n\n1. Minutes were agreed.\n';
    expect(names(text)).toEqual(['Ann Bell', 'Rob Tan', 'Kim Lee', 'Pia Olsen']);
  });
});

describe('absence headings and organisations after a comma', () => {
  it('reads "Not in attendance:" as absences', () => {
    const text =
      'Meeting held via Zoom\nIn attendance: Alan Baker (AB), Joan Ford (JF)\nNot in attendance: Ruth Lane\n\n1. Minutes were agreed.\n';
    expect(names(text)).toEqual(['Alan Baker', 'Joan Ford']);
    expect(apologies(text)).toEqual(['Ruth Lane']);
  });

  it('does not read "Foo University" or "Bar Ltd" after a name as a person', () => {
    const text =
      'Notes\nAttending: Alan Baker, Acme Trust; Joan Ford, Widget Ltd; Peter Quill, Foo University\n\n1. Minutes were agreed.\n';
    expect(names(text)).toEqual(['Alan Baker', 'Joan Ford', 'Peter Quill']);
  });
});

describe('rows that are not a wrapped list', () => {
  it('keeps "Name (Role), Organisation" rows apart', () => {
    const { attendees } = parseMinutes(
      'Board\nPresent\nIan Cole (Chair), Anytown Council\nLucy Gray, Anytown Council\nPriya Shah (Secretariat), Anytown Council\n1. Lighting\n',
    );
    expect(attendees.map((a) => [a.name, a.role])).toEqual([
      ['Ian Cole', 'Chair'],
      ['Lucy Gray', null],
      ['Priya Shah', 'Secretariat'],
    ]);
  });
});

describe('more headings of those present', () => {
  const list =
    ' Alan Baker, Joan Ford, Peter Quill\nAbsent with apologies: Ruth Lane\n\n1. Minutes were agreed.\n';
  for (const heading of ['Trustees:', 'Participating:', 'Meeting attendees:', 'Guests:'])
    it(`reads "${heading}" with names run into it`, () => {
      expect(names(`Meeting${'\n'}${heading}${list}`)).toEqual([
        'Alan Baker',
        'Joan Ford',
        'Peter Quill',
      ]);
    });

  it('does not take "Trustees" without its colon, in prose, for a heading', () => {
    const text =
      'Board\nPresent: Ann Bell, Rob Tan\n\nTrustees agreed the budget for the year ahead with Kim Lee.\n';
    expect(names(text)).toEqual(['Ann Bell', 'Rob Tan']);
  });
});

describe('absences by initials under a list with no heading', () => {
  it('moves "PW/KA did not attend the meeting" out of a headless list', () => {
    const text =
      '22 January 2013\nMia BattHead of Community Safety (Chair)\nRita RobbManager, Youth Service\nPaul WhitCommissioning Manager (North)\nKhan AzizAssistant Director, Commissioning\nMB welcomed everyone to the meeting.\nPW/KA did not attend the meeting.\n1. Minutes & Matters Arising\n';
    expect(names(text)).toEqual(['Mia Batt', 'Rita Robb']);
    expect(apologies(text)).toEqual(['Paul Whit', 'Khan Aziz']);
  });
});

describe('a whole page on one line, apologies under a label', () => {
  const body =
    ' A2. Minutes of previous Board meetings The minutes of the meeting of 18th August were accepted and signed by the chair of the board.';
  it('reads "Apologies for absence Board Members: ..." as apologies', () => {
    const text = `Board Meeting Minutes 7.30 pm Venue: Online Attending: Tom Sharp (TS) (Chair), Pam Hale (PH), Ann Hook (AH) Guests: Mark Shore (MS) A. INTRODUCTION A1. Apologies for absence Board Members: Sam Steer (SS), Lara Stone (LS)${body}`;
    expect(names(text)).toEqual(['Tom Sharp', 'Pam Hale', 'Ann Hook', 'Mark Shore']);
    expect(apologies(text)).toEqual(['Sam Steer', 'Lara Stone']);
  });

  it('reads "Apologies Trustees: ..." the same way', () => {
    const text = `Trust minutes Present: Tom Sharp, Pam Hale, Ann Hook 1. Apologies Trustees: Sam Steer, Lara Stone${body}`;
    expect(names(text)).toEqual(['Tom Sharp', 'Pam Hale', 'Ann Hook']);
    expect(apologies(text)).toEqual(['Sam Steer', 'Lara Stone']);
  });
});

describe('one person named twice', () => {
  it('keeps "Mr D Holmes" and drops "David Holmes" named again later', () => {
    const text =
      'Board\nPresent: Mr E Booth (Chair), Mr M Damms\nIn attendance: Mr D Holmes, Ms R Connor\nObservers: David Holmes (BAE Systems), Ruth Connor\n\n1. Welcome\n';
    expect(names(text)).toEqual(['E Booth', 'M Damms', 'D Holmes', 'R Connor']);
  });

  it('keeps two people whose full names share an initial and a surname', () => {
    const text = 'Board\nPresent: David Holmes, Diane Holmes, J. Smith\n\n1. Welcome\n';
    expect(names(text)).toEqual(['David Holmes', 'Diane Holmes', 'J. Smith']);
  });
});

describe('offices of the health service run into a list', () => {
  it('does not read "Speak Up" or "Wrekin Links" as people', () => {
    const text =
      'Trust Board\nIn attendance: Mrs Lena Hurst Freedom to Speak Up Guardian (for item 8.4), Mrs May Fell, Wrekin Links Representative, Mr Tom Hale\n\n1. Welcome\n';
    expect(names(text)).toEqual(['Lena Hurst', 'May Fell', 'Tom Hale']);
  });
});
