/**
 * A short attendance table exported column by column: two names, then two roles. With so few
 * rows the names alone do not prove a table, so roles are paired only when nothing else fits;
 * otherwise nobody gets the run of roles. Every input is invented.
 */
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/minutes/parse.ts';

const people = (text: string) =>
  parseMinutes(text).attendees.map((a) => ({ name: a.name, role: a.role ?? null }));

const body = '1. Minutes of the last meeting\nThe minutes were agreed as a true record.\n';

describe('two names, then two roles', () => {
  it('pairs the roles with the names in order', () => {
    const text = `Parish Council\nPresent:\nAnn Lee\nTom Reed\nChair\nTreasurer\n\n${body}`;
    expect(people(text)).toEqual([
      { name: 'Ann Lee', role: 'Chair' },
      { name: 'Tom Reed', role: 'Treasurer' },
    ]);
  });

  it('pairs them under "Attendees" with other names and offices', () => {
    const text = `Trust Board\nAttendees\nPriya Sharma\nGareth Owen\nSecretary\nVice Chair\n\n${body}`;
    expect(people(text)).toEqual([
      { name: 'Priya Sharma', role: 'Secretary' },
      { name: 'Gareth Owen', role: 'Vice Chair' },
    ]);
  });

  it('pairs them with no blank line before the body', () => {
    const text = `Friends Group\nPresent\nJoanna Black\nMichael Stone\nChairman\nTreasurer\n${body}`;
    expect(people(text)).toEqual([
      { name: 'Joanna Black', role: 'Chairman' },
      { name: 'Michael Stone', role: 'Treasurer' },
    ]);
  });

  it('never gives the last name both roles', () => {
    const text = `Parish Council\nPresent:\nRuth Ellis\nOwen Price\nChair\nSecretary\n\n${body}`;
    const roles = parseMinutes(text).attendees.map((a) => a.role ?? '');
    expect(roles).toEqual(['Chair', 'Secretary']);
  });

  it('leaves roles empty when the columns do not line up', () => {
    const text = `Parish Council\nPresent:\nAnn Lee\nTom Reed\nChair\nTreasurer\nSecretary\n\n${body}`;
    expect(people(text)).toEqual([
      { name: 'Ann Lee', role: null },
      { name: 'Tom Reed', role: null },
    ]);
  });
});

describe('a name then its role is still read row by row', () => {
  it('keeps "name / role / name / role"', () => {
    const text = `Parish Council\nPresent:\nAnn Lee\nChair\nTom Reed\nTreasurer\n\n${body}`;
    expect(people(text)).toEqual([
      { name: 'Ann Lee', role: 'Chair' },
      { name: 'Tom Reed', role: 'Treasurer' },
    ]);
  });
});

describe('a column of names broken by the next column header and its first cells', () => {
  const names = (text: string) => parseMinutes(text).attendees.map((a) => a.name);

  it('reads on past "Initial" and one initials cell', () => {
    const text = `Safeguarding Board\nAttended:\nMember\nAlice Brown\nColin Dale\nEdith Frost\nInitial\nAB\nGina Hale\nIan Jones\n\n${body}`;
    expect(names(text)).toEqual([
      'Alice Brown',
      'Colin Dale',
      'Edith Frost',
      'Gina Hale',
      'Ian Jones',
    ]);
  });

  it('reads on past "Initials" and several initials cells, mixed case', () => {
    const text = `Partnership Board\nPresent\nKaren Lowe\nMark Nash\nOlive Pratt\nInitials\nKL\nMNa\nQuentin Ross\nSusan Tate\nUna Vine\n\n${body}`;
    expect(names(text)).toEqual([
      'Karen Lowe',
      'Mark Nash',
      'Olive Pratt',
      'Quentin Ross',
      'Susan Tate',
      'Una Vine',
    ]);
  });

  it('does not give anyone the header or the initials as a role', () => {
    const text = `Safeguarding Board\nAttended:\nAlice Brown\nColin Dale\nEdith Frost\nInitial\nAB\nGina Hale\nIan Jones\n\n${body}`;
    const roles = parseMinutes(text).attendees.map((a) => a.role ?? null);
    expect(roles).toEqual([null, null, null, null, null]);
  });
});
