/**
 * Round 2 of the explicit-action families (issue 14): shapes taken from real public minutes,
 * the source URL beside each, so the rules are held to how bodies write rather than to one
 * corpus document.
 */
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/minutes/parse.ts';
import type { Draft } from '../../src/minutes/draft.ts';

const explicit = (d: Draft) =>
  d.actions.filter((a) => a.kind === 'explicit').map((a) => ({ text: a.text, owners: a.owners }));

// Attendance as Derby and Derbyshire CCG's governing body wrote it, with a mixed-case "(MWh)"
// beside a plain "(MW)": https://joinedupcarederbyshire.co.uk/?p=9622
const DERBY = `Derby and Derbyshire CCG Governing Body Meeting in Public
Held on 7 th April 2022 via Microsoft Teams
CONFIRMED
Present:
Dr Avi Bhatia (AB) Clinical Chair
Dr Penny Blackwell (PB) Governing Body GP
Dr Merryl Watkins (MW) Governing Body GP
Martin Whittle (MWh) Lay Member for Patient and Public Involvement / Vice Chair
In attendance:
Dawn Litchfield (DL) Executive Assistant to the Governing Body / Minute Taker
GBP/2223/001: Welcome, Apologies & Quoracy
Dr Avi Bhatia (AB) welcomed members to the meeting.
Apologies were noted as above.
`;

describe('mixed-case initials the attendance list declares', () => {
  it('resolves "MWh" to the person declared with it, apart from "MW"', () => {
    const d = parseMinutes(
      `${DERBY}\nGBP/2223/002: Engagement\nThe engagement summary to be circulated to members. ACTION: MWh\n\nThe GP rota to be reviewed (Action MW).\n`,
    );
    expect(explicit(d)).toEqual([
      { text: 'The engagement summary to be circulated to members.', owners: ['Martin Whittle'] },
      { text: 'The GP rota to be reviewed', owners: ['Merryl Watkins'] },
    ]);
  });

  it('does not take a plural such as "GPs" or undeclared "DHo" for an owner', () => {
    const d = parseMinutes(
      `${DERBY}\nGBP/2223/002: Primary care\nThe rota to be reviewed. ACTION: GPs\n\nThe list to be sent to members. ACTION: DHo\n`,
    );
    expect(explicit(d).flatMap((a) => a.owners)).toEqual([]);
  });
});

describe('coded minute numbers as item headings', () => {
  it('keeps "GBP/2223/002: Finance" out of the action below it', () => {
    const d = parseMinutes(
      `${DERBY}\nGBP/2223/002: Finance\nAB to circulate the finance summary to members. ACTION: AB\n`,
    );
    expect(explicit(d)).toEqual([
      {
        text: expect.stringMatching(/^(?:AB to c|C)irculate the finance summary to members\.$/),
        owners: ['Avi Bhatia'],
      },
    ]);
  });
});

describe('space-aligned action logs whose refs are coded', () => {
  // The shape of a trust board action log read from PDF with its columns kept by position,
  // refs as NHS logs number them (cf. https://www.eastamb.nhs.uk/about-us/action-tracker-copy-4.htm,
  // "85.6 ... PUB22/3/85"). Each row has its own ref, so owner cells never run together.
  const LOG = `Trust Board

Minutes of the meeting held on 3 July 2012

Present:
Max Power (MP) Chief Executive
Ann Lee (AL) Director of Finance

Action Log

Ref        Action                                      Owner     Due
TB 12/01   Circulate the estates strategy              Max       Sept 2012
TB 12/02   Report back on the staff survey             Ann       Oct 2012
PUB22/3/85  Review the risk register                   Max       Nov 2012
`;

  it('reads one action a row, each with its own owner, never "Max Ann Max"', () => {
    expect(explicit(parseMinutes(LOG))).toEqual([
      { text: 'Circulate the estates strategy', owners: ['Max Power'] },
      { text: 'Report back on the staff survey', owners: ['Ann Lee'] },
      { text: 'Review the risk register', owners: ['Max Power'] },
    ]);
  });

  it('leaves rows whose refs it cannot part unassigned rather than inventing an owner', () => {
    const d = parseMinutes(LOG.replace(/^(TB 12\/0\d|PUB22\/3\/85)/gm, (r) => `#${r}`));
    for (const a of explicit(d))
      expect(a.owners.every((o) => /^(?:Max Power|Ann Lee)$/.test(o))).toBe(true);
  });
});

