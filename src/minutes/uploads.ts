/**
 * Minutes shared with the bot in Slack or Teams: the checks an adapter makes before it downloads
 * a file, the draft held for review, and the review's buttons: Import / Discard, Accept / Drop on
 * each suggestion, and Add attendees as members.
 *
 * The draft is held server-side (held-drafts.ts) and the buttons carry only its random id, so
 * what is imported is exactly what was reviewed, and a click cannot smuggle in another draft.
 */
import type { Clock } from '../ports.ts';
import { isSecretariat, isSecretariatAnywhere, type Actor } from '../access.ts';
import { context, type Message } from '../message.ts';
import { findBoard, listBoards } from '../register/boards.ts';
import { peopleWithRole } from '../register/people.ts';
import { inTransaction, type Db } from '../register/tx.ts';
import { READABLE_EXTENSIONS, TYPES_HINT } from './extract.ts';
import { draftSchema, type Draft } from './draft.ts';
import { commitForActor, draftForActor } from './for-chat.ts';
import {
  claimForImport,
  discardHeldDraft,
  findHeldDraft,
  holdDraft,
  updateHeldDraft,
} from './held-drafts.ts';
import { forBoard, toImport } from './in-register.ts';
import { reviewMessage, suggestionsOf } from './review.ts';

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

/** One suggestion of the review, numbered as its table shows it, with its Accept / Drop state. */
export interface ReviewSuggestion {
  /** Its index in the draft's actions: what the Accept / Drop buttons carry. */
  readonly index: number;
  /** Its number in the review's suggestions table (1, 2, ...). */
  readonly number: number;
  readonly accepted: boolean;
}

/** A held draft's review, as the adapters render it with its buttons. */
export interface HeldReview {
  /** What every button carries. */
  readonly draftId: string;
  /** The review: board, meeting, next meeting, actions with owners, warnings, suggestions. */
  readonly message: Message;
  /** Actions an Import writes (new explicit ones and accepted suggestions); null for a report. */
  readonly importable: number | null;
  /** Suggestions not dropped, each with Accept / Drop. */
  readonly suggestions: readonly ReviewSuggestion[];
  /** Attendees offered as members and not yet chosen: the "Add N as members" button (0: none). */
  readonly membersOffered: number;
}

export type UploadOutcome =
  ({ readonly ok: true } & HeldReview) | { readonly ok: false; readonly message: string };

/** Every press on a review: Import, Discard, Accept or Drop suggestion n, Add members. */
export type MinutesChoice =
  'import' | 'discard' | 'add-members' | `accept:${number}` | `drop:${number}`;

const CHOICE = /^(?:import|discard|add-members|(?:accept|drop):\d{1,4})$/;
/** A choice from a button's payload, or null when it is not one of ours. */
export const parseChoice = (value: string): MinutesChoice | null =>
  CHOICE.test(value) ? (value as MinutesChoice) : null;

export interface ConfirmOutcome {
  readonly ok: boolean;
  readonly message: string;
  /** After Accept, Drop or Add members: the review as it now stands, to show in its place. */
  readonly review?: HeldReview;
}

/** The review of a held draft with its current choices (pure). */
export function reviewOf(draftId: string, draft: Draft, boardSlug: string | null): HeldReview {
  const report = draft.documentKind === 'report';
  const message = reviewMessage(draft);
  const blocks = [...message.blocks];
  if (report)
    blocks.push(
      context('This is a committee report, not minutes: there is nothing to import. Discard it.'),
    );
  else if (!boardSlug)
    blocks.push(
      context(
        'I could not tell which board these minutes belong to. Discard, then share the file again with the board\'s short name as the message, e.g. "lcrb".',
      ),
    );
  const offers = draft.members ?? [];
  return {
    draftId,
    message: { ...message, blocks },
    importable: report ? null : toImport(draft).length,
    suggestions: report
      ? []
      : suggestionsOf(draft).map((s, i) => ({
          index: s.index,
          number: i + 1,
          accepted: s.action.accepted,
        })),
    membersOffered: offers.some((m) => !m.accepted) ? offers.length : 0,
  };
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
  const draftId = await holdDraft(
    db,
    { personId: actor.person.id, boardSlug: drafted.boardSlug, fileName, draft: drafted.draft },
    clock.now(),
  );
  return { ok: true, ...reviewOf(draftId, drafted.draft, drafted.boardSlug) };
}

