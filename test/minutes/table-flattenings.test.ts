/**
 * One action log, many flattenings: the same rows written with pipes, tabs, " / ", one cell a
 * line and space-aligned columns (with a clear gap, and with single spaces where only the
 * header row tells the columns apart), in several column orders, with and without a header
 * row. Each rendering must give the same open actions, owners and due dates, and count the
 * same closed rows. Then tables that are not action logs at all.
 */
import { describe, expect, it } from 'vitest';
import {
  CASES,
  closedCount,
  HEADER,
  joined,
  minutes,
  ORDERS,
  read,
  ROWS,
  WANT,
} from './table-render.ts';

describe('one action log in every flattening', () => {
  it.each(CASES)('$name', ({ text, want, closed }) => {
    const d = minutes(`Action log\n\n${text}`);
    expect(read(d)).toEqual(want);
    expect(closedCount(d)).toBe(closed);
  });
});

// Tables that are not action logs, told by their structure: no column of things to do with
// an owner and a date or status beside them, or a column of clock times or sums of money.
describe('tables that are not action logs', () => {
  const none = (body: string) => {
    const d = minutes(body);
    expect(read(d)).toEqual([]);
    expect(closedCount(d)).toBe(0);
  };

  it.each([
    ['pipes', ' | '],
    ['tabs', '\t'],
    ['spaces', '    '],
  ])('an attendance table (%s)', (_, sep) => {
    none(
      [
        ['Name', 'Role', 'Organisation', 'Attended'],
        ['Jane Claxton', 'Chair', 'Anytown Parish Council', 'Yes'],
        ['Tara Green', 'Inspector', 'Anytown Police', 'No'],
        ['Mark Hughes', 'Treasurer', 'Anytown Parish Council', 'Yes'],
      ]
        .map((r) => r.join(sep))
        .join('\n'),
    );
  });

  it.each([
    ['with a header', true],
    ['without a header', false],
  ])('a list of payments, %s', (_, header) => {
    const rows = [
      [
        'Anytown Print',
        'Printing of the spring newsletter for all households',
        '18.02.25',
        '£120.00',
      ],
      ['J Smith', 'Grass cutting at the recreation ground in March', '31.03.25', '£250.00'],
      ['Clerk', 'Salary and expenses for the month of March', '31.03.25', '£1,020.50'],
    ];
    const text = [...(header ? [['Payee', 'Details', 'Date', 'Amount']] : []), ...rows];
    none(text.map((r) => r.join(' | ')).join('\n'));
    none(text.map((r) => r.join('\t')).join('\n'));
  });

  it.each([
    ['with "Description" and "Lead" columns', ['No.', 'Description', 'Lead', 'Time']],
    ['without a header', null],
  ])('an agenda %s', (_, header) => {
    const rows = [
      ['1', 'Welcome, introductions and apologies', 'Chair', '10:00'],
      ['2', 'Minutes of the last meeting and matters arising', 'Chair', '10.05'],
      ['3', 'Finance report for the third quarter', 'MH', '10.15am'],
      ['4', 'Review of the community safety plan', 'TG', '10:45'],
    ];
    const text = [...(header ? [header] : []), ...rows];
    none(text.map((r) => r.join(' | ')).join('\n'));
    none(text.map((r) => r.join('   ')).join('\n'));
  });
});

describe('where a table ends', () => {
  const para =
    'The Board noted the action log and thanked the officers for the work done on it over the year.';

  it.each([
    ['tabs, no header', joined('\t'), null],
    ['tabs, header', joined('\t'), HEADER],
    ['" / ", no header', joined(' / '), null],
    ['" / ", header', joined(' / '), HEADER],
  ] as const)(
    'does not take the paragraph right below the rows for a wrapped cell (%s)',
    (_, render, header) => {
      const d = minutes(`Action log\n${render(ORDERS[0]!, header, ROWS)}\n${para}`);
      expect(read(d)).toEqual(WANT);
    },
  );
});

