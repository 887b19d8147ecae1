/**
 * What other modules read from the outbox: the digest (who could not be reminded) and the
 * platform adapters, through a Core method (which actions a reminder's thread is about).
 */
import type { BoardId, MeetingId } from '../domain.ts';
import type { Db } from '../register/tx.ts';
import { readPayload } from './outbox.ts';

export interface UndeliverableNotice {
  readonly personId: number | null;
  readonly idempotencyKey: string;
  readonly reason: string;
  readonly actionRefs: readonly string[];
}

/**
 * Reminders for a meeting that could not reach their owner (no linked identity, or given up),
 * for the secretariat and the digest: "no reminder could be sent to ...".
 */
export async function listUndeliverable(
  db: Db,
  boardId: BoardId,
  meetingId: MeetingId,
): Promise<UndeliverableNotice[]> {
  const rows = await db
    .selectFrom('outbox')
    .select(['person_id', 'idempotency_key', 'last_error', 'payload'])
    .where('board_id', '=', boardId)
    .where('meeting_id', '=', meetingId)
    .where('kind', '=', 'reminder')
    .where('state', 'in', ['undeliverable', 'failed'])
    .orderBy('id')
    .execute();
  return rows.map((r) => ({
    personId: r.person_id,
    idempotencyKey: r.idempotency_key,
    reason: r.last_error ?? 'unknown',
    actionRefs: readPayload(r.payload)?.actionRefs ?? [],
  }));
}

export interface SentNotice {
  readonly personId: number | null;
  readonly meetingId: number | null;
  readonly actionRefs: readonly string[];
}

/**
 * The sent notice behind a platform message, for adapters turning a thread reply into notes
 * (through a Core method): `sentNoticeByMessage(db, 'slack', `${channel}:${threadTs}`)`.
 */
export async function sentNoticeByMessage(
  db: Db,
  platform: string,
  messageId: string,
): Promise<SentNotice | undefined> {
  const row = await db
    .selectFrom('outbox')
    .select(['person_id', 'meeting_id', 'payload'])
    .where('platform', '=', platform)
    .where('message_id', '=', messageId)
    .where('state', '=', 'sent')
    .orderBy('id', 'desc')
    .executeTakeFirst();
  if (!row) return undefined;
  return {
    personId: row.person_id,
    meetingId: row.meeting_id,
    actionRefs: readPayload(row.payload)?.actionRefs ?? [],
  };
}
