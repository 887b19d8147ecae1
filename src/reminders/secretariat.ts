/** Where a board's secretariat hears from the scheduler: its channels, else its people. */
import type { BoardId, MeetingId, PersonId } from '../domain.ts';
import type { OutboxRow } from '../db/schema.ts';
import { listBoardChannels } from '../register/boards.ts';
import { peopleWithRole } from '../register/people.ts';
import { iso, type Db } from '../register/tx.ts';
import { enqueue, type NoticePayload } from './outbox.ts';
import { recipientKey, secretariatRecipients, type PlanSecretariat } from './planner.ts';

export async function secretariatOf(db: Db, boardId: BoardId): Promise<PlanSecretariat> {
  const channels = (await listBoardChannels(db, boardId)).map((c) => ({
    kind: 'channel' as const,
    platform: c.platform,
    workspaceId: c.workspaceId,
    channelId: c.channelId,
  }));
  const personIds = (await peopleWithRole(db, boardId, 'secretariat')).map((p) => p.id as PersonId);
  return { channels, personIds };
}

/**
 * Tells the secretariat that an owner could not be reminded (no linked account, or the platform
 * refused), once per owner and meeting, so nobody is silently left unchased.
 */
export async function tellSecretariatUnreachable(
  db: Db,
  row: Pick<OutboxRow, 'board_id' | 'meeting_id' | 'person_id'>,
  payload: NoticePayload,
  reason: string,
  now: Date,
): Promise<void> {
  if (row.board_id === null || row.meeting_id === null || row.person_id === null) return;
  const recipients = secretariatRecipients(await secretariatOf(db, row.board_id as BoardId));
  await enqueue(
    db,
    recipients.map((recipient) => ({
      idempotencyKey: `unreachable:owner=${row.person_id}:${recipientKey(recipient)}:meeting=${row.meeting_id}`,
      kind: 'notice',
      topic: 'unreachable',
      boardId: row.board_id as BoardId,
      meetingId: row.meeting_id as MeetingId,
      leadDays: payload.leadDays ?? 0,
      dueAt: iso(now),
      recipient,
      actionRefs: payload.actionRefs,
      ownerId: row.person_id as PersonId,
      reason,
    })),
    now,
  );
}
