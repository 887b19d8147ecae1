/**
 * The core as adapters see it (the inbound port): identify who is asking, run what they typed
 * or pressed, and remember how to reach them. Adapters hold a Core, never a database handle, and
 * import nothing else from the command layer: what they need of it is re-exported here.
 */
import type { PersonId, Platform } from './domain.ts';
import { reply, type ButtonIntent, type Message } from './message.ts';
import type { Clock, PlatformUser } from './ports.ts';
import type { Actor } from './access.ts';
import {
  applyIntent,
  handleText,
  updateAction,
  type FormInput,
  type UpdateOutcome,
} from './commands/execute.ts';
import { unquote } from './commands/grammar.ts';
import type { SendNow } from './reminders/send-now.ts';
import { homeMessage } from './commands/home.ts';
import { linkUser } from './commands/link.ts';
import { readReply } from './commands/reply-status.ts';
import { identify, linkAccount, type IdentifyHints, type Identified } from './first-contact.ts';
import { silentLogger, type Logger } from './log.ts';
import { CommitOutcomeUnknown, type Db } from './register/tx.ts';
import { firstDelivery, forgetDelivery } from './register/inbound-events.ts';
import { actionRefsForMessage } from './register/sent-messages.ts';
import type { DigestLinks } from './digest/links.ts';
import { downloadMinutes } from './minutes/download.ts';
import {
  boardFromText,
  confirmMinutes,
  refuseFile,
  refuseUploader,
  uploadMinutes,
  type ConfirmOutcome,
  type MinutesChoice,
  type UploadOutcome,
} from './minutes/uploads.ts';

export type { Actor } from './access.ts';
export type { FormInput, UpdateOutcome } from './commands/execute.ts';
/** A submitted add or edit form's values, as an adapter reads them (checked at the edge). */
export { actionFormValuesSchema } from './commands/action-form.ts';
export type { IdentifyHints, Identified } from './first-contact.ts';
export type {
  ConfirmOutcome,
  HeldReview,
  MinutesChoice,
  ReviewSuggestion,
  UploadOutcome,
} from './minutes/uploads.ts';
/** A review button's choice (`import`, `accept:3`...), or null when it is not one of ours. */
export { parseChoice } from './minutes/uploads.ts';
/** The Next button's intent as a payload brings it back (adapters check it with this). */
export { pageIntentSchema } from './paging.ts';

/** A file shared with the bot: its name and size as the platform gives them, and the message. */
export interface SharedFile {
  readonly name: string;
  readonly size?: number;
  /** The text sent with the file; it may name the board (`lcrb`). */
  readonly text: string;
}

/** Where to fetch a shared file's bytes; the adapter checks the host before it answers. */
export interface FileLocation {
  readonly url: string;
  readonly headers?: Record<string, string>;
  /** The file's name, when looking it up told us better than the share did. */
  readonly name?: string;
}