// Shapes a converted text takes coming back from a PDF (a row wider than the page): the last
// header name and the last cells on a line of their own, a typed cell run on after the one
// before with a single space, a pipe row broken in a cell, tab stops that do not line up.
describe('an action log as the PDF reader returns a wide one', () => {
  const WANT_3 = [
    ['1', 'Write to the highways authority about the verges', ['Jane Claxton'], 'date 2025-02-18'],
    [
      '2',
      'Circulate the revised safeguarding policy to all members',
      ['Louise Collis'],
      'date 2025-01-21',
    ],
    [
      '4',
      'Obtain three quotes for the play area fencing',
      ['Chris Welfare', 'Mark Hughes'],
      'date 2025-04-07',
    ],
  ];

  it('reads the header name and status cells that wrapped to the margin, and cells run on', () => {
    const d = minutes(`Action log

Ref   Action                                             Owner   Due date
Status
1     Write to the highways authority about the verges   JC      18.02.25
Open
2     Circulate the revised safeguarding policy          Clerk   Jan. 21, 2025 Amber
      to all members
3     Book the village hall for the annual meeting       TG      next meeting Complete
4     Obtain three quotes for the play area fencing      CW/MH   7 th April
Red
5     Report the fallen tree on Church Lane              MH      November 8, 2025   Green`);
    expect(read(d)).toEqual(WANT_3);
    expect(closedCount(d)).toBe(2);
  });

  it('reads a due date run on after the owner and one wrapped to the margin', () => {
    const d = minutes(`Action log

No.   RAG           Action required                                    Lead
By when
1     Open          Write to the highways authority about the verges   JC 18.02.25
2     Amber         Circulate the revised safeguarding policy          Clerk
Jan. 21, 2025
                    to all members
3     Complete      Book the village hall for the annual meeting       TG
next meeting
4     Red           Obtain three quotes for the play area fencing      CW/MH   7 th April
5     Green         Report the fallen tree on Church Lane              MH November 8, 2025`);
    expect(read(d)).toEqual(WANT_3);
    expect(closedCount(d)).toBe(2);
  });

  it('reads a pipe row broken inside a cell', () => {
    const d = minutes(`Action log

| Ref | Action | Owner | Due date | Status |
| 1 | Write to the highways authority about the verges | JC | 18.02.25 | Open |
| 2 | Circulate the revised safeguarding policy to all members | Clerk | Jan.
21, 2025 | Amber |
| 3 | Book the village hall for the annual meeting | TG | next meeting | Complete |
| 4 | Obtain three quotes for the play area fencing | CW/MH | 7 th April | Red |
| 5 | Report the fallen tree on Church Lane | MH | November 8, 2025 | Green |`);
    expect(read(d)).toEqual(WANT_3);
    expect(closedCount(d)).toBe(2);
  });

  it.each([
    [
      'edge pipes',
      `| Ref | Action | Owner | Due date | Status |
| 1 | Write to the highways authority about the verges | JC | 18.02.25 | Open |
| 2 | Circulate the revised safeguarding policy to all members | Clerk |
Jan. 21, 2025 | Amber |
| 3 | Book the village hall for the annual meeting | TG | next meeting | Complete |
| 4 | Obtain three quotes for the play area fencing | CW/MH | 7 th April | Red |
| 5 | Report the fallen tree on Church Lane | MH | November 8, 2025 | Green |`,
    ],
    [
      'pipes',
      `Ref | Action | Owner | Due date | Status
1 | Write to the highways authority about the verges | JC | 18.02.25 | Open
2 | Circulate the revised safeguarding policy to all members | Clerk |
Jan. 21, 2025 | Amber
3 | Book the village hall for the annual meeting | TG | next meeting | Complete
4 | Obtain three quotes for the play area fencing | CW/MH | 7 th April | Red
5 | Report the fallen tree on Church Lane | MH | November 8, 2025 | Green`,
    ],
    [
      '" / "',
      `Ref / Action / Owner / Due date / Status
1 / Write to the highways authority about the verges / JC / 18.02.25 / Open
2 / Circulate the revised safeguarding policy to all members / Clerk /
Jan. 21, 2025 / Amber
3 / Book the village hall for the annual meeting / TG / next meeting / Complete
4 / Obtain three quotes for the play area fencing / CW/MH / 7 th April / Red
5 / Report the fallen tree on Church Lane / MH / November 8, 2025 / Green`,
    ],
  ])('reads a row broken after a separator (%s)', (_, table) => {
    const d = minutes(`Action log\n\n${table}`);
    expect(read(d)).toEqual(WANT_3);
    expect(closedCount(d)).toBe(2);
  });

  it('reads cells that fell under the wrong header and the rest of a row on the next line', () => {
    const d = minutes(`Action log

Ref   Action      Due date    Status     Owner
1     Write to the highways authority about the verges     18.02.25    Open  JC
2     Circulate the revised safeguarding policy to all members   Jan. 21, 2025
      Amber Clerk
3     Book the village hall for the annual meeting   next meeting      Complete
      TG
4     Obtain three quotes for the play area fencing  7 th April  Red   CW/MH
5     Report the fallen tree on Church Lane    November 8, 2025  Green MH`);
    expect(read(d)).toEqual(WANT_3);
    expect(closedCount(d)).toBe(2);
  });

  it('reads rows whose tab stops do not sit under the header', () => {
    const d = minutes(`Action log

Ref   Action      Owner Due date   Status
1     Write to the highways authority about the verges     JC    18.02.25
      Open
2     Circulate the revised safeguarding policy to all members   Clerk Jan. 21, 2025  Amber
3     Book the village hall for the annual meeting   TG    next meeting
      Complete
4     Obtain three quotes for the play area fencing  CW/MH 7 th April  Red
5     Report the fallen tree on Church Lane    MH    November 8, 2025  Green`);
    expect(read(d)).toEqual(WANT_3);
    expect(closedCount(d)).toBe(2);
  });
});

