/**
 * The secretariat's add and edit form in Slack. New action or Edit pressed: the core answers with
 * the form (or a refusal), opened as a modal with the press's trigger_id (render-form.ts).
 * Submitted (view_submission, callback `action_form`): the values are read from the view's state,
 * checked with zod, and applied with the form's intent. A refusal keeps the modal open with the
 * reason under its field (`response_action: errors`); success closes it, refreshes the card the
 * Edit was pressed on, and tells the user what was saved.
 *
 * As with the update form, a replayed submission (same trigger_id) or a second press of Submit
 * (same view id and hash) is acknowledged and not applied again.
 */
import type { SlackViewAction, SlackViewMiddlewareArgs, ViewOutput } from '@slack/bolt';
import type { ModalView } from '@slack/types';
import { z } from 'zod';
import type { Actor, UpdateOutcome } from '../../src/core.ts';
import { actionFormValuesSchema, failedOnOurSide } from '../../src/core.ts';
import type { ActionFormValues, FormIntent, Message } from '../../src/message.ts';
import {
  ACTION_MODAL_ID,
  DUE_DATE_BLOCK,
  FIELD_BLOCKS,
  RESTRICTED_VALUE,
  actionModal,
} from './render-form.ts';
import { claimSubmission, teamOf, whoIs, type Client, type SlackDeps } from './context.ts';
import { refresh } from './in-place.ts';
import { intentSchema, originSchema, parseJson, type Origin } from './payloads.ts';
import { LIMITS, renderBlocks } from './render.ts';
import { answerAt, ephemeral, publishHome, say } from './respond.ts';

export { ACTION_MODAL_ID };

const formIntentSchema = intentSchema.refine(
  (i): i is FormIntent => i.kind === 'new_action' || i.kind === 'edit_action',
);
const metaSchema = z.object({ intent: formIntentSchema, origin: originSchema });

/** New action or Edit pressed: the form as a modal, or the refusal where it was pressed. */
export async function openActionForm(
  deps: SlackDeps,
  client: Client,
  press: {
    readonly trigger_id: string;
    readonly response_url?: string | undefined;
    readonly view?: { readonly type: string } | undefined;
  },
  origin: Origin,
  actor: Actor,
  intent: FormIntent,
): Promise<void> {
  const outcome = await deps.core.applyIntent(actor, intent);
  if (outcome.form) {
    const view = actionModal(outcome.form, origin);
    // Pressed on a card inside a modal (the Home tab's lists): Slack stacks the form on top.
    if (press.view?.type === 'modal')
      await client.views.push({ trigger_id: press.trigger_id, view });
    else await client.views.open({ trigger_id: press.trigger_id, view });
    return;
  }
  // Refused: beside the press, or (the Home tab has nowhere to answer) in a small modal.
  if (press.response_url) {
    await answerAt(
      press.response_url,
      { ...ephemeral(outcome.reply), replace_original: false },
      deps.logger,
    );
    return;
  }
  await client.views.open({ trigger_id: press.trigger_id, view: messageModal(outcome.reply) });
}

const messageModal = (message: Message): ModalView => ({
  type: 'modal',
  title: { type: 'plain_text', text: 'Matters Arising' },
  close: { type: 'plain_text', text: 'Close' },
  blocks: renderBlocks(message, LIMITS.viewBlocks),
});

/** The view's state as Slack sends it: block id, then action id (both as render-form.ts names them). */
const stateSchema = z.object({
  text: z.object({ text: z.object({ value: z.string().nullish() }) }).optional(),
  owners: z
    .object({
      owners: z.object({
        selected_options: z.array(z.object({ value: z.string() })).nullish(),
      }),
    })
    .optional(),
  accounts: z
    .object({ accounts: z.object({ selected_users: z.array(z.string()).nullish() }) })
    .optional(),
  due: z
    .object({ due: z.object({ selected_option: z.object({ value: z.string() }).nullish() }) })
    .optional(),
  due_date: z.object({ due_date: z.object({ selected_date: z.string().nullish() }) }).optional(),
  restricted: z
    .object({
      restricted: z.object({
        selected_options: z.array(z.object({ value: z.string() })).nullish(),
      }),
    })
    .optional(),
});

