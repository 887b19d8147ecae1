/**
 * The secretariat corrects the register: `edit LCRB-7 due 2027-02-01` (or `due next meeting`, or
 * a meeting's date), `edit LCRB-7 text "..."`, `restrict LCRB-7` and `publish LCRB-7`. Only the
 * secretariat of the action's board may; anyone who cannot see the action is told it does not
 * exist, in the same words as for a ref that does not. Each change is one history row with what
 * it was and what it is now.
 */
import type { Action, Board, Visibility } from '../domain.ts';
import { canRead, isSecretariat, type Actor } from '../access.ts';
import { buildCards, dueLabel } from '../cards.ts';
import type { Message } from '../message.ts';
import { code, paragraph, reply } from '../message.ts';
import { getActionByRef } from '../register/actions.ts';
import { getBoard } from '../register/boards.ts';
import { editAction, type ActionEdit } from '../register/edits.ts';
import { getMeeting } from '../register/meetings.ts';
import { peopleWithRole } from '../register/people.ts';
import type { CommandContext } from './context.ts';
import { readDue } from './due.ts';
import type { Command } from './grammar.ts';
import { USAGE } from './usage.ts';

type EditCommand = Extract<Command, { name: 'edit' | 'restrict' | 'publish' }>;

const VISIBILITY: Readonly<Record<'restrict' | 'publish', Visibility>> = {
  restrict: 'restricted',
  publish: 'public',
};

/** Longest quote of the old wording kept in the history note; the full text is on the action. */
const QUOTE = 200;

export async function editCommand(
  ctx: CommandContext,
  actor: Actor,
  command: EditCommand,
): Promise<Message> {
  const action = await getActionByRef(ctx.db, command.ref);
  if (!action || !canRead(actor, action)) {
    return reply(`There is no action ${command.ref}. Type `, code('mine'), ' for your actions.');
  }
  const board = (await getBoard(ctx.db, action.boardId))!;
  if (!isSecretariat(actor, board.id)) {
    const names = (await peopleWithRole(ctx.db, board.id, 'secretariat')).map((p) => p.name);
    return reply(
      `Only the secretariat of ${board.name}${names.length ? ` (${names.join(', ')})` : ''} can change what ${action.ref} says, when it is due or who sees it.`,
    );
  }
  const now = ctx.clock.now();
  const edit = await editFor(ctx, board, command, now);
  if ('hint' in edit) return reply(edit.hint);
  const said = await describeEdit(ctx, board, action, edit);
  const outcome = await editAction(
    ctx.db,
    action.id,
    action.version,
    edit,
    said,
    { personId: actor.person.id, name: actor.person.name, source: actor.source },
    now,
  );
  if (!outcome.ok) return reply(outcome.message);
  const [card] = await buildCards(ctx.db, [outcome.value], now, { actor });
  return {
    summary: `${action.ref}: ${said}.`,
    blocks: [paragraph(`${action.ref}: ${said}.`), { kind: 'action', card: card! }],
  };
}

async function editFor(
  ctx: CommandContext,
  board: Board,
  command: EditCommand,
  now: Date,
): Promise<ActionEdit | { hint: string }> {
  if (command.name !== 'edit') return { field: 'visibility', visibility: VISIBILITY[command.name] };
  if (command.change.field === 'text') return { field: 'text', text: command.change.text };
  const due = await readDue(ctx.db, board, command.change.due, now);
  if (!due.ok) return { hint: `${due.hint} Try: ${USAGE.edit}` };
  if (due.dueMeetingId === null && due.dueDate === null) {
    return { hint: `${board.name} has no next meeting yet. Give a date instead: ${USAGE.edit}` };
  }
  return { field: 'due', dueMeetingId: due.dueMeetingId, dueDate: due.dueDate };
}

/**
 * Words the change for the history and the reply: "due: meeting of 12 Jan 2027 → by 1 Feb 2027".
 * The edit form (save-action-form.ts) words its changes the same way.
 */
export async function describeEdit(
  ctx: CommandContext,
  board: Board,
  before: Action,
  edit: ActionEdit,
): Promise<string> {
  if (edit.field === 'visibility') {
    const to =
      edit.visibility === 'restricted' ? 'restricted (left out of the public edition)' : 'public';
    return `visibility: ${before.visibility} → ${to}`;
  }
  if (edit.field === 'text') {
    const was = before.text.length > QUOTE ? `${before.text.slice(0, QUOTE)}…` : before.text;
    return `text changed; it said “${was}”`;
  }
  const label = async (due: Pick<Action, 'dueMeetingId' | 'dueDate'>) =>
    dueLabel(
      due as Action,
      due.dueMeetingId === null ? undefined : await getMeeting(ctx.db, due.dueMeetingId),
      board,
    );
  return `due: ${await label(before)} → ${await label(edit)}`;
}
