/**
 * Renders a queued notice as a neutral Message at send time, from the register as it stands
 * then: an action completed since the notice was queued drops out, one assigned since is
 * included, and the buttons carry the current versions. A reminder lists all of the owner's open
 * actions due at the meeting, as action cards whose buttons are the owner's own.
 */
import type { Action, Board, Meeting, MeetingId, Person, PersonId } from '../domain.ts';
import { OPEN_STATUSES } from '../domain.ts';
import { formatDateTime } from '../dates.ts';
import { actorFor } from '../access.ts';
import { isOwner, type Actor } from '../access.ts';
import type { Block, Message } from '../message.ts';
import { code, context, heading, paragraph } from '../message.ts';
import type { OutboxRow } from '../db/schema.ts';
import { listActions } from '../register/actions.ts';
import { getBoard } from '../register/boards.ts';
import { getMeeting } from '../register/meetings.ts';
import { getPerson } from '../register/people.ts';
import type { Db } from '../register/tx.ts';
import { composeDigestMessage } from '../digest/compose.ts';
import type { DigestLinks } from '../digest/links.ts';
import type { NoticePayload } from './outbox.ts';
import { renderLinkNotice } from './link-notice.ts';
import { cardBlocks, otherActions, plural } from './notice-parts.ts';
import { renderOwnerNotice } from './owner-notice.ts';

export type Rendered =
  | { readonly ok: true; readonly message: Message; readonly actionRefs: readonly string[] }
  /** Nothing left worth sending (all done, meeting started): the notice is cancelled. */
  | { readonly ok: false; readonly reason: string };

const ownedBy = (personId: PersonId) => (a: Action) =>
  a.owners.some((o) => o.kind === 'person' && o.person.id === personId);

export async function renderNotice(
  db: Db,
  row: Pick<OutboxRow, 'board_id' | 'meeting_id' | 'person_id' | 'recipient'>,
  payload: NoticePayload,
  now: Date,
  options: { readonly digestLinks?: DigestLinks } = {},
): Promise<Rendered> {
  // A link notice belongs to no board or meeting.
  if (payload.topic === 'linked') {
    const linked = await renderLinkNotice(db, row, payload);
    return linked.ok ? { ...linked, actionRefs: [] } : linked;
  }
  // A chase and an assignment notice may list actions of several boards.
  if (payload.topic === 'chase' || payload.topic === 'assigned') {
    return renderOwnerNotice(db, row, payload, now);
  }
  const board = row.board_id === null ? undefined : await getBoard(db, row.board_id as Board['id']);
  if (payload.topic === 'date_reminder' || payload.topic === 'overdue') {
    return renderDated(db, board, row, payload, now);
  }
  const meeting =
    row.meeting_id === null ? undefined : await getMeeting(db, row.meeting_id as MeetingId);
  if (!board || !meeting) return { ok: false, reason: 'the board or meeting is gone' };
  const person =
    row.person_id === null ? undefined : await getPerson(db, row.person_id as PersonId);
  const actor = person ? await actorFor(db, person, 'system') : null;
  if (payload.topic === 'digest') {
    if (Date.parse(meeting.startsAt) <= now.getTime())
      return { ok: false, reason: 'the meeting has already started' };
    const message = await composeDigestMessage(db, board.id, meeting.id, now, {
      ...(options.digestLinks ? { links: options.digestLinks } : {}),
    });
    return { ok: true, message, actionRefs: [] };
  }

  // The actions still open and still due at this meeting, as they stand now.
  const actions = await listActions(db, {
    boardIds: [board.id],
    dueMeetingId: meeting.id,
    statuses: [...OPEN_STATUSES],
  });

  if (payload.topic === 'reminder') {
    if (!person || !actor) return { ok: false, reason: 'the owner is no longer in the register' };
    if (Date.parse(meeting.startsAt) <= now.getTime())
      return { ok: false, reason: 'the meeting has already started' };
    const open = actions.filter((a) => isOwner(actor, a));
    if (open.length === 0) return { ok: false, reason: 'no open actions left for this meeting' };
    return {
      ok: true,
      message: await reminder(db, board, meeting, person, actor, open, now),
      actionRefs: open.map((a) => a.ref),
    };
  }

  if (payload.topic === 'unowned') {
    const still = actions.filter((a) => !a.owners.some((o) => o.kind === 'person'));
    if (still.length === 0) return { ok: false, reason: 'every action now has an owner' };
    const when = formatDateTime(meeting.startsAt, board.timezone);
    const blocks: Block[] = [
      heading(`${board.name}: actions with no owner`),
      paragraph(
        `${plural(still.length, 'action')} due at the meeting on ${when} ${still.length === 1 ? 'has' : 'have'} no person named as owner (a group cannot be reminded), so no one has been reminded. Assign each one, for example: `,
        code(`assign ${still[0]!.ref} <name or initials>`),
      ),
      ...(await cardBlocks(db, still, now, actor)),
    ];
    return {
      ok: true,
      message: {
        summary: `${plural(still.length, 'action')} due on ${when} with no owner`,
        blocks,
      },
      actionRefs: still.map((a) => a.ref),
    };
  }

  if (payload.topic === 'unreachable') {
    const owner =
      payload.ownerId === undefined ? undefined : await getPerson(db, payload.ownerId as PersonId);
    const open = owner ? actions.filter(ownedBy(owner.id)) : [];
    if (!owner || open.length === 0) return { ok: false, reason: 'nothing left to chase' };
    const when = formatDateTime(meeting.startsAt, board.timezone);
    const blocks: Block[] = [
      heading(`${board.name}: ${owner.name} could not be reminded`),
      paragraph(
        `The reminder about ${plural(open.length, 'action')} due at the meeting on ${when} could not be delivered to ${owner.name} (${payload.reason ?? 'no reason given'}). Ask them to message the bot once in Slack or Teams, which links their account, or chase them directly. To see every reminder and its state, run `,
        code('arising reminders preview'),
        '.',
      ),
      ...(await cardBlocks(db, open, now, actor)),
    ];
    return {
      ok: true,
      message: { summary: `${owner.name} could not be reminded before ${when}`, blocks },
      actionRefs: open.map((a) => a.ref),
    };
  }

  const stuck = actions;
  if (stuck.length === 0) return { ok: false, reason: 'the actions are no longer open' };
  const when = formatDateTime(meeting.startsAt, board.timezone);
  const blocks: Block[] = [
    heading(`${board.name}: no following meeting to carry actions to`),
    paragraph(
      `The meeting on ${when} has started and ${plural(stuck.length, 'open action')} due at it cannot be carried forward: no later meeting of ${board.name} is in the register. They stay overdue. Add the next meeting (import its papers) and they move to it at the next pass, or close them, for example: `,
      code(`update ${stuck[0]!.ref} dropped "Superseded"`),
    ),
    ...(await cardBlocks(db, stuck, now, actor)),
  ];
  return {
    ok: true,
    message: {
      summary: `${plural(stuck.length, 'overdue action')} with no following meeting`,
      blocks,
    },
    actionRefs: stuck.map((a) => a.ref),
  };
}

