/**
 * Minutes shared with the bot in Slack or Teams: the checks an adapter makes before it downloads
 * a file, the draft held for review, and the Import / Discard click.
 *
 * The draft is held server-side (held-drafts.ts) and the buttons carry only its random id, so
 * what is imported is exactly what was reviewed, and a click cannot smuggle in another draft.
 */
import type { Clock } from '../ports.ts';
import { isSecretariatAnywhere, type Actor } from '../access.ts';
import { context, type Message } from '../message.ts';
import { findBoard, listBoards } from '../register/boards.ts';
import { peopleWithRole } from '../register/people.ts';
import { inTransaction, type Db } from '../register/tx.ts';
import { READABLE_EXTENSIONS, TYPES_HINT } from './extract.ts';
import { commitForActor, draftForActor } from './for-chat.ts';
import { claimForImport, discardHeldDraft, findHeldDraft, holdDraft } from './held-drafts.ts';

/** 5 MB is far beyond any real set of minutes (a PDF of 50 pages is well under 1 MB), and bounds what a download may cost. */
export const MAX_MINUTES_BYTES = 5 * 1024 * 1024;

/** Why a shared file will not be read (before downloading it), or null when it may be. */
export function refuseFile(fileName: string, size: number | undefined): string | null {
  const lower = fileName.toLowerCase();
  if (!READABLE_EXTENSIONS.some((ext) => lower.endsWith(ext)))
    return `I can't read "${fileName}". ${TYPES_HINT}`;
  if (size !== undefined && size > MAX_MINUTES_BYTES) return tooLarge(fileName);
  return null;
}

export const tooLarge = (fileName: string) =>
  `"${fileName}" is larger than ${MAX_MINUTES_BYTES / 1024 / 1024} MB, too big for minutes. Save the minutes alone as .docx, .pdf or .txt (without embedded images) and share that.`;

/** A board's short name typed with the file ("lcrb"), if the text is one word. */
export function boardFromText(text: string): string | null {
  const word = text.trim().replace(/^board\s+/i, '');
  return /^[a-z0-9][a-z0-9_-]{0,40}$/i.test(word) ? word.toLowerCase() : null;
}

/**
 * Null when `actor` may import minutes (secretariat of some board); else a refusal naming the
 * secretariat of the boards they belong to (of every board if none), checked before a download.
 */
export async function refuseUploader(db: Db, actor: Actor): Promise<string | null> {
  if (isSecretariatAnywhere(actor)) return null;
  const boards = (await listBoards(db)).filter(
    (b) => actor.roles.size === 0 || actor.roles.has(b.id),
  );
  const names = new Set<string>();
  for (const b of boards)
    for (const p of await peopleWithRole(db, b.id, 'secretariat')) names.add(p.name);
  const who = names.size ? ` (${[...names].slice(0, 5).join(', ')})` : '';
  return `Only a board's secretariat can import minutes. Send the file to your board's secretariat${who} to import, or ask them to add you as secretariat.`;
}

export type UploadOutcome =
  | {
      readonly ok: true;
      /** What the Import / Discard buttons carry. */
      readonly draftId: string;
      /** The review: board, meeting, next meeting, actions with owners, warnings, suggestions. */
      readonly message: Message;
      /** Explicit actions an Import writes; null for a committee report (nothing to import). */
      readonly importable: number | null;
    }
  | { readonly ok: false; readonly message: string };

export interface ConfirmOutcome {
  readonly ok: boolean;
  readonly message: string;
}

export async function uploadMinutes(
  db: Db,
  clock: Clock,
  actor: Actor,
  fileName: string,
  bytes: Uint8Array,
  boardSlug?: string | null,
): Promise<UploadOutcome> {
  const refused = await refuseUploader(db, actor);
  if (refused) return { ok: false, message: refused };
  if (bytes.byteLength > MAX_MINUTES_BYTES) return { ok: false, message: tooLarge(fileName) };
  if (boardSlug && !(await findBoard(db, boardSlug))) {
    const names = (await listBoards(db)).map((b) => b.slug).join(', ') || 'none yet';
    return {
      ok: false,
      message: `There is no board "${boardSlug}". Share the file again with one of these as the message: ${names}.`,
    };
  }
  const drafted = await draftForActor(db, actor, fileName, bytes, boardSlug);
  if (!drafted.ok) return drafted;
  const report = drafted.draft.documentKind === 'report';
  const draftId = await holdDraft(
    db,
    { personId: actor.person.id, boardSlug: drafted.boardSlug, fileName, draft: drafted.draft },
    clock.now(),
  );
  const blocks = [...drafted.message.blocks];
  if (report)
    blocks.push(
      context('This is a committee report, not minutes: there is nothing to import. Discard it.'),
    );
  else if (!drafted.boardSlug)
    blocks.push(
      context(
        'I could not tell which board these minutes belong to. Discard, then share the file again with the board\'s short name as the message, e.g. "lcrb".',
      ),
    );
  return {
    ok: true,
    draftId,
    message: { ...drafted.message, blocks },
    importable: report ? null : drafted.draft.actions.filter((a) => a.kind === 'explicit').length,
  };
}

const gone =
  'That draft has expired or was discarded. Share the minutes with me again to get a fresh one.';

/** The Import / Discard click on a held draft; only the person who shared the file may. */
export async function confirmMinutes(
  db: Db,
  clock: Clock,
  actor: Actor,
  draftId: string,
  choice: 'import' | 'discard',
): Promise<ConfirmOutcome> {
  const held = await findHeldDraft(db, draftId, clock.now());
  if (!held) return { ok: false, message: gone };
  if (held.personId !== actor.person.id)
    return {
      ok: false,
      message:
        'Only the person who shared these minutes can import or discard this draft. Share the file with me yourself to get your own.',
    };
  if (choice === 'discard') {
    if (held.importedAt)
      return { ok: false, message: 'These minutes are already imported; nothing to discard.' };
    await discardHeldDraft(db, draftId);
    return { ok: true, message: `Discarded the draft from ${held.fileName}. Nothing was written.` };
  }
  return inTransaction(db, async (trx) => {
    if (!(await claimForImport(trx, draftId, clock.now())))
      return {
        ok: true,
        message: `${held.fileName} is already imported: nothing new was written. Type "outstanding" to see the actions.`,
      };
    const outcome = await commitForActor(trx, clock, actor, held.draft, held.boardSlug);
    // A refusal must not leave the draft marked imported: throwing rolls the claim back.
    if (!outcome.ok) throw new RefusedImport(outcome.message);
    return { ok: true, message: outcome.message };
  }).catch((error: unknown) => {
    if (error instanceof RefusedImport) return { ok: false, message: error.message };
    throw error;
  });
}

/** Carries a refusal out of the transaction so the claim is rolled back with it. */
class RefusedImport extends Error {}
