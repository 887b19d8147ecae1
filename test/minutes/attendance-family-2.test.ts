/**
 * Attendance blocks, family round 2: shapes seen in newly collected minutes (a comma list wrapped
 * at any space by a word processor, ...). Every input is invented; each family has variants so
 * that a rule fits the form, not one document.
 */
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/minutes/parse.ts';

const names = (text: string): string[] => parseMinutes(text).attendees.map((a) => a.name);
const apologies = (text: string): string[] => [...parseMinutes(text).apologies];

describe('a comma list wrapped between a first name and its surname', () => {
  it('carries a first name alone on its line down to its surname', () => {
    const text =
      'Hall Committee\nMinutes of Meeting\nPRESENT:\nGrace\nOkafor, Ben Lowry, Rita Sands,\nOwen\nPrice, Lily Hart\nAPOLOGIES:\nTess\nDunn, Ian Mole\nMINUTES\nOF LAST MEETING:\nThe minutes were agreed.\n';
    expect(names(text)).toEqual([
      'Grace Okafor',
      'Ben Lowry',
      'Rita Sands',
      'Owen Price',
      'Lily Hart',
    ]);
    expect(apologies(text)).toEqual(['Tess Dunn', 'Ian Mole']);
  });

  it('carries a first name at the end of a run-in heading or after a comma', () => {
    const text =
      'Allotment group\nPresent: Hamid\nNoor, Carla Voss, Petra\nLind and Sean Bray\n1. Minutes of the last meeting were approved.\n';
    expect(names(text)).toEqual(['Hamid Noor', 'Carla Voss', 'Petra Lind', 'Sean Bray']);
  });

  it('leaves first names one a line as they are', () => {
    const text = 'Club notes\nPresent:\nAlan\nJoan, Treasurer\nPeter\n1. Minutes were agreed.\n';
    // Not "Alan Joan": the word after the comma is an office, not the next person.
    expect(names(text).some((n) => n.startsWith('Alan '))).toBe(false);
  });

  it('does not carry a heading word down to the first name of a list', () => {
    const text =
      'Board minutes\nPresent: Nia Rowe, Carl Dunne\nOfficers\nJune Hale, Clerk\n1. Minutes were agreed.\n';
    expect(names(text)).toEqual(['Nia Rowe', 'Carl Dunne', 'June Hale']);
  });
});

describe('a roll call told in sentences', () => {
  it('reads "Role Name was also present." after the members present', () => {
    const text =
      'Town Board Meeting Minutes\nMarch 4, 2019\n1. Roll Call\nMayor Finch called the meeting to order at 7:02 p.m.  Present: Abbott, Greer, Nolan and Finch.  Town Clerk Dana Whitfield was also present.\n2. Approve Agenda\nGreer moved, Nolan seconded, approval of the agenda.\n';
    expect(names(text)).toEqual(['Abbott', 'Greer', 'Nolan', 'Finch', 'Dana Whitfield']);
    expect(parseMinutes(text).attendees[4]!.role).toBe('Town Clerk');
  });

  it('reads "Also present were Role Name and Role Name."', () => {
    const text =
      'Village Council\nRoll Call\nPresent: Trustees Abbott, Greer, Nolan and Mayor Finch. Also present were Village Attorney Sam Ortiz and Clerk Lena Brandt.\nPledge of Allegiance\n';
    expect(names(text)).toEqual(['Abbott', 'Greer', 'Nolan', 'Finch', 'Sam Ortiz', 'Lena Brandt']);
  });

  it('reads a labelled sentence of surnames after the call to order', () => {
    const text =
      'City Council Meeting Minutes\n\n1.            Roll Call\n\nMayor Ruiz called the meeting to order at approximately 6:30 p.m.  Seating Order: Kwan, Mertz, Dobbs, Ives and Ruiz.  Finance Director Paula Geary and City Attorney Tom Hale were also present.\n\n2.      Pledge of Allegiance\n';
    expect(names(text)).toEqual([
      'Kwan',
      'Mertz',
      'Dobbs',
      'Ives',
      'Ruiz',
      'Paula Geary',
      'Tom Hale',
    ]);
  });

  it('takes nobody from "Members of the public were also present."', () => {
    const text =
      'Parish Meeting\nPresent: Cllr Ann Dale, Cllr Tom Reed.  Members of the public were also present.\n1. Minutes were approved.\n';
    expect(names(text)).toEqual(['Ann Dale', 'Tom Reed']);
  });
});

