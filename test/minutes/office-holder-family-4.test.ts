/**
 * Lists that give the office first and its holder in brackets, as university courts and senates
 * write them ("The Chancellor (Dr K C Michael) in the Chair, the Pro Chancellor (The Hon Justice
 * C Wheeler), ..."), with a full stop after a holder's bracket before the next person ("...
 * (Dr J Skene). Mrs J Massey as Secretary."), and surnames with a particle after an initial ("R
 * da Silva Rosa", "Ms C de Souza Chair"). Every minute here is invented for these tests.
 */
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/minutes/parse.ts';
import type { Draft } from '../../src/minutes/draft.ts';

const minutes = (present: string) =>
  parseMinutes(
    `NORTHGATE UNIVERSITY\nMinutes of the ordinary meeting of the Council held on Monday, 4 March 2024, at 4.00 pm\n\nPRESENT: ${present}\n\n1. MINUTES\nThe minutes of the last meeting were confirmed.\n`,
  );
const people = (d: Draft) => d.attendees.map((a) => [a.name, a.role]);

describe('an office, then its holder in brackets', () => {
  it('takes the holder as the person and the office as the role', () => {
    const d = minutes(
      'The Chancellor (Dr K L Marsh) in the Chair, the Pro Chancellor (The Hon Justice P Rowe), the Vice-Chancellor (Professor A Tan), Dr S Hill, Mr R Dale.',
    );
    expect(people(d)).toEqual([
      ['K L Marsh', 'Chancellor'],
      ['P Rowe', 'Pro Chancellor'],
      ['A Tan', 'Vice-Chancellor'],
      ['S Hill', null],
      ['R Dale', null],
    ]);
  });

  it.each([
    [
      'the Pro Vice-Chancellor (Research) (Professor D Moss)',
      'D Moss',
      'Pro Vice-Chancellor (Research)',
    ],
    ['the Director of Legal Services (Mr K Heald)', 'K Heald', 'Director of Legal Services'],
    ['the Deputy Warden of Convocation (Mr J Fogg)', 'J Fogg', 'Deputy Warden of Convocation'],
    ['the Provost (Dr M Rees)', 'M Rees', 'Provost'],
  ])('%s', (item, name, role) => {
    const d = minutes(`Dr S Hill, ${item}, Mr R Dale.`);
    expect(people(d)).toContainEqual([name, role]);
    expect(d.attendees.map((a) => a.name)).not.toContain(role);
  });

  it("ends an item at the full stop after its holder's bracket", () => {
    const d = minutes(
      'Dr S Hill, Mr R Dale. By Invitation: the Registrar (Mr P Curt), the Executive Officer, Vice-Chancellery (Dr J Skell). Mrs J Mace as Secretary.',
    );
    expect(d.attendees.map((a) => a.name)).toEqual([
      'S Hill',
      'R Dale',
      'P Curt',
      'J Skell',
      'J Mace',
    ]);
  });
});

describe('a particle in an initialled name', () => {
  it.each([
    ['Associate Professor R da Silva Rosa', 'R da Silva Rosa'],
    ['Dr M de la Cruz Ortega', 'M de la Cruz Ortega'],
    ['Ms C de Souza Chair', 'C de Souza'],
  ])('%s', (item, name) => {
    const d = minutes(`Dr S Hill, ${item}, Mr R Dale.`);
    expect(d.attendees.map((a) => a.name)).toEqual(['S Hill', name, 'R Dale']);
  });

  it('keeps one surname after a particle before more words of the line', () => {
    const d = minutes('Dr S Hill, Mr J van Dijk Finance Committee Chair, Mr R Dale.');
    expect(d.attendees.map((a) => a.name)).toContain('J van Dijk');
  });
});
