/**
 * The secretariat's add and edit form in Teams. New action or Edit pressed (Action.Execute): the
 * card becomes the form (render-form.ts). Its Save sends the same intent back with `submit` and
 * every input: they are read, checked with zod, and applied; the card becomes the outcome, or
 * the form again with the refusal above it and what was typed kept. A redelivered Save is not
 * applied twice.
 */
import type { Client as ApiClient } from '@microsoft/teams.api';
import { actionFormValuesSchema, failedOnOurSide } from '../../src/core.ts';
import type { ActionFormValues, FormIntent } from '../../src/message.ts';
import { code, reply } from '../../src/message.ts';
import { firstTime, whoIs, type TeamsDeps } from './context.ts';
import type { InboundActivity } from './payloads.ts';
import { actionFormCard, FORM_INPUTS, FORM_SUBMIT, formReply } from './render-form.ts';
import { cardReply } from './respond.ts';

const text = (v: unknown): string => (typeof v === 'string' ? v : '');
const orNull = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v.trim() : null);

/** The form's inputs as Teams sends them: a multi-select is one comma-separated string. */
function readValues(data: Record<string, unknown>): ActionFormValues | undefined {
  const parsed = actionFormValuesSchema.safeParse({
    text: text(data[FORM_INPUTS.text]),
    owners: text(data[FORM_INPUTS.owners])
      .split(',')
      .map((v) => v.trim())
      .filter(Boolean),
    dueChoice: orNull(data[FORM_INPUTS.due]),
    dueDate: orNull(data[FORM_INPUTS.dueDate]),
    restricted: data[FORM_INPUTS.restricted] === 'true',
  });
  return parsed.success ? parsed.data : undefined;
}

export async function onActionForm(
  deps: TeamsDeps,
  api: ApiClient,
  a: InboundActivity,
  intent: FormIntent,
  data: Record<string, unknown>,
) {
  const submitted = data.submit === FORM_SUBMIT;
  const values = submitted ? readValues(data) : undefined;
  if (submitted && !values)
    return cardReply(reply('That form is out of date. Press New action or Edit again.'));
  // Opening reads only, so a redelivered press is simply answered again.
  if (values && !(await firstTime(deps, a)))
    return cardReply(reply('Already saved. Type ', code('mine'), ' or show the action to check.'));
  try {
    const who = await whoIs(deps, a, api);
    if (!who.ok) return cardReply(who.message);
    const outcome = await deps.core.applyIntent(
      who.actor,
      intent,
      values ? { action: values } : undefined,
    );
    if (outcome.form) return formReply(actionFormCard(outcome.form));
    if (outcome.ok || !values || !outcome.refused) return cardReply(outcome.reply);
    // A refused field: the form again, as it was sent, with the reason above it.
    const again = await deps.core.applyIntent(who.actor, intent);
    if (!again.form) return cardReply(outcome.reply);
    // Still on the version that was sent: a change made meanwhile is refused on the next Save.
    const form = { ...again.form, submit: intent };
    return formReply(actionFormCard(form, outcome.reply.summary, values));
  } catch (error) {
    deps.logger.error({ err: error }, 'teams action form failed');
    return cardReply(failedOnOurSide());
  }
}
