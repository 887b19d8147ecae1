/**
 * What a command is about: the board it names (or the actor's boards when it names none), and
 * the replies when there is no such board or action, or it is not the actor's to see. Shared by
 * the reading, updating and managing commands so each says it the same way.
 */
import type { Board, BoardId, Role } from '../domain.ts';
import type { ActionCard, Block, Message } from '../message.ts';
import { code, reply } from '../message.ts';
import { findBoard, getBoard } from '../register/boards.ts';
import type { Author } from '../register/history.ts';
import { peopleWithRole } from '../register/people.ts';
import type { Db } from '../register/tx.ts';
import type { Actor } from '../access.ts';
import type { CommandContext } from './context.ts';
import { USAGE } from './usage.ts';

/** The author a command's change is recorded under. */
export const authorOf = (actor: Actor): Author => ({
  personId: actor.person.id,
  name: actor.person.name,
  source: actor.source,
});

/**
 * The names of the people holding `role` on a board, for a refusal that says whom to ask.
 * Looked up only when a reply shows them.
 */
export async function namesWithRole(db: Db, boardId: BoardId, role: Role): Promise<string> {
  const people = await peopleWithRole(db, boardId, role);
  return people.length ? people.map((p) => p.name).join(', ') : 'none named yet';
}

export const cardBlocks = (cards: readonly ActionCard[]): Block[] =>
  cards.map((card) => ({ kind: 'action', card }));

export function noSuchAction(ref: string): Message {
  return reply(
    `There is no action ${ref}. Type `,
    code('mine'),
    ' for your actions, or ',
    code(USAGE.outstanding),
    " for a board's.",
  );
}

export function cannotSee(ref: string): Message {
  return reply(`You can't see ${ref}: it is not yours and you do not sit on its board.`);
}

/** The board a command names by slug or ref prefix, or a hint when there is none. */
export async function boardNamed(db: Db, name: string): Promise<Board | Message> {
  return (
    (await findBoard(db, name)) ??
    reply(`There is no board “${name.slice(0, 40)}”. Type `, code('boards'), ' for yours.')
  );
}

/**
 * The board a command names, else the actor's boards where `allowed` holds (by default every
 * board they sit on); a hint when the name matches no board. May be empty.
 */
export async function boardsFor(
  ctx: CommandContext,
  actor: Actor,
  name: string | undefined,
  allowed: (boardId: BoardId) => boolean = () => true,
): Promise<Board[] | Message> {
  if (name) {
    const board = await boardNamed(ctx.db, name);
    return 'id' in board ? [board] : board;
  }
  const boards: Board[] = [];
  for (const id of actor.roles.keys()) if (allowed(id)) boards.push((await getBoard(ctx.db, id))!);
  return boards;
}

/** As boardsFor, for a command about one board: asks which when the actor has several. */
export async function oneBoardFor(
  ctx: CommandContext,
  actor: Actor,
  name: string | undefined,
  allowed: (boardId: BoardId) => boolean,
  usage: string,
): Promise<Board | Message> {
  const found = await boardsFor(ctx, actor, name, allowed);
  if (!Array.isArray(found)) return found;
  if (found.length === 1) return found[0]!;
  return found.length === 0
    ? reply('Name the board: ', code(usage))
    : reply(`Which board: ${found.map((b) => b.slug).join(', ')}? Type: `, code(usage));
}
