/** Builds the neutral action cards every view shows (mine, show, outstanding, reminders). */
import type { Action, ActionUpdate, Board, BoardId, Meeting, MeetingId } from './domain.ts';
import { STATUS_LABELS, isOpen, ownerLabel } from './domain.ts';
import { formatCalendarDate, formatDate, localDate } from './dates.ts';
import type { ActionCard, Button, HistoryLine, OwnerAccount } from './message.ts';
import { getBoard } from './register/boards.ts';
import { latestUpdates, listHistory } from './register/history.ts';
import { getMeeting } from './register/meetings.ts';
import { identitiesOf, type Identity } from './register/people.ts';
import { isOverdue, ragOf } from './register/rag.ts';
import type { Db } from './register/tx.ts';
import { isOwner, isSecretariat, settableStatuses, type Actor } from './access.ts';

/** Boards and meetings looked up once per message, however many cards it has. */
export class Lookups {
  private readonly boards = new Map<BoardId, Board | undefined>();
  private readonly meetings = new Map<MeetingId, Meeting | undefined>();
  constructor(private readonly db: Db) {}

  async board(id: BoardId): Promise<Board> {
    if (!this.boards.has(id)) this.boards.set(id, await getBoard(this.db, id));
    const board = this.boards.get(id);
    if (!board) throw new Error(`Board ${id} is missing`);
    return board;
  }

  async meeting(id: MeetingId | null): Promise<Meeting | undefined> {
    if (id === null) return undefined;
    if (!this.meetings.has(id)) this.meetings.set(id, await getMeeting(this.db, id));
    return this.meetings.get(id);
  }
}

export function dueLabel(
  action: Action,
  dueMeeting: Pick<Meeting, 'startsAt'> | undefined,
  board: Pick<Board, 'timezone'>,
): string {
  if (dueMeeting) return `meeting of ${formatDate(dueMeeting.startsAt, board.timezone)}`;
  if (action.dueDate) return `by ${formatCalendarDate(action.dueDate)}`;
  return 'no date set';
}

/** Buttons the actor may press on this action. */
export function actionButtons(actor: Actor | null, action: Action): Button[] {
  if (!actor || !(isOwner(actor, action) || isSecretariat(actor, action.boardId))) return [];
  const { ref, version } = action;
  const buttons: Button[] = [];
  if (isOpen(action.status)) {
    buttons.push({
      label: 'Complete',
      style: 'primary',
      intent: { kind: 'set_status', ref, status: 'complete', version },
    });
    if (action.status !== 'in_progress') {
      buttons.push({
        label: 'In progress',
        intent: { kind: 'set_status', ref, status: 'in_progress', version },
      });
    }
  }
  if (action.status !== 'closed' && action.status !== 'dropped' && action.status !== 'withdrawn') {
    const statuses = settableStatuses(actor, action);
    buttons.push({ label: 'Add update', intent: { kind: 'add_update', ref, version, statuses } });
  }
  // The edit form (text, owners, due, restricted) is the board's secretariat's alone.
  if (isSecretariat(actor, action.boardId))
    buttons.push({ label: 'Edit', intent: { kind: 'edit_action', ref, version } });
  return buttons;
}

function historyWhat(u: ActionUpdate): string {
  switch (u.kind) {
    case 'created':
      return 'Added';
    case 'status':
      return u.statusFrom && u.statusFrom !== u.statusTo
        ? `${STATUS_LABELS[u.statusFrom]} → ${STATUS_LABELS[u.statusTo ?? u.statusFrom]}`
        : `Update (${STATUS_LABELS[u.statusTo ?? 'open']})`;
    case 'note':
      return 'Note';
    case 'assigned':
      return 'Owners changed';
    case 'carried_forward':
      return 'Carried forward';
    case 'edited':
      return 'Edited';
    case 'chased':
      return 'Chased';
  }
}

export interface CardOptions {
  readonly history?: boolean;
  /** Whose buttons to show; null shows none (digests, chairs' views). */
  readonly actor: Actor | null;
}

/** What a card shows of an action's board and due meeting. */
export interface CardPlace {
  readonly board: Pick<Board, 'name' | 'timezone'>;
  readonly dueMeeting: Pick<Meeting, 'startsAt'> | undefined;
}

/**
 * One action's card from what is already at hand: pure, so a path that has just read or
 * written everything the card shows (a status change) builds it without another query.
 */
export function cardOf(
  action: Action,
  { board, dueMeeting }: CardPlace,
  latest: ActionUpdate | undefined,
  now: Date,
  actor: Actor | null,
  history?: readonly ActionUpdate[],
  accounts?: readonly OwnerAccount[],
): ActionCard {
  const overdue = isOverdue(
    action,
    dueMeeting?.startsAt ?? null,
    now,
    localDate(now, board.timezone),
  );
  return {
    ref: action.ref,
    boardName: board.name,
    minuteRef: action.minuteRef,
    text: action.text,
    owners: action.owners.map(ownerLabel),
    due: dueLabel(action, dueMeeting, board),
    status: action.status,
    rag: ragOf(action, overdue),
    overdue,
    carriedForward: action.carriedForward,
    latest: latest
      ? {
          at: formatDate(latest.at, board.timezone),
          who: latest.actorName,
          note: latest.note,
          status: latest.statusTo,
        }
      : null,
    ...(history
      ? {
          history: history.map((u): HistoryLine => ({
            at: formatDate(u.at, board.timezone),
            who: u.actorName,
            source: u.source,
            what: historyWhat(u),
            note: u.note,
          })),
        }
      : {}),
    buttons: actionButtons(actor, action),
    ...(accounts?.length ? { ownerAccounts: accounts } : {}),
  };
}

/** The accounts linked to an action's owners (groups have none). */
function accountsOf(action: Action, linked: ReadonlyMap<number, readonly Identity[]>) {
  return action.owners.flatMap((o): OwnerAccount[] =>
    o.kind === 'person'
      ? (linked.get(o.person.id) ?? []).map(({ platform, userId, conversationRef }) => ({
          platform,
          userId,
          conversationRef,
        }))
      : [],
  );
}

export async function buildCards(
  db: Db,
  actions: readonly Action[],
  now: Date,
  options: CardOptions,
  lookups = new Lookups(db),
): Promise<ActionCard[]> {
  const latest = await latestUpdates(
    db,
    actions.map((a) => a.id),
  );
  const linked = await identitiesOf(
    db,
    actions.flatMap((a) => a.owners.flatMap((o) => (o.kind === 'person' ? [o.person.id] : []))),
  );
  const cards: ActionCard[] = [];
  for (const action of actions) {
    const board = await lookups.board(action.boardId);
    const dueMeeting = await lookups.meeting(action.dueMeetingId);
    const history = options.history ? await listHistory(db, action.id) : undefined;
    cards.push(
      cardOf(
        action,
        { board, dueMeeting },
        latest.get(action.id),
        now,
        options.actor,
        history,
        accountsOf(action, linked),
      ),
    );
  }
  return cards;
}

/** Whether an action is overdue now, in its board's zone. */
export async function overdueNow(action: Action, now: Date, lookups: Lookups): Promise<boolean> {
  const board = await lookups.board(action.boardId);
  const dueMeeting = await lookups.meeting(action.dueMeetingId);
  return isOverdue(action, dueMeeting?.startsAt ?? null, now, localDate(now, board.timezone));
}
