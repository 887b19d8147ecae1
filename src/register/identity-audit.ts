/**
 * The identity audit trail: every link and unlink of a platform account, by whom and when.
 * Append-only (the database refuses UPDATE and DELETE, migrations/0010), so a hijacked account can
 * be traced and put back.
 */
import type { PersonId, Platform } from '../domain.ts';
import { iso, type Db } from './tx.ts';

export const IDENTITY_CHANGES = ['link', 'unlink', 'self-link'] as const;
export type IdentityChange = (typeof IDENTITY_CHANGES)[number];

/** Who made a change: a person (in chat) or the command line. */
export type ChangedBy =
  | { readonly kind: 'person'; readonly personId: PersonId; readonly name: string }
  | { readonly kind: 'cli' };

export interface IdentityAuditEntry {
  readonly change: IdentityChange;
  readonly by: ChangedBy;
  readonly platform: Platform;
  readonly workspaceId: string;
  readonly userId: string;
  readonly personId: PersonId;
  readonly personName: string;
  readonly at: string;
}

/** Appends one entry; returns its id (used as the once-only key of the notice it causes). */
export async function recordIdentityChange(
  db: Db,
  entry: Omit<IdentityAuditEntry, 'at'>,
  now: Date,
): Promise<number> {
  const row = await db
    .insertInto('identity_audit')
    .values({
      action: entry.change,
      by_person_id: entry.by.kind === 'person' ? entry.by.personId : null,
      by_label: entry.by.kind === 'person' ? entry.by.name : 'cli',
      platform: entry.platform,
      workspace_id: entry.workspaceId,
      user_id: entry.userId,
      person_id: entry.personId,
      person_name: entry.personName,
      at: iso(now),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** The trail, oldest first; for one person when given. */
export async function listIdentityAudit(
  db: Db,
  personId?: PersonId,
): Promise<IdentityAuditEntry[]> {
  let q = db.selectFrom('identity_audit').selectAll().orderBy('at').orderBy('id');
  if (personId !== undefined) q = q.where('person_id', '=', personId);
  return (await q.execute()).map((r) => ({
    change: r.action as IdentityChange,
    by:
      r.by_person_id === null
        ? { kind: 'cli' }
        : { kind: 'person', personId: r.by_person_id as PersonId, name: r.by_label },
    platform: r.platform as Platform,
    workspaceId: r.workspace_id,
    userId: r.user_id,
    personId: r.person_id as PersonId,
    personName: r.person_name,
    at: r.at,
  }));
}
