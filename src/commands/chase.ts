/**
 * `chase LCRB-12`, `chase TG`, `chase "Tim Godwin"`: the secretariat sends owners a reminder at
 * once, rather than waiting for the next scheduled one. Checked on the server:
 * - only the secretariat of an action's board may chase its owners; a person is chased only about
 *   their open actions on boards where the asker is secretariat, and someone who sits on none of
 *   those boards (and owns nothing on them) is "not found", as if not in the register;
 * - each owner is chased about an action at most once a board-local day: the `chases` table's
 *   unique key decides, so two instances answering at once still send one;
 * - one message per owner listing the chased actions with the usual buttons, through the outbox
 *   (topic `chase`), delivered at once when the service's messengers are wired in (sendNow);
 * - a history row on every action chased, and a reply saying what was sent, to whom and how.
 *
 * Past 300 lines because the three parts (finding whom to chase, recording it, answering) are
 * one decision the secretariat reads as one reply; each is its own function below.
 */
import type { Action, Board, Person } from '../domain.ts';
import { OPEN_STATUSES, STATUS_LABELS, isOpen } from '../domain.ts';
import { formatDateTime, localDate } from '../dates.ts';
import type { Block, Message } from '../message.ts';
import { code, context, paragraph, reply } from '../message.ts';
import { getActionByRef, listActions } from '../register/actions.ts';
import { getBoard } from '../register/boards.ts';
import { appendUpdate } from '../register/history.ts';
import { findPerson, membersOf } from '../register/people.ts';
import { inTransaction, iso } from '../register/tx.ts';
import type { NoticePayload } from '../reminders/outbox.ts';
import { canRead, isSecretariat, secretariatBoards, type Actor } from '../access.ts';
import type { CommandContext } from './context.ts';
import type { ChaseTarget } from './grammar.ts';
import { namesWithRole } from './targets.ts';
import { USAGE } from './usage.ts';
import { LINK_USAGE } from './link.ts';

/** How a platform delivers a chase, as the reply says it. */
const HOW: Readonly<Record<string, string>> = {
  slack: 'as a Slack direct message',
  teams: 'as a Teams chat message',
  email: 'by email',
  console: 'to the local console (no Slack or Teams is configured)',
};

/** One owner's part of a chase: what was sent, or why not. */
interface OwnerOutcome {
  readonly owner: Person;
  /** Chased now, and the outbox key of the message that carries them. */
  readonly chased: readonly Action[];
  readonly key: string | null;
  /** Already chased today: when and by whom. */
  readonly already: readonly { action: Action; at: string; by: string; zone: string }[];
  /** Not sent at all: the owner cannot be reached. */
  readonly unreachable?: string;
}

// The same words as the other commands (execute.ts), so a chase leaks nothing they do not.
function notFound(ref: string): Message {
  return reply(
    `There is no action ${ref}. Type `,
    code('mine'),
    ' for your actions, or ',
    code(USAGE.outstanding),
    " for a board's.",
  );
}

const cannotSee = (ref: string): Message =>
  reply(`You can't see ${ref}: it is not yours and you do not sit on its board.`);

const personOwners = (action: Action): Person[] =>
  action.owners.flatMap((o) => (o.kind === 'person' ? [o.person] : []));

export async function chase(
  ctx: CommandContext,
  actor: Actor,
  target: ChaseTarget,
): Promise<Message> {
  const found =
    target.kind === 'action'
      ? await chaseAction(ctx, actor, target.ref)
      : await chasePerson(ctx, actor, target.query);
  if (!Array.isArray(found)) return found;
  const boards = new Map<number, Board>();
  for (const action of found.flatMap((f) => f.actions))
    if (!boards.has(action.boardId))
      boards.set(action.boardId, (await getBoard(ctx.db, action.boardId))!);

  const outcomes: OwnerOutcome[] = [];
  for (const { owner, actions } of found) {
    // Asked first, so nothing is recorded as chased when it cannot go anywhere.
    const reach = ctx.sendNow ? await ctx.sendNow.route(owner.id) : undefined;
    if (reach && !reach.ok) {
      outcomes.push({ owner, chased: [], key: null, already: [], unreachable: reach.reason });
      continue;
    }
    // A chase of the same owner and action made meanwhile (another instance) rolls this one
    // back; once more, it is then reported as already chased today.
    outcomes.push(
      await recordChase(ctx, actor, owner, actions, boards).catch((error: unknown) => {
        if (!(error instanceof ChasedMeanwhile)) throw error;
        return recordChase(ctx, actor, owner, actions, boards);
      }),
    );
  }
  const keys = outcomes.flatMap((o) => (o.key ? [o.key] : []));
  if (ctx.sendNow && keys.length > 0) await ctx.sendNow.deliver(keys);
  return answer(ctx, outcomes);
}

