/**
 * Action lists by family, round two: task-list checkboxes ("* [ ]" open, "[x]" done), an
 * actions heading inside a block of lines with no blank line around it, "Action(s) from
 * (the) last meeting:" before owner-led sentences, and the "AI:" marker of chat-run meetings.
 * Every minute here is invented; each family has variants in names, spacing, bullets and case.
 */
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/minutes/parse.ts';
import type { Draft } from '../../src/minutes/draft.ts';

const ATTENDANCE = `Present: Cllr Dan Hayward (Chair), Cllr Paul Moss, Cllr Jane Green (JG), Mrs Kate Price (KP)
In attendance: Mrs Lucy Collis (Clerk)`;

const minutes = (body: string, attendance = ATTENDANCE) =>
  parseMinutes(
    `Anytown Parish Council\n\nMinutes of the meeting held on Tuesday 14 January 2025\n\n${attendance}\n\n${body}\n`,
  );

// Case and a closing full stop are the draft's presentation, not what was found.
const plain = (text: string) => text.toLowerCase().replace(/\.$/, '');

const brief = (d: Draft) =>
  d.actions
    .filter((a) => a.kind === 'explicit')
    .map((a) => ({ text: plain(a.text), owners: a.owners }));

describe('task-list checkboxes: "[ ]" is open, "[x]" is done and left out', () => {
  it.each([
    ['## Action Items\n\n', '* [ ] ', '* [x] '],
    ['Action items:\n', '- [ ] ', '- [X] '],
    ['### Next steps\n\n', '[ ] ', '[x] '],
    ['', '- [ ] ', '- [x] '],
  ])('heading %j, open %j, done %j', (heading, open, done) => {
    const found = brief(
      minutes(
        `3. Website\nThe new pages were shown.\n\n${heading}${open}Group decision: whether to meet weekly or monthly\n${done}Publish the notes on the website.\n${open}For Kate: draft the volunteer leaflet.\n${open}Consider the purpose statement for the group.`,
      ),
    );
    expect(found).toEqual([
      { text: 'group decision: whether to meet weekly or monthly', owners: [] },
      { text: 'draft the volunteer leaflet', owners: ['Kate Price'] },
      { text: 'consider the purpose statement for the group', owners: [] },
    ]);
  });

  it('an owner never defined in the minutes stays as written, never guessed', () => {
    const d = minutes('Actions\n\n- [ ] For Zebedee: book the hall.\n- [ ] JG to order the bench.');
    const got = d.actions.filter((a) => a.kind === 'explicit');
    expect(got.map((a) => plain(a.text))).toEqual(['book the hall', 'order the bench']);
    expect(got[0]!.owners).toEqual(['Zebedee']);
    expect(got[0]!.ownerDetails.every((o) => o.match !== 'attendee')).toBe(true);
    expect(got[1]!.owners).toEqual(['Jane Green']);
  });

  it('a checkbox in running notes that is not a task list is still read only as one item', () => {
    const found = brief(minutes('5. Any other business\n\n* [ ] Paul to check the lights.'));
    expect(found).toEqual([{ text: 'check the lights', owners: ['Paul Moss'] }]);
  });
});

describe('an actions heading inside a block with no blank lines', () => {
  it.each([
    ['I. Welcome\nII. Committees\nAction Items:\n', '- ', 'Next Meetings:\nFeb 23rd 6pm'],
    ['Agenda\n1) Welcome\n2) Plots\nActions:\n', '• ', 'Next meeting:\nMarch 2 3pm'],
    ['The group met at the library.\nAction points\n', '* ', 'Date of next meeting:\n4 March'],
  ])('%j', (before, bullet, after) => {
    const found = brief(
      minutes(
        `${before}${bullet}Send Kate your name and committee\n${bullet}Forward any photos of sites to Paul & Kate\n${after}`,
      ),
    );
    expect(found.map((f) => f.text)).toEqual([
      'send kate your name and committee',
      'forward any photos of sites to paul & kate',
    ]);
    // "Send Kate ..." is addressed to everyone: Kate is who receives it, not its owner.
    expect(found.every((f) => f.owners.length === 0)).toBe(true);
  });
});

