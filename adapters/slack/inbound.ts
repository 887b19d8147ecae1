/**
 * What Slack sends, turned into calls on the core: the /actions command, button clicks, the
 * "Add update" modal, replies in a reminder's thread, and the App Home tab. Bolt routes and
 * acknowledges; every payload field we rely on is checked with zod first.
 *
 * Longer than most modules (about 330 lines) because the five entry points share the same
 * identify -> act -> refresh-in-place steps, and splitting them apart would scatter that flow.
 */
import type { App } from '@slack/bolt';
import type { webApi } from '@slack/bolt';
import { z } from 'zod';
import { STATUSES, STATUS_LABELS, type Status } from '../../src/domain.ts';
import type { Core } from '../../src/core.ts';
import type { Actor } from '../../src/commands/permissions.ts';
import { readReply } from '../../src/commands/reply-status.ts';
import { LINK_USAGE } from '../../src/commands/link.ts';
import { unquote } from '../../src/commands/grammar.ts';
import { safeLogField, type Logger } from '../../src/log.ts';
import type { ActionCard, ButtonIntent, Message } from '../../src/message.ts';
import { code, reply } from '../../src/message.ts';
import {
  LIMITS,
  cardBlockPrefix,
  fallbackText,
  renderBlocks,
  renderCard,
  type SlackBlock,
} from './render.ts';

type Client = webApi.WebClient;

export interface InboundDeps {
  readonly core: Core;
  readonly logger: Logger;
}

const intentSchema: z.ZodType<ButtonIntent> = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('set_status'),
    ref: z.string(),
    status: z.enum(STATUSES),
    version: z.number().int(),
  }),
  z.object({ kind: z.literal('add_update'), ref: z.string(), version: z.number().int() }),
  z.object({ kind: z.literal('show'), ref: z.string() }),
  z.object({ kind: z.literal('attach_note'), ref: z.string(), noteKey: z.string() }),
]);

/** Where a clicked message lives, so it can be refreshed in place. */
const originSchema = z.object({
  channel: z.string().optional(),
  ts: z.string().optional(),
  ephemeral: z.boolean().default(false),
  /** Clicked on the App Home tab: refreshed by publishing the tab again. */
  home: z.boolean().default(false),
  responseUrl: z.string().optional(),
});
type Origin = z.infer<typeof originSchema>;

const modalMetaSchema = z.object({ intent: intentSchema, origin: originSchema });

const actionBodySchema = z.object({
  user: z.object({ id: z.string(), team_id: z.string().optional() }),
  team: z.object({ id: z.string() }).nullish(),
  trigger_id: z.string(),
  response_url: z.string().optional(),
  channel: z.object({ id: z.string() }).optional(),
  container: z.object({ type: z.string(), is_ephemeral: z.boolean().optional() }).optional(),
  message: z.object({ ts: z.string(), blocks: z.array(z.any()).optional() }).optional(),
  view: z.object({ type: z.string() }).optional(),
  actions: z.array(z.object({ value: z.string().optional() })).min(1),
});

const messageEventSchema = z.object({
  channel: z.string(),
  channel_type: z.string().optional(),
  user: z.string(),
  text: z.string().default(''),
  ts: z.string(),
  thread_ts: z.string().optional(),
  subtype: z.string().optional(),
  bot_id: z.string().optional(),
});

