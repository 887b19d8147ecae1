/** The rows and renderings of test/minutes/table-flattenings.test.ts, shared with a debugging script. */
import { parseMinutes } from '../../src/minutes/parse.ts';
import type { Draft } from '../../src/minutes/draft.ts';

export const ATTENDANCE = `Present:
Jane Claxton (JC) Chair
Chris Welfare (CW)
Mark Hughes (MH) Treasurer
Tara Green (TG)
Louise Collis (Clerk)

Apologies: Alan Wu`;

// The meeting is on 14 January 2025 and the next on 11 March 2025: due dates in the rows are
// read against those, never against today's date.
export const minutes = (body: string) =>
  parseMinutes(
    `Anytown Partnership Board\n\nMinutes of the meeting held on Tuesday 14 January 2025\n\n${ATTENDANCE}\n\n${body}\n\nDate of next meeting: 11 March 2025\n`,
  );

type Key = 'ref' | 'action' | 'owner' | 'due' | 'status';

interface Row {
  readonly ref: string;
  /** The action, and where it wraps onto a second line when the layout can show that. */
  readonly action: readonly [string] | readonly [string, string];
  readonly owner: string;
  readonly due: string;
  readonly status: string;
}

export const ROWS: readonly Row[] = [
  {
    ref: '1',
    action: ['Write to the highways authority about the verges'],
    owner: 'JC',
    due: '18.02.25',
    status: 'Open',
  },
  {
    ref: '2',
    action: ['Circulate the revised safeguarding policy', 'to all members'],
    owner: 'Clerk',
    due: 'Jan. 21, 2025',
    status: 'Amber',
  },
  {
    ref: '3',
    action: ['Book the village hall for the annual meeting'],
    owner: 'TG',
    due: 'next meeting',
    status: 'Complete',
  },
  {
    ref: '4',
    action: ['Obtain three quotes for the play area fencing'],
    owner: 'CW/MH',
    due: '7 th April',
    status: 'Red',
  },
  {
    ref: '5',
    action: ['Report the fallen tree on Church Lane'],
    owner: 'MH',
    due: 'November 8, 2025',
    status: 'Green',
  },
  {
    ref: '6',
    action: ['Review the grant criteria with the working group'],
    owner: 'TG',
    due: 'Ongoing',
    status: 'In progress',
  },
];

// What every rendering must give: the open rows in order; rows 3 (Complete) and 5 (Green) are
// closed.
export const WANT = [
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
  [
    '6',
    'Review the grant criteria with the working group',
    ['Tara Green'],
    'next_meeting 2025-03-11',
  ],
];
export const CLOSED = 2;

export const HEADER: Record<Key, string> = {
  ref: 'Ref',
  action: 'Action',
  owner: 'Owner',
  due: 'Due date',
  status: 'Status',
};
// Other names the same columns go by, used on alternate orders.
export const HEADER_2: Record<Key, string> = {
  ref: 'No.',
  action: 'Action required',
  owner: 'Lead',
  due: 'By when',
  status: 'RAG',
};

export const HEADER_3: Record<Key, string> = {
  ref: 'Agenda item',
  action: 'Action point',
  owner: 'Action owner',
  due: 'Target date',
  status: 'Progress update',
};
export const HEADER_4: Record<Key, string> = {
  ref: 'Minute',
  action: 'Task',
  owner: 'Person responsible',
  due: 'Date for completion',
  status: 'RAG rating',
};
const HEADERS = [HEADER, HEADER_2, HEADER_3, HEADER_4];

export const ORDERS: readonly (readonly Key[])[] = [
  ['ref', 'action', 'owner', 'due', 'status'],
  ['ref', 'owner', 'action', 'due', 'status'],
  ['ref', 'action', 'due', 'status', 'owner'],
  ['ref', 'status', 'action', 'owner', 'due'],
  ['owner', 'ref', 'action', 'due', 'status'],
];

export const cell = (r: Row, k: Key) => (k === 'action' ? r.action.join(' ') : r[k]);

type Render = (
  order: readonly Key[],
  header: Record<Key, string> | null,
  rows: readonly Row[],
) => string;

/** Cells joined by a separator, one row a line; a wrapped action is kept on one line. */
export const joined =
  (sep: string, edges = false): Render =>
  (order, header, rows) => {
    const line = (cells: string[]) => (edges ? `| ${cells.join(sep)} |` : cells.join(sep));
    const out = header ? [line(order.map((k) => header[k]))] : [];
    for (const r of rows) out.push(line(order.map((k) => cell(r, k))));
    return out.join('\n');
  };

/** A pipe table whose wrapped action goes on a row of its own with the other cells empty. */
export const pipesWrapped: Render = (order, header, rows) => {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  const out = header ? [line(order.map((k) => header[k])), line(order.map(() => '---'))] : [];
  for (const r of rows) {
    out.push(line(order.map((k) => (k === 'action' ? r.action[0] : r[k]))));
    if (r.action[1]) out.push(line(order.map((k) => (k === 'action' ? r.action[1]! : ''))));
  }
  return out.join('\n');
};

/**
 * Cells parted by a separator, a wrapped action on a line of its own: with tabs the line keeps
 * the tabs before the action's cell (Word's text export), with " / " it is the words alone.
 */
export const joinedWrapped =
  (sep: string): Render =>
  (order, header, rows) => {
    const out = header ? [order.map((k) => header[k]).join(sep)] : [];
    const before = order.indexOf('action');
    for (const r of rows) {
      out.push(order.map((k) => (k === 'action' ? r.action[0] : r[k])).join(sep));
      if (r.action[1])
        out.push(sep === '\t' ? `${'\t'.repeat(before)}${r.action[1]}` : r.action[1]);
    }
    return out.join('\n');
  };

