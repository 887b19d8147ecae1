/**
 * Families of explicit actions as other bodies write them (issue 14): each form in more than
 * one shape, owners resolved only when the document says who they are.
 */
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/minutes/parse.ts';
import type { Draft, DraftAction } from '../../src/minutes/draft.ts';

const ATTENDANCE = `Present:
Jane Claxton (JC) Chair
Chris Welfare (CW)
Mark Hughes (MH) Director of Finance
Tara Green (TG)
Louise Collis (Clerk)

Apologies: Alan Wu`;

const minutes = (body: string, attendance = ATTENDANCE) =>
  parseMinutes(
    `Anytown Partnership Board\n\nMinutes of the meeting held on Tuesday 14 January 2025\n\n${attendance}\n\n${body}\n`,
  );

const explicit = (d: Draft): DraftAction[] => d.actions.filter((a) => a.kind === 'explicit');
const brief = (d: Draft) => explicit(d).map((a) => ({ text: a.text, owners: a.owners }));

describe('action sheet rows with " / " between cells', () => {
  it('takes the action from the line that names its owner, not the context above it', () => {
    const d = minutes(
      `Action Sheet

1. / Members had asked for training on the new duties
Chris to arrange a training session for members / Chris
2. / Tara Green And Chris to draft the joint protocol. Members are asked to send comments to Tara. / Tara and
3. / Jane to write to the chief constable.
NB: members will be invited to a briefing once the letter is sent. / Jane`,
    );
    expect(brief(d)).toEqual([
      { text: 'Arrange a training session for members', owners: ['Chris Welfare'] },
      { text: 'Draft the joint protocol.', owners: ['Tara Green', 'Chris Welfare'] },
      { text: 'Write to the chief constable.', owners: ['Jane Claxton'] },
    ]);
  });
});

describe('numbered or bulleted action lists under a heading', () => {
  it('reads "Action items" bullets with the owner last, in any of its usual shapes', () => {
    const d = minutes(
      `5. Highways

Action items:
• Write to the highways authority about the potholes – Clerk
• Circulate the draft budget (CW)
• Book the hall for the annual meeting - JC`,
    );
    expect(brief(d)).toEqual([
      { text: 'Write to the highways authority about the potholes', owners: ['Louise Collis'] },
      { text: 'Circulate the draft budget', owners: ['Chris Welfare'] },
      { text: 'Book the hall for the annual meeting', owners: ['Jane Claxton'] },
    ]);
  });

  it('reads a follow-up heading written with slashes, items without an owner', () => {
    // Shape of http://solihull-sustain.org.uk/2014/07/local-safeguarding-children-board-meeting-15th-july-2014/
    const d = minutes(
      `Key Points Discussed:
  • The budget remains a concern.

Potential Follow Up Action/Discussion/Feedback Required:
  • Cascade the Early Help Strategy to front-line staff
  • Cascade the attached checklist to schools`,
    );
    expect(brief(d)).toEqual([
      { text: 'Cascade the Early Help Strategy to front-line staff', owners: [] },
      { text: 'Cascade the attached checklist to schools', owners: [] },
    ]);
  });

  it('does not take motions passed under "Summary of actions" for actions', () => {
    const d = minutes(
      `Summary of actions
1. RESOLVED that the accounts for 2024 be approved.
2. It was agreed that the grant be paid.
3. TG to write to the funder with the decision.`,
    );
    expect(brief(d)).toEqual([
      { text: 'Write to the funder with the decision.', owners: ['Tara Green'] },
    ]);
  });

  it('under "Matters arising" takes only items that name who acts', () => {
    const d = minutes(
      `136. Action Log/ Matters Arising
136.1 The newsletter had been delivered to every house in the parish.
136.2 Training had been provided to staff on the new reporting system.
136.3 Clerk to write to the district council about the bins.
137. Planning
137.1 No applications had been received.`,
    );
    expect(brief(d)).toEqual([
      { text: 'Write to the district council about the bins.', owners: ['Louise Collis'] },
    ]);
  });
});