describe('a PDF table whose wrapped cell comes back at the left margin', () => {
  // Rows from East of England Ambulance Service's public board action tracker
  // (https://www.eastamb.nhs.uk/about-us/action-tracker-copy-4.htm), laid out as the PDF reader
  // returns a table whose status cell wrapped past the page width: a blank line, then the rest
  // of the cell at the left margin, then the next row.
  const TRACKER = `In Public Trust Board Action Tracker for the meeting on 10.05.2023

Present:
Wendy Thomas (WT) Non-Executive Director
Dan Owen (DO) Director of Nursing

Action Log

 Ref     Action                                                       Lead      Due Date     Status
 85.6    Work with the DoN to share local organisations who could     WT        10.05.2023   Verbal update to

be provided
 90.13   Report timeline for the next phase of IPR developments       DO        10.05.2023   Proposed new metrics

being agreed
 68.4    Key strategic contracts to be identified and KPIs monitored  DO        10.05.2023   O
`;

  it('keeps reading the rows below the stray piece', () => {
    expect(explicit(parseMinutes(TRACKER))).toEqual([
      {
        text: 'Work with the DoN to share local organisations who could',
        owners: ['Wendy Thomas'],
      },
      { text: 'Report timeline for the next phase of IPR developments', owners: ['Dan Owen'] },
      {
        text: 'Key strategic contracts to be identified and KPIs monitored',
        owners: ['Dan Owen'],
      },
    ]);
  });

  it('still ends the table at running text after a blank line', () => {
    const d = parseMinutes(
      `${TRACKER}\nThe Board noted the tracker and thanked officers for the update.\n`,
    );
    expect(explicit(d)).toHaveLength(3);
  });
});

describe('rows with the owner first, cells parted by " | ", no number and no header', () => {
  // The actions of Plymtree Parish Council's minutes of 3 September 2019
  // (https://plymtree.org.uk/2019/09/03/parish-council-minutes-3-september-2019/) set out as
  // an action sheet exported from a table: owner | action | when.
  const PLYMTREE = `Plymtree Parish Council

Draft minutes of meeting held on 3rd September 2019 at 7.30 pm in the Vestry Room.

Present: Cllrs I Robinson (IR), R Tift (RT), A Cook (AC), J Penman (JP), A Stride (AS), S Martin (SM), S Stephens (SS), J Franklyn (JF, Clerk)

Action sheet

SS | Discuss outline proposals for the village recreation ground with Sulina Tallack | October
RT | Contact DCC Highways department re drainage of water from the highways | October
SS / RT | Work with Sean Parker to create a draft schedule of works | November
`;

  it('reads each row as an action with the owner from its first cell', () => {
    expect(explicit(parseMinutes(PLYMTREE))).toEqual([
      {
        text: 'Discuss outline proposals for the village recreation ground with Sulina Tallack',
        owners: ['S Stephens'],
      },
      {
        text: 'Contact DCC Highways department re drainage of water from the highways',
        owners: ['R Tift'],
      },
      {
        text: 'Work with Sean Parker to create a draft schedule of works',
        owners: ['S Stephens', 'R Tift'],
      },
    ]);
  });

  it('does not read a name | role | organisation list as actions', () => {
    const d = parseMinutes(`Plymtree Parish Council

Minutes of the meeting held on 3 September 2019

Also in attendance

Sulina Tallack | Sports Development Officer | East Devon District Council
Sean Parker | Groundsman | Plymtree Cricket Club
`);
    expect(explicit(d)).toEqual([]);
  });
});

