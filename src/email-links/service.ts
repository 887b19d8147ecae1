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
import { compiledOnce } from '../db/compiled.ts';
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
  const [row] = await markOf.execute(db, actionId);
  return Number(row?.mark ?? 0);
}

const markOf = compiledOnce((db, actionId: number) =>
  db
    .selectFrom('action_updates')
    .select((e) => e.fn.max('id').as('mark'))
    .where('action_id', '=', actionId),
);

/**
 * What a link is made from, in one statement compiled once: every email signs links for each of
 * its actions, and this was five queries (the action with its owners, its board, its meeting,
 * its history mark) before.
 */
const linkFacts = compiledOnce((db, ref: string) =>
  db
    .selectFrom('actions')
    .innerJoin('boards', 'boards.id', 'actions.board_id')
    .leftJoin('meetings', 'meetings.id', 'actions.due_meeting_id')
    .select((eb) => [
      'actions.id as id',
      'actions.due_date as dueDate',
      'boards.timezone as zone',
      'meetings.starts_at as startsAt',
      eb
        .selectFrom('action_updates')
        .select((e) => e.fn.max('action_updates.id').as('m'))
        .whereRef('action_updates.action_id', '=', 'actions.id')
        .as('mark'),
    ])
    .where('actions.ref', '=', ref),
);

export function updateUrl(base: string, token: string, choice: LinkChoice): string {
  const query = new URLSearchParams({ t: token, do: choice });
  return `${base.replace(/\/+$/, '')}${UPDATE_PATH}?${query.toString()}`;
}

export function createEmailLinks(options: EmailLinkOptions): EmailLinks {
  return {
    async forAction(personId, ref, version) {
      const [action] = await linkFacts.execute(options.db, ref.trim().toUpperCase());
      if (!action) return undefined;
      const expires = linkExpiry(
        {
          meetingStartsAt: action.startsAt ?? null,
          dueDate: action.dueDate,
        },
        action.zone || 'Europe/London',
        options.clock.now(),
      );
      const token = signUpdateToken(options.secret, {
        personId: personId as PersonId,
        actionId: action.id,
        version,
        mark: Number(action.mark ?? 0),
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
