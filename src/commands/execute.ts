/**
 * Executes commands for an actor and answers with a neutral Message. Written once for every
 * platform: adapters identify the actor, call in, and render what comes back.
 *
 * Every path that changes an action goes through `updateAction`, so a slash command, a button, a
 * modal and a thread reply are checked and recorded the same way.
 */
import type { Board, BoardId, Person, Status } from '../domain.ts';
import { STATUS_LABELS, isOpen, ownerLabel } from '../domain.ts';
import { formatDateTime, parseDateInput } from '../dates.ts';
import type { ActionCard, Block, ButtonIntent, Message } from '../message.ts';
import { bold, code, context, heading, paragraph, reply } from '../message.ts';
import {
  addAction,
  addNote,
  changeStatus,
  getActionByRef,
  listActions,
  setOwners,
  type OwnerInput,
} from '../register/actions.ts';
import { findBoard, getBoard } from '../register/boards.ts';
import type { Author } from '../register/history.ts';
import { nextMeeting } from '../register/meetings.ts';
import { findPerson, peopleWithRole } from '../register/people.ts';
import type { Db } from '../register/tx.ts';
import { buildCards } from '../cards.ts';
import { parseCommand, type Command, type OwnerSpec } from './grammar.ts';
import { closeAgreed, digest } from './digest.ts';
import { outstandingFor } from './outstanding.ts';
import { helpMessage } from './help.ts';
import { USAGE } from './usage.ts';
import { unlinkUser } from './unlink.ts';
import { canNote, canRead, canSetStatus, isSecretariat, type Actor } from '../access.ts';
import { checkPeopleText } from '../people-text.ts';
import { pageFooter, pageOf } from '../paging.ts';
import type { CommandContext } from './context.ts';

const authorOf = (actor: Actor): Author => ({
  personId: actor.person.id,
  name: actor.person.name,
  source: actor.source,
});

/** Parses and executes one line typed by the actor. Bad input gets a hint, never an exception. */
export async function handleText(
  ctx: CommandContext,
  actor: Actor,
  text: string,
): Promise<Message> {
  const parsed = parseCommand(text);
  if (!parsed.ok) return reply(parsed.hint);
  return executeCommand(ctx, actor, parsed.command);
}

export async function executeCommand(
  ctx: CommandContext,
  actor: Actor,
  command: Command,
): Promise<Message> {
  switch (command.name) {
    case 'help':
      return helpMessage(command.topic, actor.source);
    case 'mine':
      return mine(ctx, actor, (command.from ?? 1) - 1);
    case 'boards':
      return boards(ctx, actor);
    case 'show':
      return show(ctx, actor, command.ref);
    case 'update':
      return (
        await updateAction(ctx, actor, {
          ref: command.ref,
          status: command.status,
          note: command.note ?? null,
        })
      ).reply;
    case 'note':
      return (
        await updateAction(ctx, actor, { ref: command.ref, status: null, note: command.text })
      ).reply;
    case 'outstanding':
      return outstanding(ctx, actor, command.board, (command.from ?? 1) - 1);
    case 'add':
      return add(ctx, actor, command);
    case 'assign':
      return assign(ctx, actor, command.ref, command.owners);
    case 'digest':
      return digest(ctx, actor, command.board, command.edition);
    case 'close-agreed':
      return closeAgreed(ctx, actor, command.board);
    case 'unlink':
      return unlinkUser(ctx, actor, command.person, command.platform);
  }
}

async function secretariatNames(db: Db, boardId: BoardId): Promise<string> {
  const people = await peopleWithRole(db, boardId, 'secretariat');
  return people.length ? people.map((p) => p.name).join(', ') : 'none named yet';
}

function notFound(ref: string): Message {
  return reply(
    `There is no action ${ref}. Type `,
    code('mine'),
    ' for your actions, or ',
    code(USAGE.outstanding),
    " for a board's.",
  );
}

function cannotSee(ref: string): Message {
  return reply(`You can't see ${ref}: it is not yours and you do not sit on its board.`);
}

async function mine(ctx: CommandContext, actor: Actor, offset = 0): Promise<Message> {
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
  };
}