describe('a Word table flattened with " / ", coded refs and the owner at the end of the row', () => {
  // "Summary of Actions from the Board meeting on 28 February 2018", as published:
  // https://docsbay.net/summary-of-actions-from-the-board-meetingon-28-february-2018
  // (attendance added so that the initials resolve).
  const SUMMARY = `Trust Board

Minutes of the meeting held on 28 February 2018

Present:
Tim Bell (TB) Chair
Helen Smith (HS) Director of Finance

Summary of Actions from the Board meetingon 28 February 2018
Relevant Item / Action / Responsibility
Actions held over from previous meeting on 25 October 2017
BOD 180/17(b)-(c) / Board Assurance Framework (BAF)
To update the following:
  • risk at SO 2.3 around financial exposure to separate out the risk relating to achievement of CIP; and
  • workforce risks at SO 5.1(A&B) and 5.2 to revise narrative and description
Status:in progress – for next BAF update April 2018. / HS
Actions from meeting on 28 February 2018
BOD 24/18(b) / Gender pay gap reporting
The Trust to publish gender pay gap reporting by the end of March 2018.
Status:in progress / TB
`;

  it('reads a row per ref, owned by the last cell, not by "The Trust"', () => {
    const found = explicit(parseMinutes(SUMMARY));
    expect(found.map((a) => a.owners)).toEqual([['Helen Smith'], ['Tim Bell']]);
    expect(found[1]!.text).toMatch(/publish gender pay gap reporting by the end of March 2018\.$/);
    // The status cell and the group heading are not part of the action.
    expect(found.map((a) => a.text).join(' ')).not.toMatch(/Status|Actions from meeting/);
  });

  it('leaves out a row whose status is complete', () => {
    const d = parseMinutes(SUMMARY.replace('Status:in progress / TB', 'Status:complete / TB'));
    expect(explicit(d).map((a) => a.owners)).toEqual([['Helen Smith']]);
  });
});

describe('a role as the owner after an action marker', () => {
  // YouthBorders Public Protection Committee minutes, 12 August 2025, dash-bulleted:
  // https://youth.leighlacy.co.uk/?p=285
  const YOUTH = `YouthBorders Public Protection Committee Meeting Minutes
Date: 12 August 2025
Chair: Jane Smith
Minutes Taken By: Alex Taylor
5. New Business
-
Consideration of online reporting tool for youth concerns.
-
Action: Chair to explore vendor options and report back at next meeting.
-
7. AOB (Any Other Business)
-
Suggestion to introduce anonymous feedback form for youth participants.
-
Action: Community Liaison to draft proposal for next meeting.
-
`;

  it('keeps a role no one is named for as written, and the Chair as the person named Chair', () => {
    expect(explicit(parseMinutes(YOUTH))).toEqual([
      { text: 'Explore vendor options and report back at next meeting.', owners: ['Jane Smith'] },
      { text: 'Draft proposal for next meeting.', owners: ['Community Liaison'] },
    ]);
  });

  it('does not suggest a role in running text as an owner', () => {
    const d = parseMinutes(
      `${YOUTH}\nThe Community Liaison will be recruited in the autumn and the Project Manager said the plan was on track.\n`,
    );
    expect(d.actions.filter((a) => a.kind === 'suggested').flatMap((a) => a.owners)).toEqual([]);
  });
});

describe('a PDF reading that puts the first row on the header line', () => {
  // What extractText returns for the space-aligned log above once LibreOffice has made a PDF
  // of it: the header and the first row share a line.
  it('reads the first row as a row, not as more header cells', () => {
    const d = parseMinutes(`Trust Board

Minutes of the meeting held on 3 July 2012

Present:
Max Power (MP) Chief Executive
Ann Lee (AL) Director of Finance

Action Log

Ref        Action                                      Owner     Due             TB 12/01   Circulate the estates strategy             Max       Sept 2012
TB 12/02   Report back on the staff survey             Ann       Oct 2012
`);
    expect(explicit(d)).toEqual([
      { text: 'Circulate the estates strategy', owners: ['Max Power'] },
      { text: 'Report back on the staff survey', owners: ['Ann Lee'] },
    ]);
  });
});
