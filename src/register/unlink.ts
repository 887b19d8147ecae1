/**
 * Removing a person's linked Slack or Teams accounts, each removal audited in the same
 * transaction: the rule the command line applies (`arising person unlink`), and the write the
 * chat command (src/commands/unlink.ts) makes once it has checked who may.
 */
import type { Person, Platform } from '../domain.ts';
import type { Clock } from '../ports.ts';
import { recordIdentityChange, type ChangedBy } from './identity-audit.ts';
import { findPerson, unlinkIdentities } from './people.ts';
import { inTransaction, type Db } from './tx.ts';

export type UnlinkOutcome =
  | { readonly ok: true; readonly person: string; readonly removed: number }
  | { readonly ok: false; readonly code: 'not_found' | 'ambiguous'; readonly hint: string };

/** Removes the person's accounts and audits each removal, in one transaction. */
export async function removeAudited(
  db: Db,
  person: Person,
  platform: Platform | undefined,
  by: ChangedBy,
  now: Date,
): Promise<number> {
  return inTransaction(db, async (trx) => {
    const removed = await unlinkIdentities(trx, person.id, platform);
    for (const identity of removed) {
      await recordIdentityChange(
        trx,
        {
          change: 'unlink',
          by,
          platform: identity.platform,
          workspaceId: identity.workspaceId,
          userId: identity.userId,
          personId: person.id,
          personName: person.name,
        },
        now,
      );
    }
    return removed.length;
  });
}

/** The command line: anyone who can run `arising` on the server may unlink anyone. */
export async function unlinkByCli(
  db: Db,
  clock: Clock,
  personQuery: string,
  platform?: Platform,
): Promise<UnlinkOutcome> {
  const match = await findPerson(db, personQuery);
  if (match.kind === 'none')
    return {
      ok: false,
      code: 'not_found',
      hint: `No one called "${personQuery}" is in the register.`,
    };
  if (match.kind === 'many')
    return {
      ok: false,
      code: 'ambiguous',
      hint: `"${personQuery}" could be ${match.candidates.map((p) => p.name).join('; ')}. Use the full name or email.`,
    };
  const removed = await removeAudited(db, match.person, platform, { kind: 'cli' }, clock.now());
  return { ok: true, person: match.person.name, removed };
}
