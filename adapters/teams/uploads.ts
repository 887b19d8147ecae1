/**
 * Minutes sent to the bot in personal chat: Teams delivers the file as a
 * `application/vnd.microsoft.teams.file.download.info` attachment whose `downloadUrl` is
 * pre-authorised and short-lived (a plain GET, no bot token). The file is read with a size cap,
 * the core holds the draft, and the review goes back as an Adaptive Card with Action.Execute
 * "Import N actions" / "Discard", "Accept n" / "Drop n" on each suggestion and "Add N attendees
 * as members", each carrying only the draft's id and the choice. The core decides who may press.
 *
 * Teams serves these files from SharePoint / OneDrive, so only https URLs on SharePoint hosts
 * (or the configured TEAMS_SERVICE_URL's host, which tests point at a mock) are fetched.
 */
import type { IExecuteAction } from '@microsoft/teams.cards';
import { z } from 'zod';
import type { Core } from '../../src/core.ts';
import type { Actor } from '../../src/access.ts';
import { context, reply, type Message } from '../../src/message.ts';
import { downloadMinutes } from '../../src/minutes/download.ts';
import {
  boardFromText,
  parseChoice,
  refuseFile,
  type ConfirmOutcome,
  type HeldReview,
} from '../../src/minutes/uploads.ts';
import { teamsActivity } from './messenger.ts';
import { renderCard } from './render.ts';

export const FILE_DOWNLOAD_INFO = 'application/vnd.microsoft.teams.file.download.info';
/** The Action.Execute verb of the review's Import / Discard buttons. */
export const MINUTES_VERB = 'arising.minutes';

const attachmentSchema = z.object({
  contentType: z.literal(FILE_DOWNLOAD_INFO),
  name: z.string().min(1).default('minutes'),
  content: z.object({ downloadUrl: z.string(), fileType: z.string().optional() }).loose(),
});
export type FileAttachment = z.infer<typeof attachmentSchema>;

/** The first file in an activity's attachments, if it carries one. */
export function fileAttachment(attachments: readonly unknown[] | undefined) {
  for (const a of attachments ?? []) {
    const parsed = attachmentSchema.safeParse(a);
    if (parsed.success) return parsed.data;
  }
  return undefined;
}

const SHAREPOINT = /\.sharepoint(-df|-mil)?\.(com|us|de|cn)$/i;

/** SharePoint's hosts over https, plus any host configured (the Bot Connector's, in tests). */
export function mayFetch(url: string, extraHosts: readonly string[]): boolean {
  const u = new URL(url);
  return (u.protocol === 'https:' && SHAREPOINT.test(u.hostname)) || extraHosts.includes(u.host);
}

/** The data Teams sends back on a press; anything else is refused. */
export const minutesPressSchema = z
  .object({
    draftId: z.string().min(1).max(64),
    choice: z.enum(['import', 'discard', 'add-members', 'accept', 'drop']),
    index: z.number().int().min(0).max(9999).optional(),
  })
  .transform((p, ctx) => {
    const choice = parseChoice(
      p.choice === 'accept' || p.choice === 'drop' ? `${p.choice}:${p.index ?? -1}` : p.choice,
    );
    if (!choice) {
      ctx.addIssue({ code: 'custom', message: 'a suggestion press names no suggestion' });
      return z.NEVER;
    }
    return { draftId: p.draftId, choice };
  });

function button(
  title: string,
  choice: 'import' | 'discard' | 'add-members' | 'accept' | 'drop',
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

/**
 * The card that replaces the review after a press: the review redrawn with the choice made (and
 * what was done as its last line) while it is still open; else the outcome alone.
 */
export function pressReply(outcome: ConfirmOutcome) {
  const card = outcome.review
    ? reviewCard({
        ...outcome.review,
        message: {
          ...outcome.review.message,
          blocks: [...outcome.review.message.blocks, context(outcome.message)],
        },
      })
    : renderCard(reply(outcome.message));
  return {
    statusCode: 200 as const,
    type: 'application/vnd.microsoft.card.adaptive' as const,
    value: card as never,
  };
}

/** A file sent by `actor`: the review activity, or a reply saying what to send instead. */
export async function receiveMinutes(
  core: Core,
  actor: Actor,
  file: FileAttachment,
  text: string,
  extraHosts: readonly string[],
): Promise<ReturnType<typeof reviewActivity> | Message> {
  const refused = (await core.refuseUploader(actor)) ?? refuseFile(file.name, undefined);
  if (refused) return reply(refused);
  if (!mayFetch(file.content.downloadUrl, extraHosts))
    throw new Error(`file URL on an unexpected host: ${new URL(file.content.downloadUrl).host}`);
  const got = await downloadMinutes(file.content.downloadUrl, file.name);
  if (!got.ok) return reply(got.message);
  const outcome = await core.uploadMinutes(actor, file.name, got.bytes, boardFromText(text));
  if (!outcome.ok) return reply(outcome.message);
  return reviewActivity(outcome);
}
