import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { seedDemo } from '../src/demo.ts';
import { getActionByRef, listActions } from '../src/register/actions.ts';
import { getMeeting } from '../src/register/meetings.ts';
import { DIALECTS, openTestDb, type TestDb } from './support/db.ts';

const NOW = new Date('2026-11-25T10:00:00.000Z');

describe.each(DIALECTS)('the demo register on %s', (dialect) => {
  let t: TestDb;
  beforeEach(async () => {
    t = await openTestDb(dialect);
  });
  afterEach(async () => {
    await t.close();
  });

  it('imports the seed minutes: LCRB refs, Tim Godwin owns one, unassigned ones stay unassigned', async () => {
    const outcome = await seedDemo(t.db, NOW);
    expect(outcome).toMatchObject({ seeded: true, boards: 2, actions: 5 });
    const lcrb1 = await getActionByRef(t.db, 'LCRB-1');
    expect(lcrb1?.minuteRef).toBe('4.20');
    expect(lcrb1?.owners).toEqual([
      { kind: 'person', person: expect.objectContaining({ name: 'Tim Godwin', initials: 'TG' }) },
    ]);
    expect((await getActionByRef(t.db, 'LCRB-2'))?.owners).toEqual([]);
    expect((await getActionByRef(t.db, 'LCRB-3'))?.status).toBe('in_progress');
  });

  it('makes every demo action due at an upcoming meeting', async () => {
    await seedDemo(t.db, NOW);
    for (const action of await listActions(t.db)) {
      const due = await getMeeting(t.db, action.dueMeetingId!);
      expect(new Date(due!.startsAt).getTime()).toBeGreaterThan(NOW.getTime());
    }
  });

  it('adds nothing when seeded again', async () => {
    await seedDemo(t.db, NOW);
    const people = (await t.db.selectFrom('people').select('id').execute()).length;
    const again = await seedDemo(t.db, NOW, true);
    expect(again.actions).toBe(5);
    expect(await listActions(t.db)).toHaveLength(5);
    expect((await t.db.selectFrom('people').select('id').execute()).length).toBe(people);
  });
});
