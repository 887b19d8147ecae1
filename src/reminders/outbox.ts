/**
 * The outbox: notices wait here until delivered. The database makes delivery exactly-once per
 * notice, as in pg-boss: a unique idempotency key (planning twice queues once), a claim by
 * conditional UPDATE ... RETURNING (FOR UPDATE SKIP LOCKED on PostgreSQL, so two instances never
 * claim the same row), and a claim that expires, so a crash between claim and send is retried.
 *
 * States: pending -> sending -> sent | failed | undeliverable | cancelled (and back to pending
 * for a retry). A claimed row's next_attempt_at is its claim deadline, so one index serves both
 * "due" and "claim expired".
 *
 * Email has one more, handed_over (sending -> handed_over -> sent | pending | failed): the
 * message is at the server all but its final dot, which goes only once this state is committed.
 * It is never claimed again. Its holder's answer moves it on; a holder that died, or whose claim
 * expired, leaves it to settleHandedOver, which counts it as sent (README, "Email").
 */
import { sql } from 'kysely';
import { z } from 'zod';
import type { OutboxRow } from '../db/schema.ts';
import { inTransaction, iso, type Db } from '../register/tx.ts';
import type { PlannedNotice } from './planner.ts';
import { backoffMs, DEFAULT_RETRY, type RetryPolicy } from './retry.ts';
import { engineOf } from '../db/engine.ts';

export const OUTBOX_STATES = [
  'pending',
  'sending',
  'handed_over',
  'sent',
  'failed',
  'undeliverable',
  'cancelled',
] as const;
export type OutboxState = (typeof OUTBOX_STATES)[number];

/** What a notice carries to be rendered at send time. `actionRefs` is agreed with the adapters. */
export const payloadSchema = z.object({
  topic: z.enum([
    'reminder',
    'unowned',
    'no_following_meeting',
    'unreachable',
    'digest',
    'linked',
    'date_reminder',
    'overdue',
    // The secretariat's chase (src/commands/chase.ts) and a new owner's notice (assignment.ts).
    'chase',
    'assigned',
  ]),
  actionRefs: z.array(z.string()),
  leadDays: z.number().int().nullable(),
  dueAt: z.string(),
  ownerId: z.number().int().optional(),
  reason: z.string().optional(),
  /** A link notice: who linked the account (src/reminders/link-notice.ts). */
  linkedBy: z.string().optional(),
  /** A chase: who asked for the update, as the owner reads it. */
  chasedBy: z.string().optional(),
});
export type NoticePayload = z.infer<typeof payloadSchema>;

export const channelRecipientSchema = z.object({
  kind: z.literal('channel'),
  platform: z.enum(['slack', 'teams', 'console']),
  workspaceId: z.string().nullable(),
  channelId: z.string(),
});

/**
 * Queues planned notices; a key already queued is left as it is. Queuing a reminder cancels the
 * same owner's earlier reminders for that meeting still waiting (a stale 7-day reminder stuck in
 * retries must not arrive next to the 2-day one). Returns how many were new.
 */
export async function enqueue(
  db: Db,
  notices: readonly PlannedNotice[],
  now: Date,
): Promise<number> {
  if (notices.length === 0) return 0;
  return inTransaction(db, async (trx) => {
    let added = 0;
    for (const n of notices) {
      const payload: NoticePayload = {
        topic: n.topic,
        actionRefs: [...n.actionRefs],
        leadDays: n.leadDays,
        dueAt: n.dueAt,
        ...(n.ownerId !== undefined ? { ownerId: n.ownerId } : {}),
        ...(n.reason !== undefined ? { reason: n.reason } : {}),
      };
      const inserted = await trx
        .insertInto('outbox')
        .values({
          idempotency_key: n.idempotencyKey,
          kind: n.kind,
          board_id: n.boardId,
          meeting_id: n.meetingId,
          person_id: n.recipient.kind === 'person' ? n.recipient.personId : null,
          platform: n.recipient.kind === 'channel' ? n.recipient.platform : null,
          recipient: n.recipient.kind === 'channel' ? JSON.stringify(n.recipient) : null,
          payload: JSON.stringify(payload),
          not_before: n.dueAt,
          next_attempt_at: iso(now),
          created_at: iso(now),
        })
        .onConflict((oc) => oc.column('idempotency_key').doNothing())
        .returning('id')
        .executeTakeFirst();
      if (!inserted) continue;
      added += 1;
      if (n.topic === 'date_reminder') {
        // The same rule for an action due on a date: its earlier lead for this owner and date.
        const prefix = n.idempotencyKey.slice(0, n.idempotencyKey.lastIndexOf(':lead=') + 1);
        await trx
          .updateTable('outbox')
          .set({ state: 'cancelled', last_error: `superseded by ${n.idempotencyKey}` })
          .where('kind', '=', 'reminder')
          .where('idempotency_key', 'like', `${prefix}lead=%`)
          .where('state', '=', 'pending')
          .where('id', '!=', inserted.id)
          .execute();
      }
      if (n.kind === 'reminder' && n.recipient.kind === 'person' && n.meetingId !== null) {
        await trx
          .updateTable('outbox')
          .set({ state: 'cancelled', last_error: `superseded by ${n.idempotencyKey}` })
          .where('kind', '=', 'reminder')
          .where('person_id', '=', n.recipient.personId)
          .where('meeting_id', '=', n.meetingId)
          .where('state', '=', 'pending')
          .where('id', '!=', inserted.id)
          .execute();
      }
    }
    return added;
  });
}

