import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/minutes/parse.ts';
import type { Draft, DraftAction } from '../../src/minutes/draft.ts';

/** Minutes with a standard head, so each test shows only the form it is about. */
const minutes = (body: string, attendance = DEFAULT_ATTENDANCE) =>
  parseMinutes(
    `Anytown Community Safety Partnership\n\nMinutes of the meeting held on Tuesday 14 January 2025 at 2.00pm, Town Hall\n\n${attendance}\n\n${body}\n\nDate of next meeting: 11 March 2025\n`,
  );

const DEFAULT_ATTENDANCE = `Present:
Cllr Mary Norton (Chair), Anytown Borough Council
James Smith, Head of Community Safety, Anytown Borough Council
Supt Tara Green, Metropolitan Police Service
Priya Shah, Public Health
John O'Brien, London Councils

Apologies: Dr Alan Wu, Kim Lee`;

const explicit = (d: Draft): DraftAction[] => d.actions.filter((a) => a.kind === 'explicit');
const suggested = (d: Draft): DraftAction[] => d.actions.filter((a) => a.kind === 'suggested');
const one = (d: Draft) => {
  const found = explicit(d);
  expect(found).toHaveLength(1);
  return found[0]!;
};

describe('action markers at the start of an item', () => {
  it('reads "ACTION:" after a paragraph number, with the owner from the sentence', () => {
    const a = one(
      minutes('2. Strategy\n2.2 ACTION: JS to circulate the revised strategy to all partners.'),
    );
    expect(a).toMatchObject({
      ref: '2.2',
      text: 'Circulate the revised strategy to all partners.',
      owners: ['James Smith'],
    });
  });

  it('reads "ACTION" without a colon: "ACTION TG was asked to ..."', () => {
    const a = one(minutes('4.20. ACTION TG was asked to brief the neighbourhood teams.'));
    expect(a).toMatchObject({
      ref: '4.20',
      ownersAsWritten: 'TG',
      owners: ['Tara Green'],
      text: 'Brief the neighbourhood teams.',
    });
  });

  it('reads "Action: Full Name to ..." and joins text wrapped onto the next line', () => {
    const a = one(
      minutes(
        'Action: Priya Shah to share the hospital admissions data with the analyst\nbefore the next meeting.',
      ),
    );
    expect(a.owners).toEqual(['Priya Shah']);
    expect(a.text).toBe(
      'Share the hospital admissions data with the analyst before the next meeting.',
    );
    expect(a.due).toEqual({ kind: 'next_meeting', date: '2025-03-11' });
  });

  it("resolves initials with an apostrophe (JO'B) against the attendance list", () => {
    expect(one(minutes("3.1 ACTION: JO'B to write to the Home Office.")).owners).toEqual([
      "John O'Brien",
    ]);
  });

  it('takes a stated date as the due date instead of the next meeting', () => {
    const a = one(minutes('ACTION: JS to circulate the revised strategy by 31 March 2025.'));
    expect(a.due).toEqual({ kind: 'date', date: '2025-03-31' });
    const b = one(minutes('ACTION: JS to report by the end of February.'));
    expect(b.due).toEqual({ kind: 'date', date: '2025-02-28' });
  });

  it('keeps an action with no owner named unassigned and flags it', () => {
    const a = one(
      minutes('4.22. ACTION: Suggested list of priorities to be brought to the next meeting.'),
    );
    expect(a.owners).toEqual([]);
    expect(a.flags.join(' ')).toMatch(/No owner is named/);
  });

  it('never guesses who initials belong to when no attendee or known person has them', () => {
    const a = one(minutes('ACTION: XY to review the CCTV contract.'));
    expect(a.ownersAsWritten).toBe('XY');
    expect(a.owners).toEqual([]);
    expect(a.flags.join(' ')).toMatch(/XY.*assign it by hand/);
  });
});

describe('owners in brackets after the text', () => {
  it('reads "(Action MN)" at the end of an item', () => {
    const a = one(minutes('2.4 The funding bid is to be resubmitted by March. (Action MN)'));
    expect(a).toMatchObject({ ref: '2.4', ownersAsWritten: 'MN', owners: ['Mary Norton'] });
    expect(a.text).toBe('The funding bid is to be resubmitted by March.');
  });

  it('reads "[ACTION: All]" as a group, never a person', () => {
    const a = one(minutes('2.5 Partners agreed to review the youth offer. [ACTION: All]'));
    expect(a.ownerDetails).toEqual([expect.objectContaining({ kind: 'group', name: 'All' })]);
  });

  it('reads several owners: "(Action: JS/PS)"', () => {
    expect(one(minutes('Data sharing protocol to be signed. (Action: JS/PS)')).owners).toEqual([
      'James Smith',
      'Priya Shah',
    ]);
  });
});

