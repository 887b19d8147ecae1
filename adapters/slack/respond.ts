/**
 * Answering in Slack: at a response_url, in a conversation, or on the App Home tab.
 *
 * At a response_url, when Slack has a bad moment: an answer that fails (a 5xx, or a
 * connection that hangs and drops) is sent once more after a short pause: by then the register
 * change it reports has been made, so the person must see the real answer, not an error that
 * invites them to do it again. If the first attempt did reach Slack and only its reply was
 * lost, the person sees the answer twice, which is the lesser harm.
 */
import { safeLogField, type Logger } from '../../src/log.ts';
import type { Message } from '../../src/message.ts';
import { whoIs, type Client, type SlackDeps } from './context.ts';
import { postJson } from './post-json.ts';
import { LIMITS, fallbackText, renderBlocks, type SlackBlock } from './render.ts';

/** Slack gives a response_url 30 minutes; one attempt never waits longer than this. */
const ATTEMPT_TIMEOUT_MS = 10_000;
const PAUSE_MS = 500;

// Over node:http with kept-alive sockets rather than fetch: a quarter of the CPU per answer, and
// every command and button ends with one (post-json.ts, the `response-post` bench).
async function post(url: string, body: unknown): Promise<void> {
  const status = await postJson(url, body, ATTEMPT_TIMEOUT_MS);
  if (status >= 300) throw new Error(`response_url answered ${status}`);
}

/** Posts `body` to `url`, once more if that fails; never throws. True when Slack took it. */
export async function answerAt(url: string, body: unknown, logger: Logger): Promise<boolean> {
  for (let attempt = 1; ; attempt++) {
    try {
      await post(url, body);
      return true;
    } catch (error) {
      const reason = safeLogField(error instanceof Error ? error.message : String(error));
      if (attempt >= 2) {
        logger.warn({ reason }, 'Slack response_url failed twice; the answer was not shown');
        return false;
      }
      logger.info({ reason }, 'Slack response_url failed; trying once more');
      await new Promise((resolve) => setTimeout(resolve, PAUSE_MS));
    }
  }
}

/** A Message as an answer only the asker sees (a slash command's or a button's). */
export const ephemeral = (message: Message) => ({
  response_type: 'ephemeral' as const,
  text: fallbackText(message),
  blocks: renderBlocks(message),
});

/** Posts a Message in a conversation (a DM, or a thread in it). */
export async function say(
  client: Client,
  channel: string,
  message: Message,
  options: { threadTs?: string; blocks?: readonly SlackBlock[] } = {},
): Promise<void> {
  await client.chat.postMessage({
    channel,
    ...(options.threadTs ? { thread_ts: options.threadTs } : {}),
    text: fallbackText(message),
    blocks: [...(options.blocks ?? renderBlocks(message))],
  });
}

/** Publishes the person's App Home tab: their actions, or what to do to be recognised. */
export async function publishHome(
  deps: SlackDeps,
  client: Client,
  teamId: string,
  userId: string,
): Promise<void> {
  const who = await whoIs(deps, client, teamId, userId);
  const message = who.ok ? await deps.core.home(who.actor) : who.message;
  await client.views.publish({
    user_id: userId,
    view: { type: 'home', blocks: renderBlocks(message, LIMITS.viewBlocks) },
  });
}
