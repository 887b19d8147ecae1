/**
 * The digest as a chat message, ready to send. The `digest` command calls it, and so does the
 * scheduled posting at send time (the outbox deliverer), so a digest queued a day early still
 * shows the register as it stands when it goes out.
 *
 *   const message = await composeDigestMessage(db, board.id, meeting.id, clock.now(), { links });
 */
import type { BoardId, MeetingId } from '../domain.ts';
import { localDate } from '../dates.ts';
import type { Message } from '../message.ts';
import { reply } from '../message.ts';
import type { Db } from '../register/tx.ts';
import type { DigestLinks } from './links.ts';
import { loadDigestModel } from './load.ts';
import type { DigestModel, Edition } from './model.ts';
import { renderChat, type DocumentLinks } from './render-chat.ts';
import { DIGEST_FORMATS } from './render.ts';

export interface ComposeOptions {
  /** Signs links to the full document; without it the message says how to export it. */
  readonly links?: DigestLinks;
  readonly edition?: Edition;
}

export function documentLinks(model: DigestModel, links: DigestLinks | undefined): DocumentLinks {
  if (!links || !model.meeting) return {};
  const meetingId = model.meeting.id;
  return Object.fromEntries(
    DIGEST_FORMATS.map((format) => [
      format,
      links.url({ board: model.board.slug, meetingId, format, edition: model.edition }),
    ]),
  );
}

/** The chat message for a model: the summary, and links (or the CLI to run) for the rest. */
export function chatDigest(model: DigestModel, links: DigestLinks | undefined): Message {
  const message = renderChat(model, documentLinks(model, links));
  if (links && model.meeting) return message;
  const hint = `Full action log: arising digest ${model.board.slug}${model.meeting ? ` --meeting ${localDate(model.meeting.startsAt, model.board.timezone)}` : ''} --format docx --out action-log.docx`;
  return {
    ...message,
    blocks: [...message.blocks, { kind: 'context', spans: [{ text: hint, style: 'code' }] }],
  };
}

export async function composeDigestMessage(
  db: Db,
  boardId: BoardId,
  meetingId: MeetingId,
  now: Date,
  options: ComposeOptions = {},
): Promise<Message> {
  const loaded = await loadDigestModel(db, boardId, now, {
    edition: options.edition ?? 'full',
    meetingId,
  });
  if (!loaded.ok) return reply(loaded.message);
  return chatDigest(loaded.model, options.links);
}
