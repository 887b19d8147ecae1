import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/minutes/parse.ts';
import type { Draft, DraftAction } from '../../src/minutes/draft.ts';

/** Minutes with a plain head, so each test shows only the form it is about. */
const minutes = (body: string) =>
  parseMinutes(
    `Anytown Community Safety Partnership\n\nMinutes of the meeting held on Tuesday 14 January 2025 at 2.00pm, Town Hall\n\nPresent:\nCllr Mary Norton (Chair)\nJames Smith\nPriya Shah\n\n1. Matters arising\n\n${body}\n`,
  );

const suggested = (d: Draft): DraftAction[] => d.actions.filter((a) => a.kind === 'suggested');
const texts = (d: Draft) => suggested(d).map((a) => [a.ownersAsWritten, a.text]);

describe('implicit commitments: the subject is named in the text', () => {
  it('reads "It was agreed that PC Arnold would ..." with a police rank before the surname', () => {
    // https://www.haringey.gov.uk (Haringey Community Safety Partnership, 13 June 2013)
    const d = minutes(
      'It was agreed that PC Arnold would liaise with Hazel Simmonds to arrange for the BTP crime stats to be included within future performance monitoring reports.',
    );
    expect(texts(d)).toEqual([
      [
        'PC Arnold',
        'Liaise with Hazel Simmonds to arrange for the BTP crime stats to be included within future performance monitoring reports.',
      ],
    ]);
  });

  it('reads "It was agreed that, from May, WG Chairs would ..." past a clause before the subject', () => {
    const d = minutes(
      '2.2.1 It was agreed that with effect from the May 2008 meeting, WG Chairs would report any new members to the SG.',
    );
    expect(texts(d)).toEqual([['WG Chairs', 'Report any new members to the SG.']]);
  });

  it('reads "LB volunteered to ..." and "Amanda Jones, CCBC, would bring it back ..."', () => {
    const d = minutes(
      'LB volunteered to organize the street clean event with Freshview.\n\nCorporate Risks - discussed at length at the last meeting. Amanda Jones, CCBC, would bring it back to a further meeting.',
    );
    expect(texts(d)).toEqual([
      ['LB', 'Organize the street clean event with Freshview.'],
      ['Amanda Jones', 'Bring it back to a further meeting.'],
    ]);
  });

  it('reads "had asked J Harrison to report back" late in a long sentence', () => {
    // https://www.nzblood.co.nz (NZ Blood Service Board, 28 May 2020)
    const d = minutes(
      'D Chamberlain advised that this was more a risk around the process and had asked J Harrison to report back to the Board on how the controls had been strengthened.',
    );
    expect(texts(d)).toEqual([
      ['J Harrison', 'Report back to the Board on how the controls had been strengthened.'],
    ]);
  });

  it('reads "X to ..." after a comma or a dash that ends a clause of prose', () => {
    const d = minutes(
      'a) Waiting for a date, Sharon Donnelly / George Westcott to attend when CQC do the assessment.\n\nWe are still awaiting confirmation of budget allocation from the YJB – MB to consider emailing Malcolm Potter.\n\nb) The Practice Manager to email the PPG Secretary with any Practice News.',
    );
    expect(texts(d)).toEqual([
      ['Sharon Donnelly / George Westcott', 'Attend when CQC do the assessment.'],
      ['MB', 'Consider emailing Malcolm Potter.'],
      ['The Practice Manager', 'Email the PPG Secretary with any Practice News.'],
    ]);
  });

  it('reads "agreed by the group to ..." and "X noted she would provide ..."', () => {
    const d = minutes(
      'Reviewed previous survey questions – agreed by the group to produce a draft survey in April.\n\nThe PCC noted she would provide a breakdown of the statistics to be circulated via e-mail to the Panel.',
    );
    expect(texts(d)).toEqual([
      ['the group', 'Produce a draft survey in April.'],
      [
        'The PCC',
        'Provide a breakdown of the statistics to be circulated via e-mail to the Panel.',
      ],
    ]);
  });
});

