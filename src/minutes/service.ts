/**
 * The importer as the CLI and the chat surfaces call it: file -> draft (with the register's
 * people to resolve owners against), and the board a draft belongs to.
 */
import type { Board } from '../domain.ts';
import { findBoard, listBoards } from '../register/boards.ts';
import type { Db } from '../register/tx.ts';
import type { Draft } from './draft.ts';
import { extractText } from './extract.ts';
import { listKnownPeople } from './known.ts';
import { parseMinutes } from './parse.ts';
import { key } from './text.ts';

export type DraftOutcome =
  { readonly ok: true; readonly draft: Draft } | { readonly ok: false; readonly message: string };

/** Reads the file and parses it against the people in the register. */
export async function draftFromBytes(
  db: Db,
  fileName: string,
  bytes: Uint8Array,
): Promise<DraftOutcome> {
  const extracted = await extractText(fileName, bytes);
  if (!extracted.ok) return extracted;
  if (!extracted.text.trim())
    return {
      ok: false,
      message: `${fileName} has no text in it. Check it is the minutes, then import it again.`,
    };
  const name = fileName.split(/[\\/]/).pop() ?? fileName;
  return {
    ok: true,
    draft: parseMinutes(extracted.text, { source: name, known: await listKnownPeople(db) }),
  };
}

export type BoardChoice =
  { readonly ok: true; readonly board: Board } | { readonly ok: false; readonly message: string };

/** The board named by slug, else the one whose name the minutes give. */
export async function boardFor(db: Db, draft: Draft, slug?: string | null): Promise<BoardChoice> {
  const boards = await listBoards(db);
  const names = boards.map((b) => b.slug).join(', ') || 'none yet';
  if (slug) {
    const board = await findBoard(db, slug);
    return board
      ? { ok: true, board }
      : { ok: false, message: `No board "${slug}". Use one of: ${names}.` };
  }
  const wanted = draft.board ? key(draft.board.replace(/^the\s+/i, '')) : '';
  const matches = boards.filter((b) => key(b.name) === wanted || key(b.refPrefix) === wanted);
  if (matches.length === 1) return { ok: true, board: matches[0]! };
  return {
    ok: false,
    message: `The minutes name ${draft.board ? `"${draft.board}"` : 'no board'}, which is not one board in the register. Say which board with --board <slug> (boards: ${names}).`,
  };
}
