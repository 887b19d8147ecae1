/**
 * Attendee lists in their common shapes, each family with several invented variants (names,
 * spacing, punctuation, order, case), so that a rule is learnt for the shape and not for one
 * document. Every excerpt here was written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { findNames } from '../../src/minutes/names.ts';
import { parseMinutes } from '../../src/minutes/parse.ts';

const found = (text: string): string[] => findNames(text, { titled: true }).map((n) => n.name);
const names = (text: string): string[] => parseMinutes(text).attendees.map((a) => a.name);
const people = (text: string) =>
  parseMinutes(text).attendees.map((a) => ({ name: a.name, role: a.role, org: a.org }));

describe('a role word after the name is not part of the name', () => {
  it.each([
    ['Sue Grant Practice Manager', ['Sue Grant']],
    ['Jo King Locality Manager', ['Jo King']],
    ['Bob Hart Ward Councillor', ['Bob Hart']],
    ['Priya Shah Safeguarding Lead', ['Priya Shah']],
    ['Tom Reed Vice-Chair', ['Tom Reed']],
    ['Ann Lee Receptionist', ['Ann Lee']],
    ['Olu Ade Pharmacist, Kim Wu Librarian', ['Olu Ade', 'Kim Wu']],
    ['J. Moss Practice Manager', ['J. Moss']],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it.each([
    ['Ann Lee, Steve Hale Dan Moss, Kay Lim', ['Ann Lee', 'Steve Hale', 'Dan Moss', 'Kay Lim']],
    ['Mr Ann Lee, Steve Hale Dan Moss', ['Ann Lee', 'Steve Hale', 'Dan Moss']],
  ])('splits four name words in a list at a lost comma: %s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it.each([
    ['Mary Ann Smith', ['Mary Ann Smith']],
    ['Tom Reed Chair', ['Tom Reed']],
    ['Sarah Jane Brown', ['Sarah Jane Brown']],
    ['Ann Lee, Bob Hart', ['Ann Lee', 'Bob Hart']],
    ['Mr Ali Reza Khan Ms Joy Adams', ['Ali Reza Khan', 'Joy Adams']],
    ['Dr Lena Holmqvist', ['Lena Holmqvist']],
  ])('keeps the name whole: %s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it('keeps the role whole when the list gives it', () => {
    const text =
      'Minutes of the Patient Group\nPresent:\nSue Grant Practice Manager\nOlu Ade Locality Pharmacist\nKim Wu Vice-Chair\n\n1. Welcome\nThe chair opened the meeting.\n';
    expect(people(text)).toEqual([
      { name: 'Sue Grant', role: 'Practice Manager', org: null },
      { name: 'Olu Ade', role: 'Locality Pharmacist', org: null },
      { name: 'Kim Wu', role: 'Vice-Chair', org: null },
    ]);
  });
});

describe('name, role and organisation run together on one line', () => {
  const wrap = (head: string, list: string) =>
    `Minutes of the Riverside Partnership Board\n12 March 2024\n${head}${list}\n\n1. Welcome\nThe chair opened the meeting.\n`;

  it.each(['Present:\n', 'Present: ', 'PRESENT\n', 'Those present:  '])(
    'splits each person from the next (%j)',
    (head) => {
      expect(people(wrap(head, 'Cllr Jane Smith Chair Anytown Council Sarah Jones Clerk'))).toEqual(
        [
          { name: 'Jane Smith', role: 'Chair', org: 'Anytown Council' },
          { name: 'Sarah Jones', role: 'Clerk', org: null },
        ],
      );
    },
  );

  it('gives the title before the next name to that person, not to the last one', () => {
    expect(
      people(
        wrap(
          'Present: ',
          'Dr Peter Holt Medical Director Riverside Trust Ms Ann Lee Head of Finance Mr Raj Patel Treasurer',
        ),
      ),
    ).toEqual([
      { name: 'Peter Holt', role: 'Medical Director', org: 'Riverside Trust' },
      { name: 'Ann Lee', role: 'Head of Finance', org: null },
      { name: 'Raj Patel', role: 'Treasurer', org: null },
    ]);
  });

  it('keeps a place before an organisation word out of the names', () => {
    expect(
      people(
        wrap('In attendance: ', 'Tom Reed Officer Hillbury Borough Council Kay Lim Secretary'),
      ),
    ).toEqual([
      { name: 'Tom Reed', role: 'Officer', org: 'Hillbury Borough Council' },
      { name: 'Kay Lim', role: 'Secretary', org: null },
    ]);
  });
});

describe('initials beside the name', () => {
  const wrap = (list: string) =>
    `Minutes of the Riverside Trust Board\n12 March 2024\nPresent:\n${list}\n\n1. Welcome\nThe chair opened the meeting.\n`;
  const initialled = (text: string) =>
    parseMinutes(text).attendees.map((a) => [a.name, a.role, a.initials]);

  it.each([
    [
      'Name (XX) Role',
      'Jane Smith (JS) Chair\nPeter Holt (PH) Finance Director\nAnn Lee (AL) Clerk',
    ],
    ['XX Name Role', 'JS Jane Smith Chair\nPH Peter Holt Finance Director\nAL Ann Lee Clerk'],
    [
      'XX, tab, Name, tab, Role',
      'JS\tJane Smith\tChair\nPH\tPeter Holt\tFinance Director\nAL\tAnn Lee\tClerk',
    ],
    ['Name Role XX', 'Jane Smith Chair JS\nPeter Holt Finance Director PH\nAnn Lee Clerk AL'],
    [
      'Name, tab, Role, tab, XX',
      'Jane Smith\tChair\tJS\nPeter Holt\tFinance Director\tPH\nAnn Lee\tClerk\tAL',
    ],
    [
      'XX - Name, Role',
      'JS - Jane Smith, Chair\nPH - Peter Holt, Finance Director\nAL - Ann Lee, Clerk',
    ],
  ])('%s', (_, list) => {
    expect(initialled(wrap(list))).toEqual([
      ['Jane Smith', 'Chair', 'JS'],
      ['Peter Holt', 'Finance Director', 'PH'],
      ['Ann Lee', 'Clerk', 'AL'],
    ]);
  });

  it('takes initials with a lower-case letter or a middle initial when they fit the name', () => {
    expect(
      initialled(
        wrap('Joan McAdam Non-Executive Director JMc\nKate Elaine Wood Medical Director KEW'),
      ),
    ).toEqual([
      ['Joan McAdam', 'Non-Executive Director', 'JMc'],
      ['Kate Elaine Wood', 'Medical Director', 'KEW'],
    ]);
  });

  it('reads the role before trailing initials as a role, whatever separates them', () => {
    expect(
      initialled(
        wrap('Rita Vance Chairman RV\nOwen Pike / (OP)\nLeah Dunn Parent Governor – Eastfield LD'),
      ),
    ).toEqual([
      ['Rita Vance', 'Chairman', 'RV'],
      ['Owen Pike', null, 'OP'],
      ['Leah Dunn', 'Parent Governor – Eastfield', 'LD'],
    ]);
  });

  it('leaves capitals that are not the name’s initials in the role or organisation', () => {
    const [first] = parseMinutes(wrap('Jane Smith Chair NHS\nPeter Holt Director CCG')).attendees;
    expect(first).toMatchObject({ name: 'Jane Smith', initials: null });
    expect([first!.role, first!.org]).toEqual(['Chair', 'NHS']);
  });
});

describe('what is never a person in an attendance list', () => {
  const wrap = (list: string) =>
    `Minutes of the Hillbury Parish Council\n4 June 2024\n${list}\n\n1. Apologies\nNone.\n`;

  it.each([
    'Present: Cllr Ann Lee (Chair), Cllr Tom Reed\nIn attendance: Jo King (Clerk), Members of the public (3)',
    'Present: Cllr Ann Lee (Chair), Cllr Tom Reed\nIn attendance: Jo King (Clerk) and 4 members of the public',
    'Present:\nCllr Ann Lee (Chair)\nCllr Tom Reed\nIn attendance:\nJo King (Clerk)\nMembers of the Public: 2',
    'PRESENT: Cllr Ann Lee (Chair), Cllr Tom Reed\nALSO PRESENT: Jo King (Clerk); three members of the public',
  ])('%j', (list) => {
    expect(people(wrap(list))).toEqual([
      { name: 'Ann Lee', role: 'Chair', org: null },
      { name: 'Tom Reed', role: 'Cllr', org: null },
      { name: 'Jo King', role: 'Clerk', org: null },
    ]);
  });

  it.each([
    'Members of the public:\nErin Cole EC\nDan Frost',
    'Members of the Public\nErin Cole\nDan Frost (resident)',
    'Public: Erin Cole, Dan Frost',
  ])('does not take the members of the public listed by name for attendees (%j)', (list) => {
    const text = wrap(`Present:\nAnn Lee Chair\nTom Reed Treasurer\n${list}`);
    expect(people(text).map((p) => p.name)).toEqual(['Ann Lee', 'Tom Reed']);
  });
});

describe('apologies recorded in the body', () => {
  it.each([
    '2. Apologies for absence\n2.1 Apologies were received from Ruth Dale and Carl Moss.',
    '2. Apologies\nApologies for absence were received from Ruth Dale and Carl Moss',
    '2 APOLOGIES\nApologies were received from Ruth Dale, Carl Moss.',
  ])('moves a listed member who sent apologies to the apologies (%j)', (item) => {
    const text = `Minutes of the Board\n4 June 2024\nPresent:\nAnn Lee Chair\nRuth Dale Director of Finance\nTom Reed Treasurer\nCarl Moss Secretary\n\n1. Welcome\nThe chair opened the meeting.\n${item}\n3. Minutes\nThe minutes were agreed.\n`;
    const draft = parseMinutes(text);
    expect(draft.attendees.map((a) => a.name)).toEqual(['Ann Lee', 'Tom Reed']);
    expect(draft.apologies).toEqual(expect.arrayContaining(['Ruth Dale', 'Carl Moss']));
  });

  it('keeps a member whose name only appears later in the body', () => {
    const text = `Minutes of the Board\n4 June 2024\nPresent:\nAnn Lee Chair\nRuth Dale Director of Finance\n\n1. Welcome\nThe chair opened the meeting.\n2. Apologies\nApologies were received from Sam Hill.\n3. Finance\nRuth Dale presented the accounts.\n`;
    expect(names(text)).toEqual(['Ann Lee', 'Ruth Dale']);
  });
});

describe('an attendance table exported column by column', () => {
  const wrap = (head: string, block: string) =>
    `Minutes of the Valley Health Partnership\n4 June 2024\n${head}\n${block}\n\n1. Welcome\nThe chair opened the meeting.\n`;

  it.each([
    ['Present:', 'Ann Lee\nTom Reed\nBob Hart\nChair\nTreasurer\nSecretary'],
    ['Attendees', 'Ann Lee\nTom Reed\nBob Hart\nChair\nTreasurer\nSecretary'],
    ['Name\nRole', 'Ann Lee\nTom Reed\nBob Hart\nChair\nTreasurer\nSecretary'],
    ['Members present:', 'Ann Lee\n\nTom Reed\n\nBob Hart\n\nChair\n\nTreasurer\n\nSecretary'],
  ])('pairs every name with the role in the same place (%j)', (head, block) => {
    expect(people(wrap(head, block))).toEqual([
      { name: 'Ann Lee', role: 'Chair', org: null },
      { name: 'Tom Reed', role: 'Treasurer', org: null },
      { name: 'Bob Hart', role: 'Secretary', org: null },
    ]);
  });

  it('takes no one from the organisation column, even where it looks like a name', () => {
    const block =
      'Ann Lee\nTom Reed\nBob Hart\nKay Lim\nValley Health Service\nNorth Ridge Community Alliance\nEast Vale Shire Council\nRiver Park Early Years Network';
    expect(people(wrap('Attendees:', block))).toEqual([
      { name: 'Ann Lee', role: null, org: 'Valley Health Service' },
      { name: 'Tom Reed', role: null, org: 'North Ridge Community Alliance' },
      { name: 'Bob Hart', role: null, org: 'East Vale Shire Council' },
      { name: 'Kay Lim', role: null, org: 'River Park Early Years Network' },
    ]);
  });

  it('pairs nothing when the columns do not line up, and still takes no one from them', () => {
    const block =
      'Ann Lee\nTom Reed\nBob Hart\nChair\nTreasurer\nNorth Ridge Community Alliance\nEast Vale';
    expect(people(wrap('Present:', block))).toEqual([
      { name: 'Ann Lee', role: null, org: null },
      { name: 'Tom Reed', role: null, org: null },
      { name: 'Bob Hart', role: null, org: null },
    ]);
  });

  it('keeps a name whose surname is a word of office inside the name column', () => {
    const block =
      'Ann Lee\nTom Reed\nBob Hart\nJoy Constable\nKay Lim\nChair\nTreasurer\nSecretary\nClerk\nMember';
    expect(names(wrap('Present:', block))).toEqual([
      'Ann Lee',
      'Tom Reed',
      'Bob Hart',
      'Joy Constable',
      'Kay Lim',
    ]);
  });

  it('reads the apologies below the same way', () => {
    const block =
      'Ann Lee\nTom Reed\nBob Hart\nChair\nTreasurer\nSecretary\nApologies\nRuth Dale\nCarl Moss\nSam Hill\nValley Health Service\nHospice Trust';
    const draft = parseMinutes(wrap('Present:', block));
    expect(draft.attendees.map((a) => a.name)).toEqual(['Ann Lee', 'Tom Reed', 'Bob Hart']);
    expect(draft.apologies).toEqual(['Ruth Dale', 'Carl Moss', 'Sam Hill']);
  });

  it('still gives a role on the line after each name to that name', () => {
    expect(people(wrap('Present:', 'Ann Lee\nChair\nTom Reed\nTreasurer'))).toEqual([
      { name: 'Ann Lee', role: 'Chair', org: null },
      { name: 'Tom Reed', role: 'Treasurer', org: null },
    ]);
  });
});

describe('a list with no heading, its lines spaced out', () => {
  const wrap = (list: string) =>
    `Riverside Patient Group\n\nMeeting notes 9th May 2024\n\n\n${list}\n\n1 / Minutes of the last meeting\nThe minutes were agreed.\n`;

  it.each([
    [
      'one blank line between',
      'Ann Lee – Practice Manager\n\nTom Reed – Chair\n\nKay Lim\n\nBob Hart',
    ],
    [
      'two blank lines between',
      'Ann Lee – Practice Manager\n\n\nTom Reed – Chair\n\n\nKay Lim\n\n\nBob Hart',
    ],
    ['none between', 'Ann Lee – Practice Manager\nTom Reed – Chair\nKay Lim\nBob Hart'],
    ['a comma for the dash', 'Ann Lee, Practice Manager\n\nTom Reed, Chair\n\nKay Lim\n\nBob Hart'],
  ])('reads it (%s)', (_, list) => {
    expect(people(wrap(list))).toEqual([
      { name: 'Ann Lee', role: 'Practice Manager', org: null },
      { name: 'Tom Reed', role: 'Chair', org: null },
      { name: 'Kay Lim', role: null, org: null },
      { name: 'Bob Hart', role: null, org: null },
    ]);
  });

  it('does not let a name set apart above a close list spoil the list', () => {
    const list = 'Sam Hill\n\nAnn Lee – Practice Manager\nTom Reed – Chair\nKay Lim';
    expect(names(wrap(list))).toEqual(['Ann Lee', 'Tom Reed', 'Kay Lim']);
  });

  it('ends it at a wider gap than its lines keep', () => {
    const list = 'Ann Lee – Practice Manager\n\nTom Reed – Chair\n\nKay Lim\n\n\nRuth Dale';
    expect(names(wrap(list))).toEqual(['Ann Lee', 'Tom Reed', 'Kay Lim']);
  });
});

describe('a role label on a line of its own, the person on the next', () => {
  it.each([
    ['Facilitator:\nSam Hill, Valley Health Service\nPresent:\nAnn Lee\nTom Reed', 'Facilitator'],
    ['Present:\nAnn Lee\nTom Reed\nMinute taker:\nSam Hill', 'Minute taker'],
    ['Present: Ann Lee, Tom Reed\nNotes:\nSam Hill', 'Notes'],
  ])('%j', (block, role) => {
    const text = `Minutes of the Valley Group\n4 June 2024\n${block}\n\n1. Welcome\nThe chair opened the meeting.\n`;
    const draft = parseMinutes(text);
    expect(draft.attendees.map((a) => a.name).sort()).toEqual(['Ann Lee', 'Sam Hill', 'Tom Reed']);
    expect(draft.attendees.find((a) => a.name === 'Sam Hill')?.role).toBe(role);
  });

  it('does not read the text under a "Minutes:" label as its holder', () => {
    const text =
      'Cabinet\n4 June 2024\nMinutes:\nCouncillor Ann Lee, Cabinet Member for Housing, introduced the report and answered questions.\n';
    expect(names(text)).toEqual([]);
  });
});

describe('a role wrapped onto the line after the name, with the initials at its end', () => {
  it.each([
    ['Senior Sister Rose Ward CW', 'Senior Sister Rose Ward'],
    ['Matron Hope Wing CW', 'Matron Hope Wing'],
  ])('%j belongs to the name above it', (wrapped, role) => {
    const text = `Minutes of the Trust Board\n4 June 2024\nPresent:\nAnn Lee Chair AL\n\nClara Wu\n\n${wrapped}\n\nTom Reed Director of Finance TR\n\n1. Welcome\nThe chair opened the meeting.\n`;
    expect(parseMinutes(text).attendees.map((a) => [a.name, a.role, a.initials])).toEqual([
      ['Ann Lee', 'Chair', 'AL'],
      ['Clara Wu', role, 'CW'],
      ['Tom Reed', 'Director of Finance', 'TR'],
    ]);
  });
});

describe('headings that name the group the people below belong to', () => {
  it.each([
    [
      'Hillshire County Councillors:\nCouncillors D Bell, J Moss and A Hart.\nRiverton Borough Councillors:\nCouncillors B Jones and G Lee.',
    ],
    [
      'Hillshire County Councillors:\nCouncillors D Bell, J Moss, A Hart\nCo-opted Members:\nMr B Jones, Mrs G Lee',
    ],
    ['Elected Members: D Bell, J Moss, A Hart\nIndependent Members:\nB Jones\nG Lee'],
  ])('%j', (block) => {
    const text = `At a meeting of the Joint Authority held on 12 November 2015\n${block}\nApologies for absence were received from Councillor R Dunn.\nA1 Declarations of interest\nThere were none.\n`;
    expect(names(text)).toEqual(['D Bell', 'J Moss', 'A Hart', 'B Jones', 'G Lee']);
  });

  it.each([
    'Attended:\nAnn Lee\nTom Reed',
    'Attended: Ann Lee, Tom Reed',
    'ATTENDED\nAnn Lee\nTom Reed',
  ])('reads "Attended" alone as a heading (%j)', (block) => {
    const text = `Minutes of the Board\n4 June 2024\n${block}\n\n1. Welcome\nThe chair opened the meeting.\n`;
    expect(names(text)).toEqual(['Ann Lee', 'Tom Reed']);
  });

  it('does not take a line about councillors for a heading', () => {
    const text =
      'Minutes of the Board\nPresent: Ann Lee, Tom Reed\n\n1. Welcome\nAll Councillors: were asked to declare interests.\nJohn Smith Chair\n';
    expect(names(text)).toEqual(['Ann Lee', 'Tom Reed']);
  });
});

describe('headings run into one line with a dash', () => {
  it.each([
    'Present – Ann Lee (AL) Chair, Tom Reed (TR) Treasurer and Kay Lim (KL) and ten residents Apologies – Ruth Dale and Carl Moss Minutes of the last meeting – Agreed',
    'Present - Ann Lee (AL) Chair, Tom Reed (TR) Treasurer and Kay Lim (KL) Apologies - Ruth Dale, Carl Moss Minutes of the last meeting - Agreed',
  ])('%j', (line) => {
    const text = `Valley Residents Association\n\n${line} ${'and the committee discussed the park at some length. '.repeat(4)}\n\nMatters Arising KL reported on the bins.\n`;
    const draft = parseMinutes(text);
    expect(draft.attendees.map((a) => a.name)).toEqual(['Ann Lee', 'Tom Reed', 'Kay Lim']);
    expect(draft.apologies).toEqual(['Ruth Dale', 'Carl Moss']);
  });
});

describe('name, a dash, then an organisation that holds capitalised words', () => {
  it.each([
    ['Ann Lee - Palm Grove Health Care District', 'Palm Grove Health Care District'],
    ['Ann Lee – Saint Mary Health', 'Saint Mary Health'],
    ['Ann Lee — Robert Hale Foundation', 'Robert Hale Foundation'],
  ])('%j is one person', (line, org) => {
    const text = `Minutes of the Health Action Team\n4 June 2024\nPresent:\n${line}\nTom Reed - Valley Council\nKay Lim\n\n1. Welcome\nThe chair opened the meeting.\n`;
    expect(people(text)[0]).toEqual({ name: 'Ann Lee', role: null, org });
    expect(names(text)).toEqual(['Ann Lee', 'Tom Reed', 'Kay Lim']);
  });

  it('still reads two people joined by a dash when the second has no organisation word', () => {
    const text = `Minutes of the Group\n4 June 2024\nPresent:\nClerk – Jane Smith\nAnn Lee – Chair\n\n1. Welcome\nThe chair opened the meeting.\n`;
    expect(names(text)).toEqual(['Jane Smith', 'Ann Lee']);
  });
});

describe('names with accents and curly apostrophes', () => {
  it.each([
    [
      'Ciarán Devane, Siân Lloyd, Fergus O’Kelly and Zoë Müller',
      ['Ciarán Devane', 'Siân Lloyd', "Fergus O'Kelly", 'Zoë Müller'],
    ],
    ['Mr Ciarán Devane (Chair), Dr Áine Ní Bhriain', ['Ciarán Devane', 'Áine Ní Bhriain']],
  ])('%j', (list, expected) => {
    const text = `Minutes of the Board\n4 June 2024\nPresent: ${list}\n\n1. Welcome\nThe chair opened the meeting.\n`;
    expect(names(text)).toEqual(expected);
  });
});

describe('a titled list with no heading above the first heading', () => {
  it.each([
    'Mr Ian Dunn (Chairperson), Prof Ann Lee, Ms Kay Lim, Dr Tom Reed and Ms Joy Hart',
    'Cllr Ian Dunn (Chair), Cllr Ann Lee, Cllr Kay Lim, Mrs Tom Reed, Ms Joy Hart.',
  ])('%j', (list) => {
    const text = `Minutes of the Board\n\nA meeting of the Board was held on Friday 24 February 2023 at 9:00am.\n\n${list}\n\nIn Attendance:\n\nMr Sam Hill (CEO), Ms Ruth Dale (CFO)\n\n1. Welcome\nThe chair opened the meeting.\n`;
    expect(names(text)).toEqual([
      'Ian Dunn',
      'Ann Lee',
      'Kay Lim',
      'Tom Reed',
      'Joy Hart',
      'Sam Hill',
      'Ruth Dale',
    ]);
  });

  it('does not take a sentence naming people for the list', () => {
    const text = `Minutes of the Board\n\nMr Ian Dunn, Ms Kay Lim and Dr Tom Reed were thanked for their work on the review.\n\nIn Attendance:\nMr Sam Hill (CEO), Ms Ruth Dale (CFO)\n\n1. Welcome\nThe chair opened the meeting.\n`;
    expect(names(text)).toEqual(['Sam Hill', 'Ruth Dale']);
  });
});