describe('implicit commitments: what is not one', () => {
  it('reads "The Panel asked that the Commissioner provide ...", not a wish of the board', () => {
    const d = minutes(
      'The Panel asked that the Commissioner provide a breakdown of the figures.\n\nTravis asked that the board use the speaker phone. KT asked that it be built into the schedule.',
    );
    expect(texts(d)).toEqual([['the Commissioner', 'Provide a breakdown of the figures.']]);
  });

  it('reads a commitment after a topic and a semicolon', () => {
    // Josephine Avenue JAG, 8 October 2008 (corpus/minutes/josephine-avenue-jag-2008-10-08.txt)
    const d = minutes(
      '6. Autumn Street clean / Chestnut leaf clear up / Freshview; LB volunteered to organize event with Freshview (Keith).',
    );
    expect(texts(d)).toEqual([['LB', 'Organize event with Freshview (Keith).']]);
  });

  it('does not suggest a motion, a noted report, the minutes or what was done', () => {
    const d = minutes(
      [
        'RESOLVED that the Panel would write to the Commissioner.',
        'It was agreed to note the report.',
        'The report was noted.',
        'The Board agreed the minutes of the last meeting.',
        'JS had circulated the paper and Priya Shah reported that she had met the partners.',
        'It was agreed that the action plan would be refreshed.',
        'Priya Shah would like to thank the officers. James Smith would not be able to attend.',
      ].join('\n\n'),
    );
    expect(suggested(d)).toEqual([]);
  });

  it('does not suggest ongoing work, an agenda line or an action-log row with its status', () => {
    const d = minutes(
      'Anne Reuter will be working with staff and young people on interventions.\n\nThe Chair to lead on this item (copy attached).\n\nCW to submit claim for Neighbourhood Plan Grant CW By Next meeting In Progress. CW to submit – ongoing',
    );
    expect(suggested(d)).toEqual([]);
  });

  it('does not take a title or a clause for a subject', () => {
    const d = minutes(
      'Welcome Packs – RM to distribute.\n\nThe Board would welcome a further report. Priya Shah would have liked more notice. It was agreed that the action plan would be revised.',
    );
    expect(suggested(d)).toEqual([]);
  });
});

describe('implicit commitments: what they say is to be done', () => {
  it('does not suggest a bare verb, a future post or a row beside a status cell', () => {
    const d = minutes(
      'PC Wylie said that he would investigate.\n\nDr Borman would become Medical Director in April.\n\nRepainting of phonebox by BT Clerk Ongoing BT Openreach have added the phonebox to the schedule. Clerk to monitor',
    );
    expect(suggested(d)).toEqual([]);
  });

  it('takes "X noted she could provide ..." as an offer', () => {
    const d = minutes('The PCC noted she could provide a breakdown of the statistics.');
    expect(texts(d)).toEqual([['The PCC', 'Provide a breakdown of the statistics.']]);
  });
});

