/**
 * The two notices to an owner that name their actions rather than a meeting: a secretariat's
 * chase (`chase LCRB-12`, src/commands/chase.ts) and the notice of newly assigned actions
 * (assignment-tick.ts). Both may list actions of several boards, and both are rendered at send
 * time from the register as it stands: an action completed, dropped or given to someone else
 * since drops out, and the buttons carry the current versions.
 */
import type { Action, PersonId } from '../domain.ts';
import { OPEN_STATUSES } from '../domain.ts';
import { actorFor, isOwner } from '../access.ts';
import type { Message } from '../message.ts';
import { heading, paragraph } from '../message.ts';
import type { OutboxRow } from '../db/schema.ts';
import { listActions } from '../register/actions.ts';
import { getBoard } from '../register/boards.ts';
import { getPerson } from '../register/people.ts';
import type { Db } from '../register/tx.ts';
import type { NoticePayload } from './outbox.ts';
import { cardBlocks, otherActions, plural } from './notice-parts.ts';

export type OwnerNotice =
  | { readonly ok: true; readonly message: Message; readonly actionRefs: readonly string[] }
  | { readonly ok: false; readonly reason: string };

/** Who gave `personId` these actions, as they will read it: "Gemma Townsend", else null. */
async function assignersOf(
  db: Db,
  personId: PersonId,
  actions: readonly Action[],
): Promise<string[]> {
  if (actions.length === 0) return [];
  const rows = await db
    .selectFrom('action_owners')
    .innerJoin('people', 'people.id', 'action_owners.assigned_by')
    .select('people.name')
    .where('action_owners.person_id', '=', personId)
    .where(
      'action_owners.action_id',
      'in',
      actions.map((a) => a.id),
    )
    .orderBy('action_owners.id')
    .execute();
  return [...new Set(rows.map((r) => r.name))];
}

/** "LCRB: an update is asked for" on one board; "An update is asked for" across several. */
async function headingFor(db: Db, actions: readonly Action[], text: string): Promise<string> {
  const boards = new Set(actions.map((a) => a.boardId));
  const board = boards.size === 1 ? await getBoard(db, actions[0]!.boardId) : undefined;
  return board ? `${board.name}: ${text}` : text.charAt(0).toUpperCase() + text.slice(1);
}

export async function renderOwnerNotice(
  db: Db,
  row: Pick<OutboxRow, 'person_id'>,
  payload: NoticePayload,
  now: Date,
): Promise<OwnerNotice> {
  const person =
    row.person_id === null ? undefined : await getPerson(db, row.person_id as PersonId);
  if (!person) return { ok: false, reason: 'the owner is no longer in the register' };
  const actor = await actorFor(db, person, 'system');
  const named = new Set(payload.actionRefs);
  const open = (await listActions(db, { ownerId: person.id, statuses: [...OPEN_STATUSES] })).filter(
    (a) => named.has(a.ref) && isOwner(actor, a),
  );
  if (open.length === 0)
    return {
      ok: false,
      reason:
        payload.topic === 'chase'
          ? 'the chased actions are no longer open or no longer theirs'
          : 'the new actions are no longer open or no longer theirs',
    };
  const cards = await cardBlocks(db, open, now, actor);
  const them = open.length === 1 ? 'it' : 'each';

  if (payload.topic === 'chase') {
    const who = payload.chasedBy ?? 'The secretariat';
    return {
      ok: true,
      message: {
        summary: `${who} asks for an update on ${open.map((a) => a.ref).join(', ')}`,
        blocks: [
          heading(await headingFor(db, open, 'an update is asked for')),
          paragraph(
            `${who} asks for an update on ${open.length === 1 ? 'this action' : `these ${open.length} actions`}. Please update ${them} now: press a button, or reply to this message with a note (or mark ${open.length === 1 ? 'it' : 'one'} complete if it is done).`,
          ),
          ...cards,
          otherActions(),
        ],
      },
      actionRefs: open.map((a) => a.ref),
    };
  }

  const by = await assignersOf(db, person.id, open);
  const count = plural(open.length, 'new action');
  const from = by.length ? ` by ${by.join(', ')}` : ' when minutes were imported';
  return {
    ok: true,
    message: {
      summary: `${person.name}, you have been given ${count}: ${open.map((a) => a.ref).join(', ')}`,
      blocks: [
        heading(
          await headingFor(
            db,
            open,
            open.length === 1 ? 'a new action for you' : 'new actions for you',
          ),
        ),
        paragraph(
          `You have been given ${count}${from}. You will be reminded before ${open.length === 1 ? 'it is' : 'each is'} due; you can update ${them} at any time: press a button, or reply to this message with a note.`,
        ),
        ...cards,
        otherActions(),
      ],
    },
    actionRefs: open.map((a) => a.ref),
  };
}
