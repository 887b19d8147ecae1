import { readFile } from 'node:fs/promises';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { SLACK_EVENTS_PATH } from '../../../adapters/slack/index.ts';

const manifestSchema = z.object({
  features: z.object({
    app_home: z.object({ home_tab_enabled: z.boolean(), messages_tab_enabled: z.boolean() }),
    bot_user: z.object({ display_name: z.string() }),
    slash_commands: z.array(
      z.object({ command: z.string(), url: z.string(), should_escape: z.boolean() }),
    ),
  }),
  oauth_config: z.object({ scopes: z.object({ bot: z.array(z.string()) }) }),
  settings: z.object({
    event_subscriptions: z.object({ request_url: z.string(), bot_events: z.array(z.string()) }),
    interactivity: z.object({ is_enabled: z.boolean(), request_url: z.string() }),
    socket_mode_enabled: z.boolean(),
  }),
});

const manifest = async () =>
  manifestSchema.parse(
    load(await readFile(new URL('../../../manifest/slack/manifest.yml', import.meta.url), 'utf8')),
  );

describe('the Slack app manifest', () => {
  it('asks for every scope the adapter uses, including users:read.email', async () => {
    const { oauth_config } = await manifest();
    expect(oauth_config.scopes.bot).toEqual(
      expect.arrayContaining([
        'commands',
        'chat:write',
        'im:write',
        'im:history',
        'users:read',
        'users:read.email',
      ]),
    );
  });

  it('sends the command, interactivity and events to the path the service serves', async () => {
    const m = await manifest();
    const command = m.features.slash_commands.find((c) => c.command === '/actions');
    expect(command?.should_escape).toBe(true);
    for (const url of [
      command!.url,
      m.settings.interactivity.request_url,
      m.settings.event_subscriptions.request_url,
    ]) {
      expect(new URL(url).pathname).toBe(SLACK_EVENTS_PATH);
    }
    expect(m.settings.interactivity.is_enabled).toBe(true);
  });

  it('subscribes to App Home and DM messages, with the Home tab on', async () => {
    const m = await manifest();
    expect(m.settings.event_subscriptions.bot_events).toEqual(
      expect.arrayContaining(['app_home_opened', 'message.im']),
    );
    expect(m.features.app_home.home_tab_enabled).toBe(true);
  });
});
