/**
 * PostgreSQL dropping connections under a running service (pg_terminate_backend, as a failover,
 * an administrator or a network drop would): no pg client error goes unhandled, the failed
 * operation is reported or retried whole, and the service carries on.
 *
 * Each instance runs in its own process (pg-drop-worker.ts), because an unhandled 'error' event
 * is a process exit, which is exactly what must not happen. Other test runs share this
 * PostgreSQL server, so only backends named with this test's own application_name are killed.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { buildFanout } from '../../bench/fanout-fixture.ts';
import { messengerClient, SlackMessenger } from '../../adapters/slack/messenger.ts';
import { silentLogger } from '../../src/log.ts';
import { deliverDue } from '../../src/reminders/deliverer.ts';
import { DEFAULT_RETRY } from '../../src/reminders/retry.ts';
import { acquireLease } from '../../src/reminders/lease.ts';
import { PLANNER_LEASE } from '../../src/reminders/scheduler.ts';
import { startMockSlack, type MockSlack } from '../adapters/slack/mock-slack.ts';
import { FakeClock } from '../support/clock.ts';
import { openTestDb, PG_URL, type TestDb } from '../support/db.ts';
import type { WorkerCommand } from './pg-drop-worker.ts';

const WORKER = fileURLToPath(new URL('./pg-drop-worker.ts', import.meta.url));
const NOW = '2026-12-01T09:00:00.000Z';

interface Worker {
  /** The first line with this event, or undefined if the process ended first. */
  next(event: string): Promise<Record<string, unknown> | undefined>;
  readonly lines: Record<string, unknown>[];
  readonly exited: Promise<{ code: number | null; stderr: string }>;
  kill(): void;
}

function startWorker(env: Record<string, string>): Worker {
  const child = spawn(process.execPath, ['--import', 'tsx', WORKER], {
    cwd: process.cwd(),
    env: { ...process.env, PG_URL: PG_URL!, ...env },
  });
  const lines: Record<string, unknown>[] = [];
  const waiting: Array<() => void> = [];
  let buffered = '';
  let stderr = '';
  let ended = false;
  child.stdout.on('data', (chunk: Buffer) => {
    buffered += chunk.toString();
    let nl;
    while ((nl = buffered.indexOf('\n')) >= 0) {
      const line = buffered.slice(0, nl);
      buffered = buffered.slice(nl + 1);
      if (line.startsWith('{')) lines.push(JSON.parse(line) as Record<string, unknown>);
    }
    waiting.splice(0).forEach((wake) => wake());
  });
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<{ code: number | null; stderr: string }>((resolve) =>
    child.once('exit', (code) => {
      ended = true;
      waiting.splice(0).forEach((wake) => wake());
      resolve({ code, stderr });
    }),
  );
  return {
    lines,
    exited,
    kill: () => child.kill('SIGKILL'),
    async next(event) {
      for (;;) {
        const found = lines.find((l) => l.event === event);
        if (found || ended) return found;
        await new Promise<void>((wake) => waiting.push(wake));
      }
    },
  };
}

