/**
 * A restart in the middle of a fan-out: an instance draining 300 reminders through the real
 * Slack messenger loses its database connection after 120 sends (as when it is killed or the
 * database drops it), and a second instance takes over once the first one's claims expire.
 * Every notice arrives; the documented bound on duplicates is one per notice in flight when the
 * first instance died (sent, not yet recorded), so at most one here.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { messengerClient, SlackMessenger } from '../../adapters/slack/messenger.ts';
import { openDatabase } from '../../src/db/connect.ts';
import { silentLogger } from '../../src/log.ts';
import { deliverDue } from '../../src/reminders/deliverer.ts';
import { DEFAULT_RETRY } from '../../src/reminders/retry.ts';
import type { Db } from '../../src/register/tx.ts';
import { buildFanout } from '../../bench/fanout-fixture.ts';
import { startMockSlack, type MockSlack } from '../adapters/slack/mock-slack.ts';
import { FakeClock } from '../support/clock.ts';
import { DIALECTS, openSameSchema, openTestDb, type TestDb } from '../support/db.ts';

const NOTICES = 300;
const KILL_AFTER = 120;

describe.each(DIALECTS)('a restart mid-fan-out on %s', (dialect) => {
  let t: TestDb | undefined;
  let slack: MockSlack | undefined;
  let dir: string | undefined;
  afterEach(async () => {
    await slack?.close();
    await t?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  /** A second connection to the same database: the first instance's own. */
  async function secondConnection(): Promise<{ db: Db; close(): Promise<void> }> {
    if (dialect === 'postgres') return openSameSchema(t!.schema!);
    const opened = await openDatabase(`sqlite:${join(dir!, 'arising.db')}`);
    return { db: opened.db, close: opened.close };
  }

  it('delivers every notice, doubling at most the one in flight when the first instance died', async () => {
    dir = await mkdtemp(join(tmpdir(), 'arising-restart-'));
    t = await openTestDb(dialect, { file: join(dir, 'arising.db') });
    slack = await startMockSlack();
    const clock = new FakeClock('2026-12-01T09:00:00.000Z');
    expect(
      await buildFanout(t.db, { boards: 30, people: 100, boardsEach: 3, now: clock.now() }),
    ).toBe(NOTICES);
    const messengers = new Map([
      ['slack', new SlackMessenger(messengerClient('xoxb-test', slack.apiUrl))],
    ]);
    const first = await secondConnection();
    const dropped = slack
      .waitFor('chat.postMessage', () => slack!.callsOf('chat.postMessage').length >= KILL_AFTER)
      .then(() => first.close());
    const firstPass = deliverDue({
      db: first.db,
      clock,
      messengers,
      instance: 'first',
      logger: silentLogger,
    });
    await expect(firstPass).rejects.toThrow();
    await dropped;
    const sentBefore = slack.callsOf('chat.postMessage').length;
    expect(sentBefore).toBeGreaterThanOrEqual(KILL_AFTER);
    expect(sentBefore).toBeLessThan(NOTICES);

    // The restarted instance waits out the dead one's claims, then drains the rest.
    const second = () =>
      deliverDue({ db: t!.db, clock, messengers, instance: 'second', logger: silentLogger });
    await second();
    clock.advance(DEFAULT_RETRY.claimTimeoutMs);
    await second();

    const perRecipient = new Map<string, number>();
    for (const call of slack.callsOf('chat.postMessage')) {
      const board = /at the (Board \d+) meeting/.exec(String(call.args.text))?.[1];
      const key = `${String(call.args.channel)}/${board}`;
      perRecipient.set(key, (perRecipient.get(key) ?? 0) + 1);
    }
    expect(perRecipient.size).toBe(NOTICES);
    const doubled = [...perRecipient.values()].filter((n) => n > 1);
    expect(doubled.length).toBeLessThanOrEqual(1);
    expect(doubled.every((n) => n === 2)).toBe(true);
    const states = await t.db
      .selectFrom('outbox')
      .select(['state', (eb) => eb.fn.countAll<number>().as('n')])
      .groupBy('state')
      .execute();
    expect(states.map((s) => [s.state, Number(s.n)])).toEqual([['sent', NOTICES]]);
  });
});
