/**
 * Every button under a minutes review. Import / Discard: the answer is posted in the DM, and the
 * buttons are removed so the review is not pressed again later. Accept / Drop a suggestion and
 * Add attendees as members: the review is redrawn in place with the choice made.
 */
import { failedOnOurSide, parseChoice } from '../../src/core.ts';
import { reply, type Message } from '../../src/message.ts';
import { teamOf, whoIs, type Client, type SlackDeps } from './context.ts';
import { reviewBlocks } from './on-file-shared.ts';
import { minutesClickSchema } from './payloads.ts';
import { fallbackText, type SlackBlock } from './render.ts';
import { say } from './respond.ts';

export async function onMinutesButton(
  deps: SlackDeps,
  client: Client,
  body: unknown,
): Promise<void> {
  const parsed = minutesClickSchema.safeParse(body);
  if (!parsed.success) return void deps.logger.warn('Slack minutes button not understood');
  const b = parsed.data;
  if (!(await deps.core.firstDelivery(`slack:action:${b.trigger_id}`))) return;
  const channel = b.channel?.id;
  const answer = (message: Message) => (channel ? say(client, channel, message) : undefined);
  try {
    const who = await whoIs(deps, client, teamOf(b), b.user.id);
    if (!who.ok) return void (await answer(who.message));
    const action = b.actions[0]!;
    const choice = parseChoice(action.action_id.slice('minutes:'.length));
    if (!choice)
      return void (await answer(reply('That button is out of date. Share the minutes again.')));
    const outcome = await deps.core.confirmMinutes(who.actor, action.value, choice);
    if (outcome.review && channel && b.message) {
      // The review redrawn with the choice made; its answer as the last line.
      await client.chat
        .update({
          channel,
          ts: b.message.ts,
          text: fallbackText(outcome.review.message),
          blocks: [
            ...reviewBlocks(outcome.review, 1),
            { type: 'context', elements: [{ type: 'plain_text', text: outcome.message }] },
          ],
        })
        // The choice is saved either way; if the review cannot be redrawn, say what was done.
        .catch(async (error: unknown) => {
          deps.logger.warn({ err: error }, 'Slack minutes review not redrawn');
          await answer(reply(outcome.message));
        });
      return;
    }
    await answer(reply(outcome.message));
    if (outcome.ok && channel && b.message?.blocks) {
      // The review stays readable; only its buttons go.
      const kept = (b.message.blocks as SlackBlock[]).filter((x) => x.type !== 'actions');
      await client.chat.update({
        channel,
        ts: b.message.ts,
        text: fallbackText(reply(outcome.message)),
        blocks: [
          ...kept,
          { type: 'context', elements: [{ type: 'plain_text', text: outcome.message }] },
        ],
      });
    }
  } catch (error) {
    deps.logger.error({ err: error }, 'Slack minutes button failed');
    await answer(failedOnOurSide());
  }
}
