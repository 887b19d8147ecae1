import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addNote, changeStatus, setOwners } from '../../src/register/actions.ts';
import { SYSTEM_AUTHOR, latestUpdates, type Author } from '../../src/register/history.ts';
import { DIALECTS, openTestDb, type TestDb } from '../support/db.ts';
import { aBoard, aPerson, anAction } from '../support/builders.ts';

const NOW = new Date('2026-11-25T10:00:00.000Z');

describe.each(DIALECTS)('the latest update of each action on %s', (dialect) => {
  let t: TestDb;
  beforeEach(async () => {
    t = await openTestDb(dialect);
  });
  afterEach(async () => {
    await t.close();
  });

  it('shows the newest status change or note, however long the history', async () => {
    const board = await aBoard(t.db);
    const tg = await aPerson(t.db, { name: 'Tim Godwin' });
    const author: Author = { personId: tg.id, name: tg.name, source: 'slack' };
    const busy = await anAction(t.db, board, { owners: [tg] });
    const quiet = await anAction(t.db, board, { owners: [tg] });
    const untouched = await anAction(t.db, board, { owners: [tg] });
    for (let i = 1; i <= 30; i++) await addNote(t.db, busy.id, `Note ${i}`, author, NOW);
    await changeStatus(t.db, { id: busy.id, status: 'in_progress', note: 'Drafting' }, author, NOW);
    await addNote(t.db, quiet.id, 'Only note', author, NOW);
    // A reassignment is history, not an update from the owner.
    await setOwners(t.db, busy.id, [], 'Tim Godwin → no one', SYSTEM_AUTHOR, NOW);

    const latest = await latestUpdates(t.db, [busy.id, quiet.id, untouched.id]);
    expect(latest.get(busy.id)).toMatchObject({ kind: 'status', note: 'Drafting' });
    expect(latest.get(quiet.id)).toMatchObject({ kind: 'note', note: 'Only note' });
    expect(latest.has(untouched.id)).toBe(false);
  });
});
