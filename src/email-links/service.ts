/**
 * Makes the three links an email carries for each action (Complete, In progress, Add an
 * update), signed for the person it is sent to, the action and its version, and expiring after
 * the meeting the action is due at (src/email-links/links.ts has the rule).
 *
 *   const links = createEmailLinks({ db, clock, secret, baseUrl: () => publicUrl });
 *   await links.forAction(personId, 'LCRB-12', 3); // { complete, inProgress, update, expires }
 */
import type { PersonId } from '../domain.ts';
import type { ActionLinks, Clock, EmailLinks } from '../ports.ts';

export type { ActionLinks, EmailLinks };
import { getActionByRef } from '../register/actions.ts';
import { getBoard } from '../register/boards.ts';
import { getMeeting } from '../register/meetings.ts';
import type { Db } from '../register/tx.ts';
import { linkExpiry, signUpdateToken, UPDATE_PATH, type LinkChoice } from './links.ts';

export interface EmailLinkOptions {
  readonly db: Db;
  readonly clock: Clock;
  readonly secret: string;
  /** The public base URL (PUBLIC_URL, else the listening address). */
  readonly baseUrl: () => string;
}

/** The id of an action's newest history row (0 with none): any change moves it. */
export async function historyMark(db: Db, actionId: number): Promise<number> {
  const row = await db
    .selectFrom('action_updates')
    .select((e) => e.fn.max('id').as('mark'))
    .where('action_id', '=', actionId)
    .executeTakeFirst();
  return Number(row?.mark ?? 0);
}

export function updateUrl(base: string, token: string, choice: LinkChoice): string {
  const query = new URLSearchParams({ t: token, do: choice });
  return `${base.replace(/\/+$/, '')}${UPDATE_PATH}?${query.toString()}`;
}

export function createEmailLinks(options: EmailLinkOptions): EmailLinks {
  return {
    async forAction(personId, ref, version) {
      const action = await getActionByRef(options.db, ref);
      if (!action) return undefined;
      const board = await getBoard(options.db, action.boardId);
      const meeting = action.dueMeetingId
        ? await getMeeting(options.db, action.dueMeetingId)
        : null;
      const expires = linkExpiry(
        { meetingStartsAt: meeting?.startsAt ?? null, dueDate: action.dueDate },
        board?.timezone ?? 'Europe/London',
        options.clock.now(),
      );
      const token = signUpdateToken(options.secret, {
        personId: personId as PersonId,
        actionId: action.id,
        version,
        mark: await historyMark(options.db, action.id),
        expires: Math.floor(expires.getTime() / 1000),
      });
      const base = options.baseUrl();
      return {
        complete: updateUrl(base, token, 'complete'),
        inProgress: updateUrl(base, token, 'in_progress'),
        update: updateUrl(base, token, 'update'),
        expires,
      };
    },
  };
}
