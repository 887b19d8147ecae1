/**
 * Turning the register's rows into Actions and Owners, shared by the action lists (actions.ts)
 * and the one-statement status path (status.ts).
 */
import type {
  Action,
  ActionId,
  ActionRef,
  BoardId,
  MeetingId,
  Owner,
  Status,
  Visibility,
} from '../domain.ts';
import type { ActionRow } from '../db/schema.ts';
import { toPerson } from './people.ts';

/** Expected failures are values; callers branch on `code`. */
export type Outcome<T> =
  | { readonly ok: true; readonly value: T }
  | {
      readonly ok: false;
      readonly code: 'not_found' | 'stale' | 'unchanged';
      readonly message: string;
    };

export function toAction(row: ActionRow, owners: readonly Owner[]): Action {
  return {
    id: row.id as ActionId,
    ref: row.ref as ActionRef,
    boardId: row.board_id as BoardId,
    raisedAtMeetingId: (row.raised_at_meeting_id ?? null) as MeetingId | null,
    minuteRef: row.minute_ref,
    text: row.text,
    dueMeetingId: (row.due_meeting_id ?? null) as MeetingId | null,
    dueDate: row.due_date,
    status: row.status as Status,
    visibility: row.visibility as Visibility,
    carriedForward: Number(row.carried_forward),
    version: Number(row.version),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    owners,
  };
}

/** The owner columns a query joins from action_owners and people (people's prefixed `p_`). */
export interface OwnerColumns {
  readonly group_name: string | null;
  readonly p_id: number | null;
  readonly p_name: string | null;
  readonly p_initials: string | null;
  readonly p_organisation: string | null;
  readonly p_title: string | null;
  readonly p_email: string | null;
  readonly p_created_at: string | null;
}

/** The owner one joined row names, if any (a left join without an owner names none). */
export function ownerOf(o: OwnerColumns): Owner | undefined {
  if (o.p_id !== null && o.p_name !== null) {
    return {
      kind: 'person',
      person: toPerson({
        id: o.p_id,
        name: o.p_name,
        initials: o.p_initials,
        organisation: o.p_organisation,
        title: o.p_title,
        email: o.p_email,
        created_at: o.p_created_at ?? '',
      }),
    };
  }
  return o.group_name ? { kind: 'group', name: o.group_name } : undefined;
}
