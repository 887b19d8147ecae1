/**
 * Action markers and action lists by family: a numbered or glued trailing marker, "Action by:"
 * with its owners on the lines below, reports under an "Action points" heading, a marker with
 * its own reference in text run onto one line, owners in the last " / " cell. Every minute here
 * is invented for these tests; each family has variants in names, spacing, punctuation and case.
 */
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/minutes/parse.ts';
import type { Draft } from '../../src/minutes/draft.ts';

const ATTENDANCE = `Present: Cllr D Hayward (Chair), Cllr P Moss, Cllr J Green, Mrs K Price
In attendance: Mrs L Collis (Clerk)`;

const minutes = (body: string, attendance = ATTENDANCE) =>
  parseMinutes(
    `Anytown Parish Council\n\nMinutes of the meeting held on Tuesday 14 January 2025\n\n${attendance}\n\n${body}\n`,
  );

const brief = (d: Draft) =>
  d.actions.filter((a) => a.kind === 'explicit').map((a) => ({ text: a.text, owners: a.owners }));

describe('short action items under a list heading, no full stops', () => {
  const ATT = `Present: Cllr Dan Hayward (Chair), Cllr Paul Moss, Cllr Jane Green (JG), Mrs Kate Price (KP)
In attendance: Mrs Lucy Collis (Clerk)`;
  const LIST = (heading: string, items: string) =>
    brief(
      minutes(
        `3. Open space\nThe green was discussed.\n\n${heading}\n${items}\n\n4. Finance\nThe accounts were noted.`,
        ATT,
      ),
    );

  it.each([
    [
      'ACTION POINTS',
      '1) Clerk to order the bench\n2) Write to the county about the verge - JG\n3) Repaint the railings (KP)',
    ],
    [
      'Actions arising',
      'a. Clerk to order the bench\nb. Write to the county about the verge – JG\nc. Repaint the railings KP',
    ],
    [
      'Action items:',
      '(a) Clerk to order the bench\n(b) Write to the county about the verge — JG\n(c) Repaint the railings (KP)',
    ],
  ])('reads every item under "%s", owner first or last', (heading, items) => {
    expect(LIST(heading, items)).toEqual([
      { text: 'Order the bench', owners: ['Lucy Collis'] },
      { text: 'Write to the county about the verge', owners: ['Jane Green'] },
      { text: 'Repaint the railings', owners: ['Kate Price'] },
    ]);
  });

  it('reads one item a line when the list has no numbers and no blank line below its heading', () => {
    expect(
      LIST(
        'Action list:',
        'JG to circulate the minutes\nKP to update the website\nClerk - order new signs',
      ),
    ).toEqual([
      { text: 'Circulate the minutes', owners: ['Jane Green'] },
      { text: 'Update the website', owners: ['Kate Price'] },
      { text: 'Order new signs', owners: ['Lucy Collis'] },
    ]);
  });

  it('reads no notes as actions from lines run on from a "Matters arising" heading', () => {
    expect(
      LIST(
        '1. Matters arising from previous minutes:-',
        'Minutes to be approved next week\nIdeas going to the AGM:\nCoffee prices on campus\nJG to write to the caterers',
      ),
    ).toEqual([{ text: 'Write to the caterers', owners: ['Jane Green'] }]);
  });

  it('ends the list at an agenda heading with its presenter in brackets', () => {
    expect(
      LIST(
        'Action points:',
        '1) Clerk to order the bench\n2) Membership applications (Kate Price)',
      ),
    ).toEqual([{ text: 'Order the bench', owners: ['Lucy Collis'] }]);
  });
});

describe('a trailing marker with its own number, glued or spaced', () => {
  it.each([
    ['glued to the full stop', 'The fence needs repair and quotes will be sought.Action 5.01: JG'],
    ['after a space', 'The fence needs repair and quotes will be sought. Action 5.01: JG'],
    ['in capitals with a dash', 'The fence needs repair and quotes will be sought. ACTION 12 – JG'],
    ['with a letter ref', 'The fence needs repair and quotes will be sought. Action 3b: JG'],
  ])('owns the sentence before it (%s)', (_, line) => {
    const found = brief(minutes(`5. Playing field\n${line}`));
    expect(found).toEqual([
      { text: 'The fence needs repair and quotes will be sought.', owners: ['J Green'] },
    ]);
  });

  it('takes several owners after a numbered marker', () => {
    const found = brief(
      minutes('8. Website\nThe new dates are to go on the website.Action 8.2: PM/KP'),
    );
    expect(found).toEqual([
      { text: 'The new dates are to go on the website.', owners: ['P Moss', 'K Price'] },
    ]);
  });

  it('reads nothing from a numbered marker reporting on an earlier action', () => {
    expect(
      brief(minutes('2. Matters arising\nThe bench was installed. Action 4.1: complete')),
    ).toEqual([]);
    expect(brief(minutes('2. Matters arising\nACTION 3: closed'))).toEqual([]);
  });
});

