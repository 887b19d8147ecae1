/**
 * Action points that open with their log's code glued to its number and only a space before
 * the text ("AP125 SL to ask ...", "ACT7 Kate to ..."), with their status after a dash at the
 * end ("- ONGOING", "- CLOSED"), under a heading of outstanding action points or on their own.
 * Every minute here is invented for these tests.
 */
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/minutes/parse.ts';
import type { Draft } from '../../src/minutes/draft.ts';

const minutes = (body: string) =>
  parseMinutes(
    `Brookside Surgery Patient Group\n\nMinutes of the meeting held on 3 June 2019\n\nPresent: Sue Lane (SL), Mo Reid (MR), Dan Lowe (DL)\n\n${body}\n`,
  );

const brief = (d: Draft) =>
  d.actions
    .filter((a) => a.kind === 'explicit')
    .map((a) => ({ ref: a.ref, text: a.text, owners: a.owners }));

describe('coded action points with a space before the text', () => {
  it.each([
    ['Updates of outstanding action points:', 'AP', ''],
    ['Action points:', 'AP', ''],
    ['Matters arising', 'ACT', ''],
    ['Action log update', 'AP', ' - ONGOING.'],
    ['Outstanding action points:', 'ACT', ' - In progress'],
  ])('under "%s", codes %s', (heading, code, status) => {
    const body = [
      heading,
      '',
      `${code}125 SL to ask the partners how the group could help${status}`,
      '',
      `${code}126 MR / DL to resend the letter about the awareness week - CLOSED.`,
      '',
      `${code}127 DL to produce a recruitment poster.`,
    ].join('\n');
    expect(brief(minutes(body))).toEqual([
      {
        ref: `${code}125`,
        text: 'Ask the partners how the group could help',
        owners: ['Sue Lane'],
      },
      { ref: `${code}127`, text: 'Produce a recruitment poster.', owners: ['Dan Lowe'] },
    ]);
  });

  it('reads them with no heading above', () => {
    const body = [
      'The minutes of the last meeting were agreed.',
      '',
      'AP125 SL to ask the partners how the group could help - ONGOING.',
      '',
      'AP126 MR to resend the letter about the awareness week - CLOSED.',
    ].join('\n');
    expect(brief(minutes(body))).toEqual([
      { ref: 'AP125', text: 'Ask the partners how the group could help', owners: ['Sue Lane'] },
    ]);
  });

  it('takes no code from a road or a paper number (trap), and still reads a coded point', () => {
    const body = [
      'Matters arising',
      '',
      'A12 Bypass closures were reported by SL to the council.',
      '',
      'AP12 MR to write to the council about the bypass.',
    ].join('\n');
    expect(brief(minutes(body))).toEqual([
      { ref: 'AP12', text: 'Write to the council about the bypass.', owners: ['Mo Reid'] },
    ]);
  });
});
