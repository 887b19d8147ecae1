import { spawnSync } from 'node:child_process';
import { hostname } from 'node:os';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Board, Meeting, Person } from '../../src/domain.ts';
import { pino } from 'pino';
import { silentLogger } from '../../src/log.ts';
import { deliverDue } from '../../src/reminders/deliverer.ts';
import { claimDue } from '../../src/reminders/outbox.ts';
import { actionRefsForMessage } from '../../src/register/sent-messages.ts';
import { DEFAULT_RETRY } from '../../src/reminders/retry.ts';
import { planAndEnqueue } from '../../src/reminders/plan-tick.ts';
import { aBoard, aMeeting, aPerson, anAction } from '../support/builders.ts';
import { FakeClock, MINUTE } from '../support/clock.ts';
import { DIALECTS, openTestDb, type TestDb } from '../support/db.ts';
import { RecordingMessenger } from './support.ts';

const SEVEN_DAYS_BEFORE = '2026-12-01T09:00:00.000Z';

describe.each(DIALECTS)('delivering reminders on %s', (dialect) => {
  let t: TestDb;
  let clock: FakeClock;
  let board: Board;
  let tim: Person;
  let meeting: Meeting;
  let messenger: RecordingMessenger;
  beforeEach(async () => {
    t = await openTestDb(dialect);
    clock = new FakeClock(SEVEN_DAYS_BEFORE);
    board = await aBoard(t.db, { refPrefix: 'LCRB' });
    tim = await aPerson(t.db, { name: 'Tim Godwin', board });
    meeting = await aMeeting(t.db, board, '2026-12-08T10:00:00.000Z');
    await anAction(t.db, board, { owners: [tim], due: meeting });
    messenger = new RecordingMessenger('console', clock);
    await planAndEnqueue(t.db, clock.now());
  });
  afterEach(async () => {
    await t.close();
  });

  const deliver = (instance = 'i1', maxAttempts = DEFAULT_RETRY.maxAttempts) =>
    deliverDue({
      db: t.db,
      clock,
      messengers: new Map([['console', messenger]]),
      instance,
      logger: silentLogger,
      retry: { ...DEFAULT_RETRY, maxAttempts },
      random: () => 0.5,
    });
  const row = () => t.db.selectFrom('outbox').selectAll().executeTakeFirstOrThrow();
  const temporary = (reason: string, retryAfterMs?: number) => ({
    ok: false as const,
    permanent: false,
    reason,
    ...(retryAfterMs ? { retryAfterMs } : {}),
  });

  it('keeps the address a mail server names in its refusal out of the log', async () => {
    const lines: string[] = [];
    const logger = pino({ level: 'info' }, { write: (line: string) => void lines.push(line) });
    messenger.answer({
      ok: false,
      permanent: true,
      reason: 'SMTP 550: 5.1.1 <tim.godwin@example.org>: Recipient address rejected',
    });
    await deliverDue({
      db: t.db,
      clock,
      messengers: new Map([['console', messenger]]),
      instance: 'i1',
      logger,
      random: () => 0.5,
    });
    expect((await row()).state).toBe('failed');
    const logged = lines.join('');
    expect(logged).toContain('SMTP 550: 5.1.1 <an address>: Recipient address rejected');
    expect(logged).not.toContain('example.org');
  });

  it('retries a messenger that fails twice, and the owner gets one message', async () => {
    messenger.answer(temporary('HTTP 500'), new Error('socket hang up'));
    expect(await deliver()).toMatchObject({ sent: 0, retrying: 1 });
    clock.advance(MINUTE);
    expect(await deliver()).toMatchObject({ sent: 0, retrying: 1 });
    expect(await row()).toMatchObject({
      state: 'pending',
      attempts: 2,
      last_error: 'socket hang up',
    });
    clock.advance(MINUTE);
    expect(await deliver()).toMatchObject({ sent: 1 });
    clock.advance(10 * MINUTE);
    await deliver();
    expect(messenger.calls).toBe(3);
    expect(messenger.received).toHaveLength(1);
    expect(await row()).toMatchObject({ state: 'sent', attempts: 3, message_id: 'console-3' });
  });

  it('waits as long as a 429 Retry-After asks before trying again', async () => {
    messenger.answer(temporary('HTTP 429 rate limited', 5 * MINUTE));
    await deliver();
    expect((await row()).next_attempt_at).toBe('2026-12-01T09:05:00.000Z');
    clock.advance(4 * MINUTE);
    await deliver();
    expect(messenger.calls).toBe(1);
    clock.advance(MINUTE);
    await deliver();
    expect(messenger.calls).toBe(2);
    expect(messenger.received).toHaveLength(1);
  });

  it('keeps a notice rate-limited more often than its attempts allow, and sends it once', async () => {
    // A fan-out of thousands: this notice is told to wait its turn ten times over.
    messenger.answer(...Array.from({ length: 10 }, () => temporary('rate_limited', 1_000)));
    await deliver('i1', 3);
    // Exactly as long as Retry-After asked, not the 15-30 s of an exponential backoff.
    expect((await row()).next_attempt_at).toBe('2026-12-01T09:00:01.000Z');
    for (let i = 0; i < 10; i++) {
      clock.advance(1_000);
      await deliver('i1', 3);
    }
    expect(messenger.calls).toBe(11);
    expect(messenger.received).toHaveLength(1);
    expect(await row()).toMatchObject({ state: 'sent', attempts: 1 });
  });

  it('backs off exponentially, with jitter, between attempts', async () => {
    messenger.answer(temporary('a'), temporary('b'), temporary('c'));
    const waits: number[] = [];
    for (let i = 0; i < 3; i++) {
      await deliver();
      const next = Date.parse((await row()).next_attempt_at);
      waits.push(next - clock.now().getTime());
      clock.set(new Date(next));
    }
    // 30 s, 60 s, 120 s bases; half fixed and half random (0.5 here).
    expect(waits).toEqual([22_500, 45_000, 90_000]);
  });

  it('records a permanent failure with its reason and stops trying', async () => {
    messenger.answer({ ok: false, permanent: true, reason: 'user_not_found' });
    expect(await deliver()).toMatchObject({ failed: 1 });
    clock.advance(60 * MINUTE);
    await deliver();
    expect(messenger.calls).toBe(1);
    expect(await row()).toMatchObject({
      state: 'failed',
      attempts: 1,
      last_error: 'user_not_found',
    });
  });

  it('gives up after the last allowed attempt, keeping the last error', async () => {
    messenger.answer(temporary('HTTP 502'), temporary('HTTP 503'), temporary('HTTP 504'));
    for (let i = 0; i < 5; i++) {
      await deliver('i1', 3);
      clock.advance(10 * MINUTE);
    }
    expect(messenger.calls).toBe(3);
    expect(await row()).toMatchObject({ state: 'failed', attempts: 3, last_error: 'HTTP 504' });
  });

  it('delivers a notice claimed by a process killed before sending, after the claim expires', async () => {
    // The "killed" process claimed the notice and never came back.
    expect(await claimDue(t.db, 'killed', clock.now(), 10)).toHaveLength(1);
    await deliver('restarted');
    expect(messenger.calls).toBe(0);
    clock.advance(DEFAULT_RETRY.claimTimeoutMs);
    await deliver('restarted');
    clock.advance(DEFAULT_RETRY.claimTimeoutMs);
    await deliver('restarted');
    expect(messenger.received).toHaveLength(1);
    expect(await row()).toMatchObject({ state: 'sent', claimed_by: 'restarted', attempts: 2 });
  });

  it('delivers at once, without waiting out the claim, a notice claimed by a process here that died', async () => {
    // A process that has exited: its pid names nothing any more.
    const dead = spawnSync(process.execPath, ['-e', '0']).pid;
    expect(await claimDue(t.db, `${hostname()}:${dead}:a1b2c3`, clock.now(), 10)).toHaveLength(1);
    expect(await deliver('restarted')).toMatchObject({ sent: 1 });
    expect(messenger.received).toHaveLength(1);
    expect(await row()).toMatchObject({ state: 'sent', claimed_by: 'restarted', attempts: 2 });
  });

  it('leaves the claim of a process here that is still running', async () => {
    expect(
      await claimDue(t.db, `${hostname()}:${process.ppid}:a1b2c3`, clock.now(), 10),
    ).toHaveLength(1);
    expect(await deliver('restarted')).toMatchObject({ sent: 0 });
    expect(messenger.calls).toBe(0);
  });

  it('sends at most one duplicate when a process dies between sending and recording', async () => {
    const [claimed] = await claimDue(t.db, 'killed', clock.now(), 10);
    // It sent, then died before writing "sent".
    await messenger.send(
      {
        idempotencyKey: claimed!.idempotency_key,
        recipient: { kind: 'channel', channelId: 'x', workspaceId: null },
      },
      { summary: 'first', blocks: [] },
    );
    clock.advance(DEFAULT_RETRY.claimTimeoutMs);
    await deliver('restarted');
    clock.advance(DEFAULT_RETRY.claimTimeoutMs);
    await deliver('restarted');
    expect(messenger.received.map((r) => r.notice.idempotencyKey)).toEqual([
      claimed!.idempotency_key,
      claimed!.idempotency_key,
    ]);
    // The late process cannot overwrite what the restarted one recorded.
    expect(await row()).toMatchObject({ state: 'sent', claimed_by: 'restarted' });
  });

  it('renders the reminder as the register stands when it goes out, and records what it listed', async () => {
    const late = await anAction(t.db, board, {
      owners: [tim],
      due: meeting,
      text: 'Assigned after the reminder was queued',
    });
    await deliver();
    const cards = messenger.refs()[0]!;
    expect(cards).toContain(late.ref);
    expect(cards).toHaveLength(2);
    expect(JSON.parse((await row()).payload).actionRefs).toEqual(cards);
    // What the adapters read to turn a reply in the reminder's thread into notes.
    expect(await actionRefsForMessage(t.db, 'console', 'console-1')).toEqual(cards);
  });

  it('cancels a reminder whose actions were all completed before it went out', async () => {
    await t.db.updateTable('actions').set({ status: 'complete' }).execute();
    expect(await deliver()).toMatchObject({ cancelled: 1, sent: 0 });
    expect(await row()).toMatchObject({
      state: 'cancelled',
      last_error: 'no open actions left for this meeting',
    });
  });
});