describe('a middle initial between a first name and a surname', () => {
  it('keeps the initial inside the name in a semicolon list under a colonless heading', () => {
    const text =
      'Meeting of the Board of Directors on May 2, 2018\n\nBoard members present\n\nRuth Lowe (Chair); Tom Hale; Anna J. Price; Robert W. Ward, (CEO/Ex Officio)\n\n1. Decision\n';
    expect(names(text)).toEqual(['Ruth Lowe', 'Tom Hale', 'Anna J. Price', 'Robert W. Ward']);
  });

  it('keeps it with or without its full stop, in a comma list or one a line', () => {
    expect(
      names(
        'Board minutes\nPresent: Mary K. Doyle (Chair), Peter Quill, James T. Kirk and Ann B. Davis\n1. Minutes were approved.\n',
      ),
    ).toEqual(['Mary K. Doyle', 'Peter Quill', 'James T. Kirk', 'Ann B. Davis']);
    const oneALine =
      'Board minutes\nPresent:\nMary K. Doyle, Chair\nJames T Kirk, Treasurer\nAnn Davis\n1. Minutes were approved.\n';
    expect(names(oneALine)).toEqual(['Mary K. Doyle', 'James T Kirk', 'Ann Davis']);
    expect(parseMinutes(oneALine).attendees[1]!.role).toBe('Treasurer');
  });

  it('still reads initials that lead a name as that name', () => {
    const text =
      'Committee\nPresent: J. Smith, A B Jones, Cllr R Hale\n1. Minutes were approved.\n';
    expect(names(text)).toEqual(['J. Smith', 'A B Jones', 'R Hale']);
  });
});

describe('people grouped under a label, and couples under one surname', () => {
  it('reads the list after a street or group label, and each of a couple', () => {
    const text =
      'Residents Association\nMinutes of the Committee Meeting\nPresent:\nMill Court – Jo Hart (Court Rep), Dan Reid.\nThe Larches – Sam Cole (Chair), Tom & Eve Marsh, Ian Peel.\nApologies: Liz & Ray Dunn, Meg Pole\nChair’s Introduction\nThe Chair welcomed everyone.\n';
    expect(names(text)).toEqual([
      'Jo Hart',
      'Dan Reid',
      'Sam Cole',
      'Tom Marsh',
      'Eve Marsh',
      'Ian Peel',
    ]);
    expect(apologies(text)).toEqual(['Liz Dunn', 'Ray Dunn', 'Meg Pole']);
  });

  it('reads a ward or group label with a hyphen or an em dash', () => {
    const text =
      'Area Forum\nPresent:\nRiverside Ward - Cllr Ann Bell, Cllr Joe Pryce\nOfficers — Nina Shah (Clerk), Lou Grant\n1. Minutes were agreed.\n';
    expect(names(text)).toEqual(['Ann Bell', 'Joe Pryce', 'Nina Shah', 'Lou Grant']);
  });

  it('keeps a person whose office follows the dash', () => {
    const text =
      'Parish Council\nCouncillors Present\nRuth Dale – Chairman (RD), Ben Ames (BA) and Kit Lowe (KL).\n1. Minutes were agreed.\n';
    expect(names(text)).toEqual(['Ruth Dale', 'Ben Ames', 'Kit Lowe']);
  });

  it('keeps two full names joined by "and" apart', () => {
    const text = 'Committee\nPresent: Jane Smith and Ann Lee, Bo Reid\n1. Minutes were agreed.\n';
    expect(names(text)).toEqual(['Jane Smith', 'Ann Lee', 'Bo Reid']);
  });
});

describe('small losses in export that hid one person', () => {
  it('reads a last name glued to the "and" before it', () => {
    const text =
      'Fire Authority\nPresent:\nCouncillors D Bell, J Chaplow,B Graham, R Lamb andA Willis.\n1. Minutes\n';
    expect(names(text)).toEqual(['D Bell', 'J Chaplow', 'B Graham', 'R Lamb', 'A Willis']);
    expect(names('Board\nPresent: Ann Lee, Bo Reid andK. Moss\n1. Minutes\n')).toEqual([
      'Ann Lee',
      'Bo Reid',
      'K. Moss',
    ]);
  });

  it('reads the initial "I" after a plural title', () => {
    expect(
      names(
        'Parish Council\nPresent: Cllrs I Robinson (IR), R Tift (RT), A Cook (AC)\n1. Minutes\n',
      ),
    ).toEqual(['I Robinson', 'R Tift', 'A Cook']);
    expect(
      names('Parish Council\nPresent: Councillors I Ward, O Hale and U Penn\n1. Minutes\n'),
    ).toEqual(['I Ward', 'O Hale', 'U Penn']);
  });

  it('reads one person whose long office in brackets ends with a full stop', () => {
    const text =
      'Health and Wellbeing Board\nPresent:\nCllr Jo Beal (Chair), Cllr Ann Fay, Tom Gray\nIn Attendance:\nCllr Nora Wilde (Cabinet Member for Arts, Leisure & Culture).\nApologies for absence:\nCllr Sam Ode.\n1. Minutes\n';
    expect(names(text)).toEqual(['Jo Beal', 'Ann Fay', 'Tom Gray', 'Nora Wilde']);
  });

  it('still ends the list at a sentence', () => {
    const text =
      'Committee\nPresent:\nAnn Lee, Bo Reid\nThe Chair welcomed everyone to the meeting and thanked the hosts (the school).\n';
    expect(names(text)).toEqual(['Ann Lee', 'Bo Reid']);
  });
});

