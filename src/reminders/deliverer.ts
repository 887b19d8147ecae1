/**
 * The deliverer: claims due notices from the outbox, renders each from the register as it
 * stands, picks the recipient's Messenger, sends, and records what happened. A throw from a
 * messenger is a failed attempt (retried with backoff), never a crashed pass.
 *
 *   await deliverDue({ db, clock, messengers, instance: 'host:pid', logger });
 */
import { isConnectionLost } from '../db/connection-lost.ts';
import type { PersonId } from '../domain.ts';
import type { OutboxRow } from '../db/schema.ts';
import type { DigestLinks } from '../digest/links.ts';
import { withoutAddresses, type Logger } from '../log.ts';
import type { Clock, Messenger, Recipient } from '../ports.ts';
import { reachOf } from '../register/channels.ts';
import { listIdentities, type Identity } from '../register/people.ts';
import type { Db } from '../register/tx.ts';
import { renderNotice } from './message.ts';
import { pinnedAccount } from './link-notice.ts';
import { tellSecretariatUnreachable } from './secretariat.ts';
import {
  channelRecipientSchema,
  claimByKeys,
  claimDue,
  markClosed,
  markFailed,
  markHandedOver,
  markSent,
  readPayload,
  releaseDeadClaims,
  settleHandedOver,
  type Delivered,
} from './outbox.ts';
import { holderIsDeadHere } from './lease.ts';
import { DEFAULT_RETRY, type RetryPolicy } from './retry.ts';

export interface DelivererDeps {
  readonly db: Db;
  readonly clock: Clock;
  /** By platform: console always; slack and teams when configured. */
  readonly messengers: ReadonlyMap<string, Messenger>;
  /** Names this process in claims (host:pid:random). */
  readonly instance: string;
  readonly logger: Logger;
  readonly retry?: RetryPolicy;
  /** Notices claimed per round trip. */
  readonly batchSize?: number;
  readonly random?: () => number;
  /** Whether a claim's holder is a process known to be gone (default: dead on this host). */
  readonly isDead?: (holder: string) => boolean;
  /** Signs the document links in scheduled digests (Service.digestLinks). */
  readonly digestLinks?: DigestLinks;
}

export interface DeliveryCounts {
  sent: number;
  retrying: number;
  failed: number;
  undeliverable: number;
  cancelled: number;
}

export type Route =
  | { readonly ok: true; readonly messenger: Messenger; readonly recipient: Recipient }
  | { readonly ok: false; readonly reason: string };

/**
 * True when no chat platform is configured (only the console, and maybe email): the local
 * default delivers everything email cannot take to the console.
 */
const consoleOnly = (messengers: ReadonlyMap<string, Messenger>) =>
  [...messengers.keys()].every((p) => p === 'console' || p === 'email');

const personRecipient = (identity: Identity): Recipient => ({
  kind: 'person',
  personId: identity.personId,
  userId: identity.userId,
  workspaceId: identity.workspaceId || null,
  conversationRef: identity.conversationRef,
});

/**
 * How to reach a notice's recipient: a person through the channel they prefer, else their most
 * recently used identity on a platform we can send on, else their email address; with no Slack
 * or Teams configured, the console. Reminders, chases, assignment notices and digests to people
 * all come through here.
 */
