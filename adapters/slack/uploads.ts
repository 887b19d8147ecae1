/**
 * Minutes shared with the bot in its DM (a message with subtype file_share): the file is
 * downloaded with the bot token, with a size cap, read by the core into a held draft, and the
 * review is posted with "Import N actions" and "Discard" buttons carrying only the draft's id.
 *
 * The bot token is only ever sent to Slack's file host (or the configured SLACK_API_URL's host,
 * which tests point at a mock): a file object naming any other URL is not fetched.
 */
import type { App, webApi } from '@slack/bolt';
import { z } from 'zod';
import type { Core } from '../../src/core.ts';
import { safeLogField, type Logger } from '../../src/log.ts';
import { reply, type Message } from '../../src/message.ts';
import { downloadMinutes } from '../../src/minutes/download.ts';
import { boardFromText, refuseFile } from '../../src/minutes/uploads.ts';
import { identify } from './identify.ts';
import { unescapeSlack } from './payloads.ts';
import { LIMITS, fallbackText, renderBlocks, type SlackBlock } from './render.ts';

type Client = webApi.WebClient;

export const fileSchema = z.object({
  id: z.string(),
  name: z.string().default('minutes'),
  size: z.number().optional(),
  url_private_download: z.string().optional(),
  url_private: z.string().optional(),
});
export type SlackFile = z.infer<typeof fileSchema>;

export const IMPORT_ACTION = 'minutes:import';
export const DISCARD_ACTION = 'minutes:discard';

export interface UploadDeps {
  readonly core: Core;
  readonly logger: Logger;
  /** Hosts the bot token may be sent to when downloading a file. */
  readonly fileHosts: readonly string[];
}

/** Slack's file host, and the API host when SLACK_API_URL points elsewhere (a mock in tests). */
export function fileHosts(slackApiUrl: string | undefined): string[] {
  return ['files.slack.com', ...(slackApiUrl ? [new URL(slackApiUrl).host] : [])];
}

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
              type: 'button' as const,
              action_id: IMPORT_ACTION,
              style: 'primary' as const,
              text: {
                type: 'plain_text' as const,
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
export async function receiveMinutes(
  deps: UploadDeps,
  client: Client,
  where: { teamId: string; userId: string; channel: string; text: string },
  shared: SlackFile,
): Promise<void> {
  const { core, logger } = deps;
  const say = (message: Message, blocks?: SlackBlock[]) =>
    client.chat.postMessage({
      channel: where.channel,
      text: fallbackText(message),
      blocks: (blocks ?? renderBlocks(message)) as never,
    });
  const who = await identify(core, logger, client, where.teamId, where.userId);
  if (!who.ok) return void (await say(who.message));
  try {
    // Early refusals by sender, name and size, before the bytes are fetched.
    const refused = (await core.refuseUploader(who.actor)) ?? refuseFile(shared.name, shared.size);
    if (refused) return void (await say(reply(refused)));
    let file = shared;
    if (!file.url_private_download && !file.url_private) {
      const info = await client.files.info({ file: shared.id });
      file = fileSchema.parse(info.file);
    }
    const url = file.url_private_download ?? file.url_private!;
    if (!deps.fileHosts.includes(new URL(url).host))
      throw new Error(`file URL on an unexpected host: ${new URL(url).host}`);
    const got = await downloadMinutes(url, file.name, {
      authorization: `Bearer ${client.token!}`,
    });
    if (!got.ok) return void (await say(reply(got.message)));
    const outcome = await core.uploadMinutes(
      who.actor,
      file.name,
      got.bytes,
      boardFromText(unescapeSlack(where.text)),
    );
    if (!outcome.ok) return void (await say(reply(outcome.message)));
    await say(outcome.message, reviewBlocks(outcome.message, outcome.draftId, outcome.importable));
  } catch (error) {
    logger.error({ err: error, file: safeLogField(shared.name) }, 'Slack minutes upload failed');
    await say(reply('Sorry, I could not read that file on our side. Share it again in a minute.'));
  }
}

const clickSchema = z.object({
  user: z.object({ id: z.string(), team_id: z.string().optional() }),
  team: z.object({ id: z.string() }).nullish(),
  trigger_id: z.string(),
  channel: z.object({ id: z.string() }).optional(),
  message: z.object({ ts: z.string(), blocks: z.array(z.any()).optional() }).optional(),
  actions: z.array(z.object({ action_id: z.string(), value: z.string() })).min(1),
});

/** The Import / Discard buttons: the answer is posted in the DM, and the buttons are removed. */
export function registerMinutesButtons(app: App, deps: UploadDeps): void {
  app.action(/^minutes:(import|discard)$/, async ({ ack, body, client }) => {
    await ack();
    const parsed = clickSchema.safeParse(body);
    if (!parsed.success) return void deps.logger.warn('Slack minutes button not understood');
    const b = parsed.data;
    if (!(await deps.core.firstDelivery(`slack:action:${b.trigger_id}`))) return;
    const channel = b.channel?.id;
    const say = (message: Message) =>
      channel
        ? client.chat.postMessage({
            channel,
            text: fallbackText(message),
            blocks: renderBlocks(message) as never,
          })
        : undefined;
    try {
      const teamId = b.team?.id ?? b.user.team_id ?? '';
      const who = await identify(deps.core, deps.logger, client, teamId, b.user.id);
      if (!who.ok) return void (await say(who.message));
      const action = b.actions[0]!;
      const choice = action.action_id === IMPORT_ACTION ? 'import' : 'discard';
      const outcome = await deps.core.confirmMinutes(who.actor, action.value, choice);
      await say(reply(outcome.message));
      if (outcome.ok && channel && b.message?.blocks) {
        // The review stays readable; only its buttons go, so it is not pressed again later.
        const kept = (b.message.blocks as SlackBlock[]).filter((x) => x.type !== 'actions');
        await client.chat.update({
          channel,
          ts: b.message.ts,
          text: fallbackText(reply(outcome.message)),
          blocks: [
            ...kept,
            { type: 'context', elements: [{ type: 'plain_text', text: outcome.message }] },
          ] as never,
        });
      }
    } catch (error) {
      deps.logger.error({ err: error }, 'Slack minutes button failed');
      await say(reply('Sorry, that failed on our side. Press the button again in a minute.'));
    }
  });
}