describe('headings and titles of other shapes', () => {
  it('reads a surname after a hyphenated office', () => {
    const text =
      'Board of Commissioners\nPresent: Chair Jones, Vice-Chair Diaz, Deputy-Mayor Lowe, Commissioner Lee\n1. Call to order\n';
    expect(names(text)).toEqual(['Jones', 'Diaz', 'Lowe', 'Lee']);
  });

  it('reads a table pasted with bars round its header row', () => {
    const text =
      'Board\n| Name | Role |\n| Ann Lee | Chair |\n| Bo Reid | Secretary |\n1. Welcome\n';
    expect(names(text)).toEqual(['Ann Lee', 'Bo Reid']);
    const underPresent =
      'Board\nPresent:\n| Name | Organisation |\n| Ann Lee | Northshire Council |\n| Bo Reid | Age UK |\n1. Welcome\n';
    expect(names(underPresent)).toEqual(['Ann Lee', 'Bo Reid']);
  });

  it('reads "In the Chair:" as the chair attending', () => {
    const text =
      'Parish Council\nIn the Chair: Cllr Ann Lee\nPresent: Cllrs Bo Reid, Cy Moss\nApologies: Cllr Liz Fox\n1. Welcome\n';
    expect(names(text)).toEqual(['Ann Lee', 'Bo Reid', 'Cy Moss']);
    expect(apologies(text)).toEqual(['Liz Fox']);
  });
});

describe('offices and organisations in a list are nobody', () => {
  it('skips an office with no holder among titled surnames', () => {
    const text =
      'Council\nPresent: Councillors Lee (Chair), Reid; Planning Officer; Town Clerk Cy Moss\n1. Welcome\n';
    expect(names(text)).toEqual(['Lee', 'Reid', 'Cy Moss']);
  });

  it('does not take an advice service or a housing provider for a person', () => {
    const text =
      'Group\nPresent: Ann Lee (Northshire Carers), Citizens Advice, Bo Reid\n1. Welcome\n';
    expect(names(text)).toEqual(['Ann Lee', 'Bo Reid']);
    const row =
      'Partnership\nPresent:\nJane Smith          Chair                 Northshire Council\nHousing Manager     Riverside Homes\n1. Introductions\n';
    expect(names(row)).toEqual(['Jane Smith']);
  });
});

describe('members absent and members present, by their title', () => {
  it('puts "Members absent:" and "Commissioners Absent:" with the apologies', () => {
    const text =
      'Planning Commission Minutes\nCommissioners Present: Ruth Gale, Dan Ochs, Kim Vance\nCommissioners Absent: Bill Roe\nStaff Present: Lisa Kurtz, Planning Director; Mike Brandt, City Planner\n1. Approval of minutes\n';
    expect(names(text)).toEqual([
      'Ruth Gale',
      'Dan Ochs',
      'Kim Vance',
      'Lisa Kurtz',
      'Mike Brandt',
    ]);
    expect(apologies(text)).toEqual(['Bill Roe']);
    const roll =
      'ROLL CALL\nMembers present: Mr. Palmer, Mrs. Gale, Mr. Ochs\nBoard Members Excused: Ms. Vance\n1. Minutes\n';
    expect(names(roll)).toEqual(['Palmer', 'Gale', 'Ochs']);
    expect(apologies(roll)).toEqual(['Vance']);
  });

  it('reads "Trustees present were ..." in the sentence after the call to order', () => {
    const text =
      'Trustees Meeting\nThe meeting was called to order at 7:00 pm by the chair. Trustees present were Ruth Gale, Dan Ochs and Kim Vance. Also present was Clerk Pat Ness.\nMinutes of the previous meeting were approved.\n';
    expect(names(text)).toEqual(['Ruth Gale', 'Dan Ochs', 'Kim Vance', 'Pat Ness']);
  });
});

