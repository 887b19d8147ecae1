/**
 * What Slack sends, turned into calls on the core: the /actions command, button clicks, the
 * "Add update" modal, messages and thread replies in the bot's DMs, and the App Home tab. Bolt
 * routes and acknowledges; payloads are checked with zod (payloads.ts) before use.
 *
 * Retries and replays (the same signed request again inside the 5-minute signature window) are
 * acknowledged and applied once, on whichever instance (core.firstDelivery): events by event_id,
 * clicks and slash commands by trigger_id, form submissions by trigger_id and by view id + hash.
 */
import type { App, webApi } from '@slack/bolt';
import { z } from 'zod';
import { STATUSES, type Status } from '../../src/domain.ts';
import type { Core } from '../../src/core.ts';
import { readReply } from '../../src/commands/reply-status.ts';
import { LINK_USAGE } from '../../src/commands/link.ts';
import { unquote } from '../../src/commands/grammar.ts';
import { safeLogField, type Logger } from '../../src/log.ts';
import type { ButtonIntent, Message } from '../../src/message.ts';
import type { UpdateOutcome } from '../../src/commands/execute.ts';
import { code, reply } from '../../src/message.ts';
import { identify } from './identify.ts';
import { heldNote, refresh } from './in-place.ts';
import { answerAt } from './respond.ts';
import { UPDATE_MODAL_ID, updateModal } from './modal.ts';
import {
  actionBodySchema,
  intentSchema,
  messageEventSchema,
  modalMetaSchema,
  parseJson,
  unescapeSlack,
  type Origin,
} from './payloads.ts';
import { LIMITS, fallbackText, renderBlocks, type SlackBlock } from './render.ts';
import { fileSchema, receiveMinutes, registerMinutesButtons } from './uploads.ts';

type Client = webApi.WebClient;
type ActionBody = z.infer<typeof actionBodySchema>;

export interface InboundDeps {
  readonly core: Core;
  readonly logger: Logger;
  /** Hosts the bot token may be sent to when downloading shared minutes (uploads.ts). */
  readonly fileHosts?: readonly string[];
}

const ephemeral = (message: Message) => ({
  response_type: 'ephemeral' as const,
  text: fallbackText(message),
  blocks: renderBlocks(message),
});

