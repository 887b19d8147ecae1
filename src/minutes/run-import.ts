/**
 * `arising import <file> [--board slug] [--dry-run|--commit] [--json]`: prints the review (or
 * the draft as JSON) and, with --commit, writes it. Returns the exit code.
 */
import { readFile } from 'node:fs/promises';
import type { Clock } from '../ports.ts';
import type { Db } from '../register/tx.ts';
import { commitDraft } from './commit.ts';
import { reviewText } from './review.ts';
import { boardFor, draftFromBytes } from './service.ts';

export interface ImportOptions {
  readonly board?: string;
  readonly commit?: boolean;
  readonly json?: boolean;
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
  const draft = drafted.draft;
  if (options.json) out.write(`${JSON.stringify(draft, null, 2)}\n`);
  else out.write(reviewText(draft));
  if (!options.commit) {
    if (!options.json)
      out.write('Dry run: nothing written. Add --commit to write these actions.\n');
    return 0;
  }
  if (draft.documentKind === 'report') {
    err.write(
      'This is a committee report, not minutes: nothing to write. Import the minutes of the meeting instead.\n',
    );
    return 2;
  }
  const chosen = await boardFor(db, draft, options.board);
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
  );
  const write = options.json ? err : out;
  write.write(
    `Written to ${chosen.board.name}: ${outcome.created.length} new action(s)${outcome.created.length ? ` (${outcome.created.join(', ')})` : ''}, ` +
      `${outcome.existing.length} already imported, ${outcome.peopleAdded.length} new people.\n`,
  );
  return 0;
}