export async function routeFor(
  db: Db,
  row: Pick<OutboxRow, 'person_id' | 'recipient'>,
  messengers: ReadonlyMap<string, Messenger>,
): Promise<Route> {
  const console = messengers.get('console');
  if (row.person_id === null) {
    const parsed = channelRecipientSchema.safeParse(JSON.parse(row.recipient ?? 'null'));
    if (!parsed.success) return { ok: false, reason: 'the notice has no recipient' };
    const { platform, workspaceId, channelId } = parsed.data;
    const recipient: Recipient = { kind: 'channel', channelId, workspaceId };
    const messenger = messengers.get(platform) ?? (consoleOnly(messengers) ? console : undefined);
    return messenger
      ? { ok: true, messenger, recipient }
      : {
          ok: false,
          reason: `${platform} is not configured, so channel ${channelId} cannot be reached`,
        };
  }
  const personId = row.person_id as PersonId;
  const pinned = pinnedAccount(row);
  if (pinned) {
    // A link notice goes to the account that was linked, and only while it still is.
    const identity = (await listIdentities(db, personId)).find(
      (i) =>
        i.platform === pinned.platform &&
        i.workspaceId === pinned.workspaceId &&
        i.userId === pinned.userId,
    );
    const messenger =
      messengers.get(pinned.platform) ?? (consoleOnly(messengers) ? console : undefined);
    if (!identity) return { ok: false, reason: 'the account is no longer linked to this person' };
    if (!messenger) return { ok: false, reason: `${pinned.platform} is not configured` };
    return { ok: true, messenger, recipient: personRecipient(identity) };
  }
  // Preference (arising person set --channel): slack, teams or email when it can be used,
  // else auto: the chat account used last, else email.
  const identities = await listIdentities(db, personId);
  const reach = await reachOf(db, personId);
  const email = messengers.get('email');
  const byChat = (platform?: string): Route | undefined => {
    for (const identity of identities) {
      if (platform && identity.platform !== platform) continue;
      const messenger = messengers.get(identity.platform);
      if (messenger) return { ok: true, messenger, recipient: personRecipient(identity) };
    }
    return undefined;
  };
  const byEmail = (): Route | undefined =>
    email && reach?.email
      ? {
          ok: true,
          messenger: email,
          recipient: {
            kind: 'person',
            personId,
            userId: reach.email,
            workspaceId: null,
            conversationRef: null,
          },
        }
      : undefined;
  const preferred =
    reach?.channel === 'email'
      ? byEmail()
      : reach?.channel === 'slack' || reach?.channel === 'teams'
        ? byChat(reach.channel)
        : undefined;
  const route = preferred ?? byChat() ?? byEmail();
  if (route) return route;
  if (console && consoleOnly(messengers)) {
    return {
      ok: true,
      messenger: console,
      recipient: {
        kind: 'person',
        personId,
        userId: `person:${personId}`,
        workspaceId: null,
        conversationRef: null,
      },
    };
  }
  const chats = [...messengers.keys()].filter((p) => p !== 'console' && p !== 'email');
  return {
    ok: false,
    reason: `no ${chats.join(' or ')} account is linked to this person${email ? ' and they have no email address' : ''}`,
  };
}

const noneYet = (): DeliveryCounts => ({
  sent: 0,
  retrying: 0,
  failed: 0,
  undeliverable: 0,
  cancelled: 0,
});

/** How many sends a messenger may have in flight: its `concurrency`, at least 1. */
const widthOf = (messenger: Messenger) => Math.max(1, Math.floor(messenger.concurrency ?? 1));

/**
 * One pass: claims and delivers due notices until none are left due now. With every messenger
 * at concurrency 1 this is the one-at-a-time loop it always was: claim a batch, deliver it in
 * order, claim the next. Otherwise see deliverFlowing.
 */
export async function deliverDue(deps: DelivererDeps): Promise<DeliveryCounts> {
  const counts = noneYet();
  const retry = deps.retry ?? DEFAULT_RETRY;
  const released = await releaseDeadClaims(
    deps.db,
    deps.clock.now(),
    deps.isDead ?? holderIsDeadHere,
  );
  if (released > 0)
    deps.logger.info({ released }, 'notices claimed by a process that died are due again');
  counts.sent = await settleHandedOver(deps.db, deps.clock.now(), deps.isDead ?? holderIsDeadHere);
  if (counts.sent > 0)
    deps.logger.info(
      { settled: counts.sent },
      'notices handed over by a process that is gone are counted as sent, not sent again',
    );
  const claim = () =>
    claimDue(deps.db, deps.instance, deps.clock.now(), deps.batchSize ?? 50, retry);
  const width = Math.max(1, ...[...deps.messengers.values()].map(widthOf));
  if (width > 1) {
    await deliverFlowing(deps, claim, width, retry, counts);
    return counts;
  }
  for (;;) {
    const claimed = await claim();
    if (claimed.length === 0) return counts;
    for (const row of claimed) await deliverOne(deps, row, retry, counts);
  }
}

