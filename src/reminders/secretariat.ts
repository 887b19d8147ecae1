/** Where a board's secretariat hears from the scheduler: its channels, else its people. */
import type { BoardId, MeetingId, PersonId, Platform } from '../domain.ts';
import type { OutboxRow } from '../db/schema.ts';
import { iso, type Db } from '../register/tx.ts';
import { enqueue, type NoticePayload } from './outbox.ts';
import { recipientKey, secretariatRecipients, type PlanSecretariat } from './planner.ts';
import { inChunks } from '../db/chunks.ts';

export async function secretariatOf(db: Db, boardId: BoardId): Promise<PlanSecretariat> {
  return (await secretariatsOf(db, [boardId])).get(boardId)!;
}

/** The secretariat of several boards in two queries. */
export async function secretariatsOf(
  db: Db,
  boardIds: readonly number[],
): Promise<Map<number, PlanSecretariat>> {
  const result = new Map<number, PlanSecretariat>(
    boardIds.map((id) => [id, { channels: [], personIds: [] }]),
  );
  const channels = await inChunks(boardIds, (chunk) =>
    db
      .selectFrom('board_channels')
      .selectAll()
      .where('board_id', 'in', chunk)
      .where('purpose', '=', 'secretariat')
      .orderBy('id')
      .execute(),
  );
  const people = await inChunks(boardIds, (chunk) =>
    db
      .selectFrom('memberships')
      .innerJoin('people', 'people.id', 'memberships.person_id')
      .select(['memberships.board_id', 'people.id'])
      .where('memberships.board_id', 'in', chunk)
      .where('memberships.role', '=', 'secretariat')
      .orderBy('people.name')
      .execute(),
  );
  for (const c of channels) {
    (result.get(c.board_id)!.channels as PlanSecretariat['channels'][number][]).push({
      kind: 'channel',
      platform: c.platform as Platform,
      workspaceId: c.workspace_id,
      channelId: c.channel_id,
    });
  }
  for (const p of people) (result.get(p.board_id)!.personIds as PersonId[]).push(p.id as PersonId);
  return result;
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
