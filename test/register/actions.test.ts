import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import {
  addAction,
  addNote,
  changeStatus,
  getActionByRef,
  listActions,
  setOwners,
  carryForward,
} from '../../src/register/actions.ts';
import { SYSTEM_AUTHOR, listHistory, type Author } from '../../src/register/history.ts';
import { DIALECTS, openTestDb, type TestDb } from '../support/db.ts';
import { aBoard, aMeeting, aPerson, anAction } from '../support/builders.ts';

const NOW = new Date('2026-11-25T10:00:00.000Z');

describe.each(DIALECTS)('the action register on %s', (dialect) => {
  let t: TestDb;
  beforeEach(async () => {
    t = await openTestDb(dialect);
  });
  afterEach(async () => {
    await t.close();
  });

  it('numbers actions per board: LCRB-1, LCRB-2, and another board starts at 1', async () => {
    const lcrb = await aBoard(t.db, { refPrefix: 'LCRB' });
    const dmg = await aBoard(t.db, { refPrefix: 'DMG' });
    const a = await anAction(t.db, lcrb);
    const b = await anAction(t.db, lcrb);
    const c = await anAction(t.db, dmg);
    expect([a.ref, b.ref, c.ref]).toEqual(['LCRB-1', 'LCRB-2', 'DMG-1']);
  });

  it('keeps people and groups as owners, in the order given, and allows none', async () => {
    const board = await aBoard(t.db);
    const tg = await aPerson(t.db, { name: 'Tim Godwin', initials: 'TG' });
    const action = await anAction(t.db, board, { owners: [tg, 'MOPAC officers'] });
    expect(action.owners).toEqual([
      { kind: 'person', person: expect.objectContaining({ name: 'Tim Godwin' }) },
      { kind: 'group', name: 'MOPAC officers' },
    ]);
    const unassigned = await anAction(t.db, board);
    expect(unassigned.owners).toEqual([]);
  });

  it('writes a history row with every change: who, when, source, from and to, note', async () => {
    const board = await aBoard(t.db);
    const tg = await aPerson(t.db, { name: 'Tim Godwin' });
    const action = await anAction(t.db, board, { owners: [tg] });
    const author: Author = { personId: tg.id, name: tg.name, source: 'slack' };
    await changeStatus(
      t.db,
      { id: action.id, status: 'in_progress', note: 'Drafting' },
      author,
      NOW,
    );
    await addNote(t.db, action.id, 'Finance figures due Friday', author, NOW);
    await setOwners(t.db, action.id, [], 'Tim Godwin → no one', SYSTEM_AUTHOR, NOW);
    const history = await listHistory(t.db, action.id);
    expect(history.map((h) => [h.kind, h.source, h.statusFrom, h.statusTo, h.note])).toEqual([
      ['created', 'system', null, 'open', null],
      ['status', 'slack', 'open', 'in_progress', 'Drafting'],
      ['note', 'slack', null, null, 'Finance figures due Friday'],
      ['assigned', 'system', null, null, 'Tim Godwin → no one'],
    ]);
    expect(history[1]).toMatchObject({
      actorId: tg.id,
      actorName: 'Tim Godwin',
      at: NOW.toISOString(),
    });
  });

  it('refuses a stale update instead of overwriting a newer one', async () => {
    const board = await aBoard(t.db);
    const action = await anAction(t.db, board);
    const first = await changeStatus(
      t.db,
      { id: action.id, status: 'in_progress', expectedVersion: action.version },
      SYSTEM_AUTHOR,
      NOW,
    );
    expect(first.ok).toBe(true);
    const stale = await changeStatus(
      t.db,
      { id: action.id, status: 'complete', expectedVersion: action.version },
      SYSTEM_AUTHOR,
      NOW,
    );
    expect(stale).toMatchObject({ ok: false, code: 'stale' });
    expect((await getActionByRef(t.db, action.ref))?.status).toBe('in_progress');
    expect((await listHistory(t.db, action.id)).filter((h) => h.kind === 'status')).toHaveLength(1);
  });

  it('lets exactly one of two concurrent updates from the same version win', async () => {
    const board = await aBoard(t.db);
    const action = await anAction(t.db, board);
    const results = await Promise.all(
      (['complete', 'dropped'] as const).map((status) =>
        changeStatus(
          t.db,
          { id: action.id, status, expectedVersion: action.version },
          SYSTEM_AUTHOR,
          NOW,
        ),
      ),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok && r.code === 'stale')).toHaveLength(1);
  });

  it('writes nothing when the history row cannot be written (same transaction)', async () => {
    const board = await aBoard(t.db);
    const action = await anAction(t.db, board);
    const nobody = { personId: 999_999 as never, name: 'Ghost', source: 'cli' as const };
    await expect(
      changeStatus(t.db, { id: action.id, status: 'complete' }, nobody, NOW),
    ).rejects.toThrow();
    const after = await getActionByRef(t.db, action.ref);
    expect(after).toMatchObject({ status: 'open', version: action.version });
    expect(await listHistory(t.db, action.id)).toHaveLength(1);
  });

  it('never loses history: deleting an action or a person with history is refused', async () => {
    const board = await aBoard(t.db);
    const tg = await aPerson(t.db);
    const action = await anAction(t.db, board, { owners: [tg] });
    await expect(
      t.db.deleteFrom('actions').where('id', '=', action.id).execute(),
    ).rejects.toThrow();
    await expect(t.db.deleteFrom('people').where('id', '=', tg.id).execute()).rejects.toThrow();
    await expect(t.db.deleteFrom('boards').where('id', '=', board.id).execute()).rejects.toThrow();
    await expect(
      t.db.deleteFrom('action_updates').where('action_id', '=', action.id).execute(),
    ).rejects.toThrow(/append-only/);
    await expect(sql`update action_updates set note = 'rewritten'`.execute(t.db)).rejects.toThrow(
      /append-only/,
    );
    expect(await listHistory(t.db, action.id)).toHaveLength(1);
  });

  it('lists by owner, by board and by status', async () => {
    const lcrb = await aBoard(t.db);
    const dmg = await aBoard(t.db);
    const tg = await aPerson(t.db);
    const jh = await aPerson(t.db);
    await anAction(t.db, lcrb, { owners: [tg] });
    await anAction(t.db, lcrb, { owners: [jh, tg], status: 'complete' });
    await anAction(t.db, dmg, { owners: [jh] });
    expect((await listActions(t.db, { ownerId: tg.id })).map((a) => a.ref)).toHaveLength(2);
    expect(await listActions(t.db, { ownerId: tg.id, statuses: ['open'] })).toHaveLength(1);
    expect(await listActions(t.db, { boardIds: [dmg.id] })).toHaveLength(1);
    expect(await listActions(t.db, { boardIds: [] })).toEqual([]);
  });

  it('carries an action forward to the next meeting and counts it', async () => {
    const board = await aBoard(t.db);
    const m1 = await aMeeting(t.db, board, '2026-11-10T10:00:00Z');
    const m2 = await aMeeting(t.db, board, '2027-01-12T10:00:00Z');
    const action = await anAction(t.db, board, { due: m1 });
    const carried = await carryForward(
      t.db,
      action.id,
      m2.id,
      'to 12 Jan 2027',
      SYSTEM_AUTHOR,
      NOW,
    );
    expect(carried).toMatchObject({
      ok: true,
      value: { dueMeetingId: m2.id, carriedForward: 1, version: action.version + 1 },
    });
  });

  it('imports an action once however often the same key is added', async () => {
    const board = await aBoard(t.db);
    const input = { boardId: board.id, text: 'Mapping exercise', importKey: 'minutes-2012#3' };
    const a = await addAction(t.db, input, SYSTEM_AUTHOR, NOW);
    const b = await addAction(t.db, input, SYSTEM_AUTHOR, NOW);
    expect(b.ref).toBe(a.ref);
    expect(await listActions(t.db, { boardIds: [board.id] })).toHaveLength(1);
  });
});

describe.each(DIALECTS)('inbound event deduplication on %s', (dialect) => {
  it('says first delivery once, and false for every retry of the same event', async () => {
    const t = await openTestDb(dialect);
    try {
      const { firstDelivery } = await import('../../src/register/inbound-events.ts');
      const results = await Promise.all(
        [1, 2, 3].map(() => firstDelivery(t.db, 'slack:event:Ev1', NOW)),
      );
      expect(results.filter(Boolean)).toHaveLength(1);
      expect(await firstDelivery(t.db, 'slack:event:Ev2', NOW)).toBe(true);
    } finally {
      await t.close();
    }
  });
});