async function boards(ctx: CommandContext, actor: Actor): Promise<Message> {
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

async function show(ctx: CommandContext, actor: Actor, ref: string): Promise<Message> {
  const action = await getActionByRef(ctx.db, ref);
  if (!action) return notFound(ref);
  if (!canRead(actor, action)) return cannotSee(ref);
  const [card] = await buildCards(ctx.db, [action], ctx.clock.now(), { actor, history: true });
  return { summary: `${action.ref}: ${action.text}`, blocks: [{ kind: 'action', card: card! }] };
}

export interface UpdateRequest {
  readonly ref: string;
  /** null: a note only. */
  readonly status: Status | null;
  readonly note: string | null;
  /** The version on the button or form the actor pressed; omitted for typed commands. */
  readonly expectedVersion?: number;
}

export interface UpdateOutcome {
  readonly ok: boolean;
  readonly reply: Message;
  /** The action's card as it now stands, to refresh the message the actor pressed in place. */
  readonly card?: ActionCard;
  /** Set when the note itself was refused (too long, control characters): a form shows it there. */
  readonly refused?: 'note';
}

/** The one path for every change of status or note, whatever the platform or gesture. */
export async function updateAction(
  ctx: CommandContext,
  actor: Actor,
  request: UpdateRequest,
): Promise<UpdateOutcome> {
  // Every note, from whichever gesture or platform, passes the one check before anything else.
  let note: string | null = null;
  if (request.note !== null) {
    const checked = checkPeopleText('note', request.note);
    if (!checked.ok) return { ok: false, reply: reply(checked.reply), refused: 'note' };
    note = checked.text || null;
  }
  const now = ctx.clock.now();
  const action = await getActionByRef(ctx.db, request.ref);
  if (!action) return { ok: false, reply: notFound(request.ref) };
  if (!canRead(actor, action)) return { ok: false, reply: cannotSee(request.ref) };
  const names = await secretariatNames(ctx.db, action.boardId);
  const allowed =
    request.status === null
      ? canNote(actor, action, names)
      : canSetStatus(actor, action, request.status, names);
  if (!allowed.ok) return { ok: false, reply: reply(allowed.reason) };

  const author = authorOf(actor);
  const outcome =
    request.status === null
      ? await addNote(ctx.db, action.id, note ?? '', author, now)
      : await changeStatus(
          ctx.db,
          {
            id: action.id,
            status: request.status,
            note,
            ...(request.expectedVersion !== undefined
              ? { expectedVersion: request.expectedVersion }
              : {}),
          },
          author,
          now,
        );
  const current = outcome.ok
    ? outcome.value
    : ((await getActionByRef(ctx.db, request.ref)) ?? action);
  const [card] = await buildCards(ctx.db, [current], now, { actor });
  if (!outcome.ok) {
    return {
      ok: false,
      reply: {
        summary: outcome.message,
        blocks: [paragraph(outcome.message), { kind: 'action', card: card! }],
      },
      card: card!,
    };
  }
  const said =
    request.status === null
      ? `Note added to ${current.ref}.`
      : `${current.ref} is now ${STATUS_LABELS[current.status].toLowerCase()}${note ? ', with your note' : ''}.`;
  const closure =
    request.status === 'complete'
      ? ' The board will be asked to agree its closure at the next meeting.'
      : '';
  return {
    ok: true,
    reply: { summary: said, blocks: [paragraph(said + closure), { kind: 'action', card: card! }] },
    card: card!,
  };
}

/** Carries out a button press. Notes come from the form the button opened, when it has one. */
export async function applyIntent(
  ctx: CommandContext,
  actor: Actor,
  intent: ButtonIntent,
  form?: { readonly status?: Status | null; readonly note?: string | null },
): Promise<UpdateOutcome> {
  switch (intent.kind) {
    case 'set_status':
      return updateAction(ctx, actor, {
        ref: intent.ref,
        status: intent.status,
        note: form?.note ?? null,
        expectedVersion: intent.version,
      });
    case 'add_update': {
      const status = form?.status ?? null;
      const note = form?.note?.trim() || null;
      if (status === null && note === null) {
        return { ok: false, reply: reply('Choose a status or write a note, then submit again.') };
      }
      return updateAction(ctx, actor, {
        ref: intent.ref,
        status,
        note,
        ...(status ? { expectedVersion: intent.version } : {}),
      });
    }
    case 'attach_note':
      return updateAction(ctx, actor, {
        ref: intent.ref,
        status: form?.status ?? null,
        note: form?.note ?? null,
      });
    case 'show': {
      const message = await show(ctx, actor, intent.ref);
      return { ok: true, reply: message };
    }
    // The list is read again for whoever pressed: the button says where, never what they see.
    case 'page': {
      const message =
        intent.view === 'mine'
          ? await mine(ctx, actor, intent.offset)
          : await outstanding(ctx, actor, intent.board, intent.offset);
      return { ok: true, reply: message };
    }
  }
}

/** Resolves the board a command names, or the one board the actor sits on. */
async function boardFor(
  ctx: CommandContext,
  actor: Actor,
  name: string | undefined,
): Promise<Board[] | Message> {
  if (name) {
    const board = await findBoard(ctx.db, name);
    if (!board)
      return reply(
        `There is no board “${name.slice(0, 40)}”. Type `,
        code('boards'),
        ' for yours.',
      );
    return [board];
  }
  const boards: Board[] = [];
  for (const id of actor.roles.keys()) boards.push((await getBoard(ctx.db, id))!);
  if (boards.length === 0)
    return reply("You don't sit on any board. Name one: ", code(USAGE.outstanding));
  return boards;
}

async function outstanding(
  ctx: CommandContext,
  actor: Actor,
  boardName: string | undefined,
  offset = 0,
): Promise<Message> {
  const found = await boardFor(ctx, actor, boardName);
  return Array.isArray(found) ? outstandingFor(ctx, actor, found, offset, boardName) : found;
}

/** Turns typed owners into register owners, or a hint naming the one that failed. */
async function resolveOwners(
  ctx: CommandContext,
  specs: readonly OwnerSpec[],
  boardId: BoardId,
): Promise<{ owners: OwnerInput[]; names: string[] } | Message> {
  const owners: OwnerInput[] = [];
  const names: string[] = [];
  for (const spec of specs) {
    const checked = checkPeopleText('name', spec.kind === 'group' ? spec.name : spec.query);
    if (!checked.ok) return reply(checked.reply);
    if (spec.kind === 'group') {
      owners.push({ group: checked.text });
      names.push(checked.text);
      continue;
    }
    const match = await findPerson(ctx.db, checked.text, boardId);
    if (match.kind === 'none') {
      return reply(
        `I can't find “${spec.query.slice(0, 60)}” in the register. Type a full name in quotes, initials or an email, or `,
        code(`group:"${spec.query.slice(0, 60)}"`),
        ' if it is a group.',
      );
    }
    if (match.kind === 'many') {
      const list = match.candidates.slice(0, 6).map(describePerson).join('; ');
      return reply(
        `“${spec.query.slice(0, 60)}” could be ${list}. Type the full name in quotes, or the email.`,
      );
    }
    if (owners.some((o) => 'personId' in o && o.personId === match.person.id)) continue;
    owners.push({ personId: match.person.id });
    names.push(match.person.name);
  }
  return { owners, names };
}

function describePerson(p: Person): string {
  return p.organisation ? `${p.name} (${p.organisation})` : p.name;
}

async function add(
  ctx: CommandContext,
  actor: Actor,
  command: Extract<Command, { name: 'add' }>,
): Promise<Message> {
  const text = checkPeopleText('action', command.text);
  if (!text.ok) return reply(text.reply);
  const board = await findBoard(ctx.db, command.board);
  if (!board)
    return reply(
      `There is no board “${command.board.slice(0, 40)}”. Type `,
      code('boards'),
      ' for yours.',
    );
  if (!isSecretariat(actor, board.id)) {
    return reply(
      `Only the secretariat of ${board.name} (${await secretariatNames(ctx.db, board.id)}) can add actions to it.`,
    );
  }
  const resolved = await resolveOwners(ctx, command.owners, board.id);
  if (!('owners' in resolved)) return resolved;
  const now = ctx.clock.now();
  let dueMeetingId = null;
  let dueDate: string | null = null;
  if (!command.due || /^next( meeting)?$/i.test(command.due)) {
    dueMeetingId = (await nextMeeting(ctx.db, board.id, now))?.id ?? null;
  } else {
    const date = parseDateInput(command.due, board.timezone, now);
    if (!date) {
      return reply(
        `“${command.due.slice(0, 40)}” is not a date I can read. Use next meeting, 2026-12-07 or 7 Dec 2026. Try: `,
        code(USAGE.add),
      );
    }
    dueDate = date;
  }
  const action = await addAction(
    ctx.db,
    { boardId: board.id, text: text.text, owners: resolved.owners, dueMeetingId, dueDate },
    authorOf(actor),
    now,
  );
  const [card] = await buildCards(ctx.db, [action], now, { actor });
  const who = resolved.names.length
    ? resolved.names.join(', ')
    : 'no one yet (flagged as unassigned)';
  const said = `Added ${action.ref} for ${who}, due ${card!.due}.`;
  return { summary: said, blocks: [paragraph(said), { kind: 'action', card: card! }] };
}

async function assign(
  ctx: CommandContext,
  actor: Actor,
  ref: string,
  specs: readonly OwnerSpec[],
): Promise<Message> {
  const action = await getActionByRef(ctx.db, ref);
  if (!action) return notFound(ref);
  if (!isSecretariat(actor, action.boardId)) {
    return reply(
      `Only the board's secretariat (${await secretariatNames(ctx.db, action.boardId)}) can assign ${action.ref}.`,
    );
  }
  const resolved = await resolveOwners(ctx, specs, action.boardId);
  if (!('owners' in resolved)) return resolved;
  const before = action.owners.map(ownerLabel).join(', ') || 'no one';
  const after = resolved.names.join(', ') || 'no one';
  const now = ctx.clock.now();
  const outcome = await setOwners(
    ctx.db,
    action.id,
    resolved.owners,
    `${before} → ${after}`,
    authorOf(actor),
    now,
  );
  if (!outcome.ok) return reply(outcome.message);
  const [card] = await buildCards(ctx.db, [outcome.value], now, { actor });
  const said = `${action.ref} is now owned by ${after}.`;
  return { summary: said, blocks: [paragraph(said), { kind: 'action', card: card! }] };
}
