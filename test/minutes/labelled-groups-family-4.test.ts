/**
 * Attendance in labelled groups run into one line by PDF export, as Scottish bodies and students'
 * unions print it: "1. Sederunt Executive: C. Fraser, L. Hinton Convenors: J. Ansell, P. Kelly
 * Honoraries: C. Hall 2. Apologies J. Harrison ...": each group is read with its label as the
 * role, the next item's number is not part of the list, "Apologies" with no colon before an
 * initialled name heads the apologies, and one listed present is not also an apology. Every
 * minute here is invented for these tests.
 */
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/minutes/parse.ts';
import type { Draft } from '../../src/minutes/draft.ts';

const HEAD =
  'Kelvin Union Board of Management Kelvin Union Minutes of the Board of Management Meeting 4: 14/11/2022 1. Sederunt Executive: D. Moir, F. Lang, G. Ross Convenors: H. Baird, K. Shaw Staff Representative: L. Dunn General Manager: M. Kerr Honoraries: N. Watt, P. Orr';
const TAIL =
  ' 3. Addition of Agenda Items Elections added as item 9. AP. D. Moir to speak with H. Baird about set-up times. - COMPLETED Motion to pass the minutes of Meeting 3: 31/10/22 Proposed: N. Watt Seconded: K. Shaw PASSED and the board moved on to the reports of the convenors.';
const people = (d: Draft) => d.attendees.map((a) => [a.name, a.role]);

describe('labelled groups run into one line', () => {
  it('reads each group with its label as the role', () => {
    const d = parseMinutes(
      `Kelvin Union Board of Management\n${HEAD} 2. Apologies R. Bell, S. Frew${TAIL}\n`,
    );
    expect(people(d)).toEqual([
      ['D. Moir', 'Executive'],
      ['F. Lang', 'Executive'],
      ['G. Ross', 'Executive'],
      ['H. Baird', 'Convenors'],
      ['K. Shaw', 'Convenors'],
      ['L. Dunn', 'Staff Representative'],
      ['M. Kerr', 'General Manager'],
      ['N. Watt', 'Honoraries'],
      ['P. Orr', 'Honoraries'],
    ]);
    expect(d.apologies).toEqual(['R. Bell', 'S. Frew']);
    // One label in a list is not a run of groups: the list is read whole.
    const one = parseMinutes(
      'Kelvin Union Board of Management\nMinutes of 14 November 2022\nPresent: Dana Moir, Fay Lang, Gil Ross Guests: Hal Baird\n1. Welcome\n',
    );
    expect(one.attendees.map((a) => a.name)).toEqual([
      'Dana Moir',
      'Fay Lang',
      'Gil Ross',
      'Hal Baird',
    ]);
  });

  it('does not take a duty noted beside the apologies for an apology', () => {
    const d = parseMinutes(
      `Kelvin Union Board of Management\n${HEAD} 2. Apologies R. Bell, S. Frew Porters' Box: K. Shaw${TAIL}\n`,
    );
    expect(d.apologies).toEqual(['R. Bell', 'S. Frew']);
    expect(d.attendees.map((a) => a.name)).toContain('K. Shaw');
  });

  it('dates the meeting by the numbered heading, not the upload date below', () => {
    const d = parseMinutes(
      `Kelvin Union Board of Management\n${HEAD} 2. Apologies R. Bell${TAIL}\n\nUpload: kelvin-union\n\nPost on 11-Mar-2016\n`,
    );
    expect(d.meeting?.date).toBe('2022-11-14');
  });
});
