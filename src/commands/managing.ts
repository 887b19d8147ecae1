/**
 * The commands that manage the register, for a board's secretariat: `add` an action and
 * `assign` its owners. Owners are typed as initials, names, emails or `group:"..."` and found in
 * the register; an owner that matches no one, or several, gets a hint instead of a guess.
 */
import type { BoardId, Person } from '../domain.ts';
import { ownerLabel } from '../domain.ts';
import type { Message } from '../message.ts';
import { code, paragraph, reply } from '../message.ts';
import { addAction, getActionByRef, setOwners, type OwnerInput } from '../register/actions.ts';
import { findPerson } from '../register/people.ts';
import { buildCards } from '../cards.ts';
import { isSecretariat, type Actor } from '../access.ts';
import { checkPeopleText } from '../people-text.ts';
import type { CommandContext } from './context.ts';
import { readDue } from './due.ts';
import type { Command, OwnerSpec } from './grammar.ts';
import { authorOf, boardNamed, namesWithRole, noSuchAction } from './targets.ts';
import { USAGE } from './usage.ts';

/** The register's owners for the owners a command typed, or a hint naming the one that failed. */
async function ownersFromSpecs(
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

/** `add lcrb TG "text" due next meeting`: a new action, numbered from the board's counter. */
export async function addToRegister(
  ctx: CommandContext,
  actor: Actor,
  command: Extract<Command, { name: 'add' }>,
): Promise<Message> {
  const text = checkPeopleText('action', command.text);
  if (!text.ok) return reply(text.reply);
  const board = await boardNamed(ctx.db, command.board);
  if (!('id' in board)) return board;
  if (!isSecretariat(actor, board.id)) {
    return reply(
      `Only the secretariat of ${board.name} (${await namesWithRole(ctx.db, board.id, 'secretariat')}) can add actions to it.`,
    );
  }
  const resolved = await ownersFromSpecs(ctx, command.owners, board.id);
  if (!('owners' in resolved)) return resolved;
  const now = ctx.clock.now();
  const due = await readDue(ctx.db, board, command.due, now);
  if (!due.ok) return reply(`${due.hint} Try: `, code(USAGE.add));
  const { dueMeetingId, dueDate } = due;
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

/** `assign LCRB-12 Tim Godwin, JH`: replaces the owners, recorded in the history. */
export async function assignOwners(
  ctx: CommandContext,
  actor: Actor,
  ref: string,
  specs: readonly OwnerSpec[],
): Promise<Message> {
  const action = await getActionByRef(ctx.db, ref);
  if (!action) return noSuchAction(ref);
  if (!isSecretariat(actor, action.boardId)) {
    return reply(
      `Only the board's secretariat (${await namesWithRole(ctx.db, action.boardId, 'secretariat')}) can assign ${action.ref}.`,
    );
  }
  const resolved = await ownersFromSpecs(ctx, specs, action.boardId);
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