describe('header rows whose names run together', () => {
  it.each(['Action Owner Due Status', 'Action  Owner Due Status', 'Action Owner  Due  Status'])(
    'reads "%s" as four columns, not an action owner and a date',
    (header) => {
      const d = minutes(
        `Action log\n\n${header}\nWrite to the highways authority about the verges JC 18.02.25 Open\nBook the village hall for the annual meeting TG next meeting Complete\nObtain three quotes for the play area fencing CW/MH 7 th April Red`,
      );
      expect(read(d).map((r) => r.slice(1))).toEqual([WANT[0]!, WANT[2]!].map((r) => r.slice(1)));
      expect(closedCount(d)).toBe(1);
    },
  );
});

describe('open and closed rows by what the status cell says', () => {
  const CLOSED_WORDS = [
    'Complete',
    'Completed 12.03.25',
    'Closed – report circulated',
    'Done',
    'Action complete',
    'This action is now closed',
    'Green',
    'Discharged',
    'COMPLETED',
    'Actioned.',
    'Achieved',
    'Resolved – new signs in place',
  ];
  const OPEN_WORDS = [
    'Open',
    'In progress',
    'Not yet complete',
    'Not closed',
    'Ongoing – awaiting a reply',
    'Amber',
    'Red',
    'Not started',
    'Overdue',
    'Green – on track',
  ];
  const log = (status: string, sep: string) =>
    minutes(
      `Action log\n\n${['Ref', 'Action', 'Owner', 'Due date', 'Status'].join(sep)}\n${['1', 'Write to the highways authority about the verges', 'JC', '18.02.25', status].join(sep)}\n${['2', 'Book the village hall for the annual meeting', 'TG', 'next meeting', 'Open'].join(sep)}`,
    );

  it.each(CLOSED_WORDS.flatMap((w) => [' | ', '\t', '   '].map((sep) => [w, sep] as const)))(
    'counts a row marked "%s" as closed',
    (status, sep) => {
      const d = log(status, sep);
      expect(read(d).map((r) => r[0])).toEqual(['2']);
      expect(closedCount(d)).toBe(1);
    },
  );

  it.each(OPEN_WORDS.flatMap((w) => [' | ', '\t', '   '].map((sep) => [w, sep] as const)))(
    'keeps a row marked "%s" open',
    (status, sep) => {
      const d = log(status, sep);
      expect(read(d).map((r) => r[0])).toEqual(['1', '2']);
      expect(closedCount(d)).toBe(0);
    },
  );
});

