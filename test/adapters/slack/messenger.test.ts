import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SlackMessenger, messengerClient } from '../../../adapters/slack/index.ts';
import { HOSTILE_NOTE, messengerContract, reminderMessage } from '../../contracts/messenger.ts';
import type { Notice } from '../../../src/ports.ts';
import { MockSlack, isInert, startMockSlack, visibleText } from './mock-slack.ts';

let mock: MockSlack;
beforeAll(async () => {
  mock = await startMockSlack();
});
afterAll(() => mock.close());

const toTim: Notice = {
  idempotencyKey: 'reminder:person=1:meeting=1:lead=7d',
  recipient: {
    kind: 'person',
    personId: 1,
    userId: 'UTIM',
    workspaceId: 'T1',
    conversationRef: null,
  },
};

const lastPost = () => mock.callsOf('chat.postMessage').at(-1)!.args;

messengerContract(
  'slack',
  async () => ({
    messenger: new SlackMessenger(messengerClient('xoxb-test', mock.apiUrl)),
    notice: toTim,
    lastVisibleText: async () => visibleText(lastPost().blocks),
    lastIsInert: async (hostile) => {
      const post = lastPost();
      // The note reached Slack (verbatim in plain text), and nothing in it can ping.
      return visibleText(post.blocks).includes(hostile.slice(0, 20)) && isInert(post);
    },
    failNext: (status, retryAfter) => mock.failNext(status, retryAfter),
    refuseRecipient: () => mock.refuseNext('user_not_found', 'conversations.open'),
  }),
  { platformFailures: true },
);

describe('slack messenger', () => {
  const messenger = () => new SlackMessenger(messengerClient('xoxb-test', mock.apiUrl));

  it('opens a DM with the person and returns channel:ts as the message id', async () => {
    const delivery = await messenger().send(toTim, reminderMessage);
    expect(mock.callsOf('conversations.open').at(-1)!.args.users).toBe('UTIM');
    expect(lastPost().channel).toBe('DTIM');
    expect(delivery.ok && delivery.messageId).toMatch(/^DTIM:\d+\.\d+$/);
    // The id names a message Slack really holds, so a thread reply or an update can find it.
    expect(delivery.ok && mock.messages.has(delivery.messageId)).toBe(true);
    expect(mock.calls.at(-1)!.token).toBe('xoxb-test');
  });

  it('posts to a board channel without opening a DM', async () => {
    const opens = mock.callsOf('conversations.open').length;
    const delivery = await messenger().send(
      {
        idempotencyKey: 'digest:1',
        recipient: { kind: 'channel', channelId: 'CSEC', workspaceId: 'T1' },
      },
      reminderMessage,
    );
    expect(delivery).toMatchObject({ ok: true, messageId: expect.stringMatching(/^CSEC:/) });
    expect(mock.callsOf('conversations.open')).toHaveLength(opens);
  });

  it('updates a message in place when the notice replaces one', async () => {
    const first = await messenger().send(toTim, reminderMessage);
    if (!first.ok) throw new Error('first send failed');
    const again = await messenger().send(
      { ...toTim, replacesMessageId: first.messageId },
      { ...reminderMessage, summary: 'Refreshed' },
    );
    expect(again).toEqual({ ok: true, messageId: first.messageId });
    const update = mock.callsOf('chat.update').at(-1)!.args;
    expect(`${String(update.channel)}:${String(update.ts)}`).toBe(first.messageId);
    expect(update.text).toBe('Refreshed');
  });

  it('reports an archived channel as permanent and a server error as retryable', async () => {
    mock.refuseNext('is_archived', 'chat.postMessage');
    expect(await messenger().send(toTim, reminderMessage)).toMatchObject({
      ok: false,
      permanent: true,
      reason: 'is_archived',
    });
    mock.failNext(503);
    expect(await messenger().send(toTim, reminderMessage)).toMatchObject({
      ok: false,
      permanent: false,
    });
  });

  it('escapes the fallback text, which Slack also reads as mrkdwn', async () => {
    await messenger().send(toTim, { ...reminderMessage, summary: `Note: ${HOSTILE_NOTE}` });
    expect(lastPost().text).toContain('&lt;!channel&gt;');
    expect(isInert(lastPost())).toBe(true);
  });
});
