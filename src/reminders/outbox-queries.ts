/**
 * What other modules read from the outbox: the digest and the secretariat, who could not be
 * reminded. (Which actions a sent reminder listed: register/sent-messages.ts.)
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