describe('ModernGov "Action by:" lines', () => {
  const panel = (body: string) =>
    parseMinutes(
      `Minutes of the meeting of the Police and Crime Panel held on 5 June 2024\n\nPresent: Councillor Ann Baker (Chair), Councillor Bob Davies\n\n${body}\n`,
    );

  it('takes the resolution above as the text and the person named beside the role as owner', () => {
    const d = panel(
      '12. Budget monitoring report\n\nRESOLVED – That the Panel requests a breakdown of overtime spending by division.\n\nAction by: Head of Finance (Rachel Moss)',
    );
    expect(d.board).toBe('Police and Crime Panel');
    const a = one(d);
    expect(a).toMatchObject({
      ref: '12',
      text: 'The Panel requests a breakdown of overtime spending by division.',
      owners: ['Rachel Moss'],
    });
    expect(a.flags.join(' ')).toMatch(/Rachel Moss is not in the register/);
  });

  it('keeps an office with no person named as a group owner', () => {
    const a = one(
      panel(
        '13. Complaints\n\nRESOLVED – That benchmarking data be provided.\n\nAction by: Scrutiny Officer',
      ),
    );
    expect(a.ownerDetails).toEqual([
      expect.objectContaining({ kind: 'group', name: 'Scrutiny Officer' }),
    ]);
  });
});

describe('"Actions" headings with bullets', () => {
  it('reads each bullet as an action, with "XX to", "XX:" and group owners', () => {
    const d = minutes(
      'Actions\n- JS to write to the Commissioner about response times.\n- Officers to report back on the estates strategy.\n• PS: update the work programme',
    );
    expect(explicit(d).map((a) => [a.text, a.owners])).toEqual([
      ['Write to the Commissioner about response times.', ['James Smith']],
      ['Report back on the estates strategy.', ['Officers']],
      ['Update the work programme', ['Priya Shah']],
    ]);
  });
});

describe('action-log tables', () => {
  it('reads a table with aligned columns, joining a wrapped cell and leaving out completed rows', () => {
    const d = minutes(
      [
        'ACTION LOG',
        'No.  Action                                   Owner   Due            Status',
        '1    Circulate the terms of reference         MN      30 June 2025   Open',
        '2    Arrange a site visit to the control      JS      July 2025      Open',
        '     room for Board members',
        '3    Publish the annual report                PS      May 2024       Complete',
      ].join('\n'),
    );
    expect(explicit(d).map((a) => [a.ref, a.text, a.owners, a.due])).toEqual([
      [
        '1',
        'Circulate the terms of reference',
        ['Mary Norton'],
        { kind: 'date', date: '2025-06-30' },
      ],
      [
        '2',
        'Arrange a site visit to the control room for Board members',
        ['James Smith'],
        { kind: 'date', date: '2025-07-31' },
      ],
    ]);
    expect(d.warnings.join(' ')).toMatch(/1 row\(s\) of the action log were already complete/);
  });

  it('reads a pipe table', () => {
    const d = minutes(
      '| Ref | Action | Owner | Due | Status |\n|-----|--------|-------|-----|--------|\n| 4 | Draft the winter plan | PS | 1 December 2025 | Open |\n| 5 | Review lighting in the park | All | Next meeting | Open |',
    );
    expect(explicit(d).map((a) => [a.ref, a.text, a.owners])).toEqual([
      ['4', 'Draft the winter plan', ['Priya Shah']],
      ['5', 'Review lighting in the park', ['All']],
    ]);
  });

  it('reads a table flattened by PDF-to-text into one cell per line', () => {
    const d = minutes(
      'Action log\n\nNo.\nAction\nOwner\nDue\nStatus\n1\nUpdate the CCTV map for the\ntown centre\nMN\nNext meeting\nOpen\n2\nWrite to the transport authority\nJS\n30 November 2025\nIn progress\n\nThe meeting closed at 4pm.',
    );
    expect(explicit(d).map((a) => [a.ref, a.text, a.owners, a.due])).toEqual([
      [
        '1',
        'Update the CCTV map for the town centre',
        ['Mary Norton'],
        { kind: 'next_meeting', date: '2025-03-11' },
      ],
      [
        '2',
        'Write to the transport authority',
        ['James Smith'],
        { kind: 'date', date: '2025-11-30' },
      ],
    ]);
  });
});

