/**
 * Reminder fan-out: 10,000 due reminders (2,500 people, each on 4 of 250 boards meeting the same
 * week) delivered by the real deliverer through the real Slack messenger to a mock Slack Web API
 * on loopback that enforces chat.postMessage rate limits and answers 429 with Retry-After.
 *
 * Real clock: the deliverer is driven as the scheduler drives it (deliverDue passes), except that
 * between passes the driver sleeps only until the next retry is due instead of to the next minute,
 * so the figure is the deliverer's own pacing against the floor the limits allow. Reported: time
 * to drain against that floor, 429s, and what the mock received per person and meeting (zero lost,
 * zero duplicated).
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { messengerClient, SlackMessenger } from '../adapters/slack/messenger.ts';
import { openDatabase } from '../src/db/connect.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import { silentLogger } from '../src/log.ts';
import { deliverDue, type DeliveryCounts } from '../src/reminders/deliverer.ts';
import { buildFanout } from './fanout-fixture.ts';
import { writeResult, type Row } from './lib.ts';
import { floorSeconds, RateLimitedSlack, type Limits } from './rate-limited-slack.ts';

const PEOPLE = Number(process.env.BENCH_FANOUT_PEOPLE ?? 2500);
const BOARDS_EACH = 4;
const BOARDS = 250;
/**
 * Slack: about 1 message a second per channel, short bursts allowed. Workspace-wide Slack
 * publishes no figure for chat.postMessage; we choose 200 a second (burst 200) so 10,000 notices
 * have a floor near 50 s and the whole bench stays under 2 minutes on 2 cores.
 */
const LIMITS: Limits = {
  perChannelPerSecond: 1,
  perChannelBurst: 3,
  workspacePerSecond: Number(process.env.BENCH_FANOUT_WORKSPACE_RATE ?? 200),
  workspaceBurst: 200,
};
const DEADLINE_MS = 110_000;

export async function run(): Promise<void> {
  const slack = await new RateLimitedSlack(LIMITS).start();
  const opened = await openDatabase('sqlite::memory:');
  try {
    await migrateToLatest(opened.db);
    const db = opened.db;
    const clock = { now: () => new Date() };
    const queued = await buildFanout(db, {
      boards: BOARDS,
      people: PEOPLE,
      boardsEach: BOARDS_EACH,
      now: clock.now(),
    });
    const messengers = new Map([
      ['slack', new SlackMessenger(messengerClient('xoxb-bench', slack.url))],
    ]);
    const totals: DeliveryCounts = {
      sent: 0,
      retrying: 0,
      failed: 0,
      undeliverable: 0,
      cancelled: 0,
    };
    slack.reset();
    const started = performance.now();
    let passes = 0;
    for (;;) {
      const counts = await deliverDue({
        db,
        clock,
        messengers,
        instance: 'bench',
        logger: silentLogger,
      });
      passes += 1;
      for (const k of Object.keys(totals) as (keyof DeliveryCounts)[]) totals[k] += counts[k];
      const next = await db
        .selectFrom('outbox')
        .select((eb) => eb.fn.min('next_attempt_at').as('next'))
        .where('state', 'in', ['pending', 'sending'])
        .executeTakeFirst();
      if (!next?.next) break;
      if (performance.now() - started > DEADLINE_MS) break;
      await sleep(Math.max(10, Date.parse(String(next.next)) - Date.now()));
    }
    const drainSeconds = (performance.now() - started) / 1000;

    const states = await db
      .selectFrom('outbox')
      .select(['state', (eb) => eb.fn.countAll<number>().as('n')])
      .groupBy('state')
      .execute();
    const perChannel = new Map<string, number>();
    const perPersonMeeting = new Map<string, number>();
    for (const m of slack.accepted) {
      perChannel.set(m.channel, (perChannel.get(m.channel) ?? 0) + 1);
      const board = /at the (Board \d+) meeting/.exec(m.text)?.[1] ?? '?';
      const key = `${m.channel}/${board}`;
      perPersonMeeting.set(key, (perPersonMeeting.get(key) ?? 0) + 1);
    }
    const floor = floorSeconds(LIMITS, [...perChannel.values()]);
    const duplicated = [...perPersonMeeting.values()].filter((n) => n > 1).length;
    const sentRows = Number(states.find((s) => s.state === 'sent')?.n ?? 0);
    const rows: Row[] = [
      {
        notices: queued,
        delivered: perPersonMeeting.size,
        lost: queued - perPersonMeeting.size,
        duplicated,
        outbox_sent: sentRows,
        http_429s: slack.rateLimited,
        drain_s: Math.round(drainSeconds * 10) / 10,
        floor_s: Math.round(floor * 10) / 10,
        x_floor: Math.round((drainSeconds / Math.max(floor, 0.001)) * 100) / 100,
        passes,
      },
    ];
    await writeResult('fanout', rows, [
      `Limits: ${LIMITS.perChannelPerSecond}/s per channel (burst ${LIMITS.perChannelBurst}), ${LIMITS.workspacePerSecond}/s across the workspace (burst ${LIMITS.workspaceBurst}).`,
      `${PEOPLE} people x ${BOARDS_EACH} boards each; SQLite in memory; real clock; deliverer counts ${JSON.stringify(totals)}.`,
      `Outbox states at the end: ${states.map((s) => `${s.state} ${s.n}`).join(', ')}.`,
      'floor_s: the least time the limits allow for what was sent; x_floor = drain_s / floor_s.',
    ]);
  } finally {
    await opened.close();
    await slack.close();
  }
}
