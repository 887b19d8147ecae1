/**
 * The core as adapters see it (the inbound port): identify who is asking, run what they typed
 * or pressed, and remember how to reach them. Adapters hold a Core, never a database handle.
 */
import type { Person, PersonId, Platform, Source } from './domain.ts';
import { reply, type ButtonIntent, type Message } from './message.ts';
import type { Clock, PlatformUser } from './ports.ts';
import { actorFor } from './access.ts';
import {
  applyIntent,
  handleText,
  updateAction,
  type UpdateOutcome,
  type UpdateRequest,
} from './commands/execute.ts';
import type { Actor } from './access.ts';
import type { Status } from './domain.ts';
import {
  findPerson,
  findPersonByEmail,
  findPersonByIdentity,
  getPerson,
  linkIdentity,
  peopleWithRole,
  type LinkResult,
  type PersonMatch,
} from './register/people.ts';
import { recordIdentityChange } from './register/identity-audit.ts';
import { listBoards } from './register/boards.ts';
import { CommitOutcomeUnknown, inTransaction, type Db } from './register/tx.ts';
import { firstDelivery, forgetDelivery } from './register/inbound-events.ts';
import type { DigestLinks } from './digest/links.ts';
import type { SendNow } from './reminders/send-now.ts';
import { actionRefsForMessage } from './register/sent-messages.ts';
import { homeMessage } from './commands/home.ts';
import { linkUser } from './commands/link.ts';
import {
  commitForActor,
  draftForActor,
  type MinutesCommitOutcome,
  type MinutesDraftOutcome,
} from './minutes/for-chat.ts';
import {
  confirmMinutes,
  refuseUploader,
  uploadMinutes,
  type ConfirmOutcome,
  type UploadOutcome,
} from './minutes/uploads.ts';

export interface Core {
  readonly clock: Clock;
  /** The person linked to a platform user, if any. */
  identify(user: PlatformUser, source: Source): Promise<Actor | undefined>;
  /**
   * Links a platform user to the person with this email (first contact), audited as a
   * self-link; undefined when no one has it or the account is already someone else's.
   */
  linkByEmail(
    user: PlatformUser,
    email: string,
    conversationRef: string | null,
  ): Promise<Person | undefined>;
  /**
   * Links a platform user to a person, as the command line (audited as 'cli'). Never re-points
   * an account already linked to someone else ('taken').
   */
  link(user: PlatformUser, personId: PersonId, conversationRef: string | null): Promise<LinkResult>;
  /** Stores how to reach a known user proactively (Teams conversation reference, Slack DM). */
  rememberConversation(
    user: PlatformUser,
    personId: PersonId,
    conversationRef: string,
    mayReplace?: (stored: string, incoming: string) => boolean,
  ): Promise<void>;
  findPerson(query: string): Promise<PersonMatch>;
  getPerson(id: PersonId): Promise<Person | undefined>;
  actorFor(person: Person, source: Source): Promise<Actor>;
  handleText(actor: Actor, text: string): Promise<Message>;
  applyIntent(
    actor: Actor,
    intent: ButtonIntent,
    form?: { status?: Status | null; note?: string | null },
  ): Promise<UpdateOutcome>;
  updateAction(actor: Actor, request: UpdateRequest): Promise<UpdateOutcome>;
  /** Names of everyone who can link an unknown user: the secretariat of every board. */
  whoCanLink(): Promise<string[]>;
  /**
   * True the first time an inbound event key is seen (any instance), false on a retry:
   *   if (!(await core.firstDelivery(`slack:event:${body.event_id}`))) return; // already applied
   */
  firstDelivery(key: string): Promise<boolean>;
  /** Forgets a key firstDelivery recorded, when what it named was refused and may come again. */
  forgetDelivery(key: string): Promise<void>;
  /** The action refs a delivered reminder listed (outbox payload), [] if not a reminder. */
  actionRefsForMessage(platform: Platform, messageId: string): Promise<string[]>;
  /** A person's home view: their open actions, and counts for boards they chair or run. */
  home(actor: Actor): Promise<Message>;
  /** Secretariat only: links a platform user to the person `personQuery` names. */
  linkUser(actor: Actor, user: PlatformUser, personQuery: string): Promise<Message>;
  /**
   * Minutes shared with the bot (.docx or .txt bytes) -> a draft and its review message.
   * Secretariat only; nothing is written. Board: the slug given, else the one the minutes name.
   */
  draftFromMinutes(
    actor: Actor,
    fileName: string,
    bytes: Uint8Array,
    boardSlug?: string | null,
  ): Promise<MinutesDraftOutcome>;
  /** Writes a reviewed draft (explicit actions and accepted suggestions), source 'import'. */
  commitDraft(
    actor: Actor,
    draft: unknown,
    boardSlug?: string | null,
  ): Promise<MinutesCommitOutcome>;
  /**
   * A minutes file shared in chat -> its review, with the draft held server-side under
   * `draftId` for the Import / Discard buttons (src/minutes/uploads.ts). Secretariat only.
   */
  uploadMinutes(
    actor: Actor,
    fileName: string,
    bytes: Uint8Array,
    boardSlug?: string | null,
  ): Promise<UploadOutcome>;
  /** Null when `actor` may import minutes; else a refusal naming the secretariat. Before a download. */
  refuseUploader(actor: Actor): Promise<string | null>;
  /** The Import / Discard click on a held draft: imports once however often it is pressed. */
  confirmMinutes(
    actor: Actor,
    draftId: string,
    choice: 'import' | 'discard',
  ): Promise<ConfirmOutcome>;
}