describe('"Action(s) from (the) last meeting:" before owner-led sentences', () => {
  it.each([
    ['Action from last meeting: ', 'Clerk to add the bench to the next agenda.'],
    ['Actions from the last meeting: ', 'KP to add the bench to the next agenda.'],
    ['Action from previous meeting – ', 'Kate Price to add the bench to the next agenda.'],
  ])('%j', (marker, sentence) => {
    const found = brief(minutes(`4. Finance\n\n${marker}${sentence}\n\nThe accounts were noted.`));
    expect(found.map((f) => f.text)).toEqual(['add the bench to the next agenda']);
    expect(found[0]!.owners).toHaveLength(1);
  });

  it('two sentences after the marker are two actions', () => {
    const found = brief(
      minutes(
        '5. Open space\n\nActions from last meeting: JG to write to the county about the verge. KP to liaise with the hall committee.\n',
      ),
    );
    expect(found).toEqual([
      { text: 'write to the county about the verge', owners: ['Jane Green'] },
      { text: 'liaise with the hall committee', owners: ['Kate Price'] },
    ]);
  });

  it('"Actions from last meeting not on the agenda: None" is not an action', () => {
    expect(
      brief(minutes('4. Actions from last meeting not otherwise on the agenda: None\n')),
    ).toEqual([]);
  });
});

describe('"AI:" / "AIs:" markers', () => {
  it.each([
    'AI: Paul to check the lease terms',
    'AI - JG to check the lease terms.',
    'AIs: KP to check the lease terms',
    '* AI: Kate to check the lease terms',
  ])('%j', (line) => {
    const found = brief(minutes(`6. Lease\nThe lease was discussed.\n\n${line}\n\n7. Close`));
    expect(found.map((f) => f.text)).toEqual(['check the lease terms']);
    expect(found[0]!.owners).toHaveLength(1);
  });

  it('"AI" as a subject (artificial intelligence) is not a marker', () => {
    expect(
      brief(minutes('6. Technology\n\nAI tools were discussed. AI: the benefits were noted.\n')),
    ).toEqual([]);
  });
});

describe('"Name to ACTION." closing the sentence before it, in any case', () => {
  it.each([
    ['The bench is broken. Clerk to ACTION.', 'Lucy Collis'],
    ['The bench is broken.  Kate to Action.', 'Kate Price'],
    ['The bench is broken. JG to action', 'Jane Green'],
    ['• The bench is broken. Paul Moss to ACTION', 'Paul Moss'],
  ])('%j', (line, owner) => {
    expect(brief(minutes(`7. Play area\n\n${line}\n`))).toEqual([
      { text: 'the bench is broken', owners: [owner] },
    ]);
  });

  it('"ready to action" inside a sentence is not a marker', () => {
    expect(
      brief(minutes('7. Play area\n\nThe contractor is ready to action the repair.\n')),
    ).toEqual([]);
  });
});

describe('an action log whose rows open with a dated code ("13/08/15-05") and end with a status', () => {
  const LOG = (rows: string) =>
    brief(minutes(`2. Matters arising from the last meeting\n\n${rows}\n\n3. Finance\nNoted.`));

  it.each([
    [
      '12/11/24-01 Clerk to order the new bench.– Completed\n12/11/24-02 Review the play area inspection timings.- On going\n12/11/24-03 JG to write to the county about the verge – See highways report.\n12/11/24-04 KP to book the hall. – Hall booked 3rd December 2024\n12/11/24-05Clerk to renew the insurance',
    ],
    [
      '03.10.2024-1 Clerk to order the new bench. Completed\n03.10.2024-2 Review the play area inspection timings. -Ongoing\n03.10.2024-3 JG to write to the county about the verge - In progress\n03.10.2024-4 KP to book the hall.- Done\n03.10.2024-5 Clerk to renew the insurance',
    ],
    [
      '5/9/24 - 01 Clerk to order the new bench – Closed\n5/9/24 - 02 Review the play area inspection timings\n5/9/24 - 03 JG to write to the county about the verge\n5/9/24 - 04 KP to book the hall – Amended & signed\n5/9/24 - 05 Clerk to renew the insurance – Pending',
    ],
  ])('%j', (rows) => {
    expect(LOG(rows)).toEqual([
      { text: 'review the play area inspection timings', owners: [] },
      { text: 'write to the county about the verge', owners: ['Jane Green'] },
      { text: 'renew the insurance', owners: ['Lucy Collis'] },
    ]);
  });

  it('a date at the start of a sentence is not a log code', () => {
    expect(brief(minutes('4. Events\n\n12/11/24 - the fair was held and went well.\n'))).toEqual(
      [],
    );
  });
});

