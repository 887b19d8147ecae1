/**
 * Teams activities to core calls. A message (personal chat, or an @mention elsewhere) runs the
 * typed command; an Action.Execute press applies its ButtonIntent and answers with the refreshed
 * card, which Teams shows in place of the one pressed; an install stores the conversation
 * reference and says hello. Redelivered activities are recognised by id and not applied twice.
 */
import type { App } from '@microsoft/teams.apps';
import type { Client as ApiClient } from '@microsoft/teams.api';
import type { Core } from '../../src/core.ts';
import type { PlatformUser } from '../../src/ports.ts';
import type { Actor } from '../../src/access.ts';
import type { Person } from '../../src/domain.ts';
import { safeLogField, type Logger } from '../../src/log.ts';
import { z } from 'zod';
import { code, context, reply, type Message } from '../../src/message.ts';
import type { Clock } from '../../src/ports.ts';
import {
  activitySchema,
  cardActionSchema,
  commandText,
  intentSchema,
  isPersonal,
  mentionsBot,
  personalRef,
  platformUser,
  type InboundActivity,
} from './activity.ts';
import { mayReplaceRef, stringifyConversationRef } from './conversation-ref.ts';
import { failedDelivery } from './delivery.ts';
import { isLinkCommand, linkFromTeams, TEAMS_LINK_USAGE } from './link.ts';
import { rosterMember } from './roster.ts';
import { teamsActivity } from './messenger.ts';
import { INTENT_VERB, noteInputId, renderCard } from './render.ts';
import { fileAttachment, MINUTES_VERB, minutesPressSchema, receiveMinutes } from './uploads.ts';

export interface InboundDeps {
  readonly core: Core;
  readonly logger: Logger;
  readonly clock: Clock;
  /** Waits before a throttled reply is retried; tests pass one that returns at once. */
  readonly sleep: (ms: number) => Promise<void>;
  /** Hosts besides SharePoint that shared files may be fetched from (uploads.ts). */
  readonly fileHosts?: readonly string[];
}

/** Replies are retried this often, and never wait longer than this in all, on 429/5xx. */
const REPLY_ATTEMPTS = 4;
const REPLY_WAIT_CAP_MS = 10_000;

type Who = { ok: true; actor: Actor } | { ok: false; message: Message };