/** What a claim writes: the holder, and a deadline after which another instance may take it. */
const claim = (instance: string, now: Date, retry: RetryPolicy) => ({
  state: 'sending',
  claimed_by: instance,
  claimed_at: iso(now),
  attempts: sql<number>`attempts + 1`,
  next_attempt_at: iso(new Date(now.getTime() + retry.claimTimeoutMs)),
});

/**
 * Claims up to `limit` due notices for `instance`: pending ones whose time has come, and ones
 * whose claim expired (the instance holding them crashed). Each claim counts as an attempt.
 */
export async function claimDue(
  db: Db,
  instance: string,
  now: Date,
  limit: number,
  retry: RetryPolicy = DEFAULT_RETRY,
): Promise<OutboxRow[]> {
  const pg = engineOf(db) === 'postgres';
  const rows = await db
    .updateTable('outbox')
    .set(claim(instance, now, retry))
    .where('id', 'in', (eb) => {
      const due = eb
        .selectFrom('outbox')
        .select('id')
        .where('state', 'in', ['pending', 'sending'])
        .where('next_attempt_at', '<=', iso(now))
        .orderBy('next_attempt_at')
        .orderBy('id')
        .limit(limit);
      // PostgreSQL: rows another instance is claiming are skipped, not waited for or doubled.
      // SQLite has one writer at a time, so the UPDATE is already atomic.
      return pg ? due.forUpdate().skipLocked() : due;
    })
    // Re-checked on the locked row: a row claimed meanwhile no longer qualifies.
    .where('state', 'in', ['pending', 'sending'])
    .where('next_attempt_at', '<=', iso(now))
    .returningAll()
    .execute();
  return rows.sort((a, b) => a.id - b.id);
}

/**
 * Makes due at once the notices claimed by a process on this machine that no longer runs (a
 * crash, a kill -9), so a restart delivers them now rather than when their claims expire
 * (10 minutes). Holders elsewhere, or alive, or unknown, keep their claims: a holder whose
 * process cannot be checked from here waits out its claim as before. Returns how many.
 */
export async function releaseDeadClaims(
  db: Db,
  now: Date,
  isDead: (holder: string) => boolean,
): Promise<number> {
  const holders = await db
    .selectFrom('outbox')
    .select('claimed_by')
    .distinct()
    .where('state', '=', 'sending')
    .where('next_attempt_at', '>', iso(now))
    .execute();
  let released = 0;
  for (const { claimed_by: holder } of holders) {
    if (!holder || !isDead(holder)) continue;
    const done = await db
      .updateTable('outbox')
      .set({ next_attempt_at: iso(now) })
      .where('state', '=', 'sending')
      .where('claimed_by', '=', holder)
      .executeTakeFirst();
    released += Number(done.numUpdatedRows);
  }
  return released;
}

/**
 * Counts as sent the notices handed over by a holder that will never answer for them: one known
 * dead, or one whose claim has expired (a send takes seconds; a claim, minutes). Their messages
 * reached the server all but the final dot, and that went just after the row said so, so
 * sending them again would double them. Returns how many.
 */
export async function settleHandedOver(
  db: Db,
  now: Date,
  isDead: (holder: string) => boolean,
): Promise<number> {
  const settle = { state: 'sent', last_error: null } as const;
  const expired = await db
    .updateTable('outbox')
    .set(settle)
    .where('state', '=', 'handed_over')
    .where('next_attempt_at', '<=', iso(now))
    .executeTakeFirst();
  let settled = Number(expired.numUpdatedRows);
  const holders = await db
    .selectFrom('outbox')
    .select('claimed_by')
    .distinct()
    .where('state', '=', 'handed_over')
    .execute();
  for (const { claimed_by: holder } of holders) {
    if (!holder || !isDead(holder)) continue;
    const done = await db
      .updateTable('outbox')
      .set(settle)
      .where('state', '=', 'handed_over')
      .where('claimed_by', '=', holder)
      .executeTakeFirst();
    settled += Number(done.numUpdatedRows);
  }
  return settled;
}

/** What a delivery records about where the notice went (markHandedOver, markSent). */
export interface Delivered {
  readonly messageId: string;
  readonly platform: string;
  readonly recipient: string;
  readonly payload: NoticePayload;
}

