/**
 * Minutes sent to the bot in personal chat: Teams delivers the file as a
 * `application/vnd.microsoft.teams.file.download.info` attachment whose `downloadUrl` is
 * pre-authorised and short-lived (a plain GET, no bot token). The core checks the sender, name
 * and size, reads the file with a size cap and holds the draft; the review goes back as an
 * Adaptive Card with Action.Execute "Import N actions" / "Discard", "Accept n" / "Drop n" on each
 * suggestion and "Add N attendees as members", each carrying only the draft's id and the choice
 * (on-minutes-button.ts). The core decides who may press.
 *
 * Teams serves these files from SharePoint / OneDrive, so only https URLs on SharePoint hosts
 * (or the configured TEAMS_SERVICE_URL's host, which tests point at a mock) are fetched.
 */
import type { Client as ApiClient } from '@microsoft/teams.api';
import type { IExecuteAction } from '@microsoft/teams.cards';
import type { Actor, HeldReview } from '../../src/core.ts';
import { reply } from '../../src/message.ts';
import type { TeamsDeps } from './context.ts';
import { teamsActivity } from './messenger.ts';
import {
  MINUTES_VERB,
  type FileAttachment,
  type InboundActivity,
  type MinutesButton,
} from './payloads.ts';
import { renderCard } from './render.ts';
import { answer } from './respond.ts';

const SHAREPOINT = /\.sharepoint(-df|-mil)?\.(com|us|de|cn)$/i;

/** SharePoint's hosts over https, plus any host configured (the Bot Connector's, in tests). */
export function mayFetch(url: string, extraHosts: readonly string[]): boolean {
  const u = new URL(url);
  return (u.protocol === 'https:' && SHAREPOINT.test(u.hostname)) || extraHosts.includes(u.host);
}

function button(
  title: string,
  choice: MinutesButton,
  draftId: string,
  index?: number,
): IExecuteAction {
  return {
    type: 'Action.Execute',
    title,
    verb: MINUTES_VERB,
    data: { draftId, choice, ...(index === undefined ? {} : { index }) },
    ...(choice === 'import' || choice === 'accept' ? { style: 'positive' as const } : {}),
  };
}

/** The review card with its buttons. */
export function reviewCard(review: HeldReview) {
  const { draftId, importable } = review;
  const card = renderCard(review.message);
  for (const s of review.suggestions)
    card.body.push({
      type: 'ActionSet',
      actions: [
        ...(s.accepted ? [] : [button(`Accept ${s.number}`, 'accept', draftId, s.index)]),
        button(
          s.accepted ? `Drop ${s.number} (accepted)` : `Drop ${s.number}`,
          'drop',
          draftId,
          s.index,
        ),
      ],
    });
  card.body.push({
    type: 'ActionSet',
    actions: [
      ...(importable === null
        ? []
        : [button(`Import ${importable} action${importable === 1 ? '' : 's'}`, 'import', draftId)]),
      ...(review.membersOffered && importable !== null
        ? [
            button(
              `Add ${review.membersOffered} attendee${review.membersOffered === 1 ? '' : 's'} as members`,
              'add-members',
              draftId,
            ),
          ]
        : []),
      button('Discard', 'discard', draftId),
    ],
  });
  return card;
}

/** The review card with its buttons, as an activity to send. */
export function reviewActivity(review: HeldReview) {
  return {
    ...teamsActivity(review.message),
    attachments: [
      {
        contentType: 'application/vnd.microsoft.card.adaptive' as const,
        content: reviewCard(review),
      },
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
  const review = reviewActivity(outcome);
  await answer(deps, api, a, reply(outcome.message.summary), review);
}
