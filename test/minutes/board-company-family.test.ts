/**
 * A residents' management company or another company named above its meeting's title is the
 * board. Invented variants; no corpus text is copied.
 */
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/minutes/parse.ts';

describe('a company named above its meeting', () => {
  it.each([
    ['ELM COURT MANAGEMENT COMPANY LTD', 'ELM COURT MANAGEMENT COMPANY LTD'],
    ['Harbour View Residents Company Limited', 'Harbour View Residents Company Limited'],
    ['Millstream Management Company', 'Millstream Management Company'],
  ])('%s', (name, board) => {
    const d = parseMinutes(
      `${name}\nANNUAL GENERAL MEETING - Thursday 6 November 2014\nAttendees:\nAnna Byrne (Director)\nTom Hale\n\nAccounts\nThe accounts were approved.\n`,
    );
    expect(d.board?.toLowerCase()).toBe(board.toLowerCase());
  });
});
