/**
 * Minutes shared with the bot in its DM (a message with subtype file_share): the core checks the
 * sender, name and size, the file is downloaded with the bot token, with a size cap, read into a
 * held draft, and the review is posted with "Import N actions" and "Discard", "Accept n" / "Drop n"
 * on each suggestion and "Add N attendees as members", every button carrying only the draft's id
 * (and the choice in its action_id). What a press does, and who may press, is decided by the core
 * (on-minutes-button.ts).
 *
 * The bot token is only ever sent to Slack's file host (or the configured SLACK_API_URL's host,
 * which tests point at a mock): a file object naming any other URL is not fetched.
 */
import { failedOnOurSide, type HeldReview } from '../../src/core.ts';
import { safeLogField } from '../../src/log.ts';
import { reply, type Message } from '../../src/message.ts';
import { whoIs, type Client, type SlackDeps } from './context.ts';
import {
  DISCARD_ACTION,
  IMPORT_ACTION,
  MEMBERS_ACTION,
  fileSchema,
  suggestionAction,
  unescapeSlack,
  type SlackFile,
} from './payloads.ts';
import { LIMITS, renderBlocks, type SlackBlock } from './render.ts';
import { say } from './respond.ts';

/** Suggestion buttons shown at most (Slack: 25 elements a block, 50 blocks a message). */
const MAX_SUGGESTION_BUTTONS = 36;

const button = (actionId: string, text: string, value: string, style?: 'primary' | 'danger') => ({
  type: 'button' as const,
  action_id: actionId,
  text: { type: 'plain_text' as const, text },
  value,
  ...(style ? { style } : {}),
});

/**
 * The review with its buttons; the buttons go last so a long review never loses them, with room
 * left for `reserve` more blocks.
 */
export function reviewBlocks(review: HeldReview, reserve = 0) {
  const { draftId, importable } = review;
  const shown = review.suggestions.slice(0, MAX_SUGGESTION_BUTTONS);
  const suggestionButtons = shown.flatMap((s) => [
    ...(s.accepted
      ? []
      : [button(suggestionAction('accept', s.index), `Accept ${s.number}`, draftId, 'primary')]),
    button(
      suggestionAction('drop', s.index),
      s.accepted ? `Drop ${s.number} (accepted)` : `Drop ${s.number}`,
      draftId,
    ),
  ]);
  const suggestionBlocks: SlackBlock[] = [];
  for (let i = 0; i < suggestionButtons.length; i += 24)
    suggestionBlocks.push({
      type: 'actions',
      block_id: `minutes:suggestions:${i / 24}`,
      elements: suggestionButtons.slice(i, i + 24),
    });
  if (suggestionBlocks.length)
    suggestionBlocks.unshift({
      type: 'context',
      elements: [
        {
          type: 'plain_text' as const,
          text: `Suggestions: Accept to import one as an action, Drop to leave it out.${review.suggestions.length > shown.length ? ` Only the first ${shown.length} have buttons here.` : ''}`,
        },
      ],
    });
  const confirm: SlackBlock = {
    type: 'actions',
    block_id: 'minutes:confirm',
    elements: [
      ...(importable === null
        ? []
        : [
            button(
              IMPORT_ACTION,
              `Import ${importable} action${importable === 1 ? '' : 's'}`,
              draftId,
              'primary',
            ),
          ]),
      ...(review.membersOffered && importable !== null
        ? [
            button(
              MEMBERS_ACTION,
              `Add ${review.membersOffered} attendee${review.membersOffered === 1 ? '' : 's'} as members`,
              draftId,
            ),
          ]
        : []),
      button(DISCARD_ACTION, 'Discard', draftId),
    ],
  };
  const room = LIMITS.messageBlocks - 1 - reserve - suggestionBlocks.length;
  return [...renderBlocks(review.message, room), ...suggestionBlocks, confirm];
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
    await answer(outcome.message, reviewBlocks(outcome));
  } catch (error) {
    logger.error({ err: error, file: safeLogField(shared.name) }, 'Slack minutes upload failed');
    await answer(failedOnOurSide());
  }
}

const sizeOf = (file: SlackFile) => (file.size === undefined ? {} : { size: file.size });