/** One cell a line, as PDF-to-text and Word flatten a table; a wrapped cell takes two lines. */
export const cellPerLine: Render = (order, header, rows) => {
  const out = header ? order.map((k) => header[k]) : [];
  for (const r of rows) for (const k of order) out.push(...(k === 'action' ? r.action : [r[k]]));
  return out.join('\n');
};

/**
 * Space-aligned columns as the PDF reader lays them out: each column starts where its header
 * does, a wrapped action carries on under its column. `gap` is the least space between cells:
 * with 1, the widest cell of a column is followed by a single space.
 */
export const alignedWith =
  (gap: number): Render =>
  (order, header, rows) => {
    const widths = order.map(
      (k) =>
        Math.max(
          header ? header[k].length : 0,
          ...rows.map((r) =>
            k === 'action' ? Math.max(...r.action.map((a) => a.length)) : r[k].length,
          ),
        ) + gap,
    );
    const line = (cells: string[]) =>
      cells
        .map((c, i) => c.padEnd(widths[i]!))
        .join('')
        .trimEnd();
    const out = header ? [line(order.map((k) => header[k]))] : [];
    for (const r of rows) {
      out.push(line(order.map((k) => (k === 'action' ? r.action[0] : r[k]))));
      if (r.action[1]) out.push(line(order.map((k) => (k === 'action' ? r.action[1]! : ''))));
    }
    return out.join('\n');
  };

export const FLATTENINGS: readonly [string, Render, { headerless: boolean }][] = [
  ['pipes', joined(' | ', true), { headerless: true }],
  ['pipes without edges', joined(' | '), { headerless: true }],
  ['pipes with a wrapped row', pipesWrapped, { headerless: true }],
  ['tabs', joined('\t'), { headerless: true }],
  ['tabs with a wrapped row', joinedWrapped('\t'), { headerless: true }],
  ['" / "', joined(' / '), { headerless: true }],
  ['" / " with a wrapped line', joinedWrapped(' / '), { headerless: true }],
  ['one cell a line', cellPerLine, { headerless: true }],
  ['aligned columns', alignedWith(3), { headerless: true }],
  // Single spaces between cells: only the header row can say where the columns are.
  ['aligned columns, single spaces', alignedWith(1), { headerless: false }],
  // Cells run together with a space, not aligned at all (a web table copied as text): the
  // header's order says which typed cells to look for at each end of the row.
  ['run together', joined(' '), { headerless: false }],
];

export const read = (d: Draft) =>
  d.actions
    .filter((a) => a.kind === 'explicit')
    .map((a) => [a.ref, a.text, a.owners, a.due ? `${a.due.kind} ${a.due.date}` : null]);

export const closedCount = (d: Draft) =>
  Number(
    /(\d+) row\(s\) of the action log were already complete/.exec(d.warnings.join(' '))?.[1] ?? 0,
  );

/** A second log: other refs, owners written in full or as a group, other date and status forms. */
export const ROWS_2: readonly Row[] = [
  {
    ref: '7.1',
    action: ['Chase the county council for a reply on the crossing'],
    owner: 'Jane Claxton',
    due: '28.6.25',
    status: 'Not started',
  },
  {
    ref: '7.2',
    action: ['Update the risk register for the new year'],
    owner: 'All',
    due: 'Ongoing',
    status: 'Closed',
  },
  {
    ref: '7.3',
    action: ['Arrange a meeting with the youth club', 'leaders and the police'],
    owner: 'TG',
    due: 'March 2025',
    status: 'On track',
  },
  {
    ref: '8',
    action: ['Publish the draft budget on the website'],
    owner: 'Clerk',
    due: 'Jan. 31, 2025',
    status: 'Done',
  },
  {
    ref: '9',
    action: ['Seek legal advice on the boundary wall'],
    owner: 'MH',
    due: 'next meeting',
    status: 'Amber',
  },
];

export const WANT_2 = [
  [
    '7.1',
    'Chase the county council for a reply on the crossing',
    ['Jane Claxton'],
    'date 2025-06-28',
  ],
  [
    '7.3',
    'Arrange a meeting with the youth club leaders and the police',
    ['Tara Green'],
    'date 2025-03-31',
  ],
  ['9', 'Seek legal advice on the boundary wall', ['Mark Hughes'], 'next_meeting 2025-03-11'],
];
export const CLOSED_2 = 2;

export const CASES = [
  { rows: ROWS, want: WANT, closed: CLOSED, set: 'first log' },
  { rows: ROWS_2, want: WANT_2, closed: CLOSED_2, set: 'second log' },
].flatMap(({ rows, want, closed, set }) =>
  FLATTENINGS.flatMap(([name, render, { headerless }]) =>
    ORDERS.flatMap((order, o) => [
      {
        name: `${set}, ${name}, ${order.join('/')}, header`,
        text: render(order, HEADERS[o % HEADERS.length]!, rows),
        want,
        closed,
      },
      // One cell a line with no header, rows are told by their refs: the ref must come first.
      ...(headerless && (name !== 'one cell a line' || order[0] === 'ref')
        ? [
            {
              name: `${set}, ${name}, ${order.join('/')}, no header`,
              text: render(order, null, rows),
              want,
              closed,
            },
          ]
        : []),
    ]),
  ),
);