describe('due dates as action logs write them', () => {
  const DUES: readonly [string, string][] = [
    ['18.01.26', 'date 2026-01-18'],
    ['28.6.25', 'date 2025-06-28'],
    ['Jan. 21, 2026', 'date 2026-01-21'],
    ['November 8, 2025', 'date 2025-11-08'],
    ['7 th April', 'date 2025-04-07'],
    ['21st May', 'date 2025-05-21'],
    ['March 2025', 'date 2025-03-31'],
    ['End of March', 'date 2025-03-31'],
    ['next meeting', 'next_meeting 2025-03-11'],
    ['Ongoing', 'next_meeting 2025-03-11'],
  ];
  const rows = DUES.map(([due], k) => [
    `${k + 1}`,
    `Write to the council about item ${k + 1} on the list`,
    'JC',
    due,
    'Open',
  ]);
  const header = ['Ref', 'Action', 'Owner', 'Due date', 'Status'];
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c]!.length)) + 2);
  const renders: [string, string][] = [
    ['pipes', [header, ...rows].map((r) => `| ${r.join(' | ')} |`).join('\n')],
    ['tabs', [header, ...rows].map((r) => r.join('\t')).join('\n')],
    [
      'aligned',
      [header, ...rows]
        .map((r) =>
          r
            .map((c, k) => c.padEnd(widths[k]!))
            .join('')
            .trimEnd(),
        )
        .join('\n'),
    ],
    ['run together', [header, ...rows].map((r) => r.join(' ')).join('\n')],
  ];

  it.each(renders)('reads each due date in %s', (_, table) => {
    const d = minutes(`Action log\n\n${table}`);
    expect(read(d).map((r) => r[3])).toEqual(DUES.map(([, want]) => want));
  });
});

describe('refs as action logs number their rows', () => {
  const REFS = ['A1', '10c)', '23/45', '4.2a', '2209-B1.1', 'TB 12/03', '7.'];
  const rows = REFS.map((ref, k) => [
    ref,
    `Write to the council about item ${k + 1} on the list`,
    'JC',
    'Open',
  ]);
  const header = ['Ref', 'Action', 'Owner', 'Status'];
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c]!.length)) + 2);
  const renders: [string, string][] = [
    ['pipes', [header, ...rows].map((r) => `| ${r.join(' | ')} |`).join('\n')],
    [
      'aligned',
      [header, ...rows]
        .map((r) =>
          r
            .map((c, k) => c.padEnd(widths[k]!))
            .join('')
            .trimEnd(),
        )
        .join('\n'),
    ],
    ['one cell a line', [header, ...rows].flat().join('\n')],
    ['run together', [header, ...rows].map((r) => r.join(' ')).join('\n')],
  ];

  it.each(renders)('reads each row by its ref in %s', (_, table) => {
    const d = minutes(`Action log\n\n${table}`);
    expect(read(d).map((r) => [r[0], r[2]])).toEqual(
      REFS.map((ref) => [ref.replace(/\.$/, ''), ['Jane Claxton']]),
    );
  });
});

describe('an agenda with a Lead column is not an action log', () => {
  const rows = [
    ['1', 'Welcome, introductions and apologies', 'Chair', '10:00'],
    ['2', 'Review of the community safety plan', 'TG', '10.15am'],
    ['3', 'Finance report for the third quarter', 'MH', '10:45'],
  ];
  it.each([
    ['Item', 'Description', 'Lead', 'Time'],
    ['No.', 'Action', 'Lead', 'Paper'],
  ])('with a "%s / %s / %s / %s" header, in every flattening', (...header) => {
    for (const sep of [' | ', '\t', '   ', ' '])
      for (const body of [rows, rows.map((r) => [...r.slice(0, 3), 'Verbal'])]) {
        const d = minutes(`Agenda\n\n${[header, ...body].map((r) => r.join(sep)).join('\n')}`);
        expect(read(d)).toEqual([]);
      }
  });
});
