/**
 * Action-log tables in shapes the other table tests do not cover, each with invented variants:
 * a last row cut off before its owner cell (an excerpt that ends mid-table), a " / " header with
 * columns that are not the log's (a recommendation beside the action), progress prose running on
 * under a row, an owner given once on a group row for the numbered rows under it, and a table
 * flattened one cell a line with each cell closed by " |".
 */
import { describe, expect, it } from 'vitest';
import type { Draft } from '../../src/minutes/draft.ts';
import { parseMinutes } from '../../src/minutes/parse.ts';

const HEAD =
  'Anytown Partnership Board\n\nMinutes of the meeting held on Tuesday 14 January 2025\n\n';

const explicit = (d: Draft) =>
  d.actions
    .filter((a) => a.kind === 'explicit')
    .map((a) => ({ ref: a.ref, text: a.text, owner: a.ownersAsWritten }));

const closed = (d: Draft) =>
  Number(
    /(\d+) row\(s\) of the action log were already complete/.exec(d.warnings.join(' '))?.[1] ?? 0,
  );

describe('a last row cut off before its owner cell', () => {
  // An excerpt of a log that stops inside a row: the row's owner is not there to be read, and
  // an action with its owner cut off is not one to import (nor may an owner be guessed).
  it.each([
    [
      'space-aligned',
      [
        'Ref     Action                                          Owner    Due',
        '1.1     Send the revised terms of reference to members   KB       March 2025',
        '1.2     Arrange a visit to the new depot                 Clerk    April 2025',
        '1.3     A report on the grant scheme would be brought',
      ],
    ],
    [
      'pipes',
      [
        'Ref | Action | Owner | Due',
        '1.1 | Send the revised terms of reference to members | KB | March 2025',
        '1.2 | Arrange a visit to the new depot | Clerk | April 2025',
        '1.3 | A report on the grant scheme would be brought',
      ],
    ],
    [
      "' / '",
      [
        'No / Action / Lead / Target date',
        '1.1 / Send the revised terms of reference to members / KB / March 2025',
        '1.2 / Arrange a visit to the new depot / Clerk / April 2025',
        '1.3 / A report on the grant scheme would be brought',
      ],
    ],
  ])('%s', (_, rows) => {
    const d = parseMinutes(`${HEAD}Action log\n\n${rows.join('\n')}`);
    expect(explicit(d).map((a) => [a.ref, a.owner])).toEqual([
      ['1.1', 'KB'],
      ['1.2', 'Clerk'],
    ]);
  });

  it('keeps a last row that has its later cells but no owner', () => {
    const d = parseMinutes(
      `${HEAD}Action log\n\n${[
        'Ref | Action | Owner | Due',
        '1.1 | Send the revised terms of reference to members | KB | March 2025',
        '1.2 | Find a venue for the open day |  | April 2025',
      ].join('\n')}`,
    );
    expect(explicit(d).map((a) => a.ref)).toEqual(['1.1', '1.2']);
  });
});

describe("a ' / ' header with columns beside the log's", () => {
  // A review's action plan: the finding or recommendation, then the action agreed for it, a
  // lead, a date and a progress cell whose prose runs on below the row.
  it.each([
    [
      'No / Recommendation / Actions required / Identified Lead / Target Date / Progress',
      'Director of Estates',
    ],
    // The header's last cell wraps onto a line of its own.
    [
      'Ref / Finding / Agreed action / Responsible officer / Timescale / Update\nand RAG rating',
      'Head of Finance',
    ],
  ])('%s', (header, lead) => {
    const d = parseMinutes(
      `${HEAD}Review action plan\n${[
        header,
        `1 / The car parks should be better lit. / Survey the lighting in every car park. / ${lead} / June 2025 / Complete:`,
        'The survey was carried out in May and its findings were reported to the committee in full.',
        `2 / Signage should be reviewed. / Replace the signs at the north entrance. / ${lead} / September 2025 / In progress:`,
        'Quotes have been requested from three suppliers and the first of them is due back next month.',
        'Two further sites are being considered.',
        `3 / Staff should know the lone working policy. / Brief every team on the policy. / ${lead} / December 2025 / Not started`,
      ].join('\n')}\n\nDate of next meeting: 11 March 2025\n`,
    );
    expect(explicit(d)).toEqual([
      { ref: '2', text: 'Replace the signs at the north entrance.', owner: lead },
      { ref: '3', text: 'Brief every team on the policy.', owner: lead },
    ]);
    expect(closed(d)).toBe(1);
  });
});

