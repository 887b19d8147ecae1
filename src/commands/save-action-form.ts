/**
 * The add and edit form submitted: each field checked again on the server (the form only offered
 * what it may hold), then written through the same register functions as typed `add` and `edit`.
 * An edit is one transaction on the version the form was filled in from: a newer version refuses
 * the whole submission and nothing changes; each changed field is its own history row with what
 * it was and what it is now; new owners are told as on `assign`.
 */
import type { Action, Board, MeetingId, Person } from '../domain.ts';
import { ownerLabel } from '../domain.ts';
import type { ActionFormValues, FormField, FormIntent, Message } from '../message.ts';
import { paragraph, reply } from '../message.ts';
import type { Actor } from '../access.ts';
import { buildCards } from '../cards.ts';
import { checkPeopleText } from '../people-text.ts';
import { addAction, getAction, setOwners, type OwnerInput } from '../register/actions.ts';
import { editAction, type ActionEdit } from '../register/edits.ts';
import { getMeeting } from '../register/meetings.ts';
import { findPersonByIdentity, peopleOnBoard } from '../register/people.ts';
import { inTransaction } from '../register/tx.ts';
import type { CommandContext } from './context.ts';
import { readDue } from './due.ts';
import { describeEdit } from './edit.ts';
import { formTarget, NEXT_MEETING } from './action-form.ts';
import { authorOf } from './targets.ts';
import type { UpdateOutcome } from './updating.ts';

const refuse = (field: FormField, text: string): UpdateOutcome => ({
  ok: false,
  reply: reply(text),
  refused: field,
});

/** How a secretariat links a chat account, said for the platform the account is on. */
const LINK_HOW: Readonly<Record<string, string>> = {
  slack: '/actions link @someone "Full Name"',
  teams: '@Matters Arising link @someone "Full Name"',
};

interface Owners {
  readonly owners: OwnerInput[];
  readonly names: string[];
}

/** The owners the form chose: the board's people picked, and chat accounts linked to people. */
async function ownersFrom(
  ctx: CommandContext,
  board: Board,
  values: ActionFormValues,
  action: Action | undefined,
): Promise<Owners | UpdateOutcome> {
  const offered = new Map<string, Person>();
  for (const p of await peopleOnBoard(ctx.db, board.id)) offered.set(String(p.id), p);
  for (const o of action?.owners ?? [])
    if (o.kind === 'person') offered.set(String(o.person.id), o.person);
  const chosen: Person[] = [];
  for (const value of values.owners) {
    const person = offered.get(value);
    if (!person) {
      return refuse(
        'owners',
        `That list of ${board.name}'s people is out of date. Close the form and open it again.`,
      );
    }
    chosen.push(person);
  }
  let unlinked = 0;
  let how = LINK_HOW.slack!;
  for (const account of values.accounts ?? []) {
    const person = await findPersonByIdentity(
      ctx.db,
      account.platform,
      account.workspaceId,
      account.userId,
    );
    if (person) chosen.push(person);
    else {
      unlinked += 1;
      how = LINK_HOW[account.platform] ?? how;
    }
  }
  if (unlinked) {
    return refuse(
      'accounts',
      `${unlinked === 1 ? 'One person' : `${unlinked} people`} you picked ${unlinked === 1 ? 'has' : 'have'} no account linked to the register. Link them first (type ${how}), or choose them from ${board.name}'s people instead.`,
    );
  }
  const owners: OwnerInput[] = [];
  const names: string[] = [];
  for (const p of chosen) {
    if (owners.some((o) => 'personId' in o && o.personId === p.id)) continue;
    owners.push({ personId: p.id });
    names.push(p.name);
  }
  // Groups are not in the form's lists: an edit keeps them as they are.
  for (const o of action?.owners ?? []) {
    if (o.kind !== 'group') continue;
    owners.push({ group: o.name });
    names.push(o.name);
  }
  return { owners, names };
}

type DueOf = { dueMeetingId: MeetingId | null; dueDate: string | null };

/** When it is due: a picked date wins over the list; neither keeps an edit's due as it is. */
async function dueFrom(
  ctx: CommandContext,
  board: Board,
  values: ActionFormValues,
  editing: boolean,
  now: Date,
): Promise<DueOf | undefined | UpdateOutcome> {
  if (values.dueDate === null && values.dueChoice === null && editing) return undefined;
  if (values.dueDate !== null || values.dueChoice === null || values.dueChoice === NEXT_MEETING) {
    const due = await readDue(ctx.db, board, values.dueDate ?? undefined, now);
    if (!due.ok) return refuse('due', due.hint);
    if (editing && due.dueMeetingId === null && due.dueDate === null) {
      return refuse('due', `${board.name} has no next meeting yet. Pick a date instead.`);
    }
    return { dueMeetingId: due.dueMeetingId, dueDate: due.dueDate };
  }
  const id = /^meeting:(\d{1,12})$/.exec(values.dueChoice)?.[1];
  const meeting = id === undefined ? undefined : await getMeeting(ctx.db, Number(id) as MeetingId);
  if (!meeting || meeting.boardId !== board.id) {
    return refuse('due', `That meeting is not one of ${board.name}'s. Pick another, or a date.`);
  }
  return { dueMeetingId: meeting.id, dueDate: null };
}

