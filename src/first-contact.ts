/**
 * First contact: who is this platform user? A user seen before is found by their identity; on
 * first contact the addresses the platform holds for them (Slack's users.info, the Teams roster)
 * are tried against the register's emails, and a match links them, audited as a self-link. If no
 * one matches, the answer says who can link them and how. Both chat adapters ask here
 * (core.identify), so the rules and the words are the same on every platform.
 */
import { z } from 'zod';
import { actorFor, type Actor } from './access.ts';
import { PLATFORMS, type Person, type PersonId, type Platform, type Source } from './domain.ts';
import type { Logger } from './log.ts';
import { code, reply, type Message } from './message.ts';
import type { Clock, PlatformUser } from './ports.ts';
import { listBoards } from './register/boards.ts';
import { recordIdentityChange, type ChangedBy } from './register/identity-audit.ts';
import {
  findPersonByEmail,
  findPersonByIdentity,
  getPerson,
  linkIdentity,
  peopleWithRole,
  type LinkResult,
} from './register/people.ts';
import { inTransaction, type Db } from './register/tx.ts';

/** What an adapter knows about a user besides their account, used only when it is needed. */
export interface IdentifyHints {
  /** Recorded on what the actor changes; the platform's name when omitted. */
  readonly source?: Source;
  /** The addresses the platform holds for the user; asked for only on first contact. */
  readonly emails?: () => Promise<readonly string[]>;
  /** How to reach the user proactively (a Teams personal chat), stored when given. */
  readonly conversationRef?: string | null;
  /** Whether a stored reference may give way to `conversationRef` (Teams: same host only). */
  readonly mayReplaceRef?: (stored: string, incoming: string) => boolean;
  /** How the secretariat links someone here, for the "not linked" answer. */
  readonly linkCommand?: { readonly typed: string; readonly where?: string };
}

/** The person behind a platform user, or the message to show them instead. */
export type Identified =
  { readonly ok: true; readonly actor: Actor } | { readonly ok: false; readonly message: Message };

export interface FirstContactDeps {
  readonly db: Db;
  readonly clock: Clock;
  readonly logger: Logger;
}

const PLATFORM_NAMES: Readonly<Record<Platform, string>> = {
  slack: 'Slack',
  teams: 'Teams',
  console: 'console',
};

const accountSchema = z.object({
  platform: z.enum(PLATFORMS),
  workspaceId: z.string().trim().min(1).max(200),
  userId: z.string().trim().min(1).max(200),
});

/** One account to link (or whose reference to refresh); tests and benches link people this way. */
export interface LinkRequest {
  readonly user: PlatformUser;
  readonly personId: PersonId;
  readonly conversationRef: string | null;
  /** Audit the link as made by this (a refresh of a known user's reference is not audited). */
  readonly by?: ChangedBy;
  /** Whether a stored conversation reference may give way to this one. */
  readonly mayReplaceRef?: (stored: string, incoming: string) => boolean;
}

/**
 * Links a platform user to a person, or refreshes the conversation reference of one already
 * linked, in one transaction; a new link made `by` someone is audited. Never re-points an account
 * linked to someone else ('taken'); an audited link to a person who does not exist is 'taken' too.
 *
 *   await linkAccount(db, clock, { user, personId: tim.id, conversationRef: null, by: { kind: 'cli' } });
 */
export async function linkAccount(db: Db, clock: Clock, request: LinkRequest): Promise<LinkResult> {
  const { user, personId, conversationRef, by } = request;
  return inTransaction(db, async (trx) => {
    const person = by ? await getPerson(trx, personId) : undefined;
    if (by && !person) return 'taken';
    const result = await linkIdentity(
      trx,
      { ...user, personId, conversationRef },
      clock.now(),
      request.mayReplaceRef,
    );
    if (result === 'linked' && by && person)
      await recordIdentityChange(
        trx,
        {
          change: by.kind === 'person' && by.personId === personId ? 'self-link' : 'link',
          by,
          ...user,
          personId,
          personName: person.name,
        },
        clock.now(),
      );
    return result;
  });
}

/**
 * Links a platform user to the person with this email (first contact), audited as a self-link;
 * undefined when no one has it or the account is already someone else's.
 */
export async function linkByEmail(
  db: Db,
  clock: Clock,
  user: PlatformUser,
  email: string,
  conversationRef: string | null,
): Promise<Person | undefined> {
  const person = await findPersonByEmail(db, email);
  if (!person) return undefined;
  const by: ChangedBy = { kind: 'person', personId: person.id, name: person.name };
  const result = await linkAccount(db, clock, { user, personId: person.id, conversationRef, by });
  // Never re-pointed: an account linked to someone else stays theirs.
  return result === 'taken' ? undefined : person;
}

/** The person behind `user`, linking them by a platform address on first contact. */
export async function identify(
  deps: FirstContactDeps,
  user: PlatformUser,
  hints: IdentifyHints = {},
): Promise<Identified> {
  const { db, clock, logger } = deps;
  const platform = PLATFORM_NAMES[user.platform];
  const source: Source = hints.source ?? (user.platform === 'console' ? 'cli' : user.platform);
  const account = accountSchema.safeParse(user);
  if (!account.success)
    return {
      ok: false,
      message: reply(
        `${platform} did not say which organisation account you are using, so I cannot find you in the register. Write to me from your work account.`,
      ),
    };
  const conversationRef = hints.conversationRef ?? null;
  const known = await findPersonByIdentity(db, user.platform, user.workspaceId, user.userId);
  if (known) {
    if (conversationRef)
      await linkAccount(db, clock, {
        user,
        personId: known.id,
        conversationRef,
        ...(hints.mayReplaceRef ? { mayReplaceRef: hints.mayReplaceRef } : {}),
      });
    return { ok: true, actor: await actorFor(db, known, source) };
  }
  for (const email of (await hints.emails?.()) ?? []) {
    const person = await linkByEmail(db, clock, user, email, conversationRef);
    if (!person) continue;
    logger.info(
      { personId: person.id, platform: user.platform, workspace: user.workspaceId },
      'user linked by email on first contact',
    );
    return { ok: true, actor: await actorFor(db, person, source) };
  }
  logger.info({ platform: user.platform, workspace: user.workspaceId }, 'unknown user');
  return { ok: false, message: await notLinked(db, platform, hints.linkCommand) };
}

/** "Not linked", naming who can link them: the secretariat of every board (five at most). */
async function notLinked(
  db: Db,
  platform: string,
  linkCommand: IdentifyHints['linkCommand'],
): Promise<Message> {
  const names = new Set<string>();
  for (const board of await listBoards(db))
    for (const p of await peopleWithRole(db, board.id, 'secretariat')) names.add(p.name);
  const list = [...names];
  const whom = list.length
    ? `Ask ${list.slice(0, 5).join(', ')}${list.length > 5 ? ' or another board secretariat' : ''}`
    : 'Ask your board secretariat';
  return reply(
    `I don't know you yet: your ${platform} account is not linked to anyone in the action register, and no email ${platform} holds for you matched anyone there. `,
    ...(linkCommand
      ? [
          `${whom} to link you by typing `,
          code(linkCommand.typed),
          `${linkCommand.where ? ` ${linkCommand.where}` : ''}, or to `,
        ]
      : [`${whom} to `]),
    `record the email your ${platform} account uses against your name; then write to me again.`,
  );
}