describe('"Action by:" alone, its owners on the lines below', () => {
  const RESOLVED = (owners: string) => `12. Budget monitoring
RESOLVED – That the quarterly budget report be noted and the savings plan be reported to Cabinet.
Action by:
${owners}
Minutes:
The Director of Finance introduced the report. Members asked about reserves.`;

  it('gives the resolution above to the person in brackets', () => {
    const found = brief(minutes(RESOLVED('DIRECTOR OF FINANCE (J. SMITH)')));
    expect(found).toHaveLength(1);
    expect(found[0]!.text).toMatch(/^The quarterly budget report be noted/);
    expect(found[0]!.owners).toEqual(['J. Smith']);
  });

  it('takes one owner a line, an office without a name kept as written', () => {
    const found = brief(
      minutes(RESOLVED('Corporate Director, Resources (Mark Ellis)\nHead of Legal Services')),
    );
    expect(found).toHaveLength(1);
    expect(found[0]!.owners).toEqual(['Mark Ellis', 'Head of Legal Services']);
  });

  it('never reads the narrative after "Minutes:" as the action', () => {
    const found = brief(minutes(RESOLVED('Head of Finance (Rachel Moss)')));
    expect(found.map((a) => a.text).join(' ')).not.toMatch(/introduced|reserves/);
  });
});

describe('"ACTION <ref>" in text run onto one line', () => {
  const RUN = `Board Meeting Minutes 7.30 pm, Thursday 12th October 2023 Attending: Ann Kirby (AK) (Chair), Raj Patel (RP), Tom Ives (TI), Lucy Hart (LH) A. MAIN TOPICS A1. The stadium The Chair reported on the talks with the club about the lease. ACTION 2310-A1.1 All to send comments on the draft lease to the Chair RP set out the timetable for the planning application. LH will book a room for the open evening. It would be useful to have a leaflet for members. ACTION 2310-A1.2 RP/TI will draft the leaflet for members It may help to hold an open evening as well. A2. Finance The accounts were received.`;

  it('reads each as an action with its ref, stopping where the next sentence starts', () => {
    const found = parseMinutes(RUN).actions.filter((a) => a.kind === 'explicit');
    expect(found.map((a) => ({ ref: a.ref, text: a.text, owners: a.owners }))).toEqual([
      {
        ref: '2310-A1.1',
        text: 'Send comments on the draft lease to the Chair',
        owners: ['All'],
      },
      {
        ref: '2310-A1.2',
        text: 'Draft the leaflet for members',
        owners: ['Raj Patel', 'Tom Ives'],
      },
    ]);
  });

  it('leaves the minute the action ran into to be read for commitments', () => {
    const offered = parseMinutes(RUN).actions.filter((a) => a.kind === 'suggested');
    expect(offered.map((a) => ({ text: a.text, owners: a.owners }))).toEqual([
      { text: 'Book a room for the open evening.', owners: ['Lucy Hart'] },
    ]);
  });

  it('reads the same marker with a plain number on its own line', () => {
    const found = brief(
      minutes('6. Allotments\nACTION 6.1 JG to contact the tenants about the water supply'),
    );
    expect(found).toEqual([
      { text: 'Contact the tenants about the water supply', owners: ['J Green'] },
    ]);
  });
});

describe('an "Action points" list that also reports progress', () => {
  const LIST = (items: string) =>
    `2. Matters arising\n\nAction points:\n${items}\n\n3. Finance\nThe accounts were received.`;

  it('keeps the items that ask someone to do something and leaves out reports', () => {
    const found = brief(
      minutes(
        LIST(`2.1 Action: JG to write to the county council about the verge.
2.2 The village hall committee had been approached about the lease. KP had confirmed the date.
2.3 KP confirmed that the grant had been paid.
2.4 Clerk to order two new noticeboards.
2.5 With regard to the footpath, PM reported that the stile had been mended.`),
      ),
    );
    expect(found).toEqual([
      { text: 'Write to the county council about the verge.', owners: ['J Green'] },
      { text: 'Order two new noticeboards.', owners: ['L Collis'] },
    ]);
  });

  it('reads a "Summary of actions" of motions passed as no actions, but keeps one with an owner', () => {
    const d = minutes(`9. Close
The meeting closed at 9.10pm.

Summary of actions
1. The minutes of the meeting of 3 December were approved.
2. Grant of £250 to the village hall committee agreed.
3. Budget for 2025/26 adopted
4. KP to send the precept form to the district council by 31 January.`);
    expect(brief(d)).toEqual([
      {
        text: 'Send the precept form to the district council by 31 January.',
        owners: ['K Price'],
      },
    ]);
  });

  it('keeps an imperative item with no owner', () => {
    const found = brief(
      minutes(
        LIST(`a) Send the revised terms of reference to all members
b) The Chair reported that the audit was complete`),
      ),
    );
    expect(found).toEqual([
      { text: 'Send the revised terms of reference to all members', owners: [] },
    ]);
  });
});