describe('names that are not actions', () => {
  it.each([
    'The Youth Action Plan was noted.',
    "The MPS was doing a lot of work around the Mayor's Action Plan.",
    'Time for Action funding continues.',
    'Action updates were received.',
    'ACTION PLAN FOR 2025',
    'Action for Children presented their report.',
    'ACTION 3: closed.',
    'Action 4.2 – the report has been circulated.',
    'ACTIONS ARISING FROM THE LAST MEETING',
    'Action: None.',
  ])('finds no action in "%s"', (line) => {
    expect(explicit(minutes(`3.1 ${line}`))).toEqual([]);
  });
});

describe('implicit commitments, offered as suggestions', () => {
  it('offers "It was agreed that X would ..." with its owner', () => {
    const d = minutes(
      '5.1 It was agreed that Priya Shah would invite the youth service to the next meeting.',
    );
    expect(explicit(d)).toEqual([]);
    expect(suggested(d)).toEqual([
      expect.objectContaining({
        text: 'Invite the youth service to the next meeting.',
        owners: ['Priya Shah'],
        accepted: false,
      }),
    ]);
  });

  it('offers "MOPAC officers will ..." with the group as owner', () => {
    const d = minutes('MOPAC officers will re-structure the draft strategy before circulating it.');
    expect(suggested(d)[0]).toMatchObject({ owners: ['MOPAC officers'] });
  });

  it('offers the items under "Key deliverables:" as one suggestion', () => {
    const d = minutes(
      'Gangs\n\nKey deliverables:\n\n- To produce a roadmap.\n\n- To map interventions.',
    );
    expect(suggested(d)[0]?.text).toBe('Produce a roadmap; Map interventions.');
  });
});

describe('warnings, not failures', () => {
  it('warns when no next meeting is given', () => {
    const d = parseMinutes(
      'Test Board\n\nMinutes\n\n14 January 2025\n\n1. ACTION: All to read the papers.',
    );
    expect(d.nextMeeting).toBeNull();
    expect(d.warnings.join(' ')).toMatch(/No date of next meeting/);
    expect(explicit(d)).toHaveLength(1);
  });

  it('warns when the weekday does not match the date', () => {
    const d = parseMinutes('Test Board\n\nMinutes\n\nMonday 14 January 2025\n');
    expect(d.meeting?.date).toBe('2025-01-14');
    expect(d.warnings.join(' ')).toMatch(/Tuesday/);
  });

  it('never carries an email address or phone number into the draft', () => {
    const d = minutes(
      'ACTION: JS to send the data to jane.smith@anytown.gov.uk or call 020 7946 0123.',
    );
    const json = JSON.stringify(d);
    expect(json).not.toMatch(/jane\.smith@/);
    expect(json).not.toMatch(/7946/);
    expect(one(d).text).toMatch(/\[email removed\].*\[phone removed\]/);
  });
});

