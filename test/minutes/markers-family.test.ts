/**
 * Action markers by family, second batch: "Ask X to ..." after a marker (X is the owner).
 * Every minute here is invented for these tests.
 */
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/minutes/parse.ts';
import type { Draft } from '../../src/minutes/draft.ts';

const ATTENDANCE =
  'Present: Cllr Anna Kowalski (Chair), Tom Reyes, Priya Shah (PS), Gareth Lewis\nIn attendance: Mohammed Idris (Clerk)';

const minutes = (body: string, attendance = ATTENDANCE) =>
  parseMinutes(
    `Millbrook Village Hall Committee\n\nMinutes of the meeting held on Tuesday 4 March 2025\n\n${attendance}\n\n${body}\n`,
  );

const brief = (d: Draft) =>
  d.actions.filter((a) => a.kind === 'explicit').map((a) => ({ text: a.text, owners: a.owners }));

describe('a marker asking someone to do something: the person asked owns it', () => {
  it.each([
    ['ACTION: Ask Tom Reyes to obtain two quotes for the verge.', 'Tom Reyes'],
    ['Action – Request Priya Shah to check the bin collection schedule.', 'Priya Shah'],
    ['ACTION: Remind Gareth Lewis to renew the hall insurance.', 'Gareth Lewis'],
    ['Action: ask PS to send the hire agreement to the playgroup.', 'Priya Shah'],
  ])('%s', (line, owner) => {
    const found = brief(minutes(`3. Premises\nThe matter was discussed.\n${line}`));
    expect(found).toHaveLength(1);
    expect(found[0]!.owners).toEqual([owner]);
    expect(found[0]!.text).not.toMatch(/^(?:Ask|Request|Remind)\b/i);
  });

  it('keeps the one who asks when the marker names them first', () => {
    expect(
      brief(minutes('3. Premises\nACTION: Clerk to ask Tom Reyes to sign the lease.', ATTENDANCE)),
    ).toEqual([{ text: 'Ask Tom Reyes to sign the lease.', owners: ['Mohammed Idris'] }]);
  });

  it('names no one when nobody is asked', () => {
    const found = brief(
      minutes('3. Premises\nACTION: Ask for quotes to be obtained for the roof.'),
    );
    expect(found.every((a) => a.owners.length === 0)).toBe(true);
  });
});