describe('a "Next steps" list numbered without spaces, all on one run-on line', () => {
  const FLAT = (sep: string) =>
    `Notes of the Steering Group – March 3, 2024 Members Present: Ann Kirby, Raj Patel, Tom Ives Staff Present: Lucy Hart, Owen Marsh The group discussed the spring event at length and agreed the venue and the date for the day. Next Steps${sep}1.Book the hall for the spring event and confirm the caterers 2.Draft the leaflet – Lucy will write a first draft for the group. 3.Set up the booking page – Owen to prepare the page for the website 4.Review the budget with the treasurer before the next meeting`;

  it.each([
    [' – After the event ', ' – After the event '],
    [': ', ': '],
  ])('reads each numbered step as an action (heading%s)', (_, sep) => {
    const found = brief(parseMinutes(FLAT(sep)));
    expect(found.map((a) => a.text.slice(0, 20))).toEqual([
      'Book the hall for th',
      'Draft the leaflet – ',
      'Set up the booking p',
      'Review the budget wi',
    ]);
    expect(found.map((a) => a.owners)).toEqual([[], ['Lucy Hart'], ['Owen Marsh'], []]);
    expect(found[1]!.text).toBe('Draft the leaflet – write a first draft for the group.');
  });

  it('does not offer an action it read as a suggestion as well', () => {
    const d = parseMinutes(FLAT(': '));
    expect(d.actions.filter((a) => a.kind === 'suggested')).toEqual([]);
  });

  it('takes the owner from a later sentence of the item when the first names no one', () => {
    const d = parseMinutes(
      FLAT(': ').replace(
        '– Lucy will write a first draft for the group.',
        '- the photos will have been chosen by Friday 10/3. Lucy will write a first draft for the group.',
      ),
    );
    const item = d.actions.find((a) => a.text.startsWith('Draft the leaflet'))!;
    expect(item.owners).toEqual(['Lucy Hart']);
    expect(item.text).toBe('Draft the leaflet – write a first draft for the group.');
  });
});

describe('coded action refs under an action-points heading', () => {
  it.each([
    ['AP102 – ', 'AP103 – '],
    ['A12: ', 'A13: '],
    ['AP 7 - ', 'AP 8 - '],
  ])('reads "%s text (ALL)" items, with an owner in brackets', (first, second) => {
    const found = brief(
      minutes(`Updates of outstanding action point:

${first}Contact the other parish councils about a joint speed survey. Clerk reported progress, ONGOING

${second}Members to look at the three quotes and say which they prefer (ALL)

4. Planning
No applications were received.`),
    );
    expect(found.map((a) => a.owners)).toEqual([[], ['All']]);
    expect(found[0]!.text).toMatch(/^Contact the other parish councils about a joint speed survey/);
    expect(found[1]!.text).toMatch(/^Members to look at the three quotes/);
  });
});

describe('a " / " row whose last cell is an attendee by first name', () => {
  const PPG = (row: string) =>
    parseMinutes(`Patient Group

Meeting minutes 9th May 2024

Present: Helen Ward (Practice Manager), Brian Cole (Chairman), Susan Reid

1 / Minutes of the last meeting
Minutes were accepted.
2 / Practice leaflet
${row}
3 / Any other business
None.
`);

  it('owns the text before it', () => {
    expect(brief(PPG('The leaflet is to be reprinted with the new opening hours / Helen'))).toEqual(
      [
        {
          text: 'The leaflet is to be reprinted with the new opening hours',
          owners: ['Helen Ward'],
        },
      ],
    );
  });

  it('reads a last cell that is "Name to ..." as the action', () => {
    expect(
      brief(
        PPG('The leaflet was felt to be out of date and hard to read. / Susan to draft a new one.'),
      ),
    ).toEqual([{ text: 'Draft a new one.', owners: ['Susan Reid'] }]);
  });

  it('reads a "Name to ..." cell only in a row, not after a slash in running text', () => {
    const d = parseMinutes(`Patient Group

Meeting minutes 9th May 2024

Present: Helen Ward (Practice Manager), Brian Cole (Chairman), Susan Reid

Car park
Members raised the lighting of the car park and the access road at night as an issue for patients / Susan to ask the landlord about new lamps.
`);
    expect(brief(d)).toEqual([]);
  });

  it('does not take a first name no attendee has', () => {
    const found = brief(PPG('The leaflet is to be reprinted with the new opening hours / Janet'));
    expect(found.flatMap((a) => a.owners)).toEqual([]);
  });
});

