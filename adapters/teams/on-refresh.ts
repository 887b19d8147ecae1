/**
 * A card's refresh (an adaptiveCard/action invoke with verb arising.refresh), which Teams sends
 * when someone opens a card that shows actions: the answer is the card as it stands now, for
 * whoever opened it. Each action is read through the core's `show`, so the person is identified
 * by the first-contact rules and what they may see is checked on the server: an action they may
 * not see is left out, and a card with nothing left for them says so and shows nothing of it.
 * A page of `mine` or `outstanding` is read again as that page, for the opener, as Next reads it.
 * The buttons carry the versions read now, so a press after a refresh is never stale.
 */
import type { Client as ApiClient } from '@microsoft/teams.api';
import { z } from 'zod';
import { failedOnOurSide, pageIntentSchema, type Actor } from '../../src/core.ts';
import type { ActionCard, Block, Message } from '../../src/message.ts';
import { code, context, heading, reply } from '../../src/message.ts';
import { whoIs, type TeamsDeps } from './context.ts';
import type { CardAction, InboundActivity } from './payloads.ts';
import { REFRESH_REFS } from './render.ts';
import { cardReply } from './respond.ts';

const ref = z.string().min(1).max(40);

/** What refreshOf (render.ts) puts in the refresh; anything else is refused, never guessed. */
export const refreshDataSchema = z.union([
  z.object({ ref, history: z.literal(true).optional() }),
  z.object({
    refs: z.array(ref).min(1).max(REFRESH_REFS),
    layout: z.literal('line').optional(),
    /** Checked on its own: a page that does not parse falls back to the refs. */
    list: z.unknown().optional(),
  }),
]);

type ActionBlock = Extract<Block, { kind: 'action' }>;

export async function onRefresh(
  deps: TeamsDeps,
  api: ApiClient,
  a: InboundActivity,
  press: CardAction,
) {
  const data = refreshDataSchema.safeParse(press.action.data);
  if (!data.success)
    return cardReply(reply('That card is out of date. Type ', code('mine'), ' for a fresh one.'));
  try {
    const who = await whoIs(deps, a, api);
    if (!who.ok) return cardReply(who.message);
    // Reading changes nothing, so a refresh sent twice is simply answered twice.
    const read = async (r: string) =>
      (await deps.core.applyIntent(who.actor, { kind: 'show', ref: r })).reply;
    if ('ref' in data.data) {
      const message = await read(data.data.ref);
      // A refusal (not theirs to see, no such action) is the answer as it is: it shows nothing.
      return cardReply(data.data.history ? message : withoutHistory(message));
    }
    // A page of a list is read again as the opener's page of it, with its Next button.
    const list = data.data.list;
    const page = pageIntentSchema.safeParse(
      list && typeof list === 'object' ? { ...list, kind: 'page' } : undefined,
    );
    if (page.success) return cardReply((await deps.core.applyIntent(who.actor, page.data)).reply);
    const layout = data.data.layout;
    const shown: ActionBlock[] = [];
    for (const r of data.data.refs) {
      const found = actionBlock(await read(r));
      if (found)
        shown.push({ kind: 'action', card: bare(found.card), ...(layout ? { layout } : {}) });
    }
    return cardReply(listed(shown, data.data.refs.length));
  } catch (error) {
    deps.logger.error({ err: error }, 'teams card refresh failed');
    return cardReply(failedOnOurSide());
  }
}

/** Press answers hold at most this many cards; more are left as they are. */
const ADDRESSED_CARDS = 3;

/**
 * A press's answer with its cards addressed to their owners, so the card that replaces the one
 * pressed keeps refreshing for them. A status change builds its card from what the change
 * holds, without the owners' accounts (one read fewer); `show` reads them here, in Teams only.
 */
export async function addressed(deps: TeamsDeps, actor: Actor, message: Message): Promise<Message> {
  const missing = message.blocks.filter(
    (b): b is ActionBlock => b.kind === 'action' && b.card.ownerAccounts === undefined,
  );
  if (missing.length === 0 || missing.length > ADDRESSED_CARDS) return message;
  const accounts = new Map<string, ActionCard['ownerAccounts']>();
  try {
    for (const b of missing) {
      const found = actionBlock(
        (await deps.core.applyIntent(actor, { kind: 'show', ref: b.card.ref })).reply,
      );
      if (found?.card.ownerAccounts) accounts.set(b.card.ref, found.card.ownerAccounts);
    }
  } catch (error) {
    // The change stands and is answered: the card then refreshes only when asked.
    deps.logger.warn({ err: error }, 'teams card owners not read');
  }
  return {
    ...message,
    blocks: message.blocks.map((b) => {
      const owners = b.kind === 'action' ? accounts.get(b.card.ref) : undefined;
      return b.kind === 'action' && owners
        ? { ...b, card: { ...b.card, ownerAccounts: owners } }
        : b;
    }),
  };
}

const actionBlock = (message: Message): ActionBlock | undefined =>
  message.blocks.find((b): b is ActionBlock => b.kind === 'action');

/** The card as sent, without the history `show` adds. */
function bare(card: ActionCard): ActionCard {
  if (!card.history) return card;
  const rest: { -readonly [K in keyof ActionCard]?: ActionCard[K] } = { ...card };
  delete rest.history;
  return rest as ActionCard;
}

function withoutHistory(message: Message): Message {
  return {
    ...message,
    blocks: message.blocks.map((b) => (b.kind === 'action' ? { ...b, card: bare(b.card) } : b)),
  };
}

/** Several actions as they stand now; how many were left out, never which. */
function listed(shown: readonly ActionBlock[], asked: number): Message {
  if (shown.length === 0)
    return reply(
      'You may not see the actions on this card. Type ',
      code('mine'),
      ' for your own actions.',
    );
  const hidden = asked - shown.length;
  const title = 'These actions as they stand now';
  return {
    summary: title,
    blocks: [
      heading(title),
      ...shown,
      ...(hidden > 0
        ? [context(`${hidden} more on this card ${hidden === 1 ? 'is' : 'are'} not shown to you.`)]
        : []),
    ],
  };
}
