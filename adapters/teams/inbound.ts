/**
 * Teams activities, routed to one handler per event (on-*.ts): a message, an Action.Execute
 * press (our action cards, or a minutes review) or a card's refresh, the bot added to a chat, the app installed.
 * The SDK has validated the sender's token; each handler checks the shape with zod (payloads.ts).
 */
import type { App } from '@microsoft/teams.apps';
import { code, reply } from '../../src/message.ts';
import type { TeamsDeps } from './context.ts';
import { onCardAction } from './on-card-action.ts';
import { onBotAdded, onInstalled } from './on-install.ts';
import { onMessage } from './on-message.ts';
import { onMinutesButton } from './on-minutes-button.ts';
import { onRefresh } from './on-refresh.ts';
import { activitySchema, cardActionSchema, MINUTES_VERB } from './payloads.ts';
import { INTENT_VERB, REFRESH_VERB } from './render.ts';
import { cardReply } from './respond.ts';

export type InboundDeps = Omit<TeamsDeps, 'fileHosts'> & { readonly fileHosts?: readonly string[] };

export function registerTeamsHandlers(app: App, inbound: InboundDeps): void {
  const deps: TeamsDeps = { ...inbound, fileHosts: inbound.fileHosts ?? [] };
  app.on('message', (ctx) => onMessage(deps, ctx.api, ctx.activity));
  app.on('card.action', async (ctx) => {
    const a = activitySchema.safeParse(ctx.activity);
    const press = cardActionSchema.safeParse((ctx.activity as { value?: unknown }).value);
    const verb = press.success ? press.data.action.verb : undefined;
    if (a.success && press.success && verb === MINUTES_VERB)
      return onMinutesButton(deps, ctx.api, a.data, press.data);
    if (a.success && press.success && verb === INTENT_VERB)
      return onCardAction(deps, ctx.api, a.data, press.data);
    if (a.success && press.success && verb === REFRESH_VERB)
      return onRefresh(deps, ctx.api, a.data, press.data);
    return cardReply(reply('That button is not one of mine. Type ', code('mine'), ' instead.'));
  });
  app.on('conversationUpdate', (ctx) => onBotAdded(deps, ctx.api, ctx.activity));
  app.on('installationUpdate', (ctx) => onInstalled(deps, ctx.api, ctx.activity));
}
