/**
 * The scheduler: node-cron runs a tick every minute. A tick (1) carries forward actions of
 * meetings that started, plans due reminders and forgets inbound-event keys older than a day (the
 * replay guard's table would otherwise grow for ever), on the one instance holding the planner
 * lease, then (2) delivers due notices, on every instance (claims keep each notice to one). The
 * planner reads the register and the injected clock, never the cron tick, so downtime is caught up.
 *
 * SQLite is single-instance: start() takes an exclusive lease, renewed every tick, and refuses
 * with SchedulerRefused while another live process holds it.
 *
 *   const scheduler = createScheduler({ db, kind, clock, messengers, logger });
 *   await scheduler.start();  ...  await scheduler.stop();
 */
import { schedule, type ScheduledTask } from 'node-cron';
import type { DatabaseKind } from '../db/connect.ts';
import type { DigestLinks } from '../digest/links.ts';
import type { Logger } from '../log.ts';
import type { Clock, Messenger } from '../ports.ts';
import { INBOUND_EVENTS_KEPT_MS, pruneInboundEvents } from '../register/inbound-events.ts';
import type { Db } from '../register/tx.ts';
import { carryForwardPastMeetings, type CarryOutcome } from './carry-forward.ts';
import { deliverDue, type DeliveryCounts } from './deliverer.ts';
import {
  acquireLease,
  currentLease,
  holderIsDeadHere,
  instanceName,
  releaseLease,
} from './lease.ts';
import type { RetryPolicy } from './retry.ts';
import { planAndEnqueue } from './plan-tick.ts';

export const PLANNER_LEASE = 'reminders:planner';
export const SQLITE_LEASE = 'reminders:sqlite-instance';
/** A little over a tick: a dead holder's successor waits at most this long. */
const PLANNER_TTL_MS = 90_000;
/** The SQLite lease outlives a slow tick; a crashed holder on this machine is detected at once. */
const SQLITE_TTL_MS = 3 * 60_000;

export class SchedulerRefused extends Error {
  readonly code = 'scheduler_refused';
}

export interface SchedulerDeps {
  readonly db: Db;
  readonly kind: DatabaseKind;
  readonly clock: Clock;
  readonly messengers: ReadonlyMap<string, Messenger>;
  readonly logger: Logger;
  readonly instance?: string;
  readonly retry?: RetryPolicy;
  readonly random?: () => number;
  /** Signs the document links in scheduled digests. */
  readonly digestLinks?: DigestLinks;
  /** Cron expression; every minute unless a test says otherwise. */
  readonly cron?: string;
}

export interface TickResult {
  /** False when another instance holds the planner lease (it plans; we only deliver). */
  readonly planned: boolean;
  readonly queued: number;
  readonly carry: CarryOutcome | null;
  readonly delivery: DeliveryCounts;
}

export interface Scheduler {
  readonly instance: string;
  /** Takes the SQLite lease (or throws SchedulerRefused), runs a catch-up tick, starts cron. */
  start(): Promise<void>;
  /** One planner + deliverer pass (the cron job, and `arising reminders run-once`). */
  tick(): Promise<TickResult>;
  /**
   * One pass without cron, for `arising reminders run-once`: on SQLite it takes (then releases)
   * the same exclusive lease, so it refuses while a service runs the scheduler.
   */
  runOnce(): Promise<TickResult>;
  stop(): Promise<void>;
}

