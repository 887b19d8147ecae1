/**
 * Drafts held between a file shared in chat and the secretariat's Import / Discard click
 * (migrations/0009_held_drafts.ts). The click carries only the id; the draft stays here.
 */
import { randomBytes } from 'node:crypto';
import type { PersonId } from '../domain.ts';
import { iso, type Db } from '../register/tx.ts';

/** Long enough to read the review after a meeting; short enough that stale drafts go. */
export const HOLD_FOR_MS = 7 * 24 * 60 * 60 * 1000;

export interface HeldDraft {
  readonly id: string;
  readonly personId: PersonId;
  readonly boardSlug: string | null;
  readonly fileName: string;
  /** JSON as stored; commitForActor checks it against the draft schema again. */
  readonly draft: unknown;
  /** The JSON text as stored, for a compare-and-set update (updateHeldDraft). */
  readonly stored: string;
  readonly importedAt: string | null;
}

export async function holdDraft(
  db: Db,
  held: { personId: PersonId; boardSlug: string | null; fileName: string; draft: unknown },
  now: Date,
): Promise<string> {
  const id = randomBytes(16).toString('base64url');
  await db.deleteFrom('held_drafts').where('expires_at', '<=', iso(now)).execute();
  await db
    .insertInto('held_drafts')
    .values({
      id,
      person_id: held.personId,
      board_slug: held.boardSlug,
      file_name: held.fileName,
      draft: JSON.stringify(held.draft),
      created_at: iso(now),
      expires_at: iso(new Date(now.getTime() + HOLD_FOR_MS)),
      imported_at: null,
    })
    .execute();
  return id;
}

/** The draft with this id, unless it expired or was discarded. */
export async function findHeldDraft(db: Db, id: string, now: Date): Promise<HeldDraft | undefined> {
  const row = await db
    .selectFrom('held_drafts')
    .selectAll()
    .where('id', '=', id)
    .where('expires_at', '>', iso(now))
    .executeTakeFirst();
  return (
    row && {
      id: row.id,
      personId: row.person_id as PersonId,
      boardSlug: row.board_slug,
      fileName: row.file_name,
      draft: JSON.parse(row.draft) as unknown,
      stored: row.draft,
      importedAt: row.imported_at,
    }
  );
}

/** Marks the draft imported; false when another click already did (the row lock decides). */
export async function claimForImport(db: Db, id: string, now: Date): Promise<boolean> {
  const result = await db
    .updateTable('held_drafts')
    .set({ imported_at: iso(now) })
    .where('id', '=', id)
    .where('imported_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/**
 * Replaces a held draft with the secretariat's choices applied (a suggestion accepted or dropped,
 * members to add), only if it is still as read (`expected`) and not imported: two presses at
 * once never lose one another's choice; the loser reads again and retries.
 */
export async function updateHeldDraft(
  db: Db,
  id: string,
  expected: string,
  draft: unknown,
): Promise<boolean> {
  const result = await db
    .updateTable('held_drafts')
    .set({ draft: JSON.stringify(draft) })
    .where('id', '=', id)
    .where('draft', '=', expected)
    .where('imported_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export async function discardHeldDraft(db: Db, id: string): Promise<void> {
  await db.deleteFrom('held_drafts').where('id', '=', id).execute();
}
