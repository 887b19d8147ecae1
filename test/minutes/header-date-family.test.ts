/**
 * The meeting's date when the first line dates the write-up ("Minutes 26.06.2016") and the
 * heading below says when the meeting was held. Invented heads; no corpus text is copied.
 */
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/minutes/parse.ts';

const BODY =
  'Present: Alan Birch (Chair), Carol Dunn, Edward Fry\n\n1. Apologies\nNone.\n\n2. Matters arising\nCD to circulate the plan.\n';
const dateOf = (top: string) => parseMinutes(`${top}\n\n${BODY}`).meeting?.date ?? null;

describe('a dated title line above the heading that says when the meeting was held', () => {
  it.each([
    ['Minutes 30.09.2019\n\nSteering Group Meeting held on 24 September 2019', '2019-09-24'],
    ['Notes 3.2.2019\n\nParish Forum meeting held on 28 January 2019', '2019-01-28'],
    [
      'Draft minutes 14/11/2022\n\nMinutes of the Allotment Committee held on 9 November 2022',
      '2022-11-09',
    ],
  ])('%s', (top, want) => {
    expect(dateOf(top)).toBe(want);
  });

  it.each([
    ['Minutes 30.09.2019\n\nSteering Group Meeting', '2019-09-30'],
    ['Minutes 30.09.2019\n\nPresent at the meeting held on 2 October: all members', '2019-09-30'],
  ])("keeps the title's date when nothing below introduces another: %s", (top, want) => {
    expect(dateOf(top)).toBe(want);
  });
});
