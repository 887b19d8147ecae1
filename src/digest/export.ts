/**
 * `arising digest <board> --format ...`: finds the board and meeting the secretariat named and
 * renders the document. Returns the bytes, or a message saying what to type instead.
 */
import { z } from 'zod';
import type { MeetingId } from '../domain.ts';
import { findBoard } from '../register/boards.ts';
import type { Db } from '../register/tx.ts';
import { loadDigestModel, meetingOn } from './load.ts';
import { DIGEST_FORMATS, renderDocument, type DigestFormat } from './render.ts';

export interface DigestCliOptions {
  readonly meeting?: string;
  readonly format: DigestFormat;
  readonly public?: boolean;
  readonly out?: string;
  readonly database?: string;
}

const optionsSchema = z.object({
  meeting: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected --meeting YYYY-MM-DD, e.g. --meeting 2026-12-02')
    .optional(),
  format: z.enum(DIGEST_FORMATS, { message: 'expected --format md, html, docx or csv' }),
  public: z.boolean().optional(),
});

export type Exported =
  { readonly ok: true; readonly body: Buffer } | { readonly ok: false; readonly message: string };

export async function exportDigest(
  db: Db,
  now: Date,
  boardName: string,
  options: DigestCliOptions,
): Promise<Exported> {
  const parsed = optionsSchema.safeParse(options);
  if (!parsed.success) return { ok: false, message: parsed.error.issues[0]!.message };
  const board = await findBoard(db, boardName);
  if (!board)
    return {
      ok: false,
      message: `There is no board “${boardName.slice(0, 40)}”. Give its slug or ref prefix, e.g. lcrb.`,
    };
  let meetingId: MeetingId | undefined;
  if (parsed.data.meeting) {
    const meeting = await meetingOn(db, board, parsed.data.meeting);
    if (!meeting)
      return {
        ok: false,
        message: `${board.name} has no meeting on ${parsed.data.meeting}. Leave out --meeting for the next one.`,
      };
    meetingId = meeting.id;
  }
  const loaded = await loadDigestModel(db, board.id, now, {
    edition: parsed.data.public ? 'public' : 'full',
    ...(meetingId !== undefined ? { meetingId } : {}),
  });
  if (!loaded.ok) return { ok: false, message: loaded.message };
  return { ok: true, body: await renderDocument(loaded.model, parsed.data.format) };
}