const gone =
  'That draft has expired or was discarded. Share the minutes with me again to get a fresh one.';

/** A press on a held draft's review; only the person who shared the file may press. */
export async function confirmMinutes(
  db: Db,
  clock: Clock,
  actor: Actor,
  draftId: string,
  choice: MinutesChoice,
): Promise<ConfirmOutcome> {
  const held = await findHeldDraft(db, draftId, clock.now());
  if (!held) return { ok: false, message: gone };
  if (held.personId !== actor.person.id)
    return {
      ok: false,
      message:
        'Only the person who shared these minutes can import or discard this draft. Share the file with me yourself to get your own.',
    };
  if (choice !== 'import' && choice !== 'discard') return decide(db, clock, actor, draftId, choice);
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

/** What a press on Accept, Drop or Add members does to the draft; null when it no longer applies. */
function apply(draft: Draft, choice: MinutesChoice): { draft: Draft; said: string } | null {
  if (choice === 'add-members') {
    if (!draft.members?.length) return null;
    return {
      draft: { ...draft, members: draft.members.map((m) => ({ ...m, accepted: true })) },
      said: `${draft.members.length} attendee(s) will be added as board members when you import.`,
    };
  }
  const [verb, n] = choice.split(':') as ['accept' | 'drop', string];
  const index = Number(n);
  const target = draft.actions[index];
  if (!target || target.kind !== 'suggested' || target.dropped) return null;
  const number = suggestionsOf(draft).findIndex((s) => s.index === index) + 1;
  const actions = draft.actions.map((a, i) =>
    i !== index
      ? a
      : verb === 'accept'
        ? { ...a, accepted: true }
        : { ...a, accepted: false, dropped: true },
  );
  return {
    draft: { ...draft, actions },
    said:
      verb === 'accept'
        ? `Suggestion ${number} accepted: it will be imported as an action.`
        : `Suggestion ${number} dropped: it will not be imported.`,
  };
}

/**
 * Accept or Drop a suggestion, or Add members: the secretariat of the draft's board only (checked
 * again here, whatever the button says), on a draft not yet imported. The held draft is updated
 * by compare-and-set, so two quick presses both count.
 */
async function decide(
  db: Db,
  clock: Clock,
  actor: Actor,
  draftId: string,
  choice: MinutesChoice,
): Promise<ConfirmOutcome> {
  for (let attempt = 0; attempt < 5; attempt++) {
    const held = await findHeldDraft(db, draftId, clock.now());
    if (!held) return { ok: false, message: gone };
    if (held.importedAt)
      return {
        ok: false,
        message: `${held.fileName} is already imported. Use "assign" or "add" to change the register now.`,
      };
    const board = held.boardSlug ? await findBoard(db, held.boardSlug) : undefined;
    if (!board)
      return {
        ok: false,
        message:
          'I do not know which board these minutes belong to, so nothing can be accepted. Discard, then share the file again with the board\'s short name as the message, e.g. "lcrb".',
      };
    if (!isSecretariat(actor, board.id))
      return {
        ok: false,
        message: `Only the secretariat of ${board.name} can accept or drop suggestions or add members.`,
      };
    const parsed = draftSchema.safeParse(held.draft);
    if (!parsed.success) return { ok: false, message: gone };
    const applied = apply(parsed.data, choice);
    if (!applied)
      return {
        ok: false,
        message:
          'That choice no longer applies to this draft (already dropped, or nothing to add).',
      };
    const next = await forBoard(db, board, applied.draft);
    if (await updateHeldDraft(db, draftId, held.stored, next))
      return { ok: true, message: applied.said, review: reviewOf(draftId, next, held.boardSlug) };
  }
  throw new Error("held draft kept changing under the secretariat's presses");
}

/** Carries a refusal out of the transaction so the claim is rolled back with it. */
class RefusedImport extends Error {}
