/** Issue 16: actions minuted under an exempt or confidential item are restricted. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { commitDraft } from '../../src/minutes/commit.ts';
import { parseMinutes } from '../../src/minutes/parse.ts';
import { listActions } from '../../src/register/actions.ts';
import type { Author } from '../../src/register/history.ts';
import { DIALECTS, openTestDb, type TestDb } from '../support/db.ts';
import { aBoard } from '../support/builders.ts';

const NOW = new Date('2026-11-25T10:00:00.000Z');
const IMPORT: Author = { personId: null, name: 'Minutes import', source: 'import' };

const MINUTES = [
  'Riverside Safety Partnership',
  '',
  'Minutes of the meeting held on 3 March 2025',
  '',
  'Present: Mark Brown (MB), Jane Hill (JH)',
  '',
  '4. Street lighting',
  'ACTION: MB to publish the lighting survey.',
  '',
  'PART B – EXEMPT INFORMATION',
  '',
  '5. Contract for CCTV monitoring',
  'ACTION: JH to negotiate the contract price with the preferred bidder.',
  '',
  'Part A – public session resumed',
  '',
  '6. Any other business',
  'ACTION: MB to send the dates of the summer events.',
  '',
].join('\n');

describe('restricted items in the draft', () => {
  it('marks only the actions under a Part B / exempt heading, and leaves other drafts unchanged', () => {
    const d = parseMinutes(MINUTES);
    expect(d.actions.map((a) => [a.text, a.restricted ?? false])).toEqual([
      ['Publish the lighting survey.', false],
      ['Negotiate the contract price with the preferred bidder.', true],
      ['Send the dates of the summer events.', false],
    ]);
    expect(Object.keys(d.actions[0]!)).not.toContain('restricted');
  });

  it('reads "Exclusion of the press and public" and "confidential item" headings', () => {
    const d = parseMinutes(
      MINUTES.replace('PART B – EXEMPT INFORMATION', '9. Exclusion of the Press and Public'),
    );
    expect(d.actions.map((a) => a.restricted ?? false)).toEqual([false, true, false]);
    const c = parseMinutes(MINUTES.replace('PART B – EXEMPT INFORMATION', 'Confidential item'));
    expect(c.actions.map((a) => a.restricted ?? false)).toEqual([false, true, false]);
  });
});

describe.each(DIALECTS)('committing restricted actions on %s', (dialect) => {
  let t: TestDb;
  beforeEach(async () => {
    t = await openTestDb(dialect);
  });
  afterEach(async () => {
    await t.close();
  });

  it("commits an exempt item's action as restricted and the others as public", async () => {
    const board = await aBoard(t.db, {
      slug: 'rsp',
      name: 'Riverside Safety Partnership',
      refPrefix: 'RSP',
    });
    await commitDraft(t.db, board, parseMinutes(MINUTES), IMPORT, NOW);
    const actions = await listActions(t.db, { boardIds: [board.id] });
    expect(actions.map((a) => [a.text, a.visibility])).toEqual([
      ['Publish the lighting survey.', 'public'],
      ['Negotiate the contract price with the preferred bidder.', 'restricted'],
      ['Send the dates of the summer events.', 'public'],
    ]);
  });
});
