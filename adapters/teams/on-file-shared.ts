/**
 * Minutes sent to the bot in personal chat: Teams delivers the file as a
 * `application/vnd.microsoft.teams.file.download.info` attachment whose `downloadUrl` is
 * pre-authorised and short-lived (a plain GET, no bot token). The core checks the sender, name
 * and size, reads the file with a size cap and holds the draft; the review goes back as an
 * Adaptive Card with Action.Execute "Import N actions" / "Discard" carrying only the draft's id
 * (on-minutes-button.ts).
 *
 * Teams serves these files from SharePoint / OneDrive, so only https URLs on SharePoint hosts
 * (or the configured TEAMS_SERVICE_URL's host, which tests point at a mock) are fetched.
 */
import type { Client as ApiClient } from '@microsoft/teams.api';
import type { IExecuteAction } from '@microsoft/teams.cards';
import type { Actor } from '../../src/core.ts';
import { reply, type Message } from '../../src/message.ts';
import type { TeamsDeps } from './context.ts';
import { teamsActivity } from './messenger.ts';
import { MINUTES_VERB, type FileAttachment, type InboundActivity } from './payloads.ts';
import { renderCard } from './render.ts';
import { answer } from './respond.ts';

const SHAREPOINT = /\.sharepoint(-df|-mil)?\.(com|us|de|cn)$/i;

/** SharePoint's hosts over https, plus any host configured (the Bot Connector's, in tests). */
export function mayFetch(url: string, extraHosts: readonly string[]): boolean {
  const u = new URL(url);
  return (u.protocol === 'https:' && SHAREPOINT.test(u.hostname)) || extraHosts.includes(u.host);
}

function button(title: string, choice: 'import' | 'discard', draftId: string): IExecuteAction {
  return {
    type: 'Action.Execute',
    title,
    verb: MINUTES_VERB,
    data: { draftId, choice },
    ...(choice === 'import' ? { style: 'positive' as const } : {}),
  };
}

/** The review card with its buttons, as an activity to send. */
export function reviewActivity(message: Message, draftId: string, importable: number | null) {
  const card = renderCard(message);
  card.body.push({
    type: 'ActionSet',
    actions: [
      ...(importable === null
        ? []
        : [button(`Import ${importable} action${importable === 1 ? '' : 's'}`, 'import', draftId)]),
      button('Discard', 'discard', draftId),
    ],
  });
  return {
    ...teamsActivity(message),
    attachments: [
      { contentType: 'application/vnd.microsoft.card.adaptive' as const, content: card },
    ],
  };
}

/** A file sent by `actor`: answered with the review card, or what to send instead. Throws on a
 * failure on our side (on-message.ts answers it). */
export async function onFileShared(
  deps: TeamsDeps,
  api: ApiClient,
  a: InboundActivity,
  actor: Actor,
  file: FileAttachment,
  text: string,
): Promise<void> {
  const url = file.content.downloadUrl;
  const outcome = await deps.core.receiveMinutes(actor, { name: file.name, text }, async () => {
    if (!mayFetch(url, deps.fileHosts))
      throw new Error(`file URL on an unexpected host: ${new URL(url).host}`);
    return { url };
  });
  if (!outcome.ok) return answer(deps, api, a, reply(outcome.message));
  const review = reviewActivity(outcome.message, outcome.draftId, outcome.importable);
  await answer(deps, api, a, reply(outcome.message.summary), review);
}
