/**
 * Rows of a table the PDF reader must keep apart: a pipe row that fills the width is not the
 * start of a wrapped line, and a row of a tab-set table (whose columns do not line up with the
 * header's) is not the rest of a row cut inside its spaces.
 */
import { describe, expect, it } from 'vitest';
import { mono, readRuns as read } from '../support/pdf-runs.ts';

// Lines 11.4 points apart, as LibreOffice sets a .txt.
const at = mono(11.4);

describe('table rows in a fixed-pitch PDF', () => {
  it.each([
    [
      '| 1 | Write to the highways authority about the verges | JC | 18.02.25 | Open |',
      '| 2 | Circulate the policy | Clerk | May | Amber |',
    ],
    [
      '| 4.1 | Obtain three quotes for the play area fencing and the gate | CW | June |',
      '| 4.2 | Report the fallen tree | MH | Ongoing | Red |',
    ],
  ])('keeps a pipe row that fills the width apart from the row below it', (row, next) => {
    expect(read([at(0, 0, row), at(0, 1, next)])).toBe(`${row}\n${next}`);
  });

  it('keeps the rows of a tab-set table apart although their cells do not sit under the header', () => {
    const text = read([
      at(0, 0, 'Ref'),
      at(6, 0, 'Action'),
      at(18, 0, 'Owner'),
      at(24, 0, 'Due date'),
      at(35, 0, 'Status'),
      at(0, 1, '1'),
      at(6, 1, 'Write to the highways authority about the verges'),
      at(59, 1, 'JC'),
      at(65, 1, '18.02.25'),
      at(0, 2, '2'),
      at(6, 2, 'Book the hall'),
      at(24, 2, 'TG'),
      at(30, 2, 'next meeting'),
      at(48, 2, 'Open'),
    ]).split('\n');
    expect(text).toHaveLength(3);
    expect(text[1]).toMatch(/^1 +Write .* JC +18\.02\.25$/);
    expect(text[2]).toMatch(/^2 +Book the hall +TG +next meeting +Open$/);
  });
});
