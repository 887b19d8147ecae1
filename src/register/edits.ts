/**
 * The secretariat's corrections to an action: its wording, when it is due, and whether it is
 * restricted. One transaction each, a new version, and a history row saying what it was and what
 * it is now, so the log can always be explained.
 */
import { sql } from 'kysely';
import type { Action, ActionId, MeetingId, Visibility } from '../domain.ts';
import { getAction, type Outcome } from './actions.ts';
import { appendUpdate, type Author } from './history.ts';
import { inTransaction, iso, type Db } from './tx.ts';

export type ActionEdit =
  | { readonly field: 'text'; readonly text: string }
  | {
      readonly field: 'due';
      readonly dueMeetingId: MeetingId | null;
      readonly dueDate: string | null;
    }
  | { readonly field: 'visibility'; readonly visibility: Visibility };

/**
 * Applies one edit to the action as the author saw it (`expectedVersion`): the history note,
 * e.g. "due: meeting of 12 Jan 2027 → by 1 Feb 2027", was worded from that version, so a newer
 * one refuses the edit. A change to what it already is comes back 'unchanged'.
 */
export async function editAction(
  db: Db,
  id: ActionId,
  expectedVersion: number,
  edit: ActionEdit,
  note: string,
  author: Author,
  now: Date,
): Promise<Outcome<Action>> {
  return inTransaction(db, async (trx) => {
    const before = await getAction(trx, id);
    if (!before) return { ok: false, code: 'not_found', message: 'No such action.' };
    const set =
      edit.field === 'text'
        ? { text: edit.text }
        : edit.field === 'due'
          ? { due_meeting_id: edit.dueMeetingId, due_date: edit.dueDate }
          : { visibility: edit.visibility };
    const same =
      edit.field === 'text'
        ? before.text === edit.text
        : edit.field === 'due'
          ? before.dueMeetingId === edit.dueMeetingId && before.dueDate === edit.dueDate
          : before.visibility === edit.visibility;
    if (same) return { ok: false, code: 'unchanged', message: `${before.ref} already says that.` };
    const updated = await trx
      .updateTable('actions')
      .set({ ...set, version: sql`version + 1`, updated_at: iso(now) })
      .where('id', '=', id)
      .where('version', '=', expectedVersion)
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) === 0) {
      return {
        ok: false,
        code: 'stale',
        message: `${before.ref} was changed by someone else just now. Look at it again (show ${before.ref}) and retry.`,
      };
    }
    await appendUpdate(trx, { actionId: id, author, kind: 'edited', note }, now);
    return { ok: true, value: (await getAction(trx, id))! };
  });
}
