/**
 * The handed-over state (README, "Email"): a notice whose message is at the platform all but
 * its last step. It is never sent again: a pass counts it as sent once its holder is known dead
 * or its claim has expired, and only an explicit answer (accepted, refused) moves it on sooner.
 */
import { spawnSync } from 'node:child_process';
import { hostname } from 'node:os';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/log.ts';
import type { Delivery, Messenger, Notice, SendHooks } from '../../src/ports.ts';
import type { Message } from '../../src/message.ts';
import { deliverDue } from '../../src/reminders/deliverer.ts';
import {
  claimDue,
  markFailed,
  markHandedOver,
  markSent,
  readPayload,
} from '../../src/reminders/outbox.ts';
import { planAndEnqueue } from '../../src/reminders/plan-tick.ts';
import { DEFAULT_RETRY } from '../../src/reminders/retry.ts';
import { aBoard, aMeeting, aPerson, anAction } from '../support/builders.ts';
import { FakeClock } from '../support/clock.ts';
import { DIALECTS, openTestDb, type TestDb } from '../support/db.ts';
import { RecordingMessenger } from './support.ts';

const handed = (payload: string) => ({
  messageId: '<reminder@lcrb.example.org>',
  platform: 'console',
  recipient: '{"kind":"person"}',
  payload: readPayload(payload)!,
});