/** Runs `fn` with at most `max` runs in flight; the rest wait their turn, in order. */
export function limiter(max: number): <T>(fn: () => Promise<T>) => Promise<T> {
  let active = 0;
  const waiting: Array<() => void> = [];
  return async (fn) => {
    if (active < max) active += 1;
    else await new Promise<void>((resolve) => waiting.push(resolve));
    try {
      return await fn();
    } finally {
      // The slot passes straight to the next in line, so `active` never exceeds `max`.
      const next = waiting.shift();
      if (next) next();
      else active -= 1;
    }
  };
}

/** Wraps one send: lets it go when its platform has a slot free. */
type SendGate = <T>(messenger: Messenger, send: () => Promise<T>) => Promise<T>;
const ungated: SendGate = (_messenger, send) => send();

/**
 * Delivers with up to `width` rows in flight (the widest messenger's concurrency), each
 * platform's sends held to its own concurrency (email's pool; Slack and Teams one at a time).
 * Claims flow: the next batch is claimed while the last rows of this one are still sending, so
 * the SMTP connections never stand idle at a batch boundary waiting for the slowest send and a
 * claim (bench/email-drain.ts: about 35 ms a batch, 7% of the drain). At most a batch and
 * `width` rows are held unstarted, far inside the claim timeout. Each row still goes through
 * deliverOne: claimed once, sent once, marked once. A throw (the database) stops new rows
 * starting, waits for those in flight, then propagates; rows not started keep their claim and
 * are retried when it expires.
 */
async function deliverFlowing(
  deps: DelivererDeps,
  claim: () => Promise<OutboxRow[]>,
  width: number,
  retry: RetryPolicy,
  counts: DeliveryCounts,
): Promise<void> {
  const limits = new Map<Messenger, <T>(fn: () => Promise<T>) => Promise<T>>();
  const gate: SendGate = (messenger, send) => {
    let limit = limits.get(messenger);
    if (!limit) limits.set(messenger, (limit = limiter(widthOf(messenger))));
    return limit(send);
  };
  const queue: OutboxRow[] = [];
  let claiming: Promise<void> | undefined;
  let drained = false;
  let failure: { error: unknown } | undefined;
  const refill = (): Promise<void> =>
    (claiming ??= claim()
      .then((rows) => {
        if (rows.length === 0) drained = true;
        queue.push(...rows);
      })
      .catch((error: unknown) => {
        failure ??= { error };
      })
      .finally(() => {
        claiming = undefined;
      }));
  const take = async (): Promise<OutboxRow | undefined> => {
    for (;;) {
      if (failure) return undefined;
      // Claim ahead while `width` rows are still waiting, so the claim overlaps their sends.
      if (!drained && queue.length <= width) void refill();
      const row = queue.shift();
      if (row) return row;
      if (drained) return undefined;
      await claiming;
    }
  };
  const worker = async () => {
    for (let row = await take(); row; row = await take()) {
      try {
        await deliverOne(deps, row, retry, counts, gate);
      } catch (error) {
        failure ??= { error };
      }
    }
  };
  await Promise.all(Array.from({ length: width }, worker));
  await claiming;
  if (failure) throw failure.error;
}

/**
 * Delivers these notices at once (a chase), if still pending, exactly as a pass would: the same
 * claim, rendering, routing and bookkeeping. Keys another pass has claimed are left to it.
 */
export async function deliverKeys(
  deps: DelivererDeps,
  keys: readonly string[],
): Promise<DeliveryCounts> {
  const counts = noneYet();
  const retry = deps.retry ?? DEFAULT_RETRY;
  const claimed = await claimByKeys(deps.db, deps.instance, keys, deps.clock.now(), retry);
  for (const row of claimed) await deliverOne(deps, row, retry, counts);
  return counts;
}

