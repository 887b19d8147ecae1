/** Boards: the committees whose actions the register follows, and where their digests go. */
import type { Board, BoardId, BoardSlug, Platform } from '../domain.ts';
import type { BoardRow } from '../db/schema.ts';
import { iso, type Db } from './tx.ts';

export interface NewBoard {
  readonly slug: string;
  readonly name: string;
  readonly refPrefix: string;
  readonly parentId?: BoardId | null;
  readonly timezone?: string;
  readonly reminderPolicy?: string | null;
}

export function toBoard(row: BoardRow): Board {
  return {
    id: row.id as BoardId,
    slug: row.slug as BoardSlug,
    name: row.name,
    refPrefix: row.ref_prefix,
    parentId: (row.parent_id ?? null) as BoardId | null,
    timezone: row.timezone,
    reminderPolicy: row.reminder_policy,
    protectiveMarking: row.protective_marking ?? null,
  };
}

/** The markings a board's papers may carry (Government Security Classifications). */
export const PROTECTIVE_MARKINGS = ['OFFICIAL', 'OFFICIAL-SENSITIVE'] as const;
export const DEFAULT_MARKING = 'OFFICIAL';

/** Sets the marking printed on a board's action log; one UPDATE, so all or nothing. */
export async function setProtectiveMarking(
  db: Db,
  id: BoardId,
  marking: (typeof PROTECTIVE_MARKINGS)[number],
): Promise<Board | undefined> {
  const row = await db
    .updateTable('boards')
    .set({ protective_marking: marking === DEFAULT_MARKING ? null : marking })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirst();
  return row && toBoard(row);
}

export async function createBoard(db: Db, board: NewBoard, now: Date): Promise<Board> {
  const row = await db
    .insertInto('boards')
    .values({
      slug: board.slug.toLowerCase(),
      name: board.name,
      ref_prefix: board.refPrefix.toUpperCase(),
      parent_id: board.parentId ?? null,
      timezone: board.timezone ?? 'Europe/London',
      reminder_policy: board.reminderPolicy ?? null,
      created_at: iso(now),
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toBoard(row);
}

export async function getBoard(db: Db, id: BoardId): Promise<Board | undefined> {
  const row = await db.selectFrom('boards').selectAll().where('id', '=', id).executeTakeFirst();
  return row && toBoard(row);
}

/** Finds a board by slug or ref prefix, case-insensitively ("lcrb", "LCRB"). */
export async function findBoard(db: Db, name: string): Promise<Board | undefined> {
  const key = name.trim().toLowerCase();
  const row = await db
    .selectFrom('boards')
    .selectAll()
    .where((eb) => eb.or([eb('slug', '=', key), eb('ref_prefix', '=', key.toUpperCase())]))
    .executeTakeFirst();
  return row && toBoard(row);
}

export async function listBoards(db: Db): Promise<Board[]> {
  const rows = await db.selectFrom('boards').selectAll().orderBy('name').execute();
  return rows.map(toBoard);
}

export async function setReminderPolicy(
  db: Db,
  id: BoardId,
  policyJson: string | null,
): Promise<void> {
  await db
    .updateTable('boards')
    .set({ reminder_policy: policyJson })
    .where('id', '=', id)
    .execute();
}

export interface BoardChannel {
  readonly boardId: BoardId;
  readonly platform: Platform;
  readonly workspaceId: string | null;
  readonly channelId: string;
}

/** Names a channel where the board's secretariat receives digests and alerts. */
export async function addBoardChannel(db: Db, channel: BoardChannel): Promise<void> {
  await db
    .insertInto('board_channels')
    .values({
      board_id: channel.boardId,
      platform: channel.platform,
      workspace_id: channel.workspaceId,
      channel_id: channel.channelId,
      purpose: 'secretariat',
    })
    .onConflict((oc) => oc.doNothing())
    .execute();
}

export async function listBoardChannels(db: Db, boardId: BoardId): Promise<BoardChannel[]> {
  const rows = await db
    .selectFrom('board_channels')
    .selectAll()
    .where('board_id', '=', boardId)
    .orderBy('id')
    .execute();
  return rows.map((r) => ({
    boardId: r.board_id as BoardId,
    platform: r.platform as Platform,
    workspaceId: r.workspace_id,
    channelId: r.channel_id,
  }));
}