/** The reply to a saved form: what was done, and the action's card as it now stands. */
async function saved(
  ctx: CommandContext,
  actor: Actor,
  action: Action,
  said: (due: string) => string,
): Promise<UpdateOutcome> {
  const [card] = await buildCards(ctx.db, [action], ctx.clock.now(), { actor });
  const text = said(card!.due);
  const message: Message = {
    summary: text,
    blocks: [paragraph(text), { kind: 'action', card: card! }],
  };
  return { ok: true, reply: message, card: card! };
}

/** A refusal found inside the edit's transaction: thrown, so nothing of it is kept. */
class Refused extends Error {
  constructor(readonly outcome: UpdateOutcome) {
    super(outcome.reply.summary);
  }
}

export async function saveActionForm(
  ctx: CommandContext,
  actor: Actor,
  intent: FormIntent,
  values: ActionFormValues,
): Promise<UpdateOutcome> {
  const target = await formTarget(ctx, actor, intent);
  if (!target.ok) return target.outcome;
  const { board, action } = target;
  const text = checkPeopleText('action', values.text);
  if (!text.ok) return refuse('text', text.reply);
  if (!text.text) return refuse('text', 'Write what the action is.');
  const now = ctx.clock.now();
  const owners = await ownersFrom(ctx, board, values, action);
  if (!('owners' in owners)) return owners;
  const due = await dueFrom(ctx, board, values, action !== undefined, now);
  if (due && 'ok' in due) return due;
  const visibility = values.restricted ? 'restricted' : 'public';
  const author = authorOf(actor);

  if (!action) {
    const added = await addAction(
      ctx.db,
      { boardId: board.id, text: text.text, owners: owners.owners, visibility, ...due! },
      author,
      now,
    );
    const who = owners.names.length
      ? owners.names.join(', ')
      : 'no one yet (flagged as unassigned)';
    const restricted =
      visibility === 'restricted' ? ' It is restricted (left out of the public edition).' : '';
    return saved(ctx, actor, added, (d) => `Added ${added.ref} for ${who}, due ${d}.${restricted}`);
  }

  if (intent.kind !== 'edit_action' || action.version !== intent.version) {
    return {
      ok: false,
      reply: reply(
        `${action.ref} was changed by someone else after this form was opened, so nothing was saved. Close the form and press Edit again to see it as it is now.`,
      ),
    };
  }
  const edits: ActionEdit[] = [];
  if (text.text !== action.text) edits.push({ field: 'text', text: text.text });
  if (due && (due.dueMeetingId !== action.dueMeetingId || due.dueDate !== action.dueDate))
    edits.push({ field: 'due', ...due });
  if (visibility !== action.visibility) edits.push({ field: 'visibility', visibility });
  const key = (o: OwnerInput) => ('personId' in o ? `p:${o.personId}` : `g:${o.group}`);
  const before = action.owners.map((o) =>
    o.kind === 'person' ? `p:${o.person.id}` : `g:${o.name}`,
  );
  const ownersChanged = before.join('|') !== owners.owners.map(key).join('|');
  if (edits.length === 0 && !ownersChanged) {
    return saved(ctx, actor, action, () => `${action.ref}: nothing changed.`);
  }
  const notes: string[] = [];
  for (const edit of edits) notes.push(await describeEdit(ctx, board, action, edit));
  const ownersNote = `owners: ${action.owners.map(ownerLabel).join(', ') || 'no one'} → ${owners.names.join(', ') || 'no one'}`;
  try {
    const after = await inTransaction(ctx.db, async (trx) => {
      let version = intent.version;
      for (const [i, edit] of edits.entries()) {
        const done = await editAction(trx, action.id, version, edit, notes[i]!, author, now);
        if (!done.ok) throw new Refused({ ok: false, reply: reply(done.message) });
        version += 1;
      }
      if (ownersChanged) {
        const done = await setOwners(
          trx,
          action.id,
          owners.owners,
          ownersNote,
          author,
          now,
          version,
        );
        if (!done.ok) throw new Refused({ ok: false, reply: reply(done.message) });
      }
      return (await getAction(trx, action.id))!;
    });
    const said = [...notes, ...(ownersChanged ? [ownersNote] : [])].join('; ');
    return saved(ctx, actor, after, () => `${action.ref}: ${said}.`);
  } catch (error) {
    if (error instanceof Refused) return error.outcome;
    throw error;
  }
}