/** The form's values, or undefined when the state is not this form's. */
function readValues(view: ViewOutput, teamId: string): ActionFormValues | undefined {
  const state = stateSchema.safeParse(view.state.values);
  if (!state.success) return undefined;
  const s = state.data;
  const values = actionFormValuesSchema.safeParse({
    // Form values arrive as typed (Slack escapes message text, not inputs).
    text: s.text?.text.value ?? '',
    owners: (s.owners?.owners.selected_options ?? []).map((o) => o.value),
    accounts: (s.accounts?.accounts.selected_users ?? []).map((userId) => ({
      platform: 'slack',
      workspaceId: teamId,
      userId,
    })),
    dueChoice: s.due?.due.selected_option?.value ?? null,
    dueDate: s.due_date?.due_date.selected_date ?? null,
    restricted: (s.restricted?.restricted.selected_options ?? []).some(
      (o) => o.value === RESTRICTED_VALUE,
    ),
  });
  return values.success ? values.data : undefined;
}

const errors = (block: string, text: string) => ({
  response_action: 'errors' as const,
  errors: { [block]: text.slice(0, 300) },
});

/** The block a refusal is shown under: its field's, else the text's (top of the form). */
function blockFor(outcome: UpdateOutcome, values: ActionFormValues): string {
  if (outcome.refused === 'due' && values.dueDate !== null) return DUE_DATE_BLOCK;
  if (outcome.refused && outcome.refused !== 'note') return FIELD_BLOCKS[outcome.refused];
  return FIELD_BLOCKS.text;
}

export async function onActionForm(
  deps: SlackDeps,
  client: Client,
  body: SlackViewAction,
  view: ViewOutput,
  ack: SlackViewMiddlewareArgs['ack'],
): Promise<void> {
  const { core, logger } = deps;
  const teamId = teamOf(body);
  const meta = metaSchema.safeParse(parseJson(view.private_metadata));
  const values = readValues(view, teamId);
  if (!meta.success || !values)
    return ack(errors(FIELD_BLOCKS.text, 'This form has expired. Close it and open it again.'));
  const who = await whoIs(deps, client, teamId, body.user.id);
  if (!who.ok) return ack(errors(FIELD_BLOCKS.text, who.message.summary));
  const { first, release: refused } = await claimSubmission(core, body, view);
  if (!first) return ack();
  const outcome = await core
    .applyIntent(who.actor, meta.data.intent, { action: values })
    .catch(async (error: unknown) => {
      logger.error({ err: error }, 'Slack action form failed');
      await refused();
      return undefined;
    });
  // A failure on our side is the one failure reply, on the form, which stays open to send again.
  if (!outcome) return ack(errors(FIELD_BLOCKS.text, failedOnOurSide().summary));
  if (!outcome.ok) {
    await refused();
    return ack(errors(blockFor(outcome, values), outcome.reply.summary));
  }
  await ack();
  const { origin } = meta.data;
  try {
    await tell(deps, client, body.user.id, origin, outcome.reply);
    if (origin.home) await publishHome(deps, client, teamId, body.user.id);
    // An edited action's card is refreshed where Edit was pressed; a new one has no card there.
    else if (meta.data.intent.kind === 'edit_action' && outcome.card && origin.channel && origin.ts)
      await refresh(client, origin, outcome.card);
  } catch (error) {
    logger.error({ err: error }, 'Slack answer after the action form failed');
  }
}

/** What was saved, beside where the form was opened, else in the user's DM with the bot. */
async function tell(
  deps: SlackDeps,
  client: Client,
  userId: string,
  origin: Origin,
  message: Message,
): Promise<void> {
  if (origin.responseUrl) {
    const told = await answerAt(
      origin.responseUrl,
      { ...ephemeral(message), replace_original: false },
      deps.logger,
    );
    if (told) return;
  }
  const opened = await client.conversations.open({ users: userId });
  const channel = opened.channel?.id;
  if (channel) await say(client, channel, message);
}