describe('an action log row: the owner after the dash, a quoted title, no suggestions', () => {
  it('takes owners after the dash as the row owner column', () => {
    expect(
      brief(
        minutes(
          '2. Action log\n\n01/02/25-01 Write to the county about the verge – JG\n01/02/25-02 Renew the insurance - Clerk\n',
        ),
      ),
    ).toEqual([
      { text: 'write to the county about the verge', owners: ['Jane Green'] },
      { text: 'renew the insurance', owners: ['Lucy Collis'] },
    ]);
  });

  it('does not cut at a dash inside a quoted title', () => {
    expect(
      brief(
        minutes(
          '2. Action log\n\n01/02/25-03 File “Our Notes” “Our Plan – The Story So Far” in the archive. Completed\n',
        ),
      ),
    ).toEqual([]);
  });

  it('offers no suggestion from a closed row', () => {
    const d = minutes(
      '2. Action log\n\n01/02/25-04 The Chair agreed to send the report to the county.– Completed\n',
    );
    expect(d.actions).toEqual([]);
  });
});

describe('a marker carrying the action status in brackets: "ACTION (ongoing):"', () => {
  it.each([
    'ACTION (ongoing): Kate to check the lease terms.',
    'Action [open] – JG to check the lease terms',
    'ACTION (carried forward): KP to check the lease terms.',
    'ACTIONS (New): Paul Moss to check the lease terms',
  ])('%j', (line) => {
    const found = brief(minutes(`6. Lease\nThe lease was discussed.\n\n${line}\n\n7. Close`));
    expect(found.map((f) => f.text)).toEqual(['check the lease terms']);
    expect(found[0]!.owners).toHaveLength(1);
  });

  it.each([
    'ACTION (done): Kate to check the lease terms.',
    'Action [Closed] - JG to check the lease',
  ])('a closed one is left out: %j', (line) => {
    expect(brief(minutes(`6. Lease\nThe lease was discussed.\n\n${line}\n\n7. Close`))).toEqual([]);
  });
});

describe('"Action item:" as a marker, its owner in brackets or leading', () => {
  it.each([
    ['Action item: Draft the volunteer leaflet (Kate)', 'Kate Price'],
    ['Action Item - Draft the volunteer leaflet (JG).', 'Jane Green'],
    ['ACTION ITEM: KP to draft the volunteer leaflet', 'Kate Price'],
    ['Action point: Paul Moss to draft the volunteer leaflet.', 'Paul Moss'],
  ])('%j', (line, owner) => {
    const found = brief(
      minutes(`8. Volunteers\nVolunteering was discussed.\n\n${line}\n\n9. Close`),
    );
    expect(found).toEqual([{ text: 'draft the volunteer leaflet', owners: [owner] }]);
  });

  it('"Action items were reviewed" is a report, not a marker', () => {
    expect(
      brief(minutes('8. Volunteers\n\nAction items were reviewed and the list was updated.\n')),
    ).toEqual([]);
  });
});