describe.each(DIALECTS)('handing a notice over on %s', (dialect) => {
  let t: TestDb;
  let clock: FakeClock;
  let messenger: RecordingMessenger;
  beforeEach(async () => {
    t = await openTestDb(dialect);
    clock = new FakeClock('2026-12-01T09:00:00.000Z');
    const board = await aBoard(t.db, { refPrefix: 'LCRB' });
    const tim = await aPerson(t.db, { name: 'Tim Godwin', board });
    const meeting = await aMeeting(t.db, board, '2026-12-08T10:00:00.000Z');
    await anAction(t.db, board, { owners: [tim], due: meeting });
    messenger = new RecordingMessenger('console', clock);
    await planAndEnqueue(t.db, clock.now());
  });
  afterEach(async () => {
    await t.close();
  });

  const row = () => t.db.selectFrom('outbox').selectAll().executeTakeFirstOrThrow();
  const deliver = (instance: string, via: Messenger = messenger) =>
    deliverDue({
      db: t.db,
      clock,
      messengers: new Map([['console', via]]),
      instance,
      logger: silentLogger,
      random: () => 0.5,
    });
  const handOver = async (instance: string) => {
    const [claimed] = await claimDue(t.db, instance, clock.now(), 10);
    expect(
      await markHandedOver(t.db, claimed!, instance, handed(claimed!.payload), clock.now()),
    ).toBe(true);
    return claimed!;
  };

  it('records a claimed notice as handed over, with its message id, for its holder only', async () => {
    const [claimed] = await claimDue(t.db, 'i1', clock.now(), 10);
    expect(await markHandedOver(t.db, claimed!, 'i2', handed(claimed!.payload), clock.now())).toBe(
      false,
    );
    expect(await row()).toMatchObject({ state: 'sending', message_id: null });
    expect(await markHandedOver(t.db, claimed!, 'i1', handed(claimed!.payload), clock.now())).toBe(
      true,
    );
    expect(await row()).toMatchObject({
      state: 'handed_over',
      claimed_by: 'i1',
      message_id: '<reminder@lcrb.example.org>',
    });
    // Handed over once: a second hand-over of the same claim is refused.
    expect(await markHandedOver(t.db, claimed!, 'i1', handed(claimed!.payload), clock.now())).toBe(
      false,
    );
  });

  it('never claims a handed-over notice again, and counts it as sent once its claim expires', async () => {
    await handOver('hung');
    clock.advance(DEFAULT_RETRY.claimTimeoutMs);
    expect(await claimDue(t.db, 'other', clock.now(), 10)).toEqual([]);
    expect(await deliver('restarted')).toMatchObject({ sent: 1, retrying: 0 });
    expect(messenger.calls).toBe(0);
    expect(await row()).toMatchObject({
      state: 'sent',
      message_id: '<reminder@lcrb.example.org>',
      attempts: 1,
    });
    expect((await row()).sent_at).not.toBeNull();
    expect(await deliver('restarted')).toMatchObject({ sent: 0 });
    expect(messenger.calls).toBe(0);
  });

  it('counts as sent at once, without resending, a notice handed over by a process here that died', async () => {
    const dead = spawnSync(process.execPath, ['-e', '0']).pid;
    await handOver(`${hostname()}:${dead}:a1b2c3`);
    expect(await deliver('restarted')).toMatchObject({ sent: 1 });
    expect(messenger.calls).toBe(0);
    expect(await row()).toMatchObject({ state: 'sent' });
  });

  it('leaves alone, unexpired, a notice handed over by a process here that is still running', async () => {
    await handOver(`${hostname()}:${process.ppid}:a1b2c3`);
    expect(await deliver('restarted')).toMatchObject({ sent: 0 });
    expect(await row()).toMatchObject({ state: 'handed_over' });
  });

  it('records the answer that comes after a hand-over: accepted, a retry, or refused', async () => {
    const claimed = await handOver('i1');
    expect(
      await markSent(
        t.db,
        claimed,
        'i1',
        handed(claimed.payload),
        new Date('2026-12-01T09:00:01Z'),
      ),
    ).toBe(true);
    expect(await row()).toMatchObject({ state: 'sent', sent_at: '2026-12-01T09:00:01.000Z' });

    await t.db
      .updateTable('outbox')
      .set({ state: 'pending', next_attempt_at: clock.now().toISOString() })
      .execute();
    const again = await handOver('i1');
    const temporary = { permanent: false, reason: 'SMTP 451: try again later' };
    expect(await markFailed(t.db, again, 'i1', temporary, clock.now())).toBe('retry');
    expect(await row()).toMatchObject({
      state: 'pending',
      last_error: temporary.reason,
      sent_at: null,
    });

    clock.advance(DEFAULT_RETRY.maxDelayMs);
    const third = await handOver('i1');
    const refused = { permanent: true, reason: 'SMTP 554: refused' };
    expect(await markFailed(t.db, third, 'i1', refused, clock.now())).toBe('failed');
    expect(await row()).toMatchObject({ state: 'failed', last_error: refused.reason });
  });

  it('offers each send a hand-over that records the row before the messenger finishes', async () => {
    const states: string[] = [];
    const handing: Messenger = {
      platform: 'console',
      async send(_notice: Notice, _message: Message, hooks?: SendHooks): Promise<Delivery> {
        await hooks?.handOver?.('<x@lcrb.example.org>');
        states.push((await row()).state);
        return { ok: true, messageId: '<x@lcrb.example.org>' };
      },
    };
    expect(await deliver('i1', handing)).toMatchObject({ sent: 1 });
    expect(states).toEqual(['handed_over']);
    expect(await row()).toMatchObject({ state: 'sent', message_id: '<x@lcrb.example.org>' });
  });

  it('refuses the hand-over of a notice whose claim another pass took over', async () => {
    let refused: unknown;
    const late: Messenger = {
      platform: 'console',
      async send(_notice: Notice, _message: Message, hooks?: SendHooks): Promise<Delivery> {
        // Meanwhile the claim expired and another pass took the notice.
        clock.advance(DEFAULT_RETRY.claimTimeoutMs);
        await claimDue(t.db, 'other', clock.now(), 10);
        refused = await hooks?.handOver?.('<x@lcrb.example.org>').then(
          () => undefined,
          (error: unknown) => error,
        );
        return { ok: false, permanent: false, reason: 'abandoned' };
      },
    };
    await deliver('i1', late);
    expect(refused).toBeInstanceOf(Error);
    expect(await row()).toMatchObject({ state: 'sending', claimed_by: 'other' });
  });
});
