import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../../../src/config.ts';
import { silentLogger } from '../../../src/log.ts';
import { startService } from '../../../src/main.ts';
import { startMockSlack, visibleText } from './mock-slack.ts';
import { startHarness, type Harness } from './harness.ts';

let h: Harness;
beforeEach(async () => {
  h = await startHarness({ socket: true });
});
afterEach(() => h.close());

describe('Slack in Socket Mode (SLACK_APP_TOKEN)', () => {
  it('asks SLACK_API_URL for the socket, with the app-level token', async () => {
    const open = await h.mock.waitFor('apps.connections.open');
    expect(open.token).toBe('xapp-test-token');
  });

  it('answers /actions over the socket, ephemerally, through response_url', async () => {
    const ack = await h.socket!.push({
      type: 'slash_commands',
      payload: {
        team_id: 'T1',
        user_id: 'UTIM',
        command: '/actions',
        text: 'mine',
        channel_id: 'CGENERAL',
        response_url: h.mock.responseUrl('socket-cmd'),
        trigger_id: 'trigger-socket-cmd',
      },
    });
    expect(ack).toEqual({});
    const answer = await h.mock.waitFor('response_url', (c) => c.args.id === 'socket-cmd');
    expect(answer.args.response_type).toBe('ephemeral');
    expect(visibleText(answer.args.blocks)).toContain('LCRB-1');
  });

  it('applies a retried event once', async () => {
    const event = {
      type: 'event_callback',
      team_id: 'T1',
      event_id: 'EvSOCKET',
      event: {
        type: 'message',
        channel: 'DTIM',
        channel_type: 'im',
        user: 'UTIM',
        text: 'boards',
        ts: '5.1',
      },
    };
    await h.socket!.push({ type: 'events_api', payload: event });
    await h.mock.waitFor('chat.postMessage', (c) => c.args.channel === 'DTIM');
    await h.socket!.push({ type: 'events_api', payload: event, retry_attempt: 1 });
    await h.socket!.push({
      type: 'events_api',
      payload: {
        ...event,
        event_id: 'EvSOCKET2',
        event: { ...event.event, text: 'help', ts: '5.2' },
      },
    });
    await h.mock.waitFor('chat.postMessage', () => h.mock.callsOf('chat.postMessage').length >= 2);
    expect(h.mock.callsOf('chat.postMessage')).toHaveLength(2);
  });

  it('does not listen on /slack/events when in Socket Mode', async () => {
    const res = await fetch(`${h.service.url}/slack/events`, { method: 'POST', body: '{}' });
    expect(res.status).toBe(404);
  });
});

describe('Slack in Socket Mode when Slack refuses the app token', () => {
  it('still starts the service, and stops cleanly', async () => {
    const mock = await startMockSlack(); // no socket URL: apps.connections.open says invalid_auth
    const dir = await mkdtemp(join(tmpdir(), 'arising-socket-'));
    try {
      const service = await startService(
        loadConfig({
          PORT: '0',
          HOST: '127.0.0.1',
          DATABASE_URL: `sqlite:${join(dir, 'register.db')}`,
          DEMO_DATA: 'never',
          LOG_LEVEL: 'silent',
          SLACK_BOT_TOKEN: 'xoxb-test-token',
          SLACK_APP_TOKEN: 'xapp-revoked',
          SLACK_API_URL: mock.apiUrl,
        }),
        { logger: silentLogger },
      );
      await mock.waitFor('apps.connections.open');
      const health = await fetch(`${service.url}/healthz`);
      expect(health.status).toBe(200);
      await service.close();
    } finally {
      await mock.close();
      await rm(dir, { recursive: true, force: true });
    }
  });
});
