/**
 * An Action.Execute press on one of our action cards (verb arising.intent): its ButtonIntent,
 * checked with zod, and the note typed on the card go to the core; the answer is the refreshed
 * card, which Teams shows in place of the one pressed. A redelivered press is not applied twice.
 */
import type { Client as ApiClient } from '@microsoft/teams.api';
import { z } from 'zod';
import { failedOnOurSide } from '../../src/core.ts';
import { code, context, reply, type Message } from '../../src/message.ts';
import { firstTime, whoIs, type TeamsDeps } from './context.ts';
import { onActionForm } from './on-action-form.ts';
import { intentSchema, type CardAction, type InboundActivity } from './payloads.ts';
import { addressed } from './on-refresh.ts';
import { noteInputId } from './render.ts';
import { cardReply } from './respond.ts';

export async function onCardAction(
  deps: TeamsDeps,
  api: ApiClient,
  a: InboundActivity,
  press: CardAction,
) {
  const intent = intentSchema.safeParse(press.action.data.intent);
  if (!intent.success)
    return cardReply(reply('That card is out of date. Type ', code('mine'), ' for a fresh one.'));
  const pressed = intent.data;
  if (pressed.kind === 'new_action' || pressed.kind === 'edit_action')
    return onActionForm(deps, api, a, pressed, press.action.data);
  // A list's Next button: the card becomes the next page, read afresh for whoever pressed.
  // Reading changes nothing, so a redelivered press is simply answered again.
  if (pressed.kind === 'page') {
    try {
      const who = await whoIs(deps, a, api);
      if (!who.ok) return cardReply(who.message);
      return cardReply((await deps.core.applyIntent(who.actor, pressed)).reply);
    } catch (error) {
      deps.logger.error({ err: error }, 'teams next page failed');
      return cardReply(failedOnOurSide());
    }
  }
  if (!(await firstTime(deps, a)))
    return cardReply(reply('Already done. Type ', code(`show ${pressed.ref}`), ' to check.'));
  const rawNote = press.action.data[noteInputId(pressed.ref)];
  const note = typeof rawNote === 'string' && rawNote.trim() ? rawNote.trim() : null;
  try {
    const who = await whoIs(deps, a, api);
    if (!who.ok) return cardReply(who.message);
    const outcome = await deps.core.applyIntent(who.actor, pressed, { note });
    const answer = await addressed(deps, who.actor, outcome.reply);
    return cardReply(withOthers(answer, press.action.data.others));
  } catch (error) {
    deps.logger.error({ err: error }, 'teams card action failed');
    return cardReply(failedOnOurSide());
  }
}

/** The refs the pressed card also showed, which its replacement no longer does. */
function withOthers(message: Message, others: unknown): Message {
  const refs = z.array(z.string().max(40)).max(30).safeParse(others);
  if (!refs.success || refs.data.length === 0) return message;
  return {
    ...message,
    blocks: [
      ...message.blocks,
      context(
        `Also on the card you pressed: ${refs.data.join(', ')}. Type `,
        code('mine'),
        ' to see them again with their buttons.',
      ),
    ],
  };
}