describe('more layouts in common use', () => {
  it('reads "Action point:" and an "Action:" line that follows its paragraph without a blank line', () => {
    const d = minutes(
      '6. Estates\nThe board discussed the estates review.\nAction: JS to circulate the paper.\n\n7. Budget\nAction point: PS to confirm the allocation.',
    );
    expect(explicit(d).map((a) => [a.text, a.owners])).toEqual([
      ['Circulate the paper.', ['James Smith']],
      ['Confirm the allocation.', ['Priya Shah']],
    ]);
  });

  it('reads initials written with dots (J.S.)', () => {
    expect(one(minutes('ACTION: J.S. to update the risk register.')).owners).toEqual([
      'James Smith',
    ]);
  });

  it('reads attendees given as initial and surname ("Councillors A Baker, B Davies")', () => {
    const d = parseMinutes(
      'Licensing Committee\n\nMinutes of the meeting held on 3 March 2025\n\nPresent: Councillors A Baker (Chair), B Davies\n\n1. ACTION: AB to write to the applicant.\n',
    );
    expect(d.attendees.map((a) => [a.name, a.initials])).toEqual([
      ['A Baker', 'AB'],
      ['B Davies', null],
    ]);
    expect(one(d).owners).toEqual(['A Baker']);
  });

  it('reads "Time:" and "Venue:" lines under the date, and a numbered next-meeting item', () => {
    const d = parseMinutes(
      'Health and Wellbeing Board\n\nMinutes\n\nDate: Thursday 6 March 2025\nTime: 10.30am\nVenue: Council Chamber\n\n9. Date of next meeting\n\nThe next meeting will take place on 5 June 2025.\n',
    );
    expect(d.meeting).toEqual({
      date: '2025-03-06',
      time: '10:30',
      location: 'Council Chamber',
      board: null,
    });
    expect(d.nextMeeting?.date).toBe('2025-06-05');
  });

  it('reads an action log with "Action Point | Responsible Officer | Target Date" columns', () => {
    const d = minutes(
      'Ref\tAction Point\tResponsible Officer\tTarget Date\tRAG\n1\tRefresh the data sharing agreement\tJS\t30/04/2025\tAmber',
    );
    expect(one(d)).toMatchObject({
      ref: '1',
      owners: ['James Smith'],
      due: { kind: 'date', date: '2025-04-30' },
    });
  });

  it('stops an "Actions" list at the next numbered agenda heading', () => {
    const d = minutes(
      'Actions\n- JS to write to the Commissioner.\n\n5. FINANCE\n\n6. Any other business',
    );
    expect(explicit(d).map((a) => a.text)).toEqual(['Write to the Commissioner.']);
  });

  it('does not take a project named in an action for a person', () => {
    const a = one(minutes('ACTION: Project Oracle to be updated with the evaluation.'));
    expect(a.owners).toEqual([]);
  });

  it('reads "Lead:" and "Timescale:" labels after the action text', () => {
    const a = one(
      minutes(
        '5.3 Action: Refresh the information sharing agreement. Lead: PS Timescale: 30 April 2025',
      ),
    );
    expect(a).toMatchObject({
      text: 'Refresh the information sharing agreement.',
      owners: ['Priya Shah'],
      due: { kind: 'date', date: '2025-04-30' },
    });
  });

  it('reads the owner at the end of a bullet under "Actions" ("... – JS", "... (PS)")', () => {
    const d = minutes(
      'Actions\n- Circulate the revised timetable – JS\n- Book the venue for the spring workshop (PS)',
    );
    expect(explicit(d).map((a) => [a.text, a.owners])).toEqual([
      ['Circulate the revised timetable', ['James Smith']],
      ['Book the venue for the spring workshop', ['Priya Shah']],
    ]);
  });

  it('keeps council minute numbers ("23/45") as the minute ref', () => {
    expect(one(minutes('23/45 ACTION: JS to publish the decision notice.')).ref).toBe('23/45');
  });

  it('finds no action in minutes that record only decisions', () => {
    const d = parseMinutes(
      [
        'CABINET',
        '',
        'MINUTES of the meeting held on Wednesday 12 February 2025 at 7.00 pm',
        '',
        'PRESENT: Councillor Smith (Leader) (in the Chair); Councillors Jones, Patel and Brown.',
        '',
        '45. APOLOGIES FOR ABSENCE',
        'Apologies were received from Councillor Green.',
        '',
        '46. DECLARATIONS OF INTEREST',
        'None.',
        '',
        '47. BUDGET 2025/26',
        'The Cabinet considered the report of the Director of Finance on the action plan for savings.',
        'RESOLVED: That the budget be recommended to Council.',
        'Reasons for decision: to set a balanced budget.',
      ].join('\n'),
    );
    expect(d.documentKind).toBe('minutes');
    expect(d.meeting).toMatchObject({ date: '2025-02-12', time: '19:00' });
    expect(explicit(d)).toEqual([]);
  });

  it('keeps an organisation named as owner as a group: MOPAC, London Councils, TfL, MPS', () => {
    const d = minutes(
      '1.1 ACTION: MOPAC to circulate the draft plan.\n\n1.2 ACTION: London Councils to survey the boroughs.\n\n1.3 ACTION: TfL to review bus routes.\n\n1.4 ACTION: MPS to share the data.',
    );
    expect(explicit(d).map((a) => a.ownerDetails.map((o) => [o.kind, o.name]))).toEqual([
      [['group', 'MOPAC']],
      [['group', 'London Councils']],
      [['group', 'TfL']],
      [['group', 'MPS']],
    ]);
  });

  it('takes "the Mayor" to be the one attendee who is Mayor, and flags it for confirmation', () => {
    const d = parseMinutes(
      'London Crime Reduction Board\n\nMinutes of Meeting\n\n29 September 2010\n\nPRESENT:\n\nBoard: Mayor for London Boris Johnson, Kit Malthouse AM\n\n1. WELCOME\n\n1.1 ACTION: The Mayor to write to the Home Secretary.\n\n1.2 ACTION: The Director to report back.',
    );
    const [mayor, director] = explicit(d);
    expect(mayor!.owners).toEqual(['Boris Johnson']);
    expect(mayor!.flags.join(' ')).toMatch(/taken to be Boris Johnson.*confirm/);
    expect(director!.ownerDetails).toEqual([
      expect.objectContaining({ kind: 'group', name: 'Director' }),
    ]);
  });

  it('reads an action written after the discussion in the same paragraph', () => {
    const d = minutes(
      '4.5 The Board agreed the approach. ACTION: JS to circulate the final version.\n\n4.6 Partners supported the bid. Action: MN',
    );
    expect(explicit(d).map((a) => [a.ref, a.text, a.owners])).toEqual([
      ['4.5', 'Circulate the final version.', ['James Smith']],
      ['4.6', 'Partners supported the bid.', ['Mary Norton']],
    ]);
  });

  it('reads a London Councils attendance list: borough, then title and name', () => {
    const d = parseMinutes(
      "Minutes of the London Councils Leaders' Committee held on Tuesday 4 December 2018 at 11:30am\n\nPresent\n\nBarking and Dagenham\tCllr Darren Rodwell\nCity of London\tCatherine McGuinness\nTower Hamlets\tMayor John Biggs\n\nApologies:\nSutton\tCllr Ruth Dombey\n\n1. Apologies for absence\n",
    );
    expect(d.board).toBe("London Councils Leaders' Committee");
    expect(d.attendees.map((a) => [a.name, a.role, a.org])).toEqual([
      ['Darren Rodwell', 'Cllr', 'Barking and Dagenham'],
      ['Catherine McGuinness', null, 'City of London'],
      ['John Biggs', 'Mayor', 'Tower Hamlets'],
    ]);
    expect(d.apologies).toEqual(['Ruth Dombey']);
  });

  it('reads initials that skip a middle name (HD for Hamera Asfa Davey)', () => {
    const d = minutes(
      'ACTION: HD to collate the borough returns.',
      'Present:\nHamera Asfa Davey, MPA\nJames Smith, Council',
    );
    expect(one(d).owners).toEqual(['Hamera Asfa Davey']);
  });

  it('reads a paragraph number or an ACTION marker left on a line of its own by PDF export', () => {
    const d = minutes(
      '4.20.\nACTION: JS to bring back a proposal.\n\n4.21.\n\nACTION\n\nPS was asked to brief the teams.',
    );
    expect(explicit(d).map((a) => [a.ref, a.text, a.owners])).toEqual([
      ['4.20', 'Bring back a proposal.', ['James Smith']],
      ['4.21', 'Brief the teams.', ['Priya Shah']],
    ]);
  });

  it('reads "all Board members" as a group and a due date in a short UK form (31/03/25)', () => {
    const a = one(
      minutes('2.7 Comments on the draft to be sent by 31/03/25. (Action: all Board members)'),
    );
    expect(a.ownerDetails).toEqual([
      expect.objectContaining({ kind: 'group', name: 'all Board members' }),
    ]);
    expect(a.due).toEqual({ kind: 'date', date: '2025-03-31' });
  });

  it('finds the due date in "ACTION: JS (by 31 March)" under the paragraph it belongs to', () => {
    const a = one(minutes('3.2 The revised protocol was welcomed.\n\nACTION: JS (by 31 March)'));
    expect(a).toMatchObject({
      text: 'The revised protocol was welcomed.',
      owners: ['James Smith'],
    });
    expect(a.due).toEqual({ kind: 'date', date: '2025-03-31' });
  });
});
