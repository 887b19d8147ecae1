/**
 * Refreshing a message in place after a click, a form or a thread reply: the one action's card
 * is replaced and the rest of the message kept, wherever the message lives (a DM or channel
 * message via chat.update, an ephemeral answer via its response_url).
 */
import type { webApi } from '@slack/bolt';
import { STATUS_LABELS } from '../../src/domain.ts';
import type { ActionCard } from '../../src/message.ts';
import { unescapeSlack, type Origin } from './payloads.ts';
import { LIMITS, cardBlockPrefix, renderCard, type SlackBlock } from './render.ts';

type Client = webApi.WebClient;

/** Replaces one action's card in a message's blocks and keeps the rest. */
export function replaceCard(blocks: readonly SlackBlock[], card: ActionCard): SlackBlock[] {
  const prefix = cardBlockPrefix(card.ref);
  const out: SlackBlock[] = [];
  let placed = false;
  for (const b of blocks) {
    if (typeof b.block_id === 'string' && b.block_id.startsWith(prefix)) {
      if (!placed) out.push(...renderCard(card));
      placed = true;
    } else out.push(b);
  }
  return placed ? out : [...out, ...renderCard(card)];
}

/** Shows a card's new state where it was clicked: the message, its ephemeral twin, or Home. */
export async function refresh(
  client: Client,
  origin: Origin,
  card: ActionCard,
  blocks?: SlackBlock[],
): Promise<void> {
  if (origin.ephemeral || !origin.channel || !origin.ts) {
    if (!origin.responseUrl) return;
    const updated = replaceCard(blocks ?? [], card);
    await postToResponseUrl(origin.responseUrl, {
      replace_original: true,
      text: `${card.ref}: ${STATUS_LABELS[card.status]}`,
      blocks: updated.slice(0, LIMITS.messageBlocks),
    });
    return;
  }
  let current = blocks;
  if (!current) {
    // The modal and thread paths do not carry the message: read it back (im:history).
    const history = await client.conversations.history({
      channel: origin.channel,
      latest: origin.ts,
      oldest: origin.ts,
      inclusive: true,
      limit: 1,
    });
    current = (history.messages?.[0]?.blocks as SlackBlock[] | undefined) ?? [];
  }
  await client.chat.update({
    channel: origin.channel,
    ts: origin.ts,
    text: `${card.ref}: ${STATUS_LABELS[card.status]}`,
    blocks: replaceCard(current, card).slice(0, LIMITS.messageBlocks),
  });
}

/**
 * The note a "which action?" button attaches. It is held by Slack itself (the person's own reply,
 * read back with conversations.replies) rather than copied into our database or the button:
 * nothing to expire or clean up, and a 2,000-character note would not fit in a button value.
 */
export async function heldNote(
  client: Client,
  noteKey: string,
  userId: string,
): Promise<string | undefined> {
  const [channel, threadTs, ts] = noteKey.split(':');
  if (!channel || !threadTs || !ts) return undefined;
  const replies = await client.conversations.replies({
    channel,
    ts: threadTs,
    oldest: ts,
    latest: ts,
    inclusive: true,
    limit: 10,
  });
  const found = replies.messages?.find((m) => m.ts === ts && m.user === userId);
  return found?.text === undefined ? undefined : unescapeSlack(found.text);
}

export async function postToResponseUrl(url: string, body: unknown): Promise<void> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`response_url answered ${res.status}`);
}
