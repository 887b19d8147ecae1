/**
 * A press of one of our buttons (action_id `intent:...`): the button's value is its ButtonIntent,
 * checked with zod. Each kind has its handler: Add update opens the form, a "which action?"
 * button attaches the reply it asked about, Next turns the list into its next page in place, the
 * rest go to the core and show their outcome where they were pressed (the card in place, the
 * Home tab, or an answer beside it).
 */
import type { ModalView } from '@slack/types';
import type { Actor, UpdateOutcome } from '../../src/core.ts';
import { failedOnOurSide } from '../../src/core.ts';
import type { ButtonIntent, Message } from '../../src/message.ts';
import { code, reply } from '../../src/message.ts';
import { teamOf, whoIs, type Client, type SlackDeps } from './context.ts';
import { heldNote, refresh } from './in-place.ts';
import { updateModal } from './modal.ts';
import { openActionForm } from './on-action-form.ts';
import {
  actionBodySchema,
  intentSchema,
  parseJson,
  type ActionBody,
  type Origin,
} from './payloads.ts';
import { LIMITS, fallbackText, renderBlocks, type SlackBlock } from './render.ts';
import { answerAt, ephemeral, publishHome } from './respond.ts';

/** One press, as the handlers of each kind see it. */
interface Press {
  readonly deps: SlackDeps;
  readonly client: Client;
  readonly body: ActionBody;
  readonly teamId: string;
  readonly origin: Origin;
  readonly actor: Actor;
}

export async function onButton(deps: SlackDeps, client: Client, body: unknown): Promise<void> {
  const parsed = actionBodySchema.safeParse(body);
  const intent = parsed.success
    ? intentSchema.safeParse(parseJson(parsed.data.actions[0]!.value))
    : undefined;
  if (!parsed.success || !intent?.success)
    return void deps.logger.warn('Slack button payload not understood');
  const b = parsed.data;
  if (!(await deps.core.firstDelivery(`slack:action:${b.trigger_id}`))) return;
  const teamId = teamOf(b);
  const origin: Origin = {
    ephemeral: b.container?.is_ephemeral ?? false,
    home: b.view?.type === 'home',
    ...(b.channel ? { channel: b.channel.id } : {}),
    ...(b.message ? { ts: b.message.ts } : {}),
    ...(b.response_url ? { responseUrl: b.response_url } : {}),
  };
  try {
    const who = await whoIs(deps, client, teamId, b.user.id);
    if (!who.ok) return void (await answerPress(deps, b, who.message));
    const press: Press = { deps, client, body: b, teamId, origin, actor: who.actor };
    const i = intent.data;
    if (i.kind === 'add_update') return await openUpdateForm(press, i);
    if (i.kind === 'attach_note') return await attachHeldNote(press, i);
    if (i.kind === 'outstanding') return await showOutstanding(press, i);
    if (i.kind === 'new_action' || i.kind === 'edit_action')
      return await openActionForm(deps, client, b, origin, who.actor, i);
    return await pressed(press, i);
  } catch (error) {
    deps.logger.error({ err: error }, 'Slack button failed');
    await answerPress(deps, b, failedOnOurSide());
  }
}

/** Add update: the form, which carries the intent and where it was pressed (on-update-form.ts). */
async function openUpdateForm(
  p: Press,
  i: Extract<ButtonIntent, { kind: 'add_update' }>,
): Promise<void> {
  await p.client.views.open({
    trigger_id: p.body.trigger_id,
    view: updateModal(i, p.origin),
  });
}

/** "Which action is your reply about?": the reply, read back from Slack, becomes that update. */
async function attachHeldNote(
  p: Press,
  i: Extract<ButtonIntent, { kind: 'attach_note' }>,
): Promise<void> {
  const held = await heldNote(p.client, i.noteKey, p.body.user.id);
  if (held === undefined) {
    const hint = reply(
      'I can no longer read that reply. Type ',
      code(`/actions note ${i.ref} <your note>`),
      ' instead.',
    );
    return answerPress(p.deps, p.body, hint);
  }
  const outcome = await p.deps.core.replyToReminder(p.actor, i.ref, held);
  await shown(p, outcome, async () => {
    // The question becomes the answer; the reminder's card is refreshed too.
    await p.client.chat.update({
      channel: p.origin.channel!,
      ts: p.origin.ts!,
      text: fallbackText(outcome.reply),
      blocks: renderBlocks(outcome.reply),
    });
    const [channel, threadTs] = i.noteKey.split(':');
    const reminder = { channel: channel!, ts: threadTs!, ephemeral: false, home: false };
    if (outcome.card) await refresh(p.client, reminder, outcome.card);
  });
}