describe('an action with its owner in brackets is not an office and its holder', () => {
  it.each([
    [
      'ACTION: Circulate the terms of reference (JG).',
      'circulate the terms of reference',
      'Jane Green',
    ],
    ['Action – renew the hall booking (KP)', 'renew the hall booking', 'Kate Price'],
    [
      'Action: Write to the county about the verge (Clerk)',
      'write to the county about the verge',
      'Lucy Collis',
    ],
  ])('%j', (line, text, owner) => {
    const found = brief(minutes(`8. Hall\nThe hall was discussed.\n\n${line}\n\n9. Close`));
    expect(found).toEqual([{ text, owners: [owner] }]);
  });

  it('still reads "Action by: Head of Finance (Jane Green)" as the office and its holder', () => {
    const found = brief(
      minutes(
        '8. Budget\n\nThe budget for 2025/26 was approved.\n\nAction by: Head of Finance (Jane Green)\n',
      ),
    );
    expect(found).toEqual([
      { text: 'the budget for 2025/26 was approved', owners: ['Jane Green'] },
    ]);
  });
});

describe('an agenda item marked "Action:" for a vote is a motion, not an action', () => {
  it.each([
    '  • Action: Approve agenda\n    Dan Hayward motioned to approve the agenda and it was seconded.\n    Aye: Dan Hayward, Paul Moss',
    'Action: Approve the minutes of 10 December 2024\nMoved by Cllr Moss, seconded by Cllr Green. Carried.',
    'ACTION ITEM: Adopt the consent calendar\nMotion: Paul Moss. Second: Jane Green. Passed unanimously.',
    'Action: Approve minutes',
  ])('%j', (item) => {
    expect(brief(minutes(`2. Preliminaries\n\n${item}\n\n3. Close`))).toEqual([]);
  });

  it('a marked action that is not a vote still reads', () => {
    const found = brief(
      minutes(
        '2. Preliminaries\n\nAction: JG to approve the printer quote with the supplier.\nThe quote was noted.\n',
      ),
    );
    expect(found).toEqual([
      { text: 'approve the printer quote with the supplier', owners: ['Jane Green'] },
    ]);
  });
});

describe('an action table flattened without separators: text, owner cell, status cell', () => {
  const TABLE = (rows: string) =>
    brief(
      minutes(
        `Outstanding action points\n\nAgenda Item   Owner Due Date Status\n3 – Open space\n\n${rows}\n\n9. Close`,
      ),
    );

  it.each([
    [
      'Repaint the railings on the green KP Ongoing KP has asked for quotes\n\nOrder a new bench for the play area Clerk Completed in March\n\nJG to write to the county about the verge JG By next meeting In progress',
    ],
    [
      'Repaint the railings on the green\n\nKP\n\nOngoing\n\nOrder a new bench for the play area\n\nClerk\n\nDone\n\nJG to write to the county about the verge\n\nJG\n\nIn Progress',
    ],
    [
      'Repaint the railings on the green\nKP On going – quotes awaited\n\nOrder a new bench for the play area Clerk Closed\n\nJG to write to the county about the verge\n\nJG Pending',
    ],
  ])('%j', (rows) => {
    expect(TABLE(rows)).toEqual([
      { text: 'repaint the railings on the green', owners: ['Kate Price'] },
      { text: 'write to the county about the verge', owners: ['Jane Green'] },
    ]);
  });

  it('reads no such rows without a header naming an owner and a status column', () => {
    expect(
      brief(
        minutes('3. Open space\n\nThe railings on the green were discussed KP Ongoing works.\n'),
      ),
    ).toEqual([]);
  });
});