export function registerListeners(app: App, deps: InboundDeps): void {
  const { core, logger } = deps;
  const uploads = { core, logger, fileHosts: deps.fileHosts ?? ['files.slack.com'] };
  registerMinutesButtons(app, uploads);
  const actorOf = (client: Client, teamId: string, userId: string) =>
    identify(core, logger, client, teamId, userId);

  async function publishHome(client: Client, teamId: string, userId: string) {
    const who = await actorOf(client, teamId, userId);
    const message = who.ok ? await core.home(who.actor) : who.message;
    await client.views.publish({
      user_id: userId,
      view: { type: 'home', blocks: renderBlocks(message, LIMITS.viewBlocks) as never },
    });
  }

  /** What `/actions <text>` answers; a failure on our side becomes a polite message. */
  async function commandAnswer(
    client: Client,
    command: { team_id: string; user_id: string; text: string },
  ): Promise<Message> {
    try {
      const who = await actorOf(client, command.team_id, command.user_id);
      if (!who.ok) return who.message;
      const text = command.text.trim();
      if (/^link\b/i.test(text)) {
        // Slack sends a mention as <@U123|name> when the command escapes users (manifest).
        const m = /^link\s+<@([UW][A-Z0-9]+)(?:\|[^>]*)?>\s+(.+)$/is.exec(text);
        return m
          ? await core.linkUser(
              who.actor,
              { platform: 'slack', workspaceId: command.team_id, userId: m[1]! },
              unquote(unescapeSlack(m[2]!)),
            )
          : reply('To link someone, type ', code(`/actions ${LINK_USAGE}`), '.');
      }
      return await core.handleText(who.actor, unescapeSlack(text) || 'help');
    } catch (error) {
      logger.error({ err: error, text: safeLogField(command.text) }, 'Slack command failed');
      return reply('Sorry, that failed on our side. Try again in a minute.');
    }
  }

  app.command('/actions', async ({ command, ack, client }) => {
    await ack();
    // Slack gives every command it sends a new trigger_id; the same one again is a replay.
    if (command.trigger_id && !(await core.firstDelivery(`slack:command:${command.trigger_id}`)))
      return;
    // Delivered apart from the work: a response_url failure must not turn an update that was
    // made into "that failed, try again".
    await answerAt(command.response_url, ephemeral(await commandAnswer(client, command)), logger);
  });

  /** Answers a button press beside the message. Home tab buttons come without a response_url:
   * their answer is the refreshed tab. */
  async function answerPress(b: ActionBody, message: Message): Promise<void> {
    if (b.response_url)
      await answerAt(b.response_url, { ...ephemeral(message), replace_original: false }, logger);
  }

  app.action(/^intent:/, async ({ ack, body, client }) => {
    await ack();
    const parsed = actionBodySchema.safeParse(body);
    const intent = parsed.success
      ? intentSchema.safeParse(parseJson(parsed.data.actions[0]!.value))
      : undefined;
    if (!parsed.success || !intent?.success) {
      logger.warn('Slack button payload not understood');
      return;
    }
    const b = parsed.data;
    const answer = (message: Message) => answerPress(b, message);
    if (!(await core.firstDelivery(`slack:action:${b.trigger_id}`))) return;
    const teamId = b.team?.id ?? b.user.team_id ?? '';
    const origin: Origin = {
      ephemeral: b.container?.is_ephemeral ?? false,
      home: b.view?.type === 'home',
      ...(b.channel ? { channel: b.channel.id } : {}),
      ...(b.message ? { ts: b.message.ts } : {}),
      ...(b.response_url ? { responseUrl: b.response_url } : {}),
    };
    try {
      const who = await actorOf(client, teamId, b.user.id);
      if (!who.ok) return void (await answer(who.message));
      const i = intent.data;
      if (i.kind === 'add_update') {
        await client.views.open({
          trigger_id: b.trigger_id,
          view: updateModal(i, origin) as never,
        });
        return;
      }
      let form: { status: Status | null; note: string | null } | undefined;
      if (i.kind === 'attach_note') {
        const held = await heldNote(client, i.noteKey, b.user.id);
        if (held === undefined) {
          return void (await answer(
            reply(
              'I can no longer read that reply. Type ',
              code(`/actions note ${i.ref} <your note>`),
              ' instead.',
            ),
          ));
        }
        form = readReply(held);
      }
      const outcome = await core.applyIntent(who.actor, i, form);
      // A list's next page is answered beside it, like a card asked for with Open.
      if (i.kind === 'show' || i.kind === 'page') return void (await answer(outcome.reply));
      try {
        await showOutcome(client, b, i, origin, outcome, teamId);
      } catch (error) {
        // The register change stands; say what it was rather than "failed, try again".
        logger.error({ err: error }, 'Slack message refresh after a button failed');
        await answer(outcome.reply);
      }
    } catch (error) {
      logger.error({ err: error }, 'Slack button failed');
      await answer(reply('Sorry, that failed on our side. Try again, or type /actions help.'));
    }
  });

  /** Shows a button's outcome where it was pressed: the card in place, Home, or an answer. */
  async function showOutcome(
    client: Client,
    b: ActionBody,
    i: ButtonIntent,
    origin: Origin,
    outcome: UpdateOutcome,
    teamId: string,
  ): Promise<void> {
    if (i.kind === 'attach_note') {
      // The "which action?" question becomes the answer; the reminder's card is refreshed too.
      await client.chat.update({
        channel: origin.channel!,
        ts: origin.ts!,
        text: fallbackText(outcome.reply),
        blocks: renderBlocks(outcome.reply) as never,
      });
      const [channel, threadTs] = i.noteKey.split(':');
      if (outcome.card)
        await refresh(
          client,
          { channel: channel!, ts: threadTs!, ephemeral: false, home: false },
          outcome.card,
        );
      return;
    }
    if (b.view?.type === 'home') return void (await publishHome(client, teamId, b.user.id));
    if (outcome.card)
      await refresh(client, origin, outcome.card, b.message?.blocks as SlackBlock[]);
    if (!outcome.ok) await answerPress(b, outcome.reply);
  }

  app.view(UPDATE_MODAL_ID, async ({ ack, body, view, client }) => {
    const meta = modalMetaSchema.safeParse(parseJson(view.private_metadata));
    const values = view.state.values as Record<
      string,
      Record<string, { selected_option?: { value?: string } | null; value?: string | null }>
    >;
    const chosen = values.status?.status?.selected_option?.value;
    const status = z.enum(STATUSES).safeParse(chosen);
    const note = values.note?.note?.value ?? null;
    if (!meta.success) {
      await ack({
        response_action: 'errors',
        errors: { note: 'This form has expired. Close it and press Add update again.' },
      });
      return;
    }
    const teamId = body.team?.id ?? body.user.team_id ?? '';
    const who = await actorOf(client, teamId, body.user.id);
    if (!who.ok) {
      await ack({ response_action: 'errors', errors: { note: who.message.summary.slice(0, 300) } });
      return;
    }
    // A replay repeats the trigger_id; a second press of Submit on the same form (a new
    // trigger_id) repeats the view's id and hash. Either is acknowledged and not applied again.
    const trigger = 'trigger_id' in body ? body.trigger_id : undefined;
    const formKey = view.hash ? `slack:view:${view.id}:${view.hash}` : undefined;
    if (
      (trigger && !(await core.firstDelivery(`slack:view:${trigger}`))) ||
      (formKey && !(await core.firstDelivery(formKey)))
    ) {
      await ack();
      return;
    }
    // A refused or failed submission leaves the form open, to be corrected and sent again with
    // the same view hash: that one must be applied.
    const refused = () => (formKey ? core.forgetDelivery(formKey) : Promise.resolve());
    const outcome = await core
      .applyIntent(who.actor, meta.data.intent, {
        status: status.success ? status.data : null,
        // Form values arrive as typed (Slack escapes message text, not inputs).
        note,
      })
      .catch(async (error: unknown) => {
        await refused();
        throw error;
      });
    if (!outcome.ok) {
      await refused();
      const field = outcome.refused === 'note' || !status.success ? 'note' : 'status';
      await ack({
        response_action: 'errors',
        errors: { [field]: outcome.reply.summary.slice(0, 300) },
      });
      return;
    }
    await ack();
    try {
      if (meta.data.origin.home) await publishHome(client, teamId, body.user.id);
      else if (outcome.card) await refresh(client, meta.data.origin, outcome.card);
    } catch (error) {
      logger.error({ err: error }, 'Slack message refresh after the update form failed');
    }
  });

  app.event('app_home_opened', async ({ event, body, client }) => {
    if (event.tab !== 'home') return;
    await publishHome(client, String((body as { team_id?: string }).team_id ?? ''), event.user);
  });

  app.event('message', async ({ event, body, client }) => {
    const parsed = messageEventSchema.safeParse(event);
    if (!parsed.success) return;
    const e = parsed.data;
    // A file shared with the bot in its DM: minutes to import (the message text may name a board).
    if (e.subtype === 'file_share' && e.channel_type === 'im' && !e.bot_id && e.files?.length) {
      const eventId = (body as { event_id?: string }).event_id ?? `${e.channel}:${e.ts}`;
      if (!(await core.firstDelivery(`slack:event:${eventId}`))) return;
      const file = fileSchema.safeParse(e.files[0]);
      if (!file.success) return void logger.warn('Slack shared file not understood');
      const teamId = String((body as { team_id?: string }).team_id ?? '');
      const where = { teamId, userId: e.user, channel: e.channel, text: e.text };
      return void (await receiveMinutes(uploads, client, where, file.data));
    }
    // Only what a person writes to the bot in a DM: not bots, edits, deletions or channels.
    if (e.subtype || e.bot_id || (e.channel_type && e.channel_type !== 'im')) return;
    const eventId = (body as { event_id?: string }).event_id ?? `${e.channel}:${e.ts}`;
    if (!(await core.firstDelivery(`slack:event:${eventId}`))) return;
    const inThread = e.thread_ts !== undefined && e.thread_ts !== e.ts;
    const refs = inThread
      ? await core.actionRefsForMessage('slack', `${e.channel}:${e.thread_ts}`)
      : [];
    // A thread under anything but a reminder is conversation, not an update.
    if (inThread && refs.length === 0) return;
    const say = (message: Message) =>
      client.chat.postMessage({
        channel: e.channel,
        ...(inThread ? { thread_ts: e.thread_ts! } : {}),
        text: fallbackText(message),
        blocks: renderBlocks(message) as never,
      });
    const teamId = String((body as { team_id?: string }).team_id ?? '');
    const who = await actorOf(client, teamId, e.user);
    if (!who.ok) return void (await say(who.message));
    // A top-level DM is a command, as in the local chat: "mine", "done LCRB-12".
    if (!inThread) return void (await say(await core.handleText(who.actor, unescapeSlack(e.text))));
    // Length and characters are checked by the core, with the same reply as every other path.
    const update = readReply(unescapeSlack(e.text));
    if (update.status === null && update.note === null) return;
    if (refs.length > 1) {
      const noteKey = `${e.channel}:${e.thread_ts}:${e.ts}`;
      await say({
        summary: 'Which action is your reply about?',
        blocks: [
          { kind: 'paragraph', spans: ['Which action is your reply about?'] },
          {
            kind: 'buttons',
            buttons: refs.map((ref) => ({
              label: ref,
              intent: { kind: 'attach_note', ref, noteKey },
            })),
          },
        ],
      });
      return;
    }
    const outcome = await core.updateAction(who.actor, { ref: refs[0]!, ...update });
    await say(outcome.ok ? reply(outcome.reply.summary) : outcome.reply);
    if (outcome.ok && outcome.card) {
      await refresh(
        client,
        { channel: e.channel, ts: e.thread_ts, ephemeral: false, home: false },
        outcome.card,
      );
    }
  });
}
