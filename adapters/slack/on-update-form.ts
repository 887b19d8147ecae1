/**
 * The "Add update" form submitted (view_submission): the status and note it holds are applied
 * with the button's intent from private_metadata. A refusal keeps the form open with the reason
 * under the field; success closes it and refreshes the card (or Home tab) it was opened from.
 *
 * A replay repeats the trigger_id; a second press of Submit on the same form (a new trigger_id)
 * repeats the view's id and hash. Either is acknowledged and not applied again.
 */
import type { SlackViewAction, SlackViewMiddlewareArgs, ViewOutput } from '@slack/bolt';
import { z } from 'zod';
import { failedOnOurSide } from '../../src/core.ts';
import { STATUSES } from '../../src/domain.ts';
import { claimSubmission, teamOf, whoIs, type Client, type SlackDeps } from './context.ts';
import { refresh } from './in-place.ts';
import { modalMetaSchema, parseJson } from './payloads.ts';
import { publishHome } from './respond.ts';

type FormValues = Record<
  string,
  Record<string, { selected_option?: { value?: string } | null; value?: string | null }>
>;

export async function onUpdateForm(
  deps: SlackDeps,
  client: Client,
  body: SlackViewAction,
  view: ViewOutput,
  ack: SlackViewMiddlewareArgs['ack'],
): Promise<void> {
  const { core, logger } = deps;
  const meta = modalMetaSchema.safeParse(parseJson(view.private_metadata));
  const values = view.state.values as FormValues;
  const status = z.enum(STATUSES).safeParse(values.status?.status?.selected_option?.value);
  const note = values.note?.note?.value ?? null;
  if (!meta.success)
    return ack({
      response_action: 'errors',
      errors: { note: 'This form has expired. Close it and press Add update again.' },
    });
  const teamId = teamOf(body);
  const who = await whoIs(deps, client, teamId, body.user.id);
  if (!who.ok)
    return ack({ response_action: 'errors', errors: { note: who.message.summary.slice(0, 300) } });
  const { first, release: refused } = await claimSubmission(core, body, view);
  if (!first) return ack();
  const outcome = await core
    .applyIntent(who.actor, meta.data.intent, {
      status: status.success ? status.data : null,
      // Form values arrive as typed (Slack escapes message text, not inputs).
      note,
    })
    .catch(async (error: unknown) => {
      logger.error({ err: error }, 'Slack update form failed');
      await refused();
      return undefined;
    });
  // A failure on our side is the one failure reply, on the form, which stays open to send again.
  if (!outcome)
    return ack({ response_action: 'errors', errors: { note: failedOnOurSide().summary } });
  if (!outcome.ok) {
    await refused();
    const field = outcome.refused === 'note' || !status.success ? 'note' : 'status';
    return ack({
      response_action: 'errors',
      errors: { [field]: outcome.reply.summary.slice(0, 300) },
    });
  }
  await ack();
  try {
    if (meta.data.origin.home) await publishHome(deps, client, teamId, body.user.id);
    else if (outcome.card) await refresh(client, meta.data.origin, outcome.card);
  } catch (error) {
    logger.error({ err: error }, 'Slack message refresh after the update form failed');
  }
}