describe('action markers', () => {
  it('reads "Action:" alone with its text in the next paragraph', () => {
    const d = minutes(
      `4. Review of partnerships\n\nAction:\n\nOfficers to progress in line with members' comments.`,
    );
    expect(brief(d)).toEqual([
      { text: "Progress in line with members' comments.", owners: ['Officers'] },
    ]);
  });

  it('reads an "Action Point N" block with "Owner:" on a line of its own', () => {
    // Shape of the Transport Scotland Local Partnership Forum minutes.
    const d = minutes(
      `Welcome and Introductions\nThe Chair welcomed the group.\nAction Point 1\nPapers to be issued to attendees.\nOwner: Tara Green\nOverview of the Framework\nBD presented the framework.`,
    );
    expect(explicit(d).map((a) => ({ ref: a.ref, text: a.text, owners: a.owners }))).toEqual([
      { ref: '1', text: 'Papers to be issued to attendees.', owners: ['Tara Green'] },
    ]);
  });

  it('splits one marker line shared by several actions, each with its owner', () => {
    const d = minutes(
      `3. Grants\nThe panel discussed the applications. ACTION: CW to write to the applicants; TG to circulate the scoring sheet.`,
    );
    expect(brief(d)).toEqual([
      { text: 'Write to the applicants', owners: ['Chris Welfare'] },
      { text: 'Circulate the scoring sheet.', owners: ['Tara Green'] },
    ]);
  });

  it('stops the action at the narrative that follows it on the same line', () => {
    const d = minutes(
      `2. Expenses\nAction: Board to send their bank details to the Clerk. It was noted that two members will not be claiming expenses.\nAction: MH to check the budget. Jane to brief the auditors.`,
    );
    expect(brief(d)).toEqual([
      { text: 'Send their bank details to the Clerk.', owners: ['Board'] },
      { text: 'Check the budget.', owners: ['Mark Hughes'] },
      { text: 'Brief the auditors.', owners: ['Jane Claxton'] },
    ]);
  });

  it('reads "Name to action" as the owner of the sentence before it', () => {
    const d = minutes(
      `6. Website\n\nThe council website needs the new standing orders added. Clerk to action.\nThe noticeboard glass is cracked and needs replacing. CW to action.`,
    );
    expect(brief(d)).toEqual([
      {
        text: 'The council website needs the new standing orders added.',
        owners: ['Louise Collis'],
      },
      { text: 'The noticeboard glass is cracked and needs replacing.', owners: ['Chris Welfare'] },
    ]);
  });
});

describe('owners in a right-hand margin (PDF text)', () => {
  it('reads initials far right of the line, on the first or the last line of an item', () => {
    const d = minutes(
      `4. Highways
4.1 The clerk will write to the highways authority                          CL
about the potholes on Church Lane.
4.2 Members agreed that the bench by the pond should                         
be replaced before the summer                                                JC/CW
Circulate the revised terms of reference to members                          TG
Arrange the next meeting with the police                                     All`,
      ATTENDANCE.replace('Louise Collis (Clerk)', 'Carol Lane (CL) Clerk'),
    );
    expect(explicit(d).map((a) => ({ ref: a.ref, text: a.text, owners: a.owners }))).toEqual([
      {
        ref: '4.1',
        text: 'The clerk will write to the highways authority about the potholes on Church Lane.',
        owners: ['Carol Lane'],
      },
      {
        ref: '4.2',
        text: 'Members agreed that the bench by the pond should be replaced before the summer',
        owners: ['Jane Claxton', 'Chris Welfare'],
      },
      {
        ref: null,
        text: 'Circulate the revised terms of reference to members',
        owners: ['Tara Green'],
      },
      { ref: null, text: 'Arrange the next meeting with the police', owners: ['All'] },
    ]);
  });

  it('does not take a short word at the end of a spaced line for an owner', () => {
    const d = minutes(
      `5. Finance\nThe accounts were received                                   2024\nThe meeting closed at        9pm`,
    );
    expect(explicit(d)).toEqual([]);
  });
});

describe('a page flattened into one very long line', () => {
  const filler = 'The board discussed the quarterly performance report in detail. '.repeat(6);

  it('finds the items of an action table whose cells were run together', () => {
    // Shape of a yumpu.com page made from a PDF action table (tags and glued cells kept).
    const d = minutes(
      `3. COMMENTARY3.1. ${filler}The following table sets out the action points:Item Action Responsible Officer Comments4.1.1 Needs Assessment to be addedto the <strong>Board</strong> WorkProgramme4.4.1 <strong>Minutes</strong> of meeting to be added to the website5.1.4 Conference outcomes paper to bebrought to the meeting on 21 September 2009 6.7 Further details requiredon the use of patrols in supporting thereduction of absences within schools`,
    );
    expect(explicit(d).map((a) => [a.ref, a.text])).toEqual([
      ['4.1.1', 'Needs Assessment to be addedto the Board Work Programme'],
      ['4.4.1', 'Minutes of meeting to be added to the website'],
      ['5.1.4', 'Conference outcomes paper to bebrought to the meeting on 21 September 2009'],
      [
        '6.7',
        'Further details requiredon the use of patrols in supporting thereduction of absences within schools',
      ],
    ]);
  });

  it('cuts at each action marker, so an action does not swallow the next item', () => {
    const d = minutes(
      `2. Matters arising ${filler}ACTION: CW to write to the funder. 3. Budget ${filler}Action: TG to circulate the revised budget. 4. Any other business ${filler}`,
    );
    expect(brief(d)).toEqual([
      { text: 'Write to the funder.', owners: ['Chris Welfare'] },
      { text: 'Circulate the revised budget.', owners: ['Tara Green'] },
    ]);
  });
});

