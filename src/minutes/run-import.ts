/**
 * `arising import <file> [--board slug] [--dry-run|--commit] [--add-members] [--json]`: prints
 * the review (or the draft as JSON) and, with --commit, writes it. When the board is known the
 * review says what the import will do (actions already in the register, attendees who are not
 * members). Returns the exit code.
 */
import { readFile } from 'node:fs/promises';
import type { Clock } from '../ports.ts';
import type { Db } from '../register/tx.ts';
import { commitDraft } from './commit.ts';
import { reviewText } from './review.ts';
import { forBoard } from './in-register.ts';
import { boardFor, draftFromBytes } from './service.ts';

export interface ImportOptions {
  readonly board?: string;
  readonly commit?: boolean;
  readonly json?: boolean;
  /** Also add the attendees who are not on the board as members (role from the minutes). */
  readonly addMembers?: boolean;
}

export interface Output {
  write(text: string): void;
}

export async function runImport(
  db: Db,
  clock: Clock,
  file: string,
  options: ImportOptions,
  out: Output,
  err: Output,
): Promise<number> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch {
    err.write(`Cannot read ${file}. Give the path of the minutes as a .docx, .pdf or .txt file.\n`);
    return 2;
  }
  const drafted = await draftFromBytes(db, file, bytes);
  if (!drafted.ok) {
    err.write(`${drafted.message}\n`);
    return 2;
  }
  const chosen = await boardFor(db, drafted.draft, options.board);
  // A mistyped --board must not pass for a review of no board: that review marks nothing as
  // already imported.
  if (options.board && !chosen.ok) {
    err.write(`${chosen.message}\n`);
    return 2;
  }
  let draft = chosen.ok ? await forBoard(db, chosen.board, drafted.draft) : drafted.draft;
  if (options.addMembers && draft.members)
    draft = { ...draft, members: draft.members.map((m) => ({ ...m, accepted: true })) };
  if (options.json) out.write(`${JSON.stringify(draft, null, 2)}\n`);
  else out.write(reviewText(draft));
  if (!options.commit) {
    if (!chosen.ok)
      err.write(
        `Not checked against the register (actions already imported, attendees already members): ${chosen.message}\n`,
      );
    if (!options.json)
      out.write(
        `Dry run: nothing written. Add --commit to write these actions${draft.members?.length && !options.addMembers ? ' (and --add-members to add the attendees as members)' : ''}.\n`,
      );
    return 0;
  }
  if (draft.documentKind === 'report') {
    err.write(
      'This is a committee report, not minutes: nothing to write. Import the minutes of the meeting instead.\n',
    );
    return 2;
  }
  if (!chosen.ok) {
    err.write(`${chosen.message}\n`);
    return 2;
  }
  const outcome = await commitDraft(
    db,
    chosen.board,
    draft,
    { personId: null, name: 'Minutes import (CLI)', source: 'import' },
    clock.now(),
    { addMembers: options.addMembers === true },
  );
  const write = options.json ? err : out;
  write.write(
    `Written to ${chosen.board.name}: ${outcome.created.length} new action(s)${outcome.created.length ? ` (${outcome.created.join(', ')})` : ''}, ` +
      `${outcome.existing.length} already imported${outcome.existing.length ? ` (${outcome.existing.join(', ')}, not imported again)` : ''}, ${outcome.peopleAdded.length} new people` +
      `${outcome.membersAdded.length ? `, ${outcome.membersAdded.length} new member(s): ${outcome.membersAdded.join(', ')}` : ''}.\n`,
  );
  return 0;
}
