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
