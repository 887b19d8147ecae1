/** Where a board's secretariat hears from the scheduler: its channels, else its people. */
import type { BoardId, PersonId } from '../domain.ts';
import { listBoardChannels } from '../register/boards.ts';
import { peopleWithRole } from '../register/people.ts';
import type { Db } from '../register/tx.ts';
import type { PlanSecretariat } from './planner.ts';

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