describe('an owner given once on a group row', () => {
  // A plan by area: the lead is named on the area's line, beside a heading, and the numbered
  // rows under it leave the lead's cell empty. The heading is not an action.
  const plan = [
    'Area                 Lead          Actions                                             Status',
    'Footpaths            Alison        Rights of way',
    '                              1    Walk the bridleway from Mill Lane to the ford         Open',
    '                              2    Report the broken stile to the county council         Complete',
    '                              3    Ask the landowner to clear the path by the brook      In progress',
    'Allotments           Peter         Water supply',
    '                              1    Get a quote for a second standpipe                    Open',
  ];

  it('gives each numbered row the lead of its group', () => {
    const d = parseMinutes(
      `${HEAD}Portfolio plan\n\n${plan.join('\n')}\n\nDate of next meeting: 11 March 2025\n`,
    );
    expect(explicit(d)).toEqual([
      { ref: '1', text: 'Walk the bridleway from Mill Lane to the ford', owner: 'Alison' },
      { ref: '3', text: 'Ask the landowner to clear the path by the brook', owner: 'Alison' },
      { ref: '1', text: 'Get a quote for a second standpipe', owner: 'Peter' },
    ]);
    expect(closed(d)).toBe(1);
  });

  it('reads it from a narrow PDF page, tails of rows wrapped to the margin', () => {
    // The header's second line and the status cells that did not fit come back at the margin.
    const narrow = [
      'Area                 Lead          Actions                               Status',
      '                     (lead in',
      'bold)',
      'Footpaths            Alison        Rights of way',
      '                              1    Walk the bridleway from Mill Lane to the ford',
      'Open',
      '                              2    Report the broken stile to the county council',
      'Complete',
      '                              3    Ask the landowner to clear the path by the brook',
      'In progress',
      'Allotments           Peter         Water supply',
      '                              1    Get a quote for a second standpipe    Open',
    ];
    const d = parseMinutes(
      `${HEAD}Portfolio plan\n\n${narrow.join('\n')}\n\nDate of next meeting: 11 March 2025\n`,
    );
    expect(explicit(d).map((a) => [a.ref, a.owner])).toEqual([
      ['1', 'Alison'],
      ['3', 'Alison'],
      ['1', 'Peter'],
    ]);
    expect(closed(d)).toBe(1);
  });

  it('gives no lead where a row names none and no group row does', () => {
    const d = parseMinutes(
      `${HEAD}Action log\n\n${[
        'Ref    Action                                            Owner       Status',
        '1      Walk the bridleway from Mill Lane to the ford       Alison      Open',
        '2      Report the broken stile to the county council                   Open',
      ].join('\n')}\n\nDate of next meeting: 11 March 2025\n`,
    );
    expect(explicit(d)).toEqual([
      { ref: '1', text: 'Walk the bridleway from Mill Lane to the ford', owner: 'Alison' },
      { ref: '2', text: 'Report the broken stile to the county council', owner: null },
    ]);
  });
});

describe("one cell a line, each cell closed by ' |'", () => {
  // A web page's table turned to text: every cell ends in " |", a cell may wrap over lines, the
  // ref column's header is empty (a lone "|").
  const cells = (rows: readonly string[][]) => rows.flat().map((c) => `${c} |`);
  const header = [
    '',
    'Panel',
    'Date raised',
    'Recommendation',
    'Recommendation made to:',
    'Response',
    'Outcome',
  ];
  const rows = [
    [
      'R4',
      'Housing Scrutiny Panel',
      '12 March 2019',
      'That the council publish its\nvoid turnaround times every quarter.',
      'The Cabinet Member for\nHousing',
      'Agreed',
      'Pending',
    ],
    [
      'R5',
      'Housing Scrutiny Panel',
      '12 March 2019',
      'That tenants be told of repair\ntimes when they report a fault.',
      'The Head of Repairs',
      'Agreed',
      'Actioned.',
    ],
    [
      'R6',
      'Housing Scrutiny Panel',
      '12 March 2019',
      'That a tenants forum be set up in\nevery ward.',
      'The Director of\nCommunities',
      'Agreed in part',
      'To be reviewed',
    ],
  ];

  it('reads the open rows and counts the closed one', () => {
    const d = parseMinutes(
      `${HEAD}${cells([header, ...rows]).join('\n')}\n\nDate of next meeting: 11 March 2025\n`,
    );
    expect(explicit(d)).toEqual([
      {
        ref: 'R4',
        text: 'That the council publish its void turnaround times every quarter.',
        owner: 'The Cabinet Member for Housing',
      },
      {
        ref: 'R6',
        text: 'That a tenants forum be set up in every ward.',
        owner: 'The Director of Communities',
      },
    ]);
    expect(closed(d)).toBe(1);
  });

  it('leaves out a last row cut off in its owner cell', () => {
    const text = `${cells([header, ...rows.slice(0, 2)]).join('\n')}\nR6 |\nHousing Scrutiny Panel |\n12 March 2019 |\nThat a tenants forum be set up. |\nThe Director of `;
    const d = parseMinutes(`${HEAD}${text}`);
    expect(explicit(d).map((a) => a.ref)).toEqual(['R4']);
  });

  it('does not take the dates in its cells for the meeting', () => {
    const d = parseMinutes(cells([header, ...rows]).join('\n'));
    expect(d.meeting?.date ?? null).toBeNull();
  });
});

