/**
 * Lists that name people by less than a full name, as small bodies write them: initials alone
 * where the typist spaced or stopped one person's capitals ("P B", "K.T."), and first names with
 * the surname's initial ("Amy H.", "Conni M", "Wayne"). Every minute here is invented.
 */
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/minutes/parse.ts';

const names = (text: string): string[] => parseMinutes(text).attendees.map((a) => a.name);

const meeting = (attendance: string) =>
  `Northfield Allotment Society\n\nMinutes of the meeting held on 4 March 2021\n\n${attendance}\n\n1. Welcome\n\nThe chair opened the meeting.\n`;

describe('initials alone, one person spaced or stopped', () => {
  it.each([
    ['Present\n\nRT (Chair), GH, P B, LW (minutes), DM (for SK)', ['RT', 'GH', 'P B', 'LW', 'DM']],
    ['Present: RT, G H, LW, DM', ['RT', 'G H', 'LW', 'DM']],
    ['Present: R.T. (Chair), G.H., L.W.', ['R.T.', 'G.H', 'L.W']],
  ])('%s', (attendance, expected) => {
    expect(names(meeting(attendance))).toEqual(expected);
  });

  it('takes no list whose items are not all initials', () => {
    expect(names(meeting('Present: RT, P B, the treasurer'))).not.toContain('P B');
  });
});

describe('first names with the initial of the surname', () => {
  it.each([
    ['Present: Mel, Mac, Katie, Amy H., Judith', ['Mel', 'Mac', 'Katie', 'Amy H', 'Judith']],
    [
      'In Attendance\n- Anna A (part of meeting), Annie, Conni M, Ed W, Wayne',
      ['Anna A', 'Annie', 'Conni M', 'Ed W', 'Wayne'],
    ],
    ['Attending: Ruth K; Tom; Bea S.', ['Ruth K', 'Tom', 'Bea S']],
  ])('%s', (attendance, expected) => {
    expect(names(meeting(attendance))).toEqual(expected);
  });

  it('takes no place or topic with a letter after it', () => {
    const found = names(meeting('Present: Mel, Katie\n\nVenue: Room B, Block C'));
    expect(found).not.toContain('Room B');
    expect(found).not.toContain('Block C');
  });
});