const deliveredColumns = (delivered: Delivered, now: Date) => ({
  message_id: delivered.messageId,
  platform: delivered.platform,
  recipient: delivered.recipient,
  payload: JSON.stringify(delivered.payload),
  sent_at: iso(now),
});

/**
 * Records that a notice's message is at the platform all but its last step, with everything
 * markSent would record (sent_at: the hand-over, until the platform's answer replaces it), so a
 * notice settled later as sent says where it went. False when the
 * claim is no longer ours (or it was handed over already): the messenger must then abandon it.
 */
export async function markHandedOver(
  db: Db,
  row: Pick<OutboxRow, 'id'>,
  instance: string,
  delivered: Delivered,
  now: Date,
): Promise<boolean> {
  const done = await db
    .updateTable('outbox')
    .set({ state: 'handed_over', ...deliveredColumns(delivered, now) })
    .where('id', '=', row.id)
    .where('claimed_by', '=', instance)
    .where('state', '=', 'sending')
    .executeTakeFirst();
  return Number(done.numUpdatedRows) === 1;
}

/** A claim still ours to answer for: claimed, or claimed and handed over. */
const IN_HAND = ['sending', 'handed_over'] as const;

/**
 * Claims these notices, by key, if they are still pending: a notice sent at once (a chase)
 * rather than at the next pass. A claim like claimDue's, so the scheduler never sends it too.
 */
export async function claimByKeys(
  db: Db,
  instance: string,
  keys: readonly string[],
  now: Date,
  retry: RetryPolicy = DEFAULT_RETRY,
): Promise<OutboxRow[]> {
  if (keys.length === 0) return [];
  const rows = await db
    .updateTable('outbox')
    .set(claim(instance, now, retry))
    .where('idempotency_key', 'in', [...keys])
    .where('state', '=', 'pending')
    .returningAll()
    .execute();
  return rows.sort((a, b) => a.id - b.id);
}

/** Records a delivery; ignored when the claim was lost (another pass took the notice over). */
export async function markSent(
  db: Db,
  row: Pick<OutboxRow, 'id'>,
  instance: string,
  delivered: Delivered,
  now: Date,
): Promise<boolean> {
  const done = await db
    .updateTable('outbox')
    .set({ state: 'sent', ...deliveredColumns(delivered, now), last_error: null })
    .where('id', '=', row.id)
    .where('claimed_by', '=', instance)
    .where('state', 'in', IN_HAND)
    .executeTakeFirst();
  return Number(done.numUpdatedRows) === 1;
}

export type FailureOutcome = 'retry' | 'failed';

/**
 * Records a failed attempt: a retry later, or given up (permanent, or out of attempts). A rate
 * limit (the platform answered with Retry-After) is not a failed attempt: its claim is given back
 * uncounted, so a notice queued behind thousands of others in a fan-out cannot run out of
 * attempts merely by waiting its turn.
 */
export async function markFailed(
  db: Db,
  row: Pick<OutboxRow, 'id' | 'attempts'>,
  instance: string,
  failure: { permanent: boolean; retryAfterMs?: number; reason: string },
  now: Date,
  retry: RetryPolicy = DEFAULT_RETRY,
  random: () => number = Math.random,
): Promise<FailureOutcome> {
  const rateLimited = !failure.permanent && failure.retryAfterMs !== undefined;
  const giveUp = failure.permanent || (!rateLimited && row.attempts >= retry.maxAttempts);
  const reason = failure.reason.slice(0, 500);
  await db
    .updateTable('outbox')
    .set(
      giveUp
        ? { state: 'failed', last_error: reason, sent_at: null }
        : {
            state: 'pending',
            last_error: reason,
            // A hand-over that the server then refused was not a send after all.
            sent_at: null,
            ...(rateLimited ? { attempts: sql<number>`attempts - 1` } : {}),
            next_attempt_at: iso(
              new Date(
                now.getTime() + backoffMs(row.attempts, failure.retryAfterMs, retry, random),
              ),
            ),
          },
    )
    .where('id', '=', row.id)
    .where('claimed_by', '=', instance)
    .where('state', 'in', IN_HAND)
    .execute();
  return giveUp ? 'failed' : 'retry';
}

/** Ends a claimed notice without sending: undeliverable (no way to reach them) or cancelled. */
export async function markClosed(
  db: Db,
  row: Pick<OutboxRow, 'id'>,
  instance: string,
  state: 'undeliverable' | 'cancelled',
  reason: string,
): Promise<void> {
  await db
    .updateTable('outbox')
    .set({ state, last_error: reason })
    .where('id', '=', row.id)
    .where('claimed_by', '=', instance)
    .where('state', '=', 'sending')
    .execute();
}

/** The payload, or undefined when a row holds something this version cannot read. */
export function readPayload(json: string): NoticePayload | undefined {
  try {
    const parsed = payloadSchema.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}