describe('what follows a trailing marker is not swallowed', () => {
  it.each([
    ['a heading', 'The plans for 12 High Street were viewed. Action: Head of Planning\nHighways'],
    [
      'a heading, in capitals',
      'The plans for 12 High Street were viewed. ACTION – JG\nHIGHWAYS UPDATE',
    ],
    ['a numbered marker', 'The plans for 12 High Street were viewed.Action 9.1: JG\nHighways'],
  ])('ends the owner at the line end (%s)', (_, body) => {
    const found = brief(minutes(`9. Planning\n${body}\nThe county reported two potholes.`));
    expect(found).toHaveLength(1);
    expect(found[0]!.text).toBe('The plans for 12 High Street were viewed.');
    expect(found[0]!.owners.join(' ')).not.toMatch(/Highways|HIGHWAYS/);
  });

  it.each([
    ['(Action: Cllr Green).', 'Members noted the report.'],
    ['[ACTION: JG]', 'RESOLVED that the hedge policy be adopted.'],
    ['(Action JG)', 'The Clerk reported that the hedge had been cut last year.'],
  ])('closes the action at a bracketed marker mid-paragraph: %s', (marker, after) => {
    const found = brief(
      minutes(`6. Hedges\nThe hedge at the school needs trimming ${marker} ${after}`),
    );
    expect(found).toEqual([
      { text: 'The hedge at the school needs trimming', owners: ['J Green'] },
    ]);
  });
});

describe('a trailing marker with no full stop before it', () => {
  it.each([
    ['Action – Clerk', ['L Collis']],
    ['Action: JG/KP', ['J Green', 'K Price']],
    ['ACTION JG', ['J Green']],
    ['Action JG', ['J Green']],
  ])('"... more often %s" owns the text before it', (marker, owners) => {
    const attendance = `Present: Cllr D Hayward (Chair), Cllr P Moss, Cllr J Green (JG), Mrs K Price (KP)
In attendance: Mrs L Collis (Clerk)`;
    const found = brief(
      minutes(
        `5. Bins\nThe bins at the park need emptying more often ${marker}\n6. Close`,
        attendance,
      ),
    );
    expect(found).toEqual([{ text: 'The bins at the park need emptying more often', owners }]);
  });

  it('does not read the name of a group with "Action" in it as a marker', () => {
    expect(
      brief(
        minutes('9. Climate\nThe council supports the work of the Climate Action Group\n10. Close'),
      ),
    ).toEqual([]);
  });
});

describe('owners in a right-hand margin', () => {
  it.each([
    ['JG/KP', ['J Green', 'K Price']],
    ['Clerk', ['L Collis']],
    ['All', ['All']],
  ])('reads "%s" after a wide gap as the line\'s owner', (owner, owners) => {
    const found = brief(
      minutes(
        `9. Signs\nThe sign designs were discussed.\nOrder the new signs once agreed ${' '.repeat(30)}${owner}\n10. Close`,
      ),
    );
    expect(found).toEqual([{ text: 'Order the new signs once agreed', owners }]);
  });
});

