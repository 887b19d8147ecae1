/**
 * "Others Present: Fire Chief — Parsons City Attorney — Lavine Executive Assistant - Moss": a
 * list of offices and their holders flattened into one line, each holder's name run into the
 * next office, as a US board's minutes print their staff. Each holder is a person with the office
 * before the dash; the offices are nobody. Every minute here is invented for these tests.
 */
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/minutes/parse.ts';

const HEAD = 'TOWN OF ELMWOOD BOARD OF WATER COMMISSIONERS MEETING MINUTES March 4, 2014\n';
const people = (text: string) =>
  parseMinutes(text).attendees.map((a) => ({ name: a.name, role: a.role }));

describe('offices and their holders run into one line', () => {
  it.each([
    [
      'Others Present: Water Superintendent — Harlow Town Attorney — Vance Executive Assistant — Quill',
    ],
    [
      'Others Present: Water Superintendent - Harlow Town Attorney - Vance Executive Assistant - Quill',
    ],
    [
      'Also Present: Water Superintendent – Harlow Town Attorney – Vance Executive Assistant – Quill.',
    ],
  ])('surnames: %s', (line) => {
    const text = `${HEAD}Present: Chair Dorsey Commissioners: Pike, Ortega\n${line}\n1. Call to Order\nChair Dorsey called the meeting to order at 1800 hours.\n`;
    expect(people(text)).toEqual(
      expect.arrayContaining([
        { name: 'Harlow', role: 'Water Superintendent' },
        { name: 'Vance', role: 'Town Attorney' },
        { name: 'Quill', role: 'Executive Assistant' },
      ]),
    );
    expect(people(text).map((p) => p.name)).not.toContain('Vance Executive');
  });

  it('first names and surnames', () => {
    const text = `${HEAD}Others Present: Water Superintendent — Ada Harlow Town Attorney — Ben Vance Executive Assistant — Cleo Quill\n1. Approval of Minutes\nThe minutes were approved.\n`;
    expect(people(text)).toEqual([
      { name: 'Ada Harlow', role: 'Water Superintendent' },
      { name: 'Ben Vance', role: 'Town Attorney' },
      { name: 'Cleo Quill', role: 'Executive Assistant' },
    ]);
  });

  it('in a page run into one line, up to "Call To Order"', () => {
    const text = `${HEAD.trim()} Present: Chair Dorsey Commissioners: Pike, Ortega Others Present: Water Superintendent — Harlow Town Attorney — Vance Executive Assistant - Quill Call To Order: Chair Dorsey called the meeting to order at 1800 hours. II. Approval of Minutes: the minutes of the February meeting were approved as corrected by the Board without any further discussion at all.\n`;
    expect(people(text).map((p) => p.name)).toEqual([
      'Dorsey',
      'Pike',
      'Ortega',
      'Harlow',
      'Vance',
      'Quill',
    ]);
  });
});
