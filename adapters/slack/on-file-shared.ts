/**
 * Minutes shared with the bot in its DM (a message with subtype file_share): the core checks the
 * sender, name and size, the file is downloaded with the bot token, with a size cap, read into a
 * held draft, and the review is posted with "Import N actions" and "Discard" buttons carrying only
 * the draft's id (on-minutes-button.ts).
 *
 * The bot token is only ever sent to Slack's file host (or the configured SLACK_API_URL's host,
 * which tests point at a mock): a file object naming any other URL is not fetched.
 */
import { failedOnOurSide } from '../../src/core.ts';
import { safeLogField } from '../../src/log.ts';
import { reply, type Message } from '../../src/message.ts';
import { whoIs, type Client, type SlackDeps } from './context.ts';
import {
  DISCARD_ACTION,
  IMPORT_ACTION,
  fileSchema,
  unescapeSlack,
  type SlackFile,
} from './payloads.ts';
import { LIMITS, renderBlocks, type SlackBlock } from './render.ts';
import { say } from './respond.ts';

/** The review with its two buttons; the buttons go last so a long review never loses them. */
export function reviewBlocks(message: Message, draftId: string, importable: number | null) {
  const buttons: SlackBlock = {
    type: 'actions',
    block_id: 'minutes:confirm',
    elements: [
      ...(importable === null
        ? []
        : [
            {
              type: 'button',
              action_id: IMPORT_ACTION,
              style: 'primary',
              text: {
                type: 'plain_text',
                text: `Import ${importable} action${importable === 1 ? '' : 's'}`,
              },
              value: draftId,
            },
          ]),
      {
        type: 'button',
        action_id: DISCARD_ACTION,
        text: { type: 'plain_text', text: 'Discard' },
        value: draftId,
      },
    ],
  };
  return [...renderBlocks(message, LIMITS.messageBlocks - 1), buttons];
}

/** Handles one file shared in the DM: answers in the DM whatever happens. */
export async function onFileShared(
  deps: SlackDeps,
  client: Client,
  where: { teamId: string; userId: string; channel: string; text: string },
  shared: SlackFile,
): Promise<void> {
  const { core, logger } = deps;
  const answer = (message: Message, blocks?: SlackBlock[]) =>
    say(client, where.channel, message, blocks ? { blocks } : {});
  const who = await whoIs(deps, client, where.teamId, where.userId);
  if (!who.ok) return answer(who.message);
  try {
    const file = { name: shared.name, text: unescapeSlack(where.text), ...sizeOf(shared) };
    const outcome = await core.receiveMinutes(who.actor, file, async () => {
      let found = shared;
      if (!found.url_private_download && !found.url_private) {
        const info = await client.files.info({ file: shared.id });
        found = fileSchema.parse(info.file);
      }
      const url = found.url_private_download ?? found.url_private!;
      if (!deps.fileHosts.includes(new URL(url).host))
        throw new Error(`file URL on an unexpected host: ${new URL(url).host}`);
      return { url, name: found.name, headers: { authorization: `Bearer ${client.token!}` } };
    });
    if (!outcome.ok) return answer(reply(outcome.message));
    await answer(
      outcome.message,
      reviewBlocks(outcome.message, outcome.draftId, outcome.importable),
    );
  } catch (error) {
    logger.error({ err: error, file: safeLogField(shared.name) }, 'Slack minutes upload failed');
    await answer(failedOnOurSide());
  }
}

const sizeOf = (file: SlackFile) => (file.size === undefined ? {} : { size: file.size });