export interface Core {
  /** Where time comes from (signature windows, retry waits). */
  readonly clock: Clock;
  /** The person behind a platform user (linked by a platform email on first contact), or what to tell them. */
  identify(user: PlatformUser, hints?: IdentifyHints): Promise<Identified>;
  /** Runs a typed command (`mine`, `done LCRB-12 "note"`) and answers it. */
  handleText(actor: Actor, text: string): Promise<Message>;
  /**
   * Carries out a button press; `form` holds what the form it opened sent back. New action and
   * Edit answer with `outcome.form` to draw; its Submit comes back here with `form.action`.
   */
  applyIntent(actor: Actor, intent: ButtonIntent, form?: FormInput): Promise<UpdateOutcome>;
  /** A free-text reply to a reminder about `ref` ("done, paper circulated") as an update. */
  replyToReminder(actor: Actor, ref: string, text: string): Promise<UpdateOutcome>;
  /** A person's home view: their open actions, and counts for boards they chair or run. */
  home(actor: Actor): Promise<Message>;
  /** Secretariat only: links a platform user to the person `personQuery` names (quotes allowed). */
  linkUser(actor: Actor, user: PlatformUser, personQuery: string): Promise<Message>;
  /** Stores how to reach a known user proactively (a Teams conversation reference). */
  rememberConversation(
    user: PlatformUser,
    personId: PersonId,
    conversationRef: string,
    mayReplace?: (stored: string, incoming: string) => boolean,
  ): Promise<void>;
  /**
   * True the first time an inbound event key is seen (any instance), false on a retry:
   *   if (!(await core.firstDelivery(`slack:event:${body.event_id}`))) return; // already applied
   */
  firstDelivery(key: string): Promise<boolean>;
  /** Forgets a key firstDelivery recorded, when what it named was refused and may come again. */
  forgetDelivery(key: string): Promise<void>;
  /** The action refs a delivered reminder listed (outbox payload), [] if not a reminder. */
  actionRefsForMessage(platform: Platform, messageId: string): Promise<string[]>;
  /**
   * A minutes file shared in chat -> its review, the draft held under `draftId` for the review's
   * buttons. Secretariat only; sender, name and size are refused before `locate` is called.
   */
  receiveMinutes(
    actor: Actor,
    file: SharedFile,
    locate: () => Promise<FileLocation>,
  ): Promise<UploadOutcome>;
  /**
   * A press on a held draft's review: Import (once however often it is pressed), Discard,
   * Accept / Drop a suggestion, Add attendees as members (the board's secretariat only).
   */
  confirmMinutes(actor: Actor, draftId: string, choice: MinutesChoice): Promise<ConfirmOutcome>;
}

export interface CoreOptions {
  /** Signs links to digest documents in chat (see src/digest/links.ts). */
  readonly digestLinks?: DigestLinks;
  /** First contact is logged (person ids, never emails). */
  readonly logger?: Logger;
  /** Sends a chase at once through the service's messengers (src/reminders/send-now.ts). */
  readonly sendNow?: SendNow;
}

/**
 * The one answer for a failure on our side (a bug, the register unreachable), on every platform.
 * It does not say whether anything changed: a write may have been made before the failure.
 */
export function failedOnOurSide(): Message {
  return reply('Sorry, that failed on our side. Try again in a minute.');
}

export function createCore(db: Db, clock: Clock, options: CoreOptions = {}): Core {
  const ctx = { db, clock, ...options };
  const logger = options.logger ?? silentLogger;
  return {
    clock,
    identify: (user, hints) => identify({ db, clock, logger }, user, hints),
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
    // Length and characters of the note are checked in updateAction, as on every other path.
    replyToReminder: (actor, ref, text) => updateAction(ctx, actor, { ref, ...readReply(text) }),
    home: (actor) => homeMessage(ctx, actor),
    linkUser: (actor, user, personQuery) => linkUser(ctx, actor, user, unquote(personQuery)),
    async rememberConversation(user, personId, conversationRef, mayReplace) {
      await linkAccount(db, clock, {
        user,
        personId,
        conversationRef,
        ...(mayReplace ? { mayReplaceRef: mayReplace } : {}),
      });
    },
    firstDelivery: (key) => firstDelivery(db, key, clock.now()),
    forgetDelivery: (key) => forgetDelivery(db, key),
    actionRefsForMessage: (platform, messageId) => actionRefsForMessage(db, platform, messageId),
    async receiveMinutes(actor, file, locate) {
      // Early refusals by sender, name and size, before the bytes are fetched.
      const refused = (await refuseUploader(db, actor)) ?? refuseFile(file.name, file.size);
      if (refused) return { ok: false, message: refused };
      const where = await locate();
      const name = where.name ?? file.name;
      const got = await downloadMinutes(where.url, name, where.headers);
      if (!got.ok) return got;
      return uploadMinutes(db, clock, actor, name, got.bytes, boardFromText(file.text));
    },
    confirmMinutes: (actor, draftId, choice) => confirmMinutes(db, clock, actor, draftId, choice),
  };
}
