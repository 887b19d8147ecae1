import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Board, Person } from '../../src/domain.ts';
import { getAction } from '../../src/register/actions.ts';
import { listHistory } from '../../src/register/history.ts';
import { carryForwardPastMeetings } from '../../src/reminders/carry-forward.ts';
import { aBoard, aMeeting, aPerson, anAction } from '../support/builders.ts';
import { FakeClock } from '../support/clock.ts';
import { DIALECTS, openTestDb, type TestDb } from '../support/db.ts';
import { RecordingMessenger, schedulerFor } from './support.ts';

describe.each(DIALECTS)('carrying actions forward on %s', (dialect) => {
  let t: TestDb;
  let clock: FakeClock;
  let board: Board;
  let tim: Person;
  let gemma: Person;
  beforeEach(async () => {
    t = await openTestDb(dialect);
    clock = new FakeClock('2026-12-08T09:59:00.000Z');
    board = await aBoard(t.db, { refPrefix: 'LCRB' });
    tim = await aPerson(t.db, { name: 'Tim Godwin', board });
    gemma = await aPerson(t.db, { name: 'Gemma Townsend', board, role: 'secretariat' });
  });
  afterEach(async () => {
    await t.close();
  });

  it('moves open actions to the following meeting once it starts, counting and recording it', async () => {
    const dec = await aMeeting(t.db, board, '2026-12-08T10:00:00.000Z');
    const jan = await aMeeting(t.db, board, '2027-01-12T10:00:00.000Z');
    const open = await anAction(t.db, board, { owners: [tim], due: dec });
    const started = await anAction(t.db, board, { owners: [tim], due: dec, status: 'in_progress' });
    const done = await anAction(t.db, board, { owners: [tim], due: dec, status: 'complete' });
    expect(await carryForwardPastMeetings(t.db, clock.now())).toEqual({
      carried: 0,
      stuckMeetings: 0,
    });
    clock.set('2026-12-08T10:00:00.000Z');
    expect(await carryForwardPastMeetings(t.db, clock.now())).toEqual({
      carried: 2,
      stuckMeetings: 0,
    });
    expect(await carryForwardPastMeetings(t.db, clock.now())).toEqual({
      carried: 0,
      stuckMeetings: 0,
    });
    for (const a of [open, started]) {
      expect(await getAction(t.db, a.id)).toMatchObject({
        dueMeetingId: jan.id,
        carriedForward: 1,
      });
      expect((await listHistory(t.db, a.id)).at(-1)).toMatchObject({
        kind: 'carried_forward',
        source: 'system',
        note: 'Carried forward from the meeting of 8 Dec 2026 to 12 Jan 2027',
      });
    }
    expect(await getAction(t.db, done.id)).toMatchObject({
      dueMeetingId: dec.id,
      carriedForward: 0,
    });
  });

  it('counts two carries when the service was down across two meetings', async () => {
    const dec = await aMeeting(t.db, board, '2026-12-08T10:00:00.000Z');
    await aMeeting(t.db, board, '2027-01-12T10:00:00.000Z');
    const feb = await aMeeting(t.db, board, '2027-02-09T10:00:00.000Z');
    const open = await anAction(t.db, board, { owners: [tim], due: dec });
    await carryForwardPastMeetings(t.db, new Date('2027-01-20T09:00:00.000Z'));
    expect(await getAction(t.db, open.id)).toMatchObject({
      dueMeetingId: feb.id,
      carriedForward: 2,
    });
  });

  it('reminds owners of carried actions before the following meeting', async () => {
    const dec = await aMeeting(t.db, board, '2026-12-08T10:00:00.000Z');
    const jan = await aMeeting(t.db, board, '2027-01-12T10:00:00.000Z');
    const open = await anAction(t.db, board, { owners: [tim], due: dec });
    const console = new RecordingMessenger('console', clock);
    clock.set('2027-01-05T09:00:00.000Z');
    await schedulerFor(t.db, dialect, clock, [console]).tick();
    expect(console.to(tim.id).map((r) => r.notice.idempotencyKey)).toEqual([
      `reminder:person=${tim.id}:meeting=${jan.id}:lead=7d`,
    ]);
    const card = console.to(tim.id)[0]!.message.blocks.find((b) => b.kind === 'action');
    expect(card).toMatchObject({ card: { ref: open.ref, carriedForward: 1, rag: 'red' } });
  });

  it('leaves actions overdue and tells the secretariat once when no following meeting is known', async () => {
    const dec = await aMeeting(t.db, board, '2026-12-08T10:00:00.000Z');
    const open = await anAction(t.db, board, { owners: [tim], due: dec });
    const console = new RecordingMessenger('console', clock);
    for (const at of [
      '2026-12-08T10:00:00.000Z',
      '2026-12-08T10:01:00.000Z',
      '2026-12-09T09:00:00.000Z',
    ]) {
      clock.set(at);
      await schedulerFor(t.db, dialect, clock, [console]).tick();
    }
    expect(await getAction(t.db, open.id)).toMatchObject({
      dueMeetingId: dec.id,
      carriedForward: 0,
    });
    expect(console.received.map((r) => r.notice.recipient)).toEqual([
      expect.objectContaining({ kind: 'person', personId: gemma.id }),
    ]);
    expect(console.received[0]!.message.summary).toBe('1 overdue action with no following meeting');
    const card = console.received[0]!.message.blocks.find((b) => b.kind === 'action');
    expect(card).toMatchObject({ card: { ref: open.ref, rag: 'red' } });
  });
});
