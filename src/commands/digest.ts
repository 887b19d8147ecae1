/**
 * `digest [board] [public]` for a board's chair and secretariat, and `close-agreed [board]` for
 * its secretariat after the meeting.
 */
import { formatDate } from '../dates.ts';
import { chatDigest } from '../digest/compose.ts';
import { loadDigestModel, statusChanges } from '../digest/load.ts';
import type { Edition } from '../digest/model.ts';
import type { Message } from '../message.ts';
import { code, paragraph, reply } from '../message.ts';
import { changeStatus, listActions } from '../register/actions.ts';
import { previousMeeting } from '../register/meetings.ts';
import { inTransaction } from '../register/tx.ts';
import type { CommandContext } from './context.ts';
import { authorOf, namesWithRole, oneBoardFor } from './targets.ts';
import { USAGE } from './usage.ts';
import { isChair, isSecretariat, type Actor } from '../access.ts';

export async function digest(
  ctx: CommandContext,
  actor: Actor,
  boardName: string | undefined,
  edition: Edition,
): Promise<Message> {
  const found = await oneBoardFor(
    ctx,
    actor,
    boardName,
    (id) => isChair(actor, id) || isSecretariat(actor, id),
    USAGE.digest,
  );
  if (!('id' in found)) return found;
  const board = found;
  if (!isChair(actor, board.id) && !isSecretariat(actor, board.id)) {
    return reply(
      `The digest of ${board.name} is for its chair (${await namesWithRole(ctx.db, board.id, 'chair')}) and secretariat (${await namesWithRole(ctx.db, board.id, 'secretariat')}). Type `,
      code(`outstanding ${board.slug}`),
      ' for the open actions you can see.',
    );
  }
  const loaded = await loadDigestModel(ctx.db, board.id, ctx.clock.now(), { edition });
  if (!loaded.ok) return reply(loaded.message);
  if (!loaded.model.meeting) {
    return reply(
      `${board.name} has no next meeting in the register, so there is no digest to prepare. Type `,
      code(`outstanding ${board.slug}`),
      ' for its open actions.',
    );
  }
  return chatDigest(loaded.model, ctx.digestLinks);
}

/** Thrown inside the transaction to undo every closure when one action changed meanwhile. */
class ChangedMeanwhile extends Error {
  readonly code = 'stale';
  constructor(readonly ref: string) {
    super(`${ref} changed while closing`);
  }
}

export async function closeAgreed(
  ctx: CommandContext,
  actor: Actor,
  boardName: string | undefined,
): Promise<Message> {
  const found = await oneBoardFor(
    ctx,
    actor,
    boardName,
    (id) => isSecretariat(actor, id),
    USAGE['close-agreed'],
  );
  if (!('id' in found)) return found;
  const board = found;
  if (!isSecretariat(actor, board.id)) {
    return reply(
      `Only the secretariat of ${board.name} (${await namesWithRole(ctx.db, board.id, 'secretariat')}) can record the board's agreement to close actions.`,
    );
  }
  const now = ctx.clock.now();
  const meeting = await previousMeeting(ctx.db, board.id, now);
  if (!meeting) {
    return reply(
      `${board.name} has not met yet, so it has agreed no closures. Close one action with `,
      code('update LCRB-12 closed "reason"'),
      '.',
    );
  }
  const when = formatDate(meeting.startsAt, board.timezone);
  const author = authorOf(actor);
  let outcome: { closed: string[]; waiting: string[] };
  try {
    outcome = await inTransaction(ctx.db, async (trx) => {
      const complete = await listActions(trx, { boardIds: [board.id], statuses: ['complete'] });
      const changedAt = await statusChanges(
        trx,
        complete.map((a) => a.id),
      );
      // Only what was complete when the meeting began was in the papers for the board to agree.
      const agreed = complete.filter(
        (a) => (changedAt.get(a.id) ?? a.updatedAt) <= meeting.startsAt,
      );
      for (const action of agreed) {
        const closed = await changeStatus(
          trx,
          {
            id: action.id,
            status: 'closed',
            note: `Closure agreed by the board at its meeting of ${when}.`,
            expectedVersion: action.version,
          },
          author,
          now,
        );
        if (!closed.ok) throw new ChangedMeanwhile(action.ref);
      }
      return {
        closed: agreed.map((a) => a.ref),
        waiting: complete.filter((a) => !agreed.includes(a)).map((a) => a.ref),
      };
    });
  } catch (error) {
    if (!(error instanceof ChangedMeanwhile)) throw error;
    return reply(
      `${error.ref} was changed by someone else while closing, so nothing was closed. Type `,
      code(`close-agreed ${board.slug}`),
      ' again.',
    );
  }
  const waiting = outcome.waiting.length
    ? ` ${outcome.waiting.join(', ')} became complete after the meeting began and ${outcome.waiting.length === 1 ? 'waits' : 'wait'} for the next one.`
    : '';
  if (outcome.closed.length === 0) {
    return reply(
      `Nothing to close: no action of ${board.name} was complete at its meeting of ${when}.${waiting}`,
    );
  }
  const said = `Closed ${outcome.closed.length} action${outcome.closed.length === 1 ? '' : 's'} of ${board.name}, as agreed at its meeting of ${when}: ${outcome.closed.join(', ')}.`;
  return { summary: said, blocks: [paragraph(said + waiting)] };
}
