import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/log.ts';
import type { Message } from '../../src/message.ts';
import type { Delivery, Messenger, Notice } from '../../src/ports.ts';
import { deliverDue } from '../../src/reminders/deliverer.ts';
import { planAndEnqueue } from '../../src/reminders/plan-tick.ts';
import { DEFAULT_RETRY } from '../../src/reminders/retry.ts';
import { aBoard, aMeeting, aPerson, anAction } from '../support/builders.ts';
import { FakeClock } from '../support/clock.ts';
import { DIALECTS, openTestDb, type TestDb } from '../support/db.ts';

const SEVEN_DAYS_BEFORE = '2026-12-01T09:00:00.000Z';
const PEOPLE = 12;

/** A messenger whose sends take real time, counting how many are in flight at once. */
class SlowMessenger implements Messenger {
  readonly platform = 'console' as const;
  inFlight = 0;
  peak = 0;
  readonly sentKeys: string[] = [];
  constructor(readonly concurrency: number) {}
  async send(notice: Notice, _message: Message): Promise<Delivery> {
    this.inFlight += 1;
    this.peak = Math.max(this.peak, this.inFlight);
    // Hold each send until the others can join it (or a while has passed), so whether the limit
    // is reached does not depend on how fast the database prepares each row.
    for (let waited = 0; this.inFlight < this.concurrency && waited < 1_000; waited += 5) {
      await sleep(5);
    }
    await sleep(5);
    this.inFlight -= 1;
    this.sentKeys.push(notice.idempotencyKey);
    return { ok: true, messageId: `m-${this.sentKeys.length}` };
  }
}

/** A messenger whose sends end only when the test releases them, oldest first. */
class HeldMessenger implements Messenger {
  readonly platform = 'console' as const;
  private readonly held: Array<() => void> = [];
  sent = 0;
  constructor(readonly concurrency: number) {}
  get inFlight() {
    return this.held.length;
  }
  async send(_notice: Notice, _message: Message): Promise<Delivery> {
    await new Promise<void>((resolve) => this.held.push(resolve));
    this.sent += 1;
    return { ok: true, messageId: `m-${this.sent}` };
  }
  release() {
    this.held.shift()?.();
  }
}

describe.each(DIALECTS)('delivering a claimed batch concurrently on %s', (dialect) => {
  let t: TestDb;
  let clock: FakeClock;
  beforeEach(async () => {
    t = await openTestDb(dialect);
    clock = new FakeClock(SEVEN_DAYS_BEFORE);
    const board = await aBoard(t.db, { refPrefix: 'LCRB' });
    const meeting = await aMeeting(t.db, board, '2026-12-08T10:00:00.000Z');
    for (let i = 0; i < PEOPLE; i++) {
      const person = await aPerson(t.db, { name: `Person ${i + 1}`, board });
      await anAction(t.db, board, { owners: [person], due: meeting });
    }
    await planAndEnqueue(t.db, clock.now());
  });
  afterEach(async () => {
    await t.close();
  });

  const deliver = (messenger: Messenger) =>
    deliverDue({
      db: t.db,
      clock,
      messengers: new Map([['console', messenger]]),
      instance: 'i1',
      logger: silentLogger,
      retry: DEFAULT_RETRY,
      batchSize: 50,
    });
  const states = async () =>
    t.db.selectFrom('outbox').select(['idempotency_key', 'state', 'attempts']).execute();

  it('sends up to the messenger concurrency at once, never more, each row sent once', async () => {
    const messenger = new SlowMessenger(5);
    const queued = (await states()).length;
    expect(queued).toBe(PEOPLE);
    const counts = await deliver(messenger);
    expect(counts).toEqual({
      sent: PEOPLE,
      retrying: 0,
      failed: 0,
      undeliverable: 0,
      cancelled: 0,
    });
    expect(messenger.peak).toBe(5);
    expect(new Set(messenger.sentKeys).size).toBe(PEOPLE);
    expect(messenger.sentKeys).toHaveLength(PEOPLE);
    for (const row of await states()) expect(row).toMatchObject({ state: 'sent', attempts: 1 });
    // A second pass finds nothing left to send.
    expect((await deliver(messenger)).sent).toBe(0);
    expect(messenger.sentKeys).toHaveLength(PEOPLE);
  });

  it('keeps every send slot busy across batch boundaries: the next batch is claimed meanwhile', async () => {
    const messenger = new HeldMessenger(3);
    const pass = deliverDue({
      db: t.db,
      clock,
      messengers: new Map([['console', messenger]]),
      instance: 'i1',
      logger: silentLogger,
      retry: DEFAULT_RETRY,
      batchSize: 4,
    });
    // After each send ends, another starts at once while rows are left, even when the batch it
    // was claimed in has run out (batch size 4, 12 rows, 3 at a time).
    const lowest: number[] = [];
    while (messenger.sent + messenger.inFlight < PEOPLE || messenger.inFlight > 0) {
      const wanted = Math.min(3, PEOPLE - messenger.sent);
      for (let waited = 0; messenger.inFlight < wanted && waited < 2_000; waited += 5) {
        await sleep(5);
      }
      lowest.push(messenger.inFlight);
      messenger.release();
      await sleep(0);
    }
    const counts = await pass;
    expect(counts.sent).toBe(PEOPLE);
    expect(lowest).toEqual([3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 2, 1]);
    for (const row of await states()) expect(row).toMatchObject({ state: 'sent', attempts: 1 });
  });

  it('stays one at a time, in claim order, at concurrency 1', async () => {
    const messenger = new SlowMessenger(1);
    const counts = await deliver(messenger);
    expect(counts.sent).toBe(PEOPLE);
    expect(messenger.peak).toBe(1);
    const claimOrder = (
      await t.db.selectFrom('outbox').select(['id', 'idempotency_key']).orderBy('id').execute()
    ).map((r) => r.idempotency_key);
    expect(messenger.sentKeys).toEqual(claimOrder);
    for (const row of await states()) expect(row).toMatchObject({ state: 'sent', attempts: 1 });
  });
});