export function registerTeamsHandlers(app: App, deps: InboundDeps): void {
  const { core, logger } = deps;

  /** The person behind an activity, linking them by roster email on first contact. */
  async function whoIs(a: InboundActivity, api: ApiClient): Promise<Who> {
    const user = platformUser(a);
    if (!user)
      return {
        ok: false,
        message: reply(
          'Teams did not say which organisation account you are using, so I cannot find you in the register. Write to me from your work account.',
        ),
      };
    const ref = personalRef(a);
    const refJson = ref ? stringifyConversationRef(ref) : null;
    const known = await core.identify(user, 'teams');
    if (known) {
      if (refJson) await core.rememberConversation(user, known.person.id, refJson, mayReplaceRef);
      return { ok: true, actor: known };
    }
    let person: Person | undefined;
    for (const address of await rosterAddresses(api, a)) {
      person = await core.linkByEmail(user, address, refJson);
      if (person) break;
    }
    if (person) {
      logger.info({ personId: person.id, tenant: user.workspaceId }, 'teams user linked by email');
      return { ok: true, actor: await core.actorFor(person, 'teams') };
    }
    return { ok: false, message: await unknownUser(user) };
  }

  async function rosterAddresses(api: ApiClient, a: InboundActivity): Promise<string[]> {
    try {
      return [...(await rosterMember(api, a, a.from.id)).addresses];
    } catch (error) {
      logger.warn({ err: describeError(error) }, 'teams roster lookup failed');
      return [];
    }
  }

  async function unknownUser(user: PlatformUser): Promise<Message> {
    const names = await core.whoCanLink();
    const whom = names.length
      ? `Ask ${names.slice(0, 5).join(', ')}${names.length > 5 ? ' or another board secretariat' : ''}`
      : 'Ask your board secretariat';
    logger.info({ tenant: user.workspaceId }, 'unknown teams user');
    return reply(
      'Your Teams account is not linked to anyone in the action register, and your work email did not match anyone there. ',
      `${whom} to link you: in a channel you both belong to they type `,
      code(TEAMS_LINK_USAGE.replace('@Tim Godwin "Tim Godwin"', '@you "Your Name"')),
      '. Or they can record the email your Teams account uses against your name; then type ',
      code('help'),
      ' here again.',
    );
  }

  /** Sends a reply where the activity came from, honouring the connector's Retry-After. */
  async function answer(
    api: ApiClient,
    a: InboundActivity,
    message: Message,
    activity: ReturnType<typeof teamsActivity> = teamsActivity(message),
  ): Promise<void> {
    let waited = 0;
    for (let attempt = 1; ; attempt += 1) {
      try {
        if (!isPersonal(a) && a.id)
          await api.conversations.replyToActivity(a.conversation.id, a.id, activity);
        else await api.conversations.createActivity(a.conversation.id, activity);
        return;
      } catch (error) {
        const failed = failedDelivery(error, deps.clock.now());
        const wait = Math.max(failed.retryAfterMs ?? 0, 0) || 500 * attempt;
        if (failed.permanent || attempt >= REPLY_ATTEMPTS || waited + wait > REPLY_WAIT_CAP_MS) {
          logger.error(
            { reason: failed.reason, summary: safeLogField(message.summary) },
            'teams reply not delivered',
          );
          return;
        }
        waited += wait;
        await deps.sleep(wait);
      }
    }
  }

  async function firstTime(a: InboundActivity): Promise<boolean> {
    // Activities without an id cannot be recognised again; they are applied as they come. An id
    // is unique within its conversation only, so the conversation is part of the key.
    return !a.id || core.firstDelivery(`teams:activity:${a.conversation.id}:${a.id}`);
  }

  app.on('message', async (ctx) => {
    const parsed = activitySchema.safeParse(ctx.activity);
    if (!parsed.success) return void logger.warn('teams message with an unexpected shape');
    const a = parsed.data;
    if (!isPersonal(a) && !mentionsBot(a)) return;
    if (!(await firstTime(a))) return;
    const text = commandText(a.text);
    const file = isPersonal(a) ? fileAttachment(a.attachments) : undefined;
    let message: Message;
    try {
      const who = await whoIs(a, ctx.api);
      // Minutes sent in personal chat: answered with the review card (or what to send instead).
      if (who.ok && file) {
        const review = await receiveMinutes(core, who.actor, file, text, deps.fileHosts ?? []);
        if ('blocks' in review) return void (await answer(ctx.api, a, review));
        return void (await answer(ctx.api, a, reply(review.summary), review));
      }
      if (who.ok)
        logger.debug({ personId: who.actor.person.id, text: safeLogField(text) }, 'teams command');
      // The activity is already marked as seen, so a failure is answered, never left to a retry.
      message = !who.ok
        ? who.message
        : isLinkCommand(text)
          ? await linkFromTeams(core, ctx.api, a, who.actor, text)
          : await core.handleText(who.actor, text || 'help');
    } catch (error) {
      logger.error({ err: error }, 'teams command failed');
      message = reply(
        'Sorry, that failed on our side and nothing was changed. Try again in a minute.',
      );
    }
    await answer(ctx.api, a, message);
  });

  app.on('card.action', async (ctx) => {
    const parsed = activitySchema.safeParse(ctx.activity);
    const value = cardActionSchema.safeParse((ctx.activity as { value?: unknown }).value);
    const cardReply = (message: Message) => ({
      statusCode: 200 as const,
      type: 'application/vnd.microsoft.card.adaptive' as const,
      value: renderCard(message) as never,
    });
    if (parsed.success && value.success && value.data.action.verb === MINUTES_VERB) {
      const press = minutesPressSchema.safeParse(value.data.action.data);
      if (!press.success)
        return cardReply(reply('That card is out of date. Send me the minutes file again.'));
      if (!(await firstTime(parsed.data)))
        return cardReply(reply('Already done. Send me the minutes file again to start over.'));
      try {
        const who = await whoIs(parsed.data, ctx.api);
        if (!who.ok) return cardReply(who.message);
        const { draftId, choice } = press.data;
        return cardReply(reply((await core.confirmMinutes(who.actor, draftId, choice)).message));
      } catch (error) {
        logger.error({ err: error }, 'teams minutes import failed');
        return cardReply(reply('Sorry, that failed on our side. Press the button again.'));
      }
    }
    if (!parsed.success || !value.success || value.data.action.verb !== INTENT_VERB)
      return cardReply(reply('That button is not one of mine. Type ', code('mine'), ' instead.'));
    const a = parsed.data;
    const intent = intentSchema.safeParse(value.data.action.data.intent);
    if (!intent.success)
      return cardReply(reply('That card is out of date. Type ', code('mine'), ' for a fresh one.'));
    const pressed = intent.data;
    // A list's Next button: the card becomes the next page, read afresh for whoever pressed.
    if (pressed.kind === 'page') {
      try {
        const who = await whoIs(a, ctx.api);
        if (!who.ok) return cardReply(who.message);
        return cardReply((await core.applyIntent(who.actor, pressed)).reply);
      } catch (error) {
        logger.error({ err: error }, 'teams next page failed');
        return cardReply(reply('Sorry, that failed on our side. Press the button again.'));
      }
    }
    if (!(await firstTime(a)))
      return cardReply(reply('Already done. Type ', code(`show ${pressed.ref}`), ' to check.'));
    const rawNote = value.data.action.data[noteInputId(pressed.ref)];
    const note = typeof rawNote === 'string' && rawNote.trim() ? rawNote.trim() : null;
    try {
      const who = await whoIs(a, ctx.api);
      if (!who.ok) return cardReply(who.message);
      const outcome = await core.applyIntent(who.actor, pressed, { note });
      return cardReply(withOthers(outcome.reply, value.data.action.data.others));
    } catch (error) {
      logger.error({ err: error }, 'teams card action failed');
      return cardReply(
        reply('Sorry, that failed on our side and nothing was changed. Press the button again.'),
      );
    }
  });

  /**
   * Teams announces an install twice: conversationUpdate (the bot joined) and installationUpdate.
   * The first only records how to reach the person; the second says hello, so it is said once.
   */
  app.on('conversationUpdate', async (ctx) => {
    const parsed = activitySchema.safeParse(ctx.activity);
    if (!parsed.success) return;
    const a = parsed.data;
    const botAdded = (a.membersAdded ?? []).some((m) => m.id === a.recipient.id);
    if (!botAdded || !isPersonal(a) || !(await firstTime(a))) return;
    await whoIs(a, ctx.api);
  });

  app.on('installationUpdate', async (ctx) => {
    const parsed = activitySchema.safeParse(ctx.activity);
    if (!parsed.success) return;
    const a = parsed.data;
    if ((a.action && !a.action.startsWith('add')) || !(await firstTime(a))) return;
    if (!isPersonal(a)) {
      // A team or group chat: the secretariat needs this id to send a board's digest here.
      return answer(
        ctx.api,
        a,
        reply(
          'Matters Arising is here. Mention me with ',
          code('help'),
          ' to see what I can do. This channel’s id, for a board’s digest settings: ',
          code(a.conversation.id),
          '.',
        ),
      );
    }
    const who = await whoIs(a, ctx.api);
    if (!who.ok) return answer(ctx.api, a, who.message);
    await answer(
      ctx.api,
      a,
      reply(
        `Hello ${who.actor.person.name}. I will remind you of your board actions before each meeting. Type `,
        code('mine'),
        ' to see them now, or ',
        code('help'),
        '.',
      ),
    );
  });
}

/** The refs the pressed card also showed, which its replacement no longer does. */
function withOthers(message: Message, others: unknown): Message {
  const refs = z.array(z.string().max(40)).max(30).safeParse(others);
  if (!refs.success || refs.data.length === 0) return message;
  return {
    ...message,
    blocks: [
      ...message.blocks,
      context(
        `Also on the card you pressed: ${refs.data.join(', ')}. Type `,
        code('mine'),
        ' to see them again with their buttons.',
      ),
    ],
  };
}

function describeError(error: unknown): string {
  const status = (error as { response?: { status?: number } }).response?.status;
  return status ? `HTTP ${status}` : error instanceof Error ? error.message : String(error);
}
