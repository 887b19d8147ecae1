import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Board, Person } from '../../src/domain.ts';
import { addNote, carryForward, changeStatus } from '../../src/register/actions.ts';
import { SYSTEM_AUTHOR } from '../../src/register/history.ts';
import { previewReminders } from '../../src/reminders/preview.ts';
import { aBoard, aMeeting, aPerson, anAction } from '../support/builders.ts';
import { FakeClock } from '../support/clock.ts';
import { DIALECTS, openTestDb, type TestDb } from '../support/db.ts';
import { RecordingMessenger, schedulerFor } from './support.ts';

// Overdue chases go out on the first working day of 7-day windows counted from 1970-01-01:
// Thursdays, here 3, 10, 17 and 24 Dec 2026.
describe.each(DIALECTS)('date-due reminders and overdue chases on %s', (dialect) => {
  let t: TestDb;
  let clock: FakeClock;
  let board: Board;
  let tim: Person;
  let naomi: Person;
  beforeEach(async () => {
    t = await openTestDb(dialect);
    clock = new FakeClock('2026-11-01T09:00:00.000Z');
    board = await aBoard(t.db, { refPrefix: 'LCRB', name: 'London Crime Reduction Board' });
    tim = await aPerson(t.db, { name: 'Tim Godwin', board });
    naomi = await aPerson(t.db, { name: 'Naomi Simpson', board });
  });
  afterEach(async () => {
    await t.close();
  });

  async function tickAt(console: RecordingMessenger, iso: string, instance = 'test-instance') {
    clock.set(iso);
    return schedulerFor(t.db, dialect, clock, [console], instance).tick();
  }

  it('reminds the owner of an action due on a date 7 and 2 days before, at 09:00', async () => {
    const action = await anAction(t.db, board, { owners: [tim], dueDate: '2027-01-07' });
    const console = new RecordingMessenger('console', clock);
    await tickAt(console, '2026-12-31T08:59:00.000Z');
    await tickAt(console, '2026-12-31T09:00:00.000Z');
    await tickAt(console, '2026-12-31T09:01:00.000Z');
    await tickAt(console, '2027-01-05T09:00:00.000Z');
    expect(console.received.map((r) => r.at)).toEqual([
      '2026-12-31T09:00:00.000Z',
      '2027-01-05T09:00:00.000Z',
    ]);
    expect(console.refs()).toEqual([[action.ref], [action.ref]]);
    expect(console.received[0]!.message.summary).toContain('is due on 2027-01-07');
  });

  it('drops a stale 7-day date reminder stuck in retries when the 2-day one is queued', async () => {
    const action = await anAction(t.db, board, { owners: [tim], dueDate: '2027-01-07' });
    const console = new RecordingMessenger('console', clock).answer(new Error('platform down'));
    await tickAt(console, '2026-12-31T09:00:00.000Z');
    expect(console.received).toHaveLength(0);
    await tickAt(console, '2027-01-05T09:00:00.000Z');
    expect(console.received.map((r) => r.notice.idempotencyKey)).toEqual([
      `reminder:person=${tim.id}:action=${action.id}:due=2027-01-07:lead=2d`,
    ]);
  });

  it('chases an overdue action every 7 days, one message per owner, until it is closed', async () => {
    const old = await anAction(t.db, board, { owners: [tim], dueDate: '2020-03-31' });
    const shared = await anAction(t.db, board, { owners: [tim, naomi], dueDate: '2026-11-30' });
    const console = new RecordingMessenger('console', clock);
    await tickAt(console, '2026-12-03T08:59:00.000Z');
    expect(console.received).toHaveLength(0);
    await tickAt(console, '2026-12-03T09:00:00.000Z');
    await tickAt(console, '2026-12-03T09:01:00.000Z');
    await tickAt(console, '2026-12-07T09:00:00.000Z');
    expect(console.received.map((r) => [r.message.summary.split(',')[0], r.at])).toEqual([
      ['Tim Godwin', '2026-12-03T09:00:00.000Z'],
      ['Naomi Simpson', '2026-12-03T09:00:00.000Z'],
    ]);
    expect(console.refs()).toEqual([[old.ref, shared.ref], [shared.ref]]);
    await tickAt(console, '2026-12-10T09:00:00.000Z');
    expect(console.received).toHaveLength(4);
    await changeStatus(t.db, { id: shared.id, status: 'complete' }, SYSTEM_AUTHOR, clock.now());
    await tickAt(console, '2026-12-17T09:00:00.000Z');
    expect(console.refs().slice(4)).toEqual([[old.ref]]);
    await changeStatus(t.db, { id: old.id, status: 'dropped' }, SYSTEM_AUTHOR, clock.now());
    await tickAt(console, '2026-12-24T09:00:00.000Z');
    expect(console.received).toHaveLength(5);
  });

  it('counts a carried-forward action as overdue', async () => {
    const missed = await aMeeting(t.db, board, '2026-11-24T10:00:00.000Z');
    const next = await aMeeting(t.db, board, '2027-02-23T10:00:00.000Z');
    const action = await anAction(t.db, board, { owners: [tim], due: missed });
    await carryForward(
      t.db,
      action.id,
      next.id,
      'not done',
      SYSTEM_AUTHOR,
      new Date('2026-11-24T10:05:00.000Z'),
    );
    const console = new RecordingMessenger('console', clock);
    await tickAt(console, '2026-12-03T09:00:00.000Z');
    expect(console.refs()).toEqual([[action.ref]]);
    expect(console.received[0]!.notice.idempotencyKey).toMatch(/^overdue:/);
  });

  it('sends no doubles across a restart or a second instance', async () => {
    await anAction(t.db, board, { owners: [tim], dueDate: '2020-03-31' });
    await anAction(t.db, board, { owners: [tim], dueDate: '2027-01-07' });
    const console = new RecordingMessenger('console', clock);
    for (const instance of ['one', 'two', 'one-restarted']) {
      await tickAt(console, '2026-12-31T09:00:00.000Z', instance);
      await tickAt(console, '2026-12-31T09:02:00.000Z', instance);
    }
    expect(console.received.map((r) => r.notice.idempotencyKey.split(':')[0])).toEqual([
      'reminder',
      'overdue',
    ]);
  });

  it('after downtime sends the current chase, not the missed windows too', async () => {
    await anAction(t.db, board, { owners: [tim], dueDate: '2020-03-31' });
    const console = new RecordingMessenger('console', clock);
    await tickAt(console, '2026-12-03T09:00:00.000Z');
    // Down from 4 Dec until Friday 18 Dec: window of 10 Dec missed, 17 Dec caught up once.
    await tickAt(console, '2026-12-18T14:00:00.000Z');
    await tickAt(console, '2026-12-18T14:01:00.000Z');
    expect(console.received.map((r) => r.at)).toEqual([
      '2026-12-03T09:00:00.000Z',
      '2026-12-18T14:00:00.000Z',
    ]);
  });

  it('pauses the chase of an action its owner updated for one cadence', async () => {
    const action = await anAction(t.db, board, { owners: [tim], dueDate: '2020-03-31' });
    const console = new RecordingMessenger('console', clock);
    await tickAt(console, '2026-12-03T09:00:00.000Z');
    await addNote(
      t.db,
      action.id,
      'Draft with legal',
      SYSTEM_AUTHOR,
      new Date('2026-12-05T12:00:00.000Z'),
    );
    await tickAt(console, '2026-12-10T09:00:00.000Z');
    expect(console.received).toHaveLength(1);
    await tickAt(console, '2026-12-17T09:00:00.000Z');
    expect(console.received).toHaveLength(2);
  });

  it('previews the catch-up from a time after a missed slot, and the date and overdue items', async () => {
    const meeting = await aMeeting(t.db, board, '2026-12-15T10:00:00.000Z');
    await anAction(t.db, board, { owners: [tim], due: meeting });
    await anAction(t.db, board, { owners: [tim], dueDate: '2027-01-07' });
    await anAction(t.db, board, { owners: [naomi], dueDate: '2020-03-31' });
    // The 7-day slot (Tue 8 Dec 09:00) was missed; the next pass still sends it.
    const lines = await previewReminders(t.db, {
      from: new Date('2026-12-08T12:00:00.000Z'),
      to: new Date('2027-01-08T00:00:00.000Z'),
    });
    const listed = lines.map((l) => `${l.when} ${l.topic} ${l.leadDays}`);
    expect(listed).toContain('2026-12-08T09:00:00.000Z reminder 7');
    expect(listed).toContain('2026-12-31T09:00:00.000Z date_reminder 7');
    expect(listed).toContain('2027-01-05T09:00:00.000Z date_reminder 2');
    // The chase of the window in progress (Thu 3 Dec) has not gone, so it is listed first.
    expect(lines.filter((l) => l.topic === 'overdue').map((l) => l.when)).toEqual([
      '2026-12-03T09:00:00.000Z',
      '2026-12-10T09:00:00.000Z',
      '2026-12-17T09:00:00.000Z',
      '2026-12-24T09:00:00.000Z',
      '2026-12-31T09:00:00.000Z',
      '2027-01-07T09:00:00.000Z',
    ]);
  });
});
