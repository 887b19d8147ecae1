/**
 * Answering in Teams: a reply where the activity came from (in its thread outside personal chat),
 * retried on 429/5xx within a small budget and honouring the connector's Retry-After; and the
 * invoke response of a card press, which Teams shows in place of the card pressed.
 */
import type { Client as ApiClient } from '@microsoft/teams.api';
import { safeLogField } from '../../src/log.ts';
import type { Message } from '../../src/message.ts';
import type { TeamsDeps } from './context.ts';
import { failedDelivery } from './delivery.ts';
import { teamsActivity } from './messenger.ts';
import { isPersonal, type InboundActivity } from './payloads.ts';
import { renderCard } from './render.ts';

/** Replies are retried this often, and never wait longer than this in all, on 429/5xx. */
const REPLY_ATTEMPTS = 4;
const REPLY_WAIT_CAP_MS = 10_000;

/** Sends a reply where the activity came from; never throws (a lost reply is logged). */
export async function answer(
  deps: TeamsDeps,
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
        deps.logger.error(
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

/** The invoke response to an Action.Execute press: a card that replaces the one pressed. */
export const cardReply = (message: Message) => ({
  statusCode: 200 as const,
  type: 'application/vnd.microsoft.card.adaptive' as const,
  value: renderCard(message) as never,
});
