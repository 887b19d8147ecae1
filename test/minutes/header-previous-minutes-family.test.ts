/**
 * "To confirm as a correct record the minutes of the meeting held on ...": the date is an earlier
 * meeting's, however the confirming is worded. Invented variants; no corpus text is copied.
 */
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/minutes/parse.ts';

describe('the date of minutes being confirmed is not this meeting', () => {
  it.each([
    'To confirm as a correct record the minutes of the meeting held on 3 March 2021.',
    'To approve as a true record the minutes of the meeting held on 3 March 2021.',
    'To agree as an accurate record the minutes of the meeting held on 3 March 2021.',
  ])('%s', (line) => {
    const d = parseMinutes(`Agenda item\n\n\n${line}\n\nThe minutes were agreed.\n`);
    expect(d.meeting?.date ?? null).toBeNull();
  });

  it('still dates a meeting its heading says was held then', () => {
    const d = parseMinutes(
      'Minutes of the meeting held on 10 April 2021\n\nTo confirm as a correct record the minutes of the meeting held on 3 March 2021.\n',
    );
    expect(d.meeting?.date).toBe('2021-04-10');
  });
});