/**
 * A reminder of actions due on a date, or an overdue chase: the actions it named that are still
 * open and still the owner's (a date reminder also drops an action moved to a meeting).
 */
async function renderDated(
  db: Db,
  board: Board | undefined,
  row: Pick<OutboxRow, 'person_id'>,
  payload: NoticePayload,
  now: Date,
): Promise<Rendered> {
  if (!board) return { ok: false, reason: 'the board is gone' };
  const person =
    row.person_id === null ? undefined : await getPerson(db, row.person_id as PersonId);
  const actor = person ? await actorFor(db, person, 'system') : null;
  if (!person || !actor) return { ok: false, reason: 'the owner is no longer in the register' };
  const named = new Set(payload.actionRefs);
  const open = (
    await listActions(db, {
      boardIds: [board.id],
      statuses: [...OPEN_STATUSES],
      ownerId: person.id,
    })
  ).filter(
    (a) =>
      named.has(a.ref) &&
      isOwner(actor, a) &&
      (payload.topic === 'overdue' || (a.dueDate !== null && a.dueMeetingId === null)),
  );
  if (open.length === 0) return { ok: false, reason: 'no open actions left to remind' };
  const count = plural(open.length, 'open action');
  const message: Message =
    payload.topic === 'overdue'
      ? {
          summary: `${person.name}, you have ${plural(open.length, 'overdue action')} for ${board.name}`,
          blocks: [
            heading(`${board.name}: your overdue actions`),
            paragraph(
              `You have ${count} past ${open.length === 1 ? 'its' : 'their'} due date or carried forward from a meeting. Please update each (press a button, or reply with a note), or mark it complete if it is done (the secretariat can drop one no longer needed).`,
            ),
            ...(await cardBlocks(db, open, now, actor)),
            otherActions(),
          ],
        }
      : {
          summary: `${person.name}, ${open[0]!.ref} for ${board.name} is due on ${open[0]!.dueDate}`,
          blocks: [
            heading(`${board.name}: your action due on ${open[0]!.dueDate}`),
            paragraph(
              'Please update it before its due date: press a button, or reply to this message with a note.',
            ),
            ...(await cardBlocks(db, open, now, actor)),
            otherActions(),
          ],
        };
  return { ok: true, message, actionRefs: open.map((a) => a.ref) };
}

async function reminder(
  db: Db,
  board: Board,
  meeting: Meeting,
  person: Person,
  actor: Actor,
  open: readonly Action[],
  now: Date,
): Promise<Message> {
  const when = formatDateTime(meeting.startsAt, board.timezone);
  const count = plural(open.length, 'open action');
  return {
    summary: `${person.name}, you have ${count} due at the ${board.name} meeting on ${when}`,
    blocks: [
      heading(`${board.name}: your actions for ${when}`),
      paragraph(
        `You have ${count} due at this meeting${meeting.location ? ` (${meeting.location})` : ''}. Please update each before the meeting: press a button, or reply to this message with a note.`,
      ),
      ...(await cardBlocks(db, open, now, actor)),
      context('Your other actions: type ', code('mine'), '. All commands: ', code('help'), '.'),
    ],
  };
}