/**
 * A board's outstanding list from the Home tab: a Home press has no response_url to answer at,
 * so the list opens as a modal over the tab (up to 100 blocks); elsewhere it is answered beside.
 */
async function showOutstanding(
  p: Press,
  i: Extract<ButtonIntent, { kind: 'outstanding' }>,
): Promise<void> {
  const outcome = await p.deps.core.applyIntent(p.actor, i);
  if (!p.origin.home) return answerPress(p.deps, p.body, outcome.reply);
  await p.client.views.open({
    trigger_id: p.body.trigger_id,
    view: listModal('Outstanding', outcome.reply),
  });
}

const listModal = (title: string, message: Message): ModalView => ({
  type: 'modal',
  title: { type: 'plain_text', text: title },
  close: { type: 'plain_text', text: 'Close' },
  blocks: renderBlocks(message, LIMITS.viewBlocks),
});

/**
 * Next or Open pressed in that modal: a modal has no response_url to answer at, so Next turns
 * it into the next page and Open pushes the action's card over it.
 */
async function inModal(
  p: Press,
  i: Extract<ButtonIntent, { kind: 'show' | 'page' }>,
  message: Message,
): Promise<void> {
  const viewId = p.body.view?.id;
  if (i.kind === 'page' && viewId)
    return void (await p.client.views.update({
      view_id: viewId,
      view: listModal('Outstanding', message),
    }));
  await p.client.views.push({
    trigger_id: p.body.trigger_id,
    view: listModal(i.kind === 'show' ? i.ref : 'Outstanding', message),
  });
}

/** Set status, Show or Next: the core's outcome, shown where the button was. */
async function pressed(
  p: Press,
  i: Extract<ButtonIntent, { kind: 'set_status' | 'show' | 'page' }>,
): Promise<void> {
  const outcome = await p.deps.core.applyIntent(p.actor, i);
  if (i.kind === 'page') return turnPage(p, i, outcome.reply);
  // A card asked for with Open is answered beside the list.
  if (i.kind === 'show') {
    if (p.body.view?.type === 'modal') return inModal(p, i, outcome.reply);
    return answerPress(p.deps, p.body, outcome.reply);
  }
  await shown(p, outcome, async () => {
    if (p.origin.home) return publishHome(p.deps, p.client, p.teamId, p.body.user.id);
    if (outcome.card)
      await refresh(p.client, p.origin, outcome.card, p.body.message?.blocks as SlackBlock[]);
    if (!outcome.ok) await answerPress(p.deps, p.body, outcome.reply);
  });
}

/**
 * Next: the list becomes its next page where it is, read for whoever pressed (the core checked
 * what they may see): a modal or the Home tab is updated, a message replaced at its
 * response_url. Only a message no one else sees is replaced (an ephemeral answer, a DM with the
 * bot): in a shared channel the presser's page would show everyone what only they may see, so
 * it is answered beside, to them alone.
 */
async function turnPage(
  p: Press,
  i: Extract<ButtonIntent, { kind: 'page' }>,
  message: Message,
): Promise<void> {
  const view = p.body.view;
  if (view?.type === 'modal') return inModal(p, i, message);
  if (view?.type === 'home' && view.id)
    return void (await p.client.views.update({
      view_id: view.id,
      view: { type: 'home', blocks: renderBlocks(message, LIMITS.viewBlocks) },
    }));
  const privateToPresser = p.origin.ephemeral || p.origin.channel?.startsWith('D') === true;
  if (!p.body.response_url || !privateToPresser) return answerPress(p.deps, p.body, message);
  await answerAt(
    p.body.response_url,
    { replace_original: true, text: fallbackText(message), blocks: renderBlocks(message) },
    p.deps.logger,
  );
}

/** Runs `show`; if showing fails, the change stands, so the answer says what it was. */
async function shown(p: Press, outcome: UpdateOutcome, show: () => Promise<void>): Promise<void> {
  try {
    await show();
  } catch (error) {
    p.deps.logger.error({ err: error }, 'Slack message refresh after a button failed');
    await answerPress(p.deps, p.body, outcome.reply);
  }
}

/** Answers beside the pressed message. Home tab buttons come without a response_url: their
 * answer is the refreshed tab. */
async function answerPress(deps: SlackDeps, b: ActionBody, message: Message): Promise<void> {
  if (b.response_url)
    await answerAt(b.response_url, { ...ephemeral(message), replace_original: false }, deps.logger);
}
