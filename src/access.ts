/**
 * Who may do what, checked on the server for every command and button, whatever the platform
 * showed. Owners update their own actions; a board's secretariat may do anything on its board;
 * chairs read everything on their board; members read its public actions.
 */
import type { Action, BoardId, Person, Role, Source, Status } from './domain.ts';
import { rolesOf } from './register/people.ts';
import type { Db } from './register/tx.ts';

/** The person behind a request, with their roles on each board. */
export interface Actor {
  readonly person: Person;
  readonly roles: ReadonlyMap<BoardId, readonly Role[]>;
  readonly source: Source;
}

/** Loads the Actor behind a request: the person and their roles on every board. */
export async function actorFor(db: Db, person: Person, source: Source): Promise<Actor> {
  return { person, roles: await rolesOf(db, person.id), source };
}

export const hasRole = (actor: Actor, boardId: BoardId, role: Role): boolean =>
  actor.roles.get(boardId)?.includes(role) ?? false;

export const isSecretariat = (actor: Actor, boardId: BoardId) =>
  hasRole(actor, boardId, 'secretariat');
export const isChair = (actor: Actor, boardId: BoardId) => hasRole(actor, boardId, 'chair');
/** Boards where the actor is secretariat. */
export const secretariatBoards = (actor: Actor): BoardId[] =>
  [...actor.roles].filter(([, roles]) => roles.includes('secretariat')).map(([id]) => id);

/** Secretariat of at least one board: the people who run the register, whichever board. */
export const isSecretariatAnywhere = (actor: Actor): boolean => secretariatBoards(actor).length > 0;

export const sitsOn = (actor: Actor, boardId: BoardId) =>
  (actor.roles.get(boardId)?.length ?? 0) > 0;

export const isOwner = (actor: Actor, action: Action): boolean =>
  action.owners.some((o) => o.kind === 'person' && o.person.id === actor.person.id);

/** Chairs and secretariat see restricted actions; members see public ones; owners see their own. */
export function canRead(actor: Actor, action: Action): boolean {
  if (isOwner(actor, action)) return true;
  if (isSecretariat(actor, action.boardId) || isChair(actor, action.boardId)) return true;
  return action.visibility === 'public' && sitsOn(actor, action.boardId);
}

/** Statuses only the secretariat sets: the board decides closure and dropping. */
const SECRETARIAT_STATUSES: readonly Status[] = ['closed', 'dropped', 'withdrawn'];

export type Refusal = { readonly ok: false; readonly reason: string };
export type Permission = { readonly ok: true } | Refusal;

export function canSetStatus(
  actor: Actor,
  action: Action,
  status: Status,
  secretariatNames: string,
): Permission {
  if (isSecretariat(actor, action.boardId)) return { ok: true };
  if (!isOwner(actor, action)) {
    return {
      ok: false,
      reason: `Only the owners of ${action.ref} or the board's secretariat (${secretariatNames}) can update it.`,
    };
  }
  if (SECRETARIAT_STATUSES.includes(status) || SECRETARIAT_STATUSES.includes(action.status)) {
    return {
      ok: false,
      reason: `Closing, dropping or reopening ${action.ref} is for the board's secretariat (${secretariatNames}). Mark it complete when you have done it: the board then agrees the closure.`,
    };
  }
  return { ok: true };
}

/**
 * The statuses `actor` may set on `action`, in the order a form lists them: what canSetStatus
 * allows, so a form offers no choice the server would refuse. Empty when they may set none.
 */
export function settableStatuses(actor: Actor, action: Action): Status[] {
  const order: readonly Status[] = [
    'in_progress',
    'complete',
    'open',
    'dropped',
    'closed',
    'withdrawn',
  ];
  return order.filter((s) => canSetStatus(actor, action, s, '').ok);
}

export function canNote(actor: Actor, action: Action, secretariatNames: string): Permission {
  if (isSecretariat(actor, action.boardId) || isOwner(actor, action)) return { ok: true };
  return {
    ok: false,
    reason: `Only the owners of ${action.ref} or the board's secretariat (${secretariatNames}) can add notes to it.`,
  };
}
