/** The Import / Discard press on a minutes review card (verb arising.minutes): imports the held
 * draft once however often it is pressed, and answers with a card in place of the review. */
import type { Client as ApiClient } from '@microsoft/teams.api';
import { failedOnOurSide } from '../../src/core.ts';
import { reply } from '../../src/message.ts';
import { firstTime, whoIs, type TeamsDeps } from './context.ts';
import { minutesPressSchema, type CardAction, type InboundActivity } from './payloads.ts';
import { cardReply } from './respond.ts';

export async function onMinutesButton(
  deps: TeamsDeps,
  api: ApiClient,
  a: InboundActivity,
  press: CardAction,
) {
  const choice = minutesPressSchema.safeParse(press.action.data);
  if (!choice.success)
    return cardReply(reply('That card is out of date. Send me the minutes file again.'));
  if (!(await firstTime(deps, a)))
    return cardReply(reply('Already done. Send me the minutes file again to start over.'));
  try {
    const who = await whoIs(deps, a, api);
    if (!who.ok) return cardReply(who.message);
    const { draftId, choice: chosen } = choice.data;
    return cardReply(reply((await deps.core.confirmMinutes(who.actor, draftId, chosen)).message));
  } catch (error) {
    deps.logger.error({ err: error }, 'teams minutes import failed');
    return cardReply(failedOnOurSide());
  }
}