export interface CoreOptions {
  /** Signs links to digest documents in chat (see src/digest/links.ts). */
  readonly digestLinks?: DigestLinks;
  /** Sends a chase at once through the service's messengers (src/reminders/send-now.ts). */
  readonly sendNow?: SendNow;
}

export function createCore(db: Db, clock: Clock, options: CoreOptions = {}): Core {
  const ctx = { db, clock, ...options };
  return {
    clock,
    async identify(user, source) {
      const person = await findPersonByIdentity(db, user.platform, user.workspaceId, user.userId);
      return person && actorFor(db, person, source);
    },
    async linkByEmail(user, email, conversationRef) {
      const person = await findPersonByEmail(db, email);
      if (!person) return undefined;
      return inTransaction(db, async (trx) => {
        const result = await linkIdentity(
          trx,
          { ...user, personId: person.id, conversationRef },
          clock.now(),
        );
        // Never re-pointed: an account linked to someone else stays theirs.
        if (result === 'taken') return undefined;
        if (result === 'linked')
          await recordIdentityChange(
            trx,
            {
              change: 'self-link',
              by: { kind: 'person', personId: person.id, name: person.name },
              ...user,
              personId: person.id,
              personName: person.name,
            },
            clock.now(),
          );
        return person;
      });
    },
    async link(user, personId, conversationRef) {
      const person = await getPerson(db, personId);
      if (!person) return 'taken';
      return inTransaction(db, async (trx) => {
        const result = await linkIdentity(trx, { ...user, personId, conversationRef }, clock.now());
        if (result === 'linked')
          await recordIdentityChange(
            trx,
            { change: 'link', by: { kind: 'cli' }, ...user, personId, personName: person.name },
            clock.now(),
          );
        return result;
      });
    },
    async rememberConversation(user, personId, conversationRef, mayReplace) {
      await linkIdentity(db, { ...user, personId, conversationRef }, clock.now(), mayReplace);
    },
    findPerson: (query) => findPerson(db, query),
    getPerson: (id) => getPerson(db, id),
    actorFor: (person, source) => actorFor(db, person, source),
    handleText: (actor, text) =>
      handleText(ctx, actor, text).catch((error: unknown) => {
        // "Try again" would be wrong here: the change may be saved, and a second go would add
        // the note twice. Everything else still goes to the edge's own "that failed" answer.
        if (!(error instanceof CommitOutcomeUnknown)) throw error;
        return reply(
          'The connection to the register dropped while saving, so that may or may not have been saved. ',
          'Check the action before you send it again.',
        );
      }),
    applyIntent: (actor, intent, form) => applyIntent(ctx, actor, intent, form),
    updateAction: (actor, request) => updateAction(ctx, actor, request),
    async whoCanLink() {
      const names = new Set<string>();
      for (const board of await listBoards(db)) {
        for (const p of await peopleWithRole(db, board.id, 'secretariat')) names.add(p.name);
      }
      return [...names];
    },
    firstDelivery: (key) => firstDelivery(db, key, clock.now()),
    forgetDelivery: (key) => forgetDelivery(db, key),
    actionRefsForMessage: (platform, messageId) => actionRefsForMessage(db, platform, messageId),
    home: (actor) => homeMessage(ctx, actor),
    linkUser: (actor, user, personQuery) => linkUser(ctx, actor, user, personQuery),
    draftFromMinutes: (actor, fileName, bytes, boardSlug) =>
      draftForActor(db, actor, fileName, bytes, boardSlug),
    commitDraft: (actor, draft, boardSlug) => commitForActor(db, clock, actor, draft, boardSlug),
    uploadMinutes: (actor, fileName, bytes, boardSlug) =>
      uploadMinutes(db, clock, actor, fileName, bytes, boardSlug),
    refuseUploader: (actor) => refuseUploader(db, actor),
    confirmMinutes: (actor, draftId, choice) => confirmMinutes(db, clock, actor, draftId, choice),
  };
}
