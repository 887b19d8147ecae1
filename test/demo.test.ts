import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { seedDemo } from '../src/demo.ts';
import { getActionByRef, listActions } from '../src/register/actions.ts';
import { getMeeting, nextMeeting, previousMeeting } from '../src/register/meetings.ts';
import { findBoard } from '../src/register/boards.ts';
import { toPerson } from '../src/register/people.ts';
import { isOpen } from '../src/domain.ts';
import { formatDate } from '../src/dates.ts';
import { handleText } from '../src/commands/execute.ts';
import { renderText } from '../adapters/console/render.ts';
import { cliActor } from './support/builders.ts';
import { FakeClock } from './support/clock.ts';
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
    expect(outcome).toMatchObject({ seeded: true, boards: 2, actions: 12 });
    const lcrb1 = await getActionByRef(t.db, 'LCRB-1');
    expect(lcrb1?.minuteRef).toBe('4.20');
    expect(lcrb1?.owners).toEqual([
      { kind: 'person', person: expect.objectContaining({ name: 'Tim Godwin', initials: 'TG' }) },
    ]);
    expect((await getActionByRef(t.db, 'LCRB-2'))?.owners).toEqual([]);
    expect((await getActionByRef(t.db, 'LCRB-3'))?.status).toBe('in_progress');
  });

  it('reads like a board in mid-cycle: it met weeks ago and meets again soon', async () => {
    await seedDemo(t.db, NOW);
    const lcrb = (await findBoard(t.db, 'lcrb'))!;
    const last = (await previousMeeting(t.db, lcrb.id, NOW))!;
    const next = (await nextMeeting(t.db, lcrb.id, NOW))!;
    const days = (d: string | Date) => (new Date(d).getTime() - NOW.getTime()) / 86_400_000;
    expect(days(last.startsAt)).toBeGreaterThan(-60);
    expect(days(last.startsAt)).toBeLessThan(-14);
    expect(days(next.startsAt)).toBeGreaterThan(7);
    expect(days(next.startsAt)).toBeLessThan(30);
    // Every open action is due at an upcoming meeting or by a date; one date is already past.
    const open = (await listActions(t.db)).filter((a) => isOpen(a.status));
    for (const action of open) {
      if (action.dueDate) continue;
      const due = await getMeeting(t.db, action.dueMeetingId!);
      expect(new Date(due!.startsAt).getTime()).toBeGreaterThan(NOW.getTime());
    }
    const byDate = open
      .filter((a) => a.dueDate !== null)
      .map((a) => days(`${a.dueDate}T12:00:00Z`));
    expect(byDate.some((d) => d < 0)).toBe(true);
    expect(byDate.some((d) => d > 0)).toBe(true);
    expect(open.some((a) => a.carriedForward === 1)).toBe(true);
    // The actions written for the demo were raised at the last meeting.
    const recent = (await listActions(t.db)).filter((a) => a.raisedAtMeetingId === last.id);
    expect(recent.length).toBeGreaterThanOrEqual(4);
  });

  it('gives close-agreed the last meeting, not one from years ago, and something to close', async () => {
    await seedDemo(t.db, NOW);
    const lcrb = (await findBoard(t.db, 'lcrb'))!;
    const last = (await previousMeeting(t.db, lcrb.id, NOW))!;
    const gemma = (await t.db
      .selectFrom('people')
      .selectAll()
      .where('name', '=', 'Gemma Townsend')
      .executeTakeFirst())!;
    const ctx = { db: t.db, clock: new FakeClock(NOW.toISOString()) };
    const reply = renderText(
      await handleText(ctx, await cliActor(t.db, toPerson(gemma)), 'close-agreed lcrb'),
    );
    expect(reply).toContain(formatDate(last.startsAt, lcrb.timezone));
    expect((await getActionByRef(t.db, 'LCRB-2'))!.status).toBe('closed');
    // Completed since the meeting: it waits for the next one.
    const waiting = (await listActions(t.db)).find((a) =>
      a.text.startsWith('Write to the Home Office'),
    );
    expect(waiting!.status).toBe('complete');
  });

  it('adds nothing when seeded again', async () => {
    await seedDemo(t.db, NOW);
    const people = (await t.db.selectFrom('people').select('id').execute()).length;
    const again = await seedDemo(t.db, NOW, true);
    expect(again.actions).toBe(12);
    expect(await listActions(t.db)).toHaveLength(12);
    expect((await t.db.selectFrom('people').select('id').execute()).length).toBe(people);
  });
});
