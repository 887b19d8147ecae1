/**
 * A press on a minutes review card (verb arising.minutes): Import (the held draft imported once
 * however often it is pressed), Discard, Accept / Drop a suggestion, Add attendees as members.
 * The answer is a card in place of the review: the review redrawn with the choice made while it
 * is still open, else the outcome alone.
 */
import type { Client as ApiClient } from '@microsoft/teams.api';
import { failedOnOurSide, type ConfirmOutcome } from '../../src/core.ts';
import { context, reply } from '../../src/message.ts';
import { firstTime, whoIs, type TeamsDeps } from './context.ts';
import { reviewCard } from './on-file-shared.ts';
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
    return pressReply(await deps.core.confirmMinutes(who.actor, draftId, chosen));
  } catch (error) {
    deps.logger.error({ err: error }, 'teams minutes import failed');
    return cardReply(failedOnOurSide());
  }
}

/**
 * The card that replaces the review after a press: the review redrawn with the choice made (and
 * what was done as its last line) while it is still open; else the outcome alone.
 */
export function pressReply(outcome: ConfirmOutcome) {
  if (!outcome.review) return cardReply(reply(outcome.message));
  const card = reviewCard({
    ...outcome.review,
    message: {
      ...outcome.review.message,
      blocks: [...outcome.review.message.blocks, context(outcome.message)],
    },
  });
  return {
    statusCode: 200 as const,
    type: 'application/vnd.microsoft.card.adaptive' as const,
    value: card as never,
  };
}