type Found = { owner: Person; actions: Action[] }[];

class ChasedMeanwhile extends Error {
  readonly code = 'chased_meanwhile';
}

async function chaseAction(
  ctx: CommandContext,
  actor: Actor,
  ref: string,
): Promise<Found | Message> {
  const action = await getActionByRef(ctx.db, ref);
  if (!action) return notFound(ref);
  if (!canRead(actor, action)) return cannotSee(ref);
  if (!isSecretariat(actor, action.boardId))
    return reply(
      `Only the board's secretariat (${await namesWithRole(ctx.db, action.boardId, 'secretariat')}) can chase the owners of ${action.ref}. Its owners are reminded before it is due.`,
    );
  if (!isOpen(action.status))
    return reply(
      `${action.ref} is ${STATUS_LABELS[action.status].toLowerCase()}: there is nothing to chase.`,
    );
  const owners = personOwners(action);
  if (owners.length === 0)
    return reply(
      `${action.ref} has no person as its owner${action.owners.length ? ' (a group cannot be chased)' : ''}. Assign it first: `,
      code(`assign ${action.ref} <name or initials>`),
      '.',
    );
  return owners.map((owner) => ({ owner, actions: [action] }));
}

async function chasePerson(
  ctx: CommandContext,
  actor: Actor,
  query: string,
): Promise<Found | Message> {
  const boardIds = secretariatBoards(actor);
  if (boardIds.length === 0)
    return reply(
      "Only a board's secretariat can chase people. Owners are reminded before each meeting and due date; type ",
      code('outstanding'),
      " for a board's open actions.",
    );
  const slugs: string[] = [];
  for (const id of boardIds) slugs.push((await getBoard(ctx.db, id))!.slug.toUpperCase());
  const open = await listActions(ctx.db, { boardIds, statuses: [...OPEN_STATUSES] });
  // Looked for among the people of the asker's boards only: anyone else is not found.
  const among = await membersOf(ctx.db, boardIds);
  for (const action of open) for (const p of personOwners(action)) among.add(p.id);
  const match = await findPerson(
    ctx.db,
    query,
    boardIds.length === 1 ? boardIds[0] : undefined,
    among,
  );
  if (match.kind === 'none')
    return reply(
      `I can’t find “${query.slice(0, 60)}” among the people on ${slugs.join(', ')}. Type their initials, full name in quotes or email, or chase one action: `,
      code(USAGE.chase),
      '.',
    );
  if (match.kind === 'many')
    return reply(
      `“${query.slice(0, 60)}” could be ${match.candidates
        .slice(0, 6)
        .map((p) => p.name)
        .join('; ')}. Type the full name in quotes, or the email.`,
    );
  const person = match.person;
  const theirs = open.filter((a) => personOwners(a).some((p) => p.id === person.id));
  if (theirs.length === 0)
    return reply(
      `${person.name} has no open actions on ${slugs.join(', ')}: there is nothing to chase.`,
    );
  return [{ owner: person, actions: theirs }];
}

export const chaseKey = (personId: number, actionIds: readonly number[], day: string): string =>
  actionIds.length === 1
    ? `chase:person=${personId}:action=${actionIds[0]}:day=${day}`
    : `chase:person=${personId}:actions=${[...actionIds].sort((a, b) => a - b).join(',')}:day=${day}`;

/**
 * In one transaction: the chases not yet made today (by the unique key), their history rows and
 * the one outbox notice carrying them.
 */