export function createScheduler(deps: SchedulerDeps): Scheduler {
  const instance = deps.instance ?? instanceName();
  const { db, clock, logger } = deps;
  let task: ScheduledTask | undefined;
  let running: Promise<unknown> = Promise.resolve();
  let holdsSqlite = false;

  async function takeSqliteLease(): Promise<void> {
    const now = clock.now();
    if (await acquireLease(db, SQLITE_LEASE, instance, now, SQLITE_TTL_MS)) return;
    const held = await currentLease(db, SQLITE_LEASE);
    if (held && holderIsDeadHere(held.holder)) {
      await releaseLease(db, SQLITE_LEASE, held.holder);
      if (await acquireLease(db, SQLITE_LEASE, instance, now, SQLITE_TTL_MS)) return;
    }
    throw new SchedulerRefused(
      `Another Matters Arising instance (${held?.holder ?? 'unknown'}) is running the reminder scheduler on this SQLite register (its lease runs to ${held?.expiresAt ?? 'soon'}). ` +
        'SQLite supports one instance: stop the other one, or start this one with SCHEDULER=off, ' +
        'or move to PostgreSQL (DATABASE_URL=postgres://...) to run several.',
    );
  }

  async function tick(): Promise<TickResult> {
    if (deps.kind === 'sqlite' && holdsSqlite) {
      // Renewing fails only if we stalled past the lease and another instance took over.
      if (!(await acquireLease(db, SQLITE_LEASE, instance, clock.now(), SQLITE_TTL_MS))) {
        holdsSqlite = false;
        await task?.stop();
        throw new SchedulerRefused(
          'Another instance took over the SQLite scheduler lease; this one has stopped scheduling.',
        );
      }
    }
    let planned = false;
    let queued = 0;
    let carry: CarryOutcome | null = null;
    if (await acquireLease(db, PLANNER_LEASE, instance, clock.now(), PLANNER_TTL_MS)) {
      planned = true;
      carry = await carryForwardPastMeetings(db, clock.now());
      queued = (await planAndEnqueue(db, clock.now(), { logger })).queued;
      // An indexed delete, cheap each minute; a key outlives any replay a platform would accept.
      await pruneInboundEvents(db, new Date(clock.now().getTime() - INBOUND_EVENTS_KEPT_MS));
    }
    const delivery = await deliverDue({
      db,
      clock,
      messengers: deps.messengers,
      instance,
      logger,
      ...(deps.retry ? { retry: deps.retry } : {}),
      ...(deps.random ? { random: deps.random } : {}),
      ...(deps.digestLinks ? { digestLinks: deps.digestLinks } : {}),
    });
    if (queued || carry?.carried || delivery.sent || delivery.failed || delivery.undeliverable) {
      logger.info({ queued, carried: carry?.carried ?? 0, ...delivery }, 'reminders tick');
    }
    return { planned, queued, carry, delivery };
  }

  /** Ticks never overlap: a slow pass delays the next instead of racing it. */
  function queueTick(): Promise<TickResult> {
    const next = running.then(tick, tick);
    running = next.catch(() => undefined);
    return next;
  }

  return {
    instance,
    async start() {
      if (deps.kind === 'sqlite') {
        await takeSqliteLease();
        holdsSqlite = true;
      }
      // Catch up at once after downtime rather than at the next minute.
      await queueTick().catch((error: unknown) =>
        logger.error({ err: error }, 'reminders tick failed'),
      );
      task = schedule(
        deps.cron ?? '* * * * *',
        () =>
          queueTick().catch((error: unknown) =>
            logger.error({ err: error }, 'reminders tick failed'),
          ),
        { name: `reminders:${instance}`, noOverlap: true },
      );
    },
    tick: queueTick,
    async runOnce() {
      if (deps.kind !== 'sqlite') return queueTick();
      await takeSqliteLease();
      holdsSqlite = true;
      try {
        return await queueTick();
      } finally {
        holdsSqlite = false;
        await releaseLease(db, SQLITE_LEASE, instance);
        await releaseLease(db, PLANNER_LEASE, instance);
      }
    },
    async stop() {
      await task?.destroy();
      task = undefined;
      await running;
      await releaseLease(db, PLANNER_LEASE, instance);
      if (holdsSqlite) await releaseLease(db, SQLITE_LEASE, instance);
      holdsSqlite = false;
    },
  };
}