async function deliverOne(
  deps: DelivererDeps,
  row: OutboxRow,
  retry: RetryPolicy,
  counts: DeliveryCounts,
  gate: SendGate = ungated,
): Promise<void> {
  const { db, clock, instance, logger } = deps;
  const log = logger.child({ notice: row.id, key: row.idempotency_key, attempt: row.attempts });
  const payload = readPayload(row.payload);
  if (!payload) {
    await markClosed(
      db,
      row,
      instance,
      'undeliverable',
      'the payload cannot be read by this version',
    );
    counts.undeliverable += 1;
    log.error('outbox payload unreadable');
    return;
  }
  try {
    const rendered = await renderNotice(db, row, payload, clock.now(), {
      ...(deps.digestLinks ? { digestLinks: deps.digestLinks } : {}),
    });
    if (!rendered.ok) {
      await markClosed(db, row, instance, 'cancelled', rendered.reason);
      counts.cancelled += 1;
      log.info({ reason: rendered.reason }, 'notice cancelled');
      return;
    }
    const route = await routeFor(db, row, deps.messengers);
    if (!route.ok) {
      await markClosed(db, row, instance, 'undeliverable', route.reason);
      if (row.kind === 'reminder')
        await tellSecretariatUnreachable(db, row, payload, route.reason, clock.now());
      counts.undeliverable += 1;
      log.warn({ person: row.person_id, reason: route.reason }, 'notice undeliverable');
      return;
    }
    const { messenger } = route;
    const delivered = (messageId: string): Delivered => ({
      messageId,
      platform: route.messenger.platform,
      recipient: JSON.stringify(route.recipient),
      payload: { ...payload, actionRefs: [...rendered.actionRefs] },
    });
    const handOver = async (messageId: string) => {
      if (!(await markHandedOver(db, row, instance, delivered(messageId), clock.now())))
        throw new Error('the claim on this notice was taken over: not handing it over');
    };
    const delivery = await gate(messenger, () =>
      messenger.send(
        { idempotencyKey: row.idempotency_key, recipient: route.recipient },
        rendered.message,
        { handOver },
      ),
    ).catch((error: unknown) => ({
      ok: false as const,
      permanent: false,
      reason: error instanceof Error ? error.message : String(error),
    }));
    const now = clock.now();
    if (delivery.ok) {
      const record = () => markSent(db, row, instance, delivered(delivery.messageId), now);
      // The message is out: a connection lost while recording it would otherwise become a
      // failed attempt below, and a second send. markSent only moves our own claim to 'sent',
      // so running it again is harmless; the pause lets the pool drop the dead connection.
      const recorded = await record().catch(async (error: unknown) => {
        if (!isConnectionLost(error)) throw error;
        await new Promise((resolve) => setTimeout(resolve, 50));
        return record();
      });
      counts.sent += 1;
      if (!recorded) log.warn('notice sent after its claim expired: another pass may send it too');
      return;
    }
    const outcome = await markFailed(db, row, instance, delivery, now, retry, deps.random);
    if (outcome === 'failed' && row.kind === 'reminder')
      await tellSecretariatUnreachable(db, row, payload, delivery.reason, now);
    counts[outcome === 'failed' ? 'failed' : 'retrying'] += 1;
    log.warn(
      { platform: route.messenger.platform, reason: withoutAddresses(delivery.reason), outcome },
      'delivery failed',
    );
  } catch (error) {
    // Our own bug or the database: retry later like a failed send, and say so loudly.
    log.error({ err: error }, 'delivering a notice failed');
    const reason = error instanceof Error ? error.message : String(error);
    const outcome = await markFailed(
      db,
      row,
      instance,
      { permanent: false, reason },
      clock.now(),
      retry,
      deps.random,
    );
    counts[outcome === 'failed' ? 'failed' : 'retrying'] += 1;
  }
}