describe('a date under a label on the line above it', () => {
  // A web page's facts set out one a line: the label, then its value. A publication date is
  // not the meeting's.
  it.each([
    ['Publication date:', '14 March 2021'],
    ['- Date published:', '- 3 June 2019'],
    ['Issued:', '1 May 2020'],
  ])('%s', (label, date) => {
    const d = parseMinutes(
      `Anytown Partnership Board\n${label}\n${date}\nMinutes of the meeting held on Tuesday 2 February 2021\n\nPresent: Jane Claxton (Chair)\n`,
    );
    expect(d.meeting?.date).toBe('2021-02-02');
  });
});

describe('a tracker run together with single spaces, its lead just before its due date', () => {
  // A trust board's tracker copied from a web page: each row its ref, a source cell (meeting,
  // date, minute), the action, the lead as an office's letters, the due date (a revised one on
  // a line of its own below the first), then the status and an open/closed flag.
  const tracker = [
    'Board action tracker for the meeting on 04.03.2026',
    'Ref Source',
    '(meeting / date / minute)',
    'Action Lead Due Date Status Open/ Close',
    '12.3 Public Board, 07.01.2026, PB25/6/12, Estates Strategy Bring the revised estates strategy to the board DoE 04.03.2026 Draft in preparation O',
    '14.1 Public Board, 07.01.2026, PB25/6/14, Staff Survey Share the staff survey action plan with governors DoP',
    '',
    '04.02.2026',
    '',
    '04.03.2026',
    '',
    '04.02.2026: Plan to be circulated by the end of February. O',
    '15.2 Public Board, 07.01.2026, PB25/6/15, Finance Report Review the agency spending controls CFO/DoN   Verbal update to be given O',
    '16.4 Public Board, 07.01.2026, PB25/6/16, Quality Report Audit of discharge letters to be completed DoQ 04.03.2026 Complete \u2013 audit reported to the Quality Committee C',
    '17.1 Public Board',
  ];

  it('reads each open row off its lead and due date', () => {
    const d = parseMinutes(tracker.join('\n'));
    const got = d.actions
      .filter((a) => a.kind === 'explicit')
      .map((a) => [a.ref, a.ownersAsWritten, a.due?.kind === 'date' ? a.due.date : null]);
    expect(got).toEqual([
      ['12.3', 'DoE', '2026-03-04'],
      ['14.1', 'DoP', '2026-03-04'],
      ['15.2', 'CFO/DoN', null],
    ]);
    expect(closed(d)).toBe(1);
  });

  it('keeps the source cell out of the action', () => {
    const d = parseMinutes(tracker.join('\n'));
    const texts = explicit(d).map((a) => a.text);
    expect(texts[0]).toMatch(/Bring the revised estates strategy to the board$/);
    for (const t of texts) expect(t).not.toMatch(/Public Board|PB25/);
  });

  it('is not read under a sentence that happens to run action, owner, due', () => {
    const d = parseMinutes(
      `${HEAD}The chair asked each action owner due to report to say so.\n${tracker.slice(4).join('\n')}\n`,
    );
    expect(explicit(d).filter((a) => a.owner === 'DoE')).toEqual([]);
  });

  it('is not read without a header that puts the lead before the due date', () => {
    const d = parseMinutes(
      `${HEAD}${tracker.slice(4).join('\n')}\n\nDate of next meeting: 11 March 2025\n`,
    );
    expect(explicit(d).filter((a) => a.owner === 'DoE')).toEqual([]);
  });
});
