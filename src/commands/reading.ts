/**
 * The commands that only read: `mine`, `boards`, `show LCRB-12` and `outstanding [board]`.
 * They change nothing, so each is a few queries and a Message.
 */
import { isOpen } from '../domain.ts';
import { formatDateTime } from '../dates.ts';
import type { Block, Message } from '../message.ts';
import { bold, code, context, heading, paragraph, reply } from '../message.ts';
import { getActionByRef, listActions } from '../register/actions.ts';
import { getBoard } from '../register/boards.ts';
import { nextMeeting } from '../register/meetings.ts';
import { findPerson } from '../register/people.ts';
import { buildCards } from '../cards.ts';
import { canRead, type Actor } from '../access.ts';
import type { CommandContext } from './context.ts';
import type { Command } from './grammar.ts';
import { outstandingFor } from './outstanding.ts';
import { pageFooter, pageOf } from '../paging.ts';
import { boardsFor, cannotSee, noSuchAction } from './targets.ts';
import { USAGE } from './usage.ts';

/** `mine`: the actor's open actions, each with the buttons to update it. */
export async function mine(ctx: CommandContext, actor: Actor, offset = 0): Promise<Message> {
  const now = ctx.clock.now();
  const actions = await listActions(ctx.db, {
    ownerId: actor.person.id,
    statuses: ['open', 'in_progress', 'complete'],
  });
  const open = actions.filter((a) => isOpen(a.status));
  const awaiting = actions.length - open.length;
  const awaitingNote = awaiting
    ? [context(`${awaiting} complete, awaiting the board's agreement to close.`)]
    : [];
  if (open.length === 0) {
    return {
      summary: 'You have no open actions.',
      blocks: [paragraph('You have no open actions. ', bold('Nothing to chase.')), ...awaitingNote],
    };
  }
  // Only the page shown is turned into cards: a long register costs one page of lookups.
  const page = pageOf(open, offset);
  const cards = await buildCards(ctx.db, page.items, now, { actor });
  const title = `Your open actions (${open.length})`;
  return {
    summary: title,
    blocks: [
      heading(title),
      ...cards.map((card): Block => ({ kind: 'action', card, layout: page.layout })),
      ...pageFooter(page, { kind: 'page', view: 'mine' }),
      ...awaitingNote,
    ],
    list: { kind: 'page', view: 'mine', offset: page.offset },
  };
}

/** `boards`: the boards the actor sits on, their roles there, and each board's next meeting. */
export async function yourBoards(ctx: CommandContext, actor: Actor): Promise<Message> {
  if (actor.roles.size === 0) {
    return reply("You don't sit on any board yet. The secretariat adds people to boards.");
  }
  const blocks: Block[] = [heading('Your boards')];
  for (const [boardId, roles] of actor.roles) {
    const board = (await getBoard(ctx.db, boardId))!;
    const next = await nextMeeting(ctx.db, boardId, ctx.clock.now());
    blocks.push(
      paragraph(
        bold(board.name),
        ` (${board.slug}): ${roles.join(', ')}. `,
        next
          ? `Next meeting ${formatDateTime(next.startsAt, board.timezone)}${next.location ? `, ${next.location}` : ''}.`
          : 'No next meeting set.',
      ),
    );
  }
  return { summary: 'Your boards', blocks };
}

/** `show LCRB-12`: one action with its whole history, if the actor may read it. */
export async function show(ctx: CommandContext, actor: Actor, ref: string): Promise<Message> {
  const action = await getActionByRef(ctx.db, ref);
  if (!action) return noSuchAction(ref);
  if (!canRead(actor, action)) return cannotSee(ref);
  const [card] = await buildCards(ctx.db, [action], ctx.clock.now(), { actor, history: true });
  return { summary: `${action.ref}: ${action.text}`, blocks: [{ kind: 'action', card: card! }] };
}

/**
 * `outstanding [board] [overdue|carried|owner]`: the board named, or every board the actor sits
 * on, narrowed when asked. "outstanding TG", with no board of that name, is an owner.
 */
export async function outstanding(
  ctx: CommandContext,
  actor: Actor,
  command: Extract<Command, { name: 'outstanding' }>,
  offset = 0,
): Promise<Message> {
  const found = await boardsFor(ctx, actor, command.board);
  if (!Array.isArray(found)) {
    if (
      command.board &&
      !command.filter &&
      actor.roles.size > 0 &&
      (await findPerson(ctx.db, command.board)).kind !== 'none'
    ) {
      const { board, ...rest } = command;
      return outstanding(ctx, actor, { ...rest, filter: { kind: 'owner', query: board } }, offset);
    }
    return found;
  }
  if (found.length === 0) {
    return reply("You don't sit on any board. Name one: ", code(USAGE.outstanding));
  }
  return outstandingFor(
    ctx,
    actor,
    found,
    {
      ...(command.filter ? { filter: command.filter } : {}),
      ...(command.asked ? { asked: true } : {}),
      named: command.board !== undefined,
      ...(command.board ? { board: command.board } : {}),
    },
    offset,
  );
}