async function recordChase(
  ctx: CommandContext,
  actor: Actor,
  owner: Person,
  actions: readonly Action[],
  boards: ReadonlyMap<number, Board>,
): Promise<OwnerOutcome> {
  const now = ctx.clock.now();
  const zoneOf = (a: Action) => boards.get(a.boardId)!.timezone;
  const dayOf = (a: Action) => localDate(now, zoneOf(a));
  const slugs = [...new Set(actions.map((a) => boards.get(a.boardId)!.slug.toUpperCase()))];
  const chasedBy = `${actor.person.name} (${slugs.join(', ')} secretariat)`;
  return inTransaction(ctx.db, async (trx) => {
    const earlier = new Map<number, { at: string; by: string }>();
    for (const a of actions) {
      const row = await trx
        .selectFrom('chases')
        .select(['chased_at', 'chased_by_name'])
        .where('person_id', '=', owner.id)
        .where('action_id', '=', a.id)
        .where('day', '=', dayOf(a))
        .executeTakeFirst();
      if (row) earlier.set(a.id, { at: row.chased_at, by: row.chased_by_name });
    }
    const fresh = actions.filter((a) => !earlier.has(a.id));
    const already = actions
      .filter((a) => earlier.has(a.id))
      .map((a) => ({ action: a, ...earlier.get(a.id)!, zone: zoneOf(a) }));
    if (fresh.length === 0) return { owner, chased: [], key: null, already };
    const key = chaseKey(
      owner.id,
      fresh.map((a) => a.id),
      dayOf(fresh[0]!),
    );
    const author = { personId: actor.person.id, name: actor.person.name, source: actor.source };
    for (const a of fresh) {
      // A chase made meanwhile by another instance wins; the unique key refuses this one.
      const inserted = await trx
        .insertInto('chases')
        .values({
          person_id: owner.id,
          action_id: a.id,
          day: dayOf(a),
          chased_at: iso(now),
          chased_by: actor.person.id,
          chased_by_name: actor.person.name,
          outbox_key: key,
        })
        .onConflict((oc) => oc.columns(['person_id', 'action_id', 'day']).doNothing())
        .returning('id')
        .executeTakeFirst();
      if (!inserted) throw new ChasedMeanwhile(a.ref);
      await appendUpdate(
        trx,
        { actionId: a.id, author, kind: 'chased', note: `Reminder sent to ${owner.name} at once` },
        now,
      );
    }
    const boardIds = new Set(fresh.map((a) => a.boardId));
    const payload: NoticePayload = {
      topic: 'chase',
      actionRefs: fresh.map((a) => a.ref),
      leadDays: null,
      dueAt: iso(now),
      chasedBy,
    };
    await trx
      .insertInto('outbox')
      .values({
        idempotency_key: key,
        kind: 'notice',
        board_id: boardIds.size === 1 ? fresh[0]!.boardId : null,
        meeting_id: null,
        person_id: owner.id,
        platform: null,
        recipient: null,
        payload: JSON.stringify(payload),
        not_before: iso(now),
        next_attempt_at: iso(now),
        created_at: iso(now),
      })
      .execute();
    return { owner, chased: fresh, key, already };
  });
}

/** The reply: per owner, what was sent and how, or why not. */
async function answer(ctx: CommandContext, outcomes: readonly OwnerOutcome[]): Promise<Message> {
  const blocks: Block[] = [];
  const said: string[] = [];
  const refs = (actions: readonly Action[]) => actions.map((a) => a.ref).join(', ');
  for (const o of outcomes) {
    if (o.unreachable) {
      const line = `Not sent: ${o.owner.name} cannot be reached (${o.unreachable}). Nothing was recorded.`;
      said.push(line);
      blocks.push(
        paragraph(
          `${line} Ask them to message the bot once in Slack or Teams, or link their account: `,
          code(LINK_USAGE.replace('Tim Godwin', o.owner.name)),
          '.',
        ),
      );
      continue;
    }
    if (o.key) {
      const row = await ctx.db
        .selectFrom('outbox')
        .select(['state', 'platform', 'last_error'])
        .where('idempotency_key', '=', o.key)
        .executeTakeFirst();
      const about = `${o.owner.name} about ${refs(o.chased)}`;
      const line = !ctx.sendNow
        ? `Chased ${about}: queued, and the service sends it within a minute.`
        : row?.state === 'sent'
          ? `Chased ${about}: sent ${HOW[row.platform ?? ''] ?? `through ${row.platform}`}.`
          : row?.state === 'pending'
            ? `Chased ${about}: not delivered yet (${row.last_error ?? 'waiting'}); it will be retried.`
            : `Chased ${about}, but it could not be delivered (${row?.last_error ?? row?.state ?? 'unknown'}).`;
      said.push(line);
      blocks.push(paragraph(line));
    }
    for (const a of o.already) {
      const line = `${o.owner.name} was already chased about ${a.action.ref} today (${formatDateTime(a.at, a.zone).replace(/^.*, /, '')}, by ${a.by}). You can chase again tomorrow.`;
      said.push(line);
      blocks.push(paragraph(line));
    }
  }
  if (outcomes.some((o) => o.key))
    blocks.push(
      context(
        'Each chase is written in the action’s history (',
        code(`show ${outcomes.find((o) => o.key)!.chased[0]!.ref}`),
        ').',
      ),
    );
  return {
    summary: said.join(' '),
    blocks,
  };
}