describe('a first name after a trailing marker', () => {
  const NAMED = `Present: Cllr Dan Hayward (Chair), Cllr Paul Moss, Cllr Jane Green, Mrs Kate Price
In attendance: Mrs Lucy Collis (Clerk)`;

  it.each([
    ['Action: Kate', ['Kate Price']],
    ['ACTION – Kate/Paul', ['Kate Price', 'Paul Moss']],
    ['Action: Jane and Lucy', ['Jane Green', 'Lucy Collis']],
  ])('"%s" is the attendee with that first name, never the pronoun before it', (marker, owners) => {
    const found = brief(
      minutes(`12. Trees\nThe tree survey is due in March. She will arrange it. ${marker}`, NAMED),
    );
    expect(found).toHaveLength(1);
    expect(found[0]!.owners).toEqual(owners);
  });

  it.each(['Kate to action', 'Kate to action.', '(Kate to action)'])(
    '"%s" is the attendee with that first name',
    (line) => {
      const found = brief(
        minutes(`7. Paths\nThe path by the school is muddy. ${line}\n8. Close`, NAMED),
      );
      expect(found).toEqual([{ text: 'The path by the school is muddy.', owners: ['Kate Price'] }]);
    },
  );

  it('keeps a first name no attendee has as written, flagged, and the text before as the action', () => {
    const d = minutes('12. Trees\nThe tree survey is due in March. Action: Mabel', NAMED);
    const found = d.actions.filter((a) => a.kind === 'explicit');
    expect(found.map((a) => [a.text, a.ownersAsWritten, a.owners])).toEqual([
      ['The tree survey is due in March.', 'Mabel', ['Mabel']],
    ]);
    expect(found[0]!.flags.join(' ')).toMatch(/first name only/);
  });

  it('does not read a marker followed by more words as first names', () => {
    const found = brief(
      minutes('12. Trees\nThe tree survey is due. Action: Survey Members Again', NAMED),
    );
    expect(found.flatMap((a) => a.owners)).toEqual([]);
  });
});

describe('a qualified marker: FUTURE ACTION, NEW ACTION', () => {
  it.each([
    'FUTURE ACTION: Assign topics to the members.',
    'NEW ACTION: Assign topics to the members.',
    'Future Action: Assign topics to the members.',
  ])('"%s" is one action, not its qualifier', (line) => {
    const found = brief(
      minutes(
        `4. Topics\nACTION: JG will set up the tracker.\n${line}\n(note: the tracker is shared)`,
      ),
    );
    expect(found.map((a) => a.text)).toEqual([
      'Set up the tracker.',
      'Assign topics to the members.',
    ]);
  });
});

describe('an action reported closed after its text', () => {
  it.each([
    '[Done, post meeting]',
    '(done)',
    '[Completed 3 March]',
    '(Closed)',
    '. done.',
    '; completed',
  ])('leaves out "... %s"', (status) => {
    const found = brief(
      minutes(
        `New actions:\nACTION: JG to send the notes to the list ${status}\nACTION: KP to book the hall for May\n\n5. Close`,
      ),
    );
    expect(found.map((a) => a.text)).toEqual(['Book the hall for May']);
  });
});

describe('a bulleted list heading over nested bullets', () => {
  it.each(['New Action Items:', 'Old action items', 'Actions agreed:'])(
    'reads the bullets under "• %s"',
    (heading) => {
      const found = brief(
        minutes(
          `3. Procedural\n  • ${heading}\n    • JG to send the agenda to members.\n    • KP to book the hall. done.\n    • Clerk to update the website.\n\n4. Business\nThe accounts were received.`,
        ),
      );
      expect(found).toEqual([
        { text: 'Send the agenda to members.', owners: ['J Green'] },
        { text: 'Update the website.', owners: ['L Collis'] },
      ]);
    },
  );
});

describe('a first name leading an action when no attendance list was read', () => {
  const NOLIST = (body: string) =>
    parseMinutes(
      `Minutes from Board Meeting: 29 September 2004\n\nNew Actions :\n${body}\n\n2. Close\n`,
    );

  it.each([
    ['ACTION : Luis to send Owen the notes', 'Luis'],
    ['ACTION: Marta to book the room', 'Marta'],
    ['• Plocher to combine the two proposals', 'Plocher'],
  ])('"%s" keeps the name as written', (line, name) => {
    const found = brief(NOLIST(line));
    expect(found).toHaveLength(1);
    expect(found[0]!.owners).toEqual([name]);
  });

  it.each([
    'ACTION: Write to the council about parking',
    'ACTION: Report to the board in May',
    '• Talk to the landlord about the lease',
  ])('takes no verb for a name: "%s"', (line) => {
    expect(brief(NOLIST(line)).flatMap((a) => a.owners)).toEqual([]);
  });
});

describe('pronoun subjects are never owners', () => {
  it.each([
    'ACTION: She will write to the county council about the verge.',
    'Action: He agreed to circulate the draft budget.',
    'ACTION – They will report back at the next meeting.',
  ])('%s', (line) => {
    const found = brief(minutes(`4. Highways\n${line}`));
    expect(found).toHaveLength(1);
    expect(found[0]!.owners).toEqual([]);
  });
});
