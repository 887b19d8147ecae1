/**
 * An action plan on a web page turned to text one cell a line, each cell closed by " |" (a long
 * cell's "|" on the line below it), with no ref column: the header's cells, a Markdown rule
 * ("---|---|"), then rows of as many cells. Column names as plans word them ("Who is
 * responsible for action?", "Timescale & Review Date", "Achieved?"), and "Yes" there for a row
 * done. Every minute here is invented for these tests.
 */
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/minutes/parse.ts';
import type { Draft } from '../../src/minutes/draft.ts';

const page = (header: readonly string[], rows: readonly string[]) =>
  parseMinutes(
    [
      'Upton Vale Parish Council',
      '',
      'Minutes of the meeting held on 9 May 2024',
      '',
      'Present: Cllrs Ann Bell, Tom Reed',
      '',
      'The Council reviewed its action plan for 2024 to 2025.',
      '',
      ...header.map((h) => `${h} |`),
      `${header.map(() => '---').join('|')}|`,
      ...rows,
      '',
    ].join('\n'),
  );

const brief = (d: Draft) =>
  d.actions
    .filter((a) => a.kind === 'explicit')
    .map((a) => ({ text: a.text, written: a.ownersAsWritten }));

const ROWS = [
  'Keep the play area safe |',
  'Appointed councillor to check the equipment each month and report to the Clerk',
  '|',
  'Appointed councillors |',
  'Monthly |',
  '|',
  'Publish the annual report |',
  'Clerk to put the report on the website |',
  'Clerk |',
  'May |',
  'Yes |',
];

describe('a one-cell-a-line plan under a Markdown rule, no ref column', () => {
  it.each([
    [
      [
        'Action',
        'Implementation',
        'Who is responsible for action?',
        'Timescale & Review Date',
        'Achieved?',
      ],
    ],
    [['Action', 'How', 'Who is responsible?', 'Timescale', 'Achieved?']],
    [['Action', 'Implementation', 'Responsible', 'Timescales', 'Status']],
  ])('%j', (header) => {
    expect(brief(page(header, ROWS))).toEqual([
      { text: 'Keep the play area safe', written: 'Appointed councillors' },
    ]);
  });

  it('reads no table when the header names no owner (trap)', () => {
    const found = brief(page(['Objective', 'Implementation', 'Partners', 'Budget', 'Notes'], ROWS));
    expect(found.map((a) => a.written)).not.toContain('Appointed councillors');
  });
});