describe('after a marker, a first name no attendee has stays as written', () => {
  it.each([
    ['ACTION: Bastien will email the printers about the leaflet.', 'Bastien'],
    ['Action: Maud to email the printers about the leaflet', 'Maud'],
    ['ACTION - Oskar will email the printers about the leaflet', 'Oskar'],
  ])('%j', (line, owner) => {
    const d = minutes(`8. Leaflet\nThe leaflet was discussed.\n\n${line}\n\n9. Close`);
    const got = d.actions.filter((a) => a.kind === 'explicit');
    expect(got.map((a) => plain(a.text))).toEqual(['email the printers about the leaflet']);
    expect(got[0]!.owners).toEqual([owner]);
    expect(got[0]!.ownerDetails.every((o) => o.match !== 'attendee')).toBe(true);
  });

  it.each([
    'ACTION: Write to the printers about the leaflet.',
    'ACTION: Work will continue on the leaflet.',
    'Action: This will be reviewed at the next meeting.',
  ])('a verb or a subject that is no one is not an owner: %j', (line) => {
    const got = minutes(`8. Leaflet\n\n${line}\n`).actions.filter((a) => a.kind === 'explicit');
    expect(got.every((a) => a.owners.length === 0)).toBe(true);
  });
});

describe('under an actions heading, a first name no attendee has stays as written', () => {
  it.each([
    [
      'Old Action Items:\n  • Glynn will draft a resolution on the press role. TBD\n  • Work will continue on the wiki.',
      'Glynn',
    ],
    [
      'Actions\n- Tamsin to draft a resolution on the press role\n- Training will be arranged in May',
      'Tamsin',
    ],
  ])('%j', (list, owner) => {
    const got = minutes(`4. Board business\n\n${list}\n\n5. Close`).actions.filter(
      (a) => a.kind === 'explicit',
    );
    expect(got.find((a) => /press role/.test(a.text))?.owners).toEqual([owner]);
    expect(got.filter((a) => !/press role/.test(a.text)).every((a) => a.owners.length === 0)).toBe(
      true,
    );
  });
});

describe('a list item opening with its status in brackets', () => {
  it.each([
    ['Actions\n- [Ongoing] JG to chase the county about the verge\n- [Done] KP to book the hall'],
    [
      'Action points:\n1. (ongoing): JG to chase the county about the verge\n2. (completed) KP to book the hall',
    ],
    [
      'Outstanding actions\n• (Open) – JG to chase the county about the verge\n• (Closed, March 2025) KP to book the hall',
    ],
  ])('%j', (list) => {
    expect(brief(minutes(`4. Matters\n\n${list}\n\n5. Close`))).toEqual([
      { text: 'chase the county about the verge', owners: ['Jane Green'] },
    ]);
  });
});

describe('a passive action naming its doer at the end: "... to be sent by JG"', () => {
  it.each([
    [
      'ACTION: Letter to the county to be sent by JG.',
      'letter to the county to be sent',
      'Jane Green',
    ],
    [
      'Actions\n- Quotes for the railings to be obtained by the Clerk',
      'quotes for the railings to be obtained',
      'Lucy Collis',
    ],
    [
      'Action: typing errors to be corrected by Kate Price',
      'typing errors to be corrected',
      'Kate Price',
    ],
  ])('%j', (item, text, owner) => {
    expect(brief(minutes(`4. Matters\n\n${item}\n\n5. Close`))).toEqual([
      { text, owners: [owner] },
    ]);
  });

  it('"by" and a date is a due date, not a doer', () => {
    const found = brief(
      minutes('4. Matters\n\nACTION: Letter to the county to be sent by March.\n'),
    );
    expect(found.every((f) => f.owners.length === 0)).toBe(true);
  });
});

describe('"TODO:" / "To do:" / "Follow-up:" markers before someone who does it', () => {
  it.each([
    'TODO: Paul to check the lease terms',
    'To do - JG to check the lease terms.',
    'Follow-up: KP will check the lease terms',
    'Follow up: Kate Price to check the lease terms',
  ])('%j', (line) => {
    const found = brief(minutes(`6. Lease\nThe lease was discussed.\n\n${line}\n\n7. Close`));
    expect(found.map((f) => f.text)).toEqual(['check the lease terms']);
    expect(found[0]!.owners).toHaveLength(1);
  });

  it.each([
    'Follow-up: the lease was checked and found in order.',
    'To do: nothing further this month.',
  ])('without a doer it is not an action: %j', (line) => {
    expect(brief(minutes(`6. Lease\n\n${line}\n`))).toEqual([]);
  });
});
