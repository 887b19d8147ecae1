import { describe, expect, it } from 'vitest';
import { memberRole } from '../../src/minutes/in-register.ts';

// The role an attendee is offered on the board. A chair reads every action of the board,
// restricted ones too, and the secretariat imports and edits, so a role is given only where the
// minutes say so; anything doubtful is a member, which the secretariat can raise later.
// Roles as the importer reads them from real minutes in corpus/minutes.
const role = (text: string | null) => memberRole({ role: text });

describe('the role offered to an attendee', () => {
  it.each([
    'Chair',
    'Independent Chair',
    'PPG Chair',
    'Executive Director Community Services (Chair)',
    'in the Chair',
    'Co-Chair',
    'Chairman',
  ])('makes "%s" the chair', (text) => {
    expect(role(text)).toBe('chair');
  });

  it.each([
    'Personal Assistant to the Chair',
    "Chair's office",
    'Non-Executive Director, Chair of the Audit Committee',
    'Chair of the Finance Sub-Committee',
    'Vice Chair',
    'Deputy Chairman',
    'Member',
    null,
  ])('keeps "%s" a member, not the chair', (text) => {
    expect(role(text)).toBe('member');
  });

  it.each([
    'Clerk',
    'Deputy Parish Clerk',
    'Minute taker',
    '(Clerk) and 2 members of the public',
    'Secretary to Council',
    'PPG Secretary',
    'Forum Secretary',
    'LBL YOS (minutes)',
    'minutes',
    'Note taker',
  ])('makes "%s" the secretariat', (text) => {
    expect(role(text)).toBe('secretariat');
  });

  it.each(['Secretary of State for Justice', 'Permanent Secretary', 'Minutes approved'])(
    'keeps "%s" a member, not the secretariat',
    (text) => {
      expect(role(text)).toBe('member');
    },
  );
});
