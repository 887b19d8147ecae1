/**
 * `/actions <text>`: runs the typed command (or `link`) and answers beside it, seen only by the
 * asker. Slack gives every command it sends a new trigger_id; the same one again is a replay.
 */
import type { SlashCommand } from '@slack/bolt';
import { failedOnOurSide } from '../../src/core.ts';
import { safeLogField } from '../../src/log.ts';
import type { Message } from '../../src/message.ts';
import { whoIs, type Client, type SlackDeps } from './context.ts';
import { isLinkCommand, linkFromSlack } from './link.ts';
import { unescapeSlack } from './payloads.ts';
import { answerAt, ephemeral } from './respond.ts';

export async function onCommand(
  deps: SlackDeps,
  client: Client,
  command: SlashCommand,
): Promise<void> {
  if (command.trigger_id && !(await deps.core.firstDelivery(`slack:command:${command.trigger_id}`)))
    return;
  // Delivered apart from the work: a response_url failure must not turn an update that was
  // made into "that failed, try again".
  const message = await commandAnswer(deps, client, command);
  await answerAt(command.response_url, ephemeral(message), deps.logger);
}

/** What `/actions <text>` answers; a failure on our side becomes the polite message. */
async function commandAnswer(
  deps: SlackDeps,
  client: Client,
  command: { team_id: string; user_id: string; text: string },
): Promise<Message> {
  try {
    const who = await whoIs(deps, client, command.team_id, command.user_id);
    if (!who.ok) return who.message;
    const text = command.text.trim();
    if (isLinkCommand(text))
      return await linkFromSlack(deps.core, who.actor, command.team_id, text);
    return await deps.core.handleText(who.actor, unescapeSlack(text) || 'help');
  } catch (error) {
    deps.logger.error({ err: error, text: safeLogField(command.text) }, 'Slack command failed');
    return failedOnOurSide();
  }
}