/** Slack escapes & < > in the text people type; the register stores what they meant. */
export function unescapeSlack(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

const ephemeral = (message: Message) => ({
  response_type: 'ephemeral' as const,
  text: fallbackText(message),
  blocks: renderBlocks(message),
});

/** Replaces one action's card in a message's blocks and keeps the rest. */
export function replaceCard(blocks: readonly SlackBlock[], card: ActionCard): SlackBlock[] {
  const prefix = cardBlockPrefix(card.ref);
  const out: SlackBlock[] = [];
  let placed = false;
  for (const b of blocks) {
    if (typeof b.block_id === 'string' && b.block_id.startsWith(prefix)) {
      if (!placed) out.push(...renderCard(card));
      placed = true;
    } else out.push(b);
  }
  return placed ? out : [...out, ...renderCard(card)];
}

export function registerListeners(app: App, deps: InboundDeps): void {
  const { core, logger } = deps;

  /** The person behind a Slack user; on first contact, linked by the email Slack holds. */
  async function actorOf(
    client: Client,
    teamId: string,
    userId: string,
  ): Promise<{ ok: true; actor: Actor } | { ok: false; message: Message }> {
    const user = { platform: 'slack' as const, workspaceId: teamId, userId };
    const known = await core.identify(user, 'slack');
    if (known) return { ok: true, actor: known };
    let email: string | undefined;
    try {
      const info = await client.users.info({ user: userId });
      email = info.user?.profile?.email ?? undefined;
    } catch (error) {
      logger.warn({ err: error, userId }, 'users.info failed for an unknown Slack user');
    }
    const person = email ? await core.linkByEmail(user, email, null) : undefined;
    if (person) {
      logger.info({ personId: person.id, userId }, 'Slack user linked by email');
      return { ok: true, actor: await core.actorFor(person, 'slack') };
    }
    const names = await core.whoCanLink();
    return {
      ok: false,
      message: reply(
        "I don't know you yet: your Slack account is not linked to anyone in the actions register. Ask ",
        names.length ? names.join(', ') : 'your board secretariat',
        ' to link you by typing ',
        code(`/actions link @you "Your Full Name"`),
        ', or to add your Slack email to the register.',
      ),
    };
  }

  /** Shows a card's new state where it was clicked: the message, its ephemeral twin, or Home. */
  async function refresh(client: Client, origin: Origin, card: ActionCard, blocks?: SlackBlock[]) {
    if (origin.ephemeral || !origin.channel || !origin.ts) {
      if (!origin.responseUrl) return;
      const updated = replaceCard(blocks ?? [], card);
      await postToResponseUrl(origin.responseUrl, {
        replace_original: true,
        text: `${card.ref}: ${STATUS_LABELS[card.status]}`,
        blocks: updated.slice(0, LIMITS.messageBlocks),
      });
      return;
    }
    let current = blocks;
    if (!current) {
      // The modal and thread paths do not carry the message: read it back (im:history).
      const history = await client.conversations.history({
        channel: origin.channel,
        latest: origin.ts,
        oldest: origin.ts,
        inclusive: true,
        limit: 1,
      });
      current = (history.messages?.[0]?.blocks as SlackBlock[] | undefined) ?? [];
    }
    await client.chat.update({
      channel: origin.channel,
      ts: origin.ts,
      text: `${card.ref}: ${STATUS_LABELS[card.status]}`,
      blocks: replaceCard(current, card).slice(0, LIMITS.messageBlocks) as never,
    });
  }

  async function publishHome(client: Client, teamId: string, userId: string) {
    const who = await actorOf(client, teamId, userId);
    const message = who.ok ? await core.home(who.actor) : who.message;
    await client.views.publish({
      user_id: userId,
      view: { type: 'home', blocks: renderBlocks(message, LIMITS.viewBlocks) as never },
    });
  }

  app.command('/actions', async ({ command, ack, respond, client }) => {
    await ack();
    try {
      const who = await actorOf(client, command.team_id, command.user_id);
      if (!who.ok) return void (await respond(ephemeral(who.message)));
      const text = command.text.trim();
      let message: Message;
      if (/^link\b/i.test(text)) {
        // Slack sends a mention as <@U123|name> when the command escapes users (manifest).
        const m = /^link\s+<@([UW][A-Z0-9]+)(?:\|[^>]*)?>\s+(.+)$/is.exec(text);
        message = m
          ? await core.linkUser(
              who.actor,
              { platform: 'slack', workspaceId: command.team_id, userId: m[1]! },
              unquote(unescapeSlack(m[2]!)),
            )
          : reply('To link someone, type ', code(`/actions ${LINK_USAGE}`), '.');
      } else {
        message = await core.handleText(who.actor, unescapeSlack(text) || 'help');
      }
      await respond(ephemeral(message));
    } catch (error) {
      logger.error({ err: error, text: safeLogField(command.text) }, 'Slack command failed');
      await respond(ephemeral(reply('Sorry, that failed on our side. Try again in a minute.')));
    }
  });

  app.action(/^intent:/, async ({ ack, body, client, respond }) => {
    await ack();
    const parsed = actionBodySchema.safeParse(body);
    const intent = parsed.success
      ? intentSchema.safeParse(JSON.parse(parsed.data.actions[0]!.value ?? 'null'))
      : undefined;
    if (!parsed.success || !intent?.success) {
      logger.warn('Slack button payload not understood');
      return;
    }
    const b = parsed.data;
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
      if (!who.ok) return void (await respond(ephemeral(who.message)));
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
          return void (await respond({
            ...ephemeral(
              reply(
                'I can no longer read that reply. Type ',
                code(`/actions note ${i.ref} <your note>`),
                ' instead.',
              ),
            ),
            replace_original: false,
          }));
        }
        form = readReply(held);
      }
      const outcome = await core.applyIntent(who.actor, i, form);
      if (i.kind === 'show')
        return void (await respond({ ...ephemeral(outcome.reply), replace_original: false }));
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
      if (!outcome.ok) await respond({ ...ephemeral(outcome.reply), replace_original: false });
    } catch (error) {
      logger.error({ err: error }, 'Slack button failed');
      await respond({
        ...ephemeral(reply('Sorry, that failed on our side. Try again, or type /actions help.')),
        replace_original: false,
      });
    }
  });

  app.view('add_update', async ({ ack, body, view, client }) => {
    const meta = modalMetaSchema.safeParse(JSON.parse(view.private_metadata || 'null'));
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
    const outcome = await core.applyIntent(who.actor, meta.data.intent, {
      status: status.success ? status.data : null,
      note: note ? unescapeSlack(note) : null,
    });
    if (!outcome.ok) {
      const field = status.success ? 'status' : 'note';
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

/**
 * The note a "which action?" button attaches. It is held by Slack itself (the person's own reply,
 * read back with conversations.replies) rather than copied into our database or the button:
 * nothing to expire or clean up, and a 2,000-character note would not fit in a button value.
 */
async function heldNote(
  client: Client,
  noteKey: string,
  userId: string,
): Promise<string | undefined> {
  const [channel, threadTs, ts] = noteKey.split(':');
  if (!channel || !threadTs || !ts) return undefined;
  const replies = await client.conversations.replies({
    channel,
    ts: threadTs,
    oldest: ts,
    latest: ts,
    inclusive: true,
    limit: 10,
  });
  const found = replies.messages?.find((m) => m.ts === ts && m.user === userId);
  return found?.text === undefined ? undefined : unescapeSlack(found.text);
}

async function postToResponseUrl(url: string, body: unknown): Promise<void> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`response_url answered ${res.status}`);
}

/** The "Add update" modal: a status (optional) and a note (optional), one at least. */
function updateModal(intent: Extract<ButtonIntent, { kind: 'add_update' }>, origin: Origin) {
  const option = (s: Status) => ({
    text: { type: 'plain_text', text: STATUS_LABELS[s] },
    value: s,
  });
  return {
    type: 'modal',
    callback_id: 'add_update',
    private_metadata: JSON.stringify({ intent, origin }),
    title: { type: 'plain_text', text: `Update ${intent.ref}`.slice(0, 24) },
    submit: { type: 'plain_text', text: 'Save' },
    close: { type: 'plain_text', text: 'Cancel' },
    blocks: [
      {
        type: 'input',
        block_id: 'status',
        optional: true,
        label: { type: 'plain_text', text: 'Status (leave empty to keep it)' },
        element: {
          type: 'static_select',
          action_id: 'status',
          placeholder: { type: 'plain_text', text: 'Keep the current status' },
          options: (['in_progress', 'complete', 'open', 'dropped', 'closed'] as const).map(option),
        },
      },
      {
        type: 'input',
        block_id: 'note',
        optional: true,
        label: { type: 'plain_text', text: 'Note for the board' },
        element: { type: 'plain_text_input', action_id: 'note', multiline: true, max_length: 2000 },
      },
    ],
  };
}