describe('the board from the heading', () => {
  const board = (text: string) =>
    parseMinutes(`Source: https://example.org/minutes\n\n${text}`).board;

  it('reads "X NHS TRUST" over "TRUST BOARD ..." as the trust board, in words not capitals', () => {
    expect(
      board(
        'HULL AND EAST YORKSHIRE HOSPITALS NHS TRUST\n  TRUST BOARD ACTION TRACKING LIST\nActions arising from Board meetings',
      ),
    ).toBe('Hull and East Yorkshire Hospitals NHS Trust Board');
  });

  it('reads a name in capitals glued to what follows it in PDF text', () => {
    expect(
      board(
        '13.07.2015 Views\n\nBROMLEY CHILDREN AND YOUNG PEOPLE TRUST BOARDMINUTES OF LAST MEETING (MONDAY 22 JUNE 2009)',
      ),
    ).toBe('Bromley Children and Young People Trust Board');
    expect(
      board(
        'Minutes from SLSCB Board Meeting: 21 st April 2016 1 | Page STOCKTON-ON-TEES LOCAL SAFEGUARDING CHILDREN BOARD (SLSCB) 1. Attendance',
      ),
    ).toMatch(/^Stockton-on-Tees Local Safeguarding Children Board$/i);
  });

  it('does not take "MINUTES OF LAST MEETING" for a board, and reads one named later in the head', () => {
    expect(
      board(
        'Agenda and draft minutes\n\nMINUTES OF LAST MEETING pdf icon PDF 235 KB\n\nThe minutes of the Conwy and Denbighshire Public Services Board meeting held on 25 September 2023 were submitted.',
      ),
    ).toBe('Conwy and Denbighshire Public Services Board');
  });

  it('reads "Board of Directors" and a club', () => {
    expect(board('Minutes of the Board of Directors meeting held on\n\nJanuary 28th 2015')).toBe(
      'Board of Directors',
    );
    expect(board('Home Page\n\nYeovil Phoenix Bridge Club\n\nAnnual General Meeting')).toBe(
      'Yeovil Phoenix Bridge Club',
    );
  });
});

describe('the next meeting', () => {
  const next = (tail: string) =>
    parseMinutes(
      `Anytown Parish Council\n\nMinutes of the meeting held on Monday 30 October 2023\n\nPresent: Cllr Mary Norton\n\n1. Planning\nNo applications.\n\n${tail}\n`,
    ).nextMeeting;

  it('takes the year of a day and month without one as the next after the meeting', () => {
    // https://example.org (a North Yorkshire parish council, 30 October 2023)
    expect(
      next('The next meeting to be held on Tuesday January 30th at 7.00 pm in the Village Hall'),
    ).toMatchObject({ date: '2024-01-30' });
  });

  it('reads the next meeting named mid-sentence with its date', () => {
    expect(
      next(
        'Discussed holding the next PPG meeting within the library on the 28th April, Ray will book it.',
      ),
    ).toMatchObject({ date: '2024-04-28' });
  });

  it('does not take "next meeting" without a date, or a date from a Source line', () => {
    expect(
      next(
        '7. For agenda at next meeting, replacement for the clerk.\n\nSource: next meeting 1 May 2024',
      ),
    ).toBeNull();
  });
});

describe('the meeting date', () => {
  const date = (text: string) =>
    parseMinutes(`Source: https://example.org/x\n\n${text}`).meeting?.date ?? null;

  it('does not take a web page timestamp for the meeting date', () => {
    expect(
      date(
        'Recent Updates\nHome Page\n29th Mar 2024 16:34 GMT\nBulletin\n\nYeovil Phoenix Bridge Club\n\nMinutes of the AGM held on 15th September 2022',
      ),
    ).toBe('2022-09-15');
  });

  it('does not take the dates of earlier meetings whose minutes are received', () => {
    expect(
      date(
        'Agenda and draft minutes\n\nRESOLVED that the minutes of the meetings held on 25 September 2023 and 12 December 2023 be received.\n\nThe minutes of the Board meeting held on 25 September 2023 and 12 December 2023 were submitted.',
      ),
    ).toBeNull();
  });
});

describe('what kind of document it is', () => {
  it('does not take an action log with report-like headings for a committee report', () => {
    const d = parseMinutes(
      'Safer Anytown Board\nAction Log\n\nItem No. 4\nRecommendations: the Board is asked to note progress.\nSummary: open actions below.\n\nRef\tAction\tOwner\tDue\tStatus\n12\tRefresh the plan\tJS\tMarch 2025\tOpen\n',
    );
    expect(d.documentKind).toBe('minutes');
  });

  it('still knows a committee report', () => {
    const d = parseMinutes(
      'Report by the Director of Finance\n\nItem No. 6\n\nRecommendations: the Committee is recommended to approve the budget.\n\nBackground papers: none.\n',
    );
    expect(d.documentKind).toBe('report');
  });
});
