/**
 * Attendee lists in their common shapes, each family with several invented variants (names,
 * spacing, punctuation, order, case), so that a rule is learnt for the shape and not for one
 * document. Every excerpt here was written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { findNames } from '../../src/minutes/names.ts';
import { parseMinutes } from '../../src/minutes/parse.ts';

const found = (text: string): string[] => findNames(text, { titled: true }).map((n) => n.name);
const people = (text: string) =>
  parseMinutes(text).attendees.map((a) => ({ name: a.name, role: a.role, org: a.org }));

describe('a role word after the name is not part of the name', () => {
  it.each([
    ['Sue Grant Practice Manager', ['Sue Grant']],
    ['Jo King Locality Manager', ['Jo King']],
    ['Bob Hart Ward Councillor', ['Bob Hart']],
    ['Priya Shah Safeguarding Lead', ['Priya Shah']],
    ['Tom Reed Vice-Chair', ['Tom Reed']],
    ['Ann Lee Receptionist', ['Ann Lee']],
    ['Olu Ade Pharmacist, Kim Wu Librarian', ['Olu Ade', 'Kim Wu']],
    ['J. Moss Practice Manager', ['J. Moss']],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it.each([
    ['Mary Ann Smith', ['Mary Ann Smith']],
    ['Tom Reed Chair', ['Tom Reed']],
    ['Sarah Jane Brown', ['Sarah Jane Brown']],
    ['Ann Lee, Bob Hart', ['Ann Lee', 'Bob Hart']],
    ['Mr Ali Reza Khan Ms Joy Adams', ['Ali Reza Khan', 'Joy Adams']],
    ['Dr Lena Holmqvist', ['Lena Holmqvist']],
  ])('keeps the name whole: %s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it('keeps the role whole when the list gives it', () => {
    const text =
      'Minutes of the Patient Group\nPresent:\nSue Grant Practice Manager\nOlu Ade Locality Pharmacist\nKim Wu Vice-Chair\n\n1. Welcome\nThe chair opened the meeting.\n';
    expect(people(text)).toEqual([
      { name: 'Sue Grant', role: 'Practice Manager', org: null },
      { name: 'Olu Ade', role: 'Locality Pharmacist', org: null },
      { name: 'Kim Wu', role: 'Vice-Chair', org: null },
    ]);
  });
});

describe('name, role and organisation run together on one line', () => {
  const wrap = (head: string, list: string) =>
    `Minutes of the Riverside Partnership Board\n12 March 2024\n${head}${list}\n\n1. Welcome\nThe chair opened the meeting.\n`;

  it.each(['Present:\n', 'Present: ', 'PRESENT\n', 'Those present:  '])(
    'splits each person from the next (%j)',
    (head) => {
      expect(people(wrap(head, 'Cllr Jane Smith Chair Anytown Council Sarah Jones Clerk'))).toEqual(
        [
          { name: 'Jane Smith', role: 'Chair', org: 'Anytown Council' },
          { name: 'Sarah Jones', role: 'Clerk', org: null },
        ],
      );
    },
  );

  it('gives the title before the next name to that person, not to the last one', () => {
    expect(
      people(
        wrap(
          'Present: ',
          'Dr Peter Holt Medical Director Riverside Trust Ms Ann Lee Head of Finance Mr Raj Patel Treasurer',
        ),
      ),
    ).toEqual([
      { name: 'Peter Holt', role: 'Medical Director', org: 'Riverside Trust' },
      { name: 'Ann Lee', role: 'Head of Finance', org: null },
      { name: 'Raj Patel', role: 'Treasurer', org: null },
    ]);
  });

  it('keeps a place before an organisation word out of the names', () => {
    expect(
      people(
        wrap('In attendance: ', 'Tom Reed Officer Hillbury Borough Council Kay Lim Secretary'),
      ),
    ).toEqual([
      { name: 'Tom Reed', role: 'Officer', org: 'Hillbury Borough Council' },
      { name: 'Kay Lim', role: 'Secretary', org: null },
    ]);
  });
});
