/**
 * The importer behind Core.draftFromMinutes / Core.commitDraft, for minutes shared with the bot
 * in Slack or Teams. Only a board's secretariat may import its minutes; the draft a platform
 * sends back for commit is untrusted JSON and is checked against the schema first.
 */
import type { Clock } from '../ports.ts';
import { isSecretariat, isSecretariatAnywhere, type Actor } from '../access.ts';
import type { Message } from '../message.ts';
import type { Db } from '../register/tx.ts';
import { commitDraft, type CommitOutcome } from './commit.ts';
import { draftSchema, type Draft } from './draft.ts';
import { forBoard } from './in-register.ts';
import { reviewMessage } from './review.ts';
import { boardFor, draftFromBytes } from './service.ts';

export type MinutesDraftOutcome =
  | {
      readonly ok: true;
      readonly draft: Draft;
      readonly boardSlug: string | null;
      readonly message: Message;
    }
  | { readonly ok: false; readonly message: string };

export type MinutesCommitOutcome =
  | { readonly ok: true; readonly outcome: CommitOutcome; readonly message: string }
  | { readonly ok: false; readonly message: string };

const refuse = (what: string) =>
  `Only a board's secretariat can ${what}. Ask the secretariat to share the minutes with me, or to add you as secretariat.`;

export async function draftForActor(
  db: Db,
  actor: Actor,
  fileName: string,
  bytes: Uint8Array,
  boardSlug?: string | null,
): Promise<MinutesDraftOutcome> {
  const anyBoard = isSecretariatAnywhere(actor);
  if (!anyBoard) return { ok: false, message: refuse('import minutes') };
  const drafted = await draftFromBytes(db, fileName, bytes);
  if (!drafted.ok) return drafted;
  const board = await boardFor(db, drafted.draft, boardSlug);
  if (board.ok && !isSecretariat(actor, board.board.id))
    return { ok: false, message: refuse(`import minutes of ${board.board.name}`) };
  // With the board known, the review says what the import will do there.
  const draft = board.ok ? await forBoard(db, board.board, drafted.draft) : drafted.draft;
  return {
    ok: true,
    draft,
    boardSlug: board.ok ? board.board.slug : null,
    message: reviewMessage(draft),
  };
}

export async function commitForActor(
  db: Db,
  clock: Clock,
  actor: Actor,
  input: unknown,
  boardSlug?: string | null,
): Promise<MinutesCommitOutcome> {
  const parsed = draftSchema.safeParse(input);
  if (!parsed.success)
    return {
      ok: false,
      message:
        'That draft is not one I made (it does not match the import schema). Share the minutes again to get a fresh draft.',
    };
  const draft = parsed.data;
  if (draft.documentKind === 'report')
    return {
      ok: false,
      message:
        'This is a committee report, not minutes: there is nothing to write. Share the minutes of the meeting instead.',
    };
  const board = await boardFor(db, draft, boardSlug);
  if (!board.ok)
    return {
      ok: false,
      message: board.message.replace('with --board <slug>', 'by its short name, e.g. "lcrb"'),
    };
  if (!isSecretariat(actor, board.board.id))
    return { ok: false, message: refuse(`import minutes of ${board.board.name}`) };
  const outcome = await commitDraft(
    db,
    board.board,
    draft,
    { personId: actor.person.id, name: actor.person.name, source: 'import' },
    clock.now(),
  );
  return {
    ok: true,
    outcome,
    message:
      `Written to ${board.board.name}: ${outcome.created.length} new action(s)${outcome.created.length ? ` (${outcome.created.join(', ')})` : ''}, ` +
      `${outcome.existing.length} already imported${outcome.existing.length ? ` (${outcome.existing.join(', ')}, not imported again)` : ''}` +
      `${outcome.membersAdded.length ? `; new board members: ${outcome.membersAdded.join(', ')}` : ''}.`,
  };
}