describe('a first name that is also a rank in capitals', () => {
  it('reads "Di" as a first name and "DI" as a rank', () => {
    expect(
      names(
        'Governors\nPresent: Ann Lee (Chair), Bo Reid\nIn Attendance: Di Ray (Clerk to Governors)\n1. Welcome\n',
      ),
    ).toEqual(['Ann Lee', 'Bo Reid', 'Di Ray']);
    const panel = parseMinutes('Panel\nPresent: DI Tom Hale, DS Ann Lee, Di Moss\n1. Welcome\n');
    expect(panel.attendees.map((a) => a.name)).toEqual(['Tom Hale', 'Ann Lee', 'Di Moss']);
    expect(panel.attendees[0]!.role).toBe('DI');
  });
});

describe('capitals and the agenda headings that follow a list', () => {
  it('reads titled or initialled names one a line in capitals', () => {
    const text =
      'PARISH COUNCIL\nPRESENT:\nCOUNCILLOR A LEE\nCOUNCILLOR B REID\nMR C MOSS\nBUS SHELTER\nThe shelter was damaged.\n';
    expect(names(text)).toEqual(['A Lee', 'B Reid', 'C Moss']);
  });

  it('ends a list at an unnumbered agenda heading', () => {
    for (const heading of [
      'Any Other Business',
      'Date of Next Meeting',
      'Correspondence',
      "Chairman's Report",
    ])
      expect(
        names(`Board\nPresent:\nAnn Lee\nBo Reid\n${heading}\nThe chair closed the item.\n`),
      ).toEqual(['Ann Lee', 'Bo Reid']);
  });
});

describe('plural courtesy titles', () => {
  it('reads surnames after Messrs and Mesdames', () => {
    expect(names('Club\nPresent: Messrs Lee, Reid and Moss\n1. Welcome\n')).toEqual([
      'Lee',
      'Reid',
      'Moss',
    ]);
    expect(
      names('Club\nPresent: Mesdames Hart and Cole, Messrs. Lee and Reid\n1. Welcome\n'),
    ).toEqual(['Hart', 'Cole', 'Lee', 'Reid']);
  });
});

describe('Australian and New Zealand councils, and staff lists', () => {
  it('reads "Cr" and "Crs" as councillors\' titles', () => {
    const text =
      'Council\nPresent: Cr A Lee (Mayor), Cr B Reid, Crs C Moss and D Fry\nApologies: Cr E Finn\n1. Welcome\n';
    expect(names(text)).toEqual(['A Lee', 'B Reid', 'C Moss', 'D Fry']);
    expect(apologies(text)).toEqual(['E Finn']);
  });

  it('reads "Staff:" after the absent members as present', () => {
    const text =
      'Council\nCouncil Members Present: Ann Lee, Bo Reid\nAbsent and excused: Cy Moss\nStaff: Rae Holt, City Manager\nGuests: Ed Finn\n1. Welcome\n';
    expect(names(text)).toEqual(['Ann Lee', 'Bo Reid', 'Rae Holt', 'Ed Finn']);
    expect(apologies(text)).toEqual(['Cy Moss']);
  });
});

describe('a table header run into the list', () => {
  it('does not take the header\'s "Role" for a first name', () => {
    const text =
      'Board\nPresent Name Role Ann Lee Chair Bo Reid Secretary Cy Moss Treasurer 1. Welcome The chair welcomed all.\n';
    expect(names(text)).toEqual(['Ann Lee', 'Bo Reid', 'Cy Moss']);
  });
});

describe("the next list's heading run into a line with no colon", () => {
  it('cuts "PRESENT ... APOLOGIES ..." and "Present ..., Apologies ..., Absent ..." into lists', () => {
    const caps = 'Board\nPRESENT Ann Lee, Bo Reid APOLOGIES Cy Moss\n1. Welcome\n';
    expect(names(caps)).toEqual(['Ann Lee', 'Bo Reid']);
    expect(apologies(caps)).toEqual(['Cy Moss']);
    const commas =
      'Board\nPresent Ann Lee, Bo Reid, Apologies Cy Moss, Absent Di Ray\n1. Welcome\n';
    expect(names(commas)).toEqual(['Ann Lee', 'Bo Reid']);
    expect(apologies(commas)).toEqual(['Cy Moss', 'Di Ray']);
  });

  it('leaves a status column at the end of a row alone', () => {
    const text =
      'Board\nPresent:\nTom Reed   Secretary   Apologies\nAnn Lee   Chair   Present\n1. Welcome\n';
    expect(names(text)).toEqual(['Ann Lee']);
    expect(apologies(text)).toEqual(['Tom Reed']);
  });
});

describe('a surname opened by "St."', () => {
  it('keeps "St. John" and "St Clair" in the name', () => {
    expect(names('Board\nPresent: Jo-Anne St. John, Ravi St Clair, Ann Lee\n1. Welcome\n')).toEqual(
      ['Jo-Anne St. John', 'Ravi St Clair', 'Ann Lee'],
    );
  });
});