/** Terminates this test's own backends (and only those); returns how many were killed. */
async function terminateOwn(admin: pg.Client, applicationName: string): Promise<number> {
  const killed = await admin.query<{ ok: boolean }>(
    `select pg_terminate_backend(pid) as ok from pg_stat_activity
      where application_name = $1 and pid <> pg_backend_pid()`,
    [applicationName],
  );
  return killed.rows.filter((r) => r.ok).length;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe.runIf(PG_URL)('PostgreSQL dropping connections', () => {
  let t: TestDb | undefined;
  let slack: MockSlack | undefined;
  let admin: pg.Client | undefined;
  afterEach(async () => {
    await admin?.end();
    await slack?.close();
    await t?.close();
    admin = slack = t = undefined;
  });

  it('rejects a query whose backend is terminated mid-flight, and the process carries on', async () => {
    t = await openTestDb('postgres');
    admin = new pg.Client({ connectionString: PG_URL });
    await admin.connect();
    const app = `arising-test-${t.schema!}`;
    const worker = startWorker({ WORKER_MODE: 'in-flight', SCHEMA: t.schema!, APP: app });
    expect(await worker.next('ready')).toBeDefined();
    // The pg_sleep is on the wire once the backend shows it as active.
    for (let i = 0; i < 50; i++) {
      const active = await admin.query(
        `select 1 from pg_stat_activity where application_name = $1 and query like 'select pg_sleep%'`,
        [app],
      );
      if (active.rowCount) break;
      await pause(20);
    }
    expect(await terminateOwn(admin, app)).toBe(1);

    const rejected = await worker.next('rejected');
    const carried = await worker.next('carried-on');
    const { code, stderr } = await worker.exited;
    expect(stderr).not.toMatch(/Unhandled|uncaught/i);
    expect(code).toBe(0);
    expect(rejected?.error).toMatch(/terminat/i);
    expect(carried).toMatchObject({ one: 1 });
    expect(Number(carried?.connectionErrors)).toBeGreaterThanOrEqual(1);
  });

  it('two instances keep delivering and applying commands while their backends are killed again and again', async () => {
    t = await openTestDb('postgres');
    slack = await startMockSlack();
    admin = new pg.Client({ connectionString: PG_URL });
    await admin.connect();
    const notices = await buildFanout(t.db, {
      boards: 20,
      people: 100,
      boardsEach: 2,
      now: new Date(NOW),
    });
    expect(notices).toBe(200);
    // The test holds the planner lease, so the instances only deliver what is queued.
    await acquireLease(t.db, PLANNER_LEASE, 'the-test', new Date(NOW), 86_400_000);
    const owned = await t.db
      .selectFrom('action_owners')
      .innerJoin('actions', 'actions.id', 'action_owners.action_id')
      .select(['actions.ref', 'action_owners.person_id'])
      .orderBy('actions.id')
      .limit(20)
      .execute();
    // Both instances write notes on the same twenty actions, so their writes contend too.
    const commandsFor = (instance: string): WorkerCommand[] =>
      owned.map((o, i) => ({ ref: o.ref, personId: o.person_id!, token: `${instance}-note-${i}` }));

    const app = `arising-test-${t.schema!}`;
    const workers = ['a', 'b'].map((instance) =>
      startWorker({
        WORKER_MODE: 'instance',
        SCHEMA: t!.schema!,
        APP: app,
        INSTANCE: instance,
        NOW,
        SLACK_API: slack!.apiUrl,
        RUN_MS: '3000',
        COMMAND_GAP_MS: '100',
        COMMANDS: JSON.stringify(commandsFor(instance)),
      }),
    );
    await Promise.all(workers.map((w) => w.next('ready')));

    // Five rounds of kills a second for about two and a half seconds.
    let killed = 0;
    const stopAt = Date.now() + 2_500;
    let running = true;
    void Promise.all(workers.map((w) => w.exited)).then(() => (running = false));
    while (running && Date.now() < stopAt) {
      killed += await terminateOwn(admin, app);
      await pause(200);
    }
    // A worker stuck past its run is a failure to report, not a test to hang.
    const stuck = setTimeout(() => workers.forEach((w) => w.kill()), 40_000);
    const exits = await Promise.all(workers.map((w) => w.exited));
    clearTimeout(stuck);
    for (const w of workers)
      expect(w.lines.at(-1), JSON.stringify(w.lines.slice(-3))).toMatchObject({ event: 'done' });

    // Both instances stayed up to the end of their run.
    for (const { code, stderr } of exits) {
      expect(stderr).not.toMatch(/Unhandled|uncaught/i);
      expect(code).toBe(0);
    }
    const done = workers.map((w) => w.lines.find((l) => l.event === 'done'));
    expect(done.every(Boolean)).toBe(true);
    expect(killed).toBeGreaterThanOrEqual(5);

    // A pass cut off mid-batch leaves the rest of its batch claimed until the claim expires
    // (README "Delivery semantics"); then any instance delivers them. Only once both are done,
    // so no live pass is overtaken.
    const later = new FakeClock(NOW);
    later.advance(DEFAULT_RETRY.claimTimeoutMs + 1_000);
    await deliverDue({
      db: t.db,
      clock: later,
      messengers: new Map([
        ['slack', new SlackMessenger(messengerClient('xoxb-test', slack.apiUrl))],
      ]),
      instance: 'after',
      logger: silentLogger,
    });

    // No notice lost: every one was sent and recorded as sent.
    const states = await t.db
      .selectFrom('outbox')
      .select(['state', (eb) => eb.fn.countAll<number>().as('n')])
      .groupBy('state')
      .execute();
    expect(states.map((s) => [s.state, Number(s.n)])).toEqual([['sent', notices]]);
    const perRecipient = new Map<string, number>();
    for (const call of slack.callsOf('chat.postMessage')) {
      const board = /at the (Board \d+) meeting/.exec(String(call.args.text))?.[1];
      const key = `${String(call.args.channel)}/${board}`;
      perRecipient.set(key, (perRecipient.get(key) ?? 0) + 1);
    }
    expect(perRecipient.size).toBe(notices);
    // README "Delivery semantics": at most one duplicate per send whose record was cut off,
    // and a killed backend cuts off at most one.
    const doubled = [...perRecipient.values()].filter((n) => n > 1);
    expect(doubled.every((n) => n === 2)).toBe(true);
    expect(doubled.length).toBeLessThanOrEqual(killed);

    // Every command was applied once with its history row, or reported as failed.
    const reported = workers.flatMap((w) => w.lines.filter((l) => l.event === 'command'));
    expect(reported).toHaveLength(2 * owned.length);
    const history = await t.db
      .selectFrom('action_updates')
      .select(['note', (eb) => eb.fn.countAll<number>().as('n')])
      .where('kind', '=', 'note')
      .groupBy('note')
      .execute();
    const rows = new Map(history.map((h) => [h.note, Number(h.n)]));
    for (const line of reported) {
      const applied = rows.get(String(line.token)) ?? 0;
      if (line.outcome === 'ok') {
        expect(line.summary).toMatch(/note/i);
        expect(applied, String(line.token)).toBe(1);
      } else {
        expect(applied, String(line.token)).toBeLessThanOrEqual(1);
      }
    }
    // Retried rather than reported: most commands get through despite the kills.
    const failed = reported.filter((l) => l.outcome !== 'ok');
    expect(failed.length).toBeLessThanOrEqual(reported.length / 4);
  }, 60_000);
});
