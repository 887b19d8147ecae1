/**
 * What Slack sends, routed to one handler per event (on-*.ts). Bolt routes and acknowledges;
 * each handler checks its payload with zod (payloads.ts) before use.
 *
 * Retries and replays (the same signed request again inside the 5-minute signature window) are
 * acknowledged and applied once, on whichever instance (core.firstDelivery): events by event_id,
 * clicks and slash commands by trigger_id, form submissions by trigger_id and by view id + hash.
 */
import type { App } from '@slack/bolt';
import type { Core } from '../../src/core.ts';
import type { Logger } from '../../src/log.ts';
import type { SlackDeps } from './context.ts';
import { UPDATE_MODAL_ID } from './modal.ts';
import { ACTION_MODAL_ID, onActionForm } from './on-action-form.ts';
import { onButton } from './on-button.ts';
import { onCommand } from './on-command.ts';
import { onHomeOpened } from './on-home-opened.ts';
import { onMessage } from './on-message.ts';
import { onMinutesButton } from './on-minutes-button.ts';
import { onUpdateForm } from './on-update-form.ts';
import { MINUTES_ACTIONS } from './payloads.ts';

export interface InboundDeps {
  readonly core: Core;
  readonly logger: Logger;
  /** Hosts the bot token may be sent to when downloading shared minutes (on-file-shared.ts). */
  readonly fileHosts?: readonly string[];
}

export function registerListeners(app: App, inbound: InboundDeps): void {
  const deps: SlackDeps = { ...inbound, fileHosts: inbound.fileHosts ?? ['files.slack.com'] };
  app.command('/actions', async ({ command, ack, client }) => {
    await ack();
    await onCommand(deps, client, command);
  });
  app.action(/^intent:/, async ({ ack, body, client }) => {
    await ack();
    await onButton(deps, client, body);
  });
  app.action(MINUTES_ACTIONS, async ({ ack, body, client }) => {
    await ack();
    await onMinutesButton(deps, client, body);
  });
  app.view(UPDATE_MODAL_ID, ({ ack, body, view, client }) =>
    onUpdateForm(deps, client, body, view, ack),
  );
  app.view(ACTION_MODAL_ID, ({ ack, body, view, client }) =>
    onActionForm(deps, client, body, view, ack),
  );
  app.event('app_home_opened', ({ event, body, client }) =>
    onHomeOpened(deps, client, event, body),
  );
  app.event('message', ({ event, body, client }) => onMessage(deps, client, event, body));
}