describe('minutes set out as "Item / Notes / Action" cells', () => {
  it('takes the last sentence of the notes cell as the action of the owner in the last cell', () => {
    // Shape of the Weston Area Health Trust Patients' Council notes (docx flattened with " / ").
    const d = minutes(
      `Item / Notes / Action
1. / Welcome and introductions
New members introduced themselves. The Chair reported that one member had resigned. A volunteer for the audit committee will now be required. / All
2. / Procurement
TG advised that the director will attend the next meeting. TG will put this request to the director. / TG
3. / Dates
Lyn Romeo / Assistant Director`,
    );
    expect(explicit(d).map((a) => ({ ref: a.ref, text: a.text, owners: a.owners }))).toEqual([
      {
        ref: '1',
        text: 'A volunteer for the audit committee will now be required',
        owners: ['All'],
      },
      { ref: '2', text: 'Put this request to the director', owners: ['Tara Green'] },
    ]);
  });
});

describe('owners after a marker', () => {
  it('reads "ACTION: ALL" as everyone and an office followed by "to" as the attendee who holds it', () => {
    const d = minutes(
      `3. Budget\nMembers to send comments on the draft budget by 1 March. ACTION: ALL\n\n4. Accounts\nAction: the Director of Finance to circulate the figures.`,
    );
    expect(brief(d)).toEqual([
      { text: 'Members to send comments on the draft budget by 1 March.', owners: ['All'] },
      // The attendance names Mark Hughes as Director of Finance.
      { text: 'Circulate the figures.', owners: ['Mark Hughes'] },
    ]);
  });

  it('keeps the owner of a listed item whose marker follows it on the same line', () => {
    const d = minutes(
      `3. Actions agreed\n\n3.1 Agree the dates of the development sessions. Action: JC\n3.2 Bring the police data to the sub-group. Action: TG`,
    );
    expect(brief(d)).toEqual([
      { text: 'Agree the dates of the development sessions.', owners: ['Jane Claxton'] },
      { text: 'Bring the police data to the sub-group.', owners: ['Tara Green'] },
    ]);
  });

  it('keeps a numbered item title out of the action below it', () => {
    const d = minutes(`3. Hedges\nThe hedge on Church Lane needs cutting. Action – Clerk`);
    expect(brief(d)).toEqual([
      { text: 'The hedge on Church Lane needs cutting.', owners: ['Louise Collis'] },
    ]);
  });
});

describe('action-log tables in more flattenings', () => {
  const rows = (d: Draft) => explicit(d).map((a) => [a.ref, a.text, a.owners, a.due?.date]);
  const want = [
    ['1', 'Write to the council about parking', ['Jane Claxton'], '2025-03-31'],
    ['2', 'Circulate the safety report', ['Tara Green'], '2025-04-30'],
  ];

  it('does not take the verb opening a row for a first name ("Write to the council")', () => {
    const slashes = minutes(
      'Action log\nNo. / Action / Lead / Due\n1 / Write to the council about parking / JC / March 2025\n2 / Circulate the safety report / TG / April 2025',
    );
    const tabs = minutes(
      'Action log\n1\tWrite to the council about parking\tJC\tMarch 2025\n2\tCirculate the safety report\tTG\tApril 2025',
    );
    expect(rows(slashes)).toEqual(want);
    expect(rows(tabs)).toEqual(want);
  });

  it('reads one cell a line with the owner column before the action', () => {
    const d = minutes(
      'Action log\nNo.\nOwner\nAction\nDue\n1\nJC\nWrite to the council about parking\nMarch 2025\n2\nTG\nCirculate the safety report\nApril 2025',
    );
    expect(rows(d)).toEqual(want);
  });
});

describe('offices resolved to whoever the document says holds them', () => {
  const council = (present: string) =>
    parseMinutes(
      `Anytown Parish Council\n\nMinutes of the meeting held on Tuesday 14 January 2025\n\n${present}\n\n3. Hedges\n\nThe hedge needs cutting. Action – Clerk\n`,
    );

  it('reads "Clerk: Mrs Jane Smith" outside the attendance list', () => {
    const d = council('Present: Cllrs Welfare, Green and Hughes\nClerk: Mrs Louise Collis');
    expect(brief(d)).toEqual([{ text: 'The hedge needs cutting.', owners: ['Louise Collis'] }]);
  });

  it('keeps the office as written when two people are named for it', () => {
    const d = council(
      'Present: Cllrs Welfare, Green and Hughes\nClerk: Mrs Louise Collis\nApologies: Tom Baker (Clerk)',
    );
    expect(brief(d)).toEqual([{ text: 'The hedge needs cutting.', owners: ['Clerk'] }]);
  });
});

describe('"Owner:" and "Due:" on the line below an action', () => {
  it('gives a list item and a marked action the owner labelled beneath them', () => {
    const d = minutes(
      `Action items:\n• Write to the council about the verges\nOwner: Clerk Due: 1 March 2025\n• Book the hall\nOwner: JC\n\n5. Grants\nACTION: Circulate the grant criteria to members.\nOwner: TG`,
    );
    expect(explicit(d).map((a) => [a.text, a.owners, a.due?.date])).toEqual([
      ['Write to the council about the verges', ['Louise Collis'], '2025-03-01'],
      ['Book the hall', ['Jane Claxton'], null],
      ['Circulate the grant criteria to members.', ['Tara Green'], null],
    ]);
  });
});
