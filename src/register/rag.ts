/** Red/amber/green, as the digest and action cards show it. */
import type { Action, Rag } from '../domain.ts';
import { isOpen } from '../domain.ts';

/**
 * Whether an open action has run past its due point: its due meeting has started, or its due
 * date (a calendar date in the board's zone, compared as text) is before today.
 */
export function isOverdue(
  action: Pick<Action, 'status' | 'dueDate'>,
  dueMeetingStartsAt: string | null,
  now: Date,
  today: string,
): boolean {
  if (!isOpen(action.status)) return false;
  if (dueMeetingStartsAt !== null && dueMeetingStartsAt <= now.toISOString()) return true;
  return action.dueDate !== null && action.dueDate < today;
}

/** Red: overdue or carried forward. Green: done (complete, closed or dropped). Amber: the rest. */
export function ragOf(action: Pick<Action, 'status' | 'carriedForward'>, overdue: boolean): Rag {
  if (!isOpen(action.status)) return 'green';
  if (overdue || action.carriedForward > 0) return 'red';
  return 'amber';
}
