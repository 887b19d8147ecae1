import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Board, Meeting, PersonId } from '../../src/domain.ts';
import { silentLogger } from '../../src/log.ts';
import { deliverDue } from '../../src/reminders/deliverer.ts';
import { claimDue, enqueue } from '../../src/reminders/outbox.ts';
import { backoffMs, DEFAULT_RETRY } from '../../src/reminders/retry.ts';
import { planAndEnqueue } from '../../src/reminders/plan-tick.ts';
import type { PlannedNotice } from '../../src/reminders/planner.ts';
import { FakeClock } from '../support/clock.ts';
import { aBoard, aMeeting, aPerson, anAction } from '../support/builders.ts';
import { DIALECTS, PG_URL, openSameSchema, openTestDb, type TestDb } from '../support/db.ts';
import { RecordingMessenger } from './support.ts';

const reminder = (
  board: Board,
  meeting: Meeting,
  personId: PersonId,
  leadDays: number,
): PlannedNotice => ({
  idempotencyKey: `reminder:person=${personId}:meeting=${meeting.id}:lead=${leadDays}d`,
  kind: 'reminder',
  topic: 'reminder',
  boardId: board.id,
  meetingId: meeting.id,
  leadDays,
  dueAt: '2026-12-01T09:00:00.000Z',
  recipient: { kind: 'person', personId },
  actionRefs: ['LCRB-1'],
});

describe('backoff', () => {
  it('doubles up to the cap and never retries sooner than Retry-After', () => {
    const none = () => 0;
    const all = () => 0.999999;
    expect([1, 2, 3, 4].map((n) => backoffMs(n, undefined, DEFAULT_RETRY, none))).toEqual([
      15_000, 30_000, 60_000, 120_000,
    ]);
    expect(backoffMs(30, undefined, DEFAULT_RETRY, all)).toBeLessThanOrEqual(
      DEFAULT_RETRY.maxDelayMs,
    );
    expect(backoffMs(1, 300_000, DEFAULT_RETRY, none)).toBe(300_000);
  });

  it('waits exactly as long as a rate limit asks, and never less than a second', () => {
    expect(backoffMs(5, 2_000, DEFAULT_RETRY, () => 0.999)).toBe(2_000);
    expect(backoffMs(1, 0, DEFAULT_RETRY, () => 0.5)).toBe(1_000);
  });
});

describe.each(DIALECTS)('the outbox on %s', (dialect) => {
  let t: TestDb;
  const now = new Date('2026-12-01T09:00:00.000Z');
  beforeEach(async () => {
    t = await openTestDb(dialect);
  });
  afterEach(async () => {
    await t.close();
  });

  it('queues a notice once however many times it is planned', async () => {
    const board = await aBoard(t.db);
    const meeting = await aMeeting(t.db, board, '2026-12-08T10:00:00.000Z');
    const tim = await aPerson(t.db, { board });
    await anAction(t.db, board, { owners: [tim], due: meeting });
    expect((await planAndEnqueue(t.db, now)).queued).toBe(1);
    expect((await planAndEnqueue(t.db, now)).queued).toBe(0);
    expect(await t.db.selectFrom('outbox').select('idempotency_key').execute()).toHaveLength(1);
  });

  it('cancels a stale reminder still waiting when the next one for the meeting is queued', async () => {
    const board = await aBoard(t.db);
    const meeting = await aMeeting(t.db, board, '2026-12-08T10:00:00.000Z');
    const tim = await aPerson(t.db, { board });
    await enqueue(t.db, [reminder(board, meeting, tim.id, 7)], now);
    await enqueue(t.db, [reminder(board, meeting, tim.id, 2)], now);
    const rows = await t.db
      .selectFrom('outbox')
      .select(['idempotency_key', 'state'])
      .orderBy('id')
      .execute();
    expect(rows.map((r) => r.state)).toEqual(['cancelled', 'pending']);
  });

  it('never hands the same notice to two claims', async () => {
    const board = await aBoard(t.db);
    const meeting = await aMeeting(t.db, board, '2026-12-08T10:00:00.000Z');
    for (let i = 0; i < 5; i++) {
      const p = await aPerson(t.db, { board });
      await enqueue(t.db, [reminder(board, meeting, p.id, 7)], now);
    }
    const [a, b] = await Promise.all([claimDue(t.db, 'a', now, 3), claimDue(t.db, 'b', now, 3)]);
    const ids = [...a!, ...b!].map((r) => r.id);
    expect(ids).toHaveLength(5);
    expect(new Set(ids).size).toBe(5);
  });
});

describe.runIf(PG_URL !== undefined)('two instances on PostgreSQL', () => {
  it('drain one outbox of 1,000 notices, sending every notice exactly once', async () => {
    const t = await openTestDb('postgres');
    const second = await openSameSchema(t.schema!, 5);
    try {
      const clock = new FakeClock('2026-12-01T09:00:00.000Z');
      const board = await aBoard(t.db, { refPrefix: 'LCRB' });
      const meeting = await aMeeting(t.db, board, '2026-12-08T10:00:00.000Z');
      const people = await t.db
        .insertInto('people')
        .values(
          Array.from({ length: 1000 }, (_, i) => ({
            name: `Owner ${i}`,
            created_at: clock.now().toISOString(),
          })),
        )
        .returning('id')
        .execute();
      const actions = await t.db
        .insertInto('actions')
        .values(
          people.map((_, i) => ({
            ref: `LCRB-${i + 1}`,
            board_id: board.id,
            text: `Action ${i + 1}`,
            due_meeting_id: meeting.id,
            created_at: clock.now().toISOString(),
            updated_at: clock.now().toISOString(),
          })),
        )
        .returning('id')
        .execute();
      await t.db
        .insertInto('action_owners')
        .values(actions.map((a, i) => ({ action_id: a.id, person_id: people[i]!.id })))
        .execute();
      expect((await planAndEnqueue(t.db, clock.now())).queued).toBe(1000);

      const one = new RecordingMessenger('console', clock);
      const two = new RecordingMessenger('console', clock);
      const run = (db: typeof t.db, messenger: RecordingMessenger, instance: string) =>
        deliverDue({
          db,
          clock,
          messengers: new Map([['console', messenger]]),
          instance,
          logger: silentLogger,
          batchSize: 25,
        });
      const [a, b] = await Promise.all([run(t.db, one, 'one'), run(second.db, two, 'two')]);

      expect(a.sent + b.sent).toBe(1000);
      // Both drained it (they share the work rather than one waiting on the other's locks).
      expect(Math.min(a.sent, b.sent)).toBeGreaterThan(0);
      const keys = [...one.received, ...two.received].map((r) => r.notice.idempotencyKey);
      expect(keys).toHaveLength(1000);
      expect(new Set(keys).size).toBe(1000);
      const states = await t.db.selectFrom('outbox').select('state').distinct().execute();
      expect(states).toEqual([{ state: 'sent' }]);
    } finally {
      await second.close();
      await t.close();
    }
  }, 120_000);
});
