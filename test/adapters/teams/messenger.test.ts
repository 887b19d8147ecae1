import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { App } from '@microsoft/teams.apps';
import { TeamsMessenger } from '../../../adapters/teams/index.ts';
import { messengerContract, reminderMessage } from '../../contracts/messenger.ts';
import { FakeClock } from '../../support/clock.ts';
import { silentLogger } from '../../../src/log.ts';
import { sdkLogger } from '../../../adapters/teams/sdk-logger.ts';
import { BOT_TOKEN, startConnector, visibleText, type Connector, type Wire } from './mock-teams.ts';
import type { Notice } from '../../../src/ports.ts';

let connector: Connector;
beforeAll(async () => {
  connector = await startConnector();
});
afterAll(() => connector.close());

const BOT = 'bot-app-id';
const TENANT = 'tenant-1';

function messenger(remembered: unknown[] = []) {
  const app = new App({
    clientId: BOT,
    token: () => BOT_TOKEN,
    serviceUrl: connector.url,
    logger: sdkLogger(silentLogger),
    dangerouslyAllowUnauthenticatedRequests: false,
  });
  return new TeamsMessenger({
    connector: (serviceUrl) => app.api.clone({ serviceUrl }),
    botId: BOT,
    defaultServiceUrl: connector.url,
    clock: new FakeClock(),
    remember: async (personId, ref) => void remembered.push({ personId, ref }),
  });
}

const storedRef = (conversationId: string) =>
  JSON.stringify({ serviceUrl: connector.url, conversationId, tenantId: TENANT, botId: BOT });

const toPerson = (conversationId: string): Notice => ({
  idempotencyKey: 'reminder:1',
  recipient: {
    kind: 'person',
    personId: 1,
    userId: 'aad-tim',
    workspaceId: TENANT,
    conversationRef: storedRef(conversationId),
  },
});

let conversations = 0;

/** Fields Teams reads as markdown, or where a mention could be resolved. */
function markdownFields(node: Wire, out: string[] = []): string[] {
  if (Array.isArray(node)) node.forEach((n) => markdownFields(n, out));
  else if (node && typeof node === 'object') {
    if (node.type === 'TextBlock') out.push(String(node.text));
    if (typeof node.fallbackText === 'string') out.push(node.fallbackText);
    for (const v of Object.values(node)) markdownFields(v, out);
  }
  return out;
}

function allStrings(node: Wire, out: string[] = []): string[] {
  if (typeof node === 'string') out.push(node);
  else if (Array.isArray(node)) node.forEach((n) => allStrings(n, out));
  else if (node && typeof node === 'object') Object.values(node).forEach((v) => allStrings(v, out));
  return out;
}

messengerContract(
  'teams',
  async () => {
    conversations += 1;
    const conversationId = `a:contract-${conversations}`;
    const last = () =>
      connector
        .sent()
        .filter((c) => c.conversationId === conversationId)
        .at(-1);
    return {
      messenger: messenger(),
      notice: toPerson(conversationId),
      lastVisibleText: async () => visibleText(last()?.body),
      lastIsInert: async () => {
        const body = last()?.body;
        if (!body) return false;
        const strings = allStrings(body);
        const markdown = markdownFields(body);
        return (
          !strings.some((s) => s.includes('<at>') || s.includes('\u001b') || s.includes('&amp;')) &&
          !markdown.some((s) => /\*\*|\]\(|<!channel>/.test(s)) &&
          !JSON.stringify(body).includes('"mention"') &&
          body.entities === undefined
        );
      },
      failNext: (status, retryAfter) => connector.failNext(status, retryAfter),
      refuseRecipient: () => connector.refuse(conversationId),
    };
  },
  { platformFailures: true },
);

describe('teams messenger', () => {
  it('sends the bot token to the connector', async () => {
    await messenger().send(toPerson('a:token-check'), reminderMessage);
    const call = connector.sent().find((c) => c.conversationId === 'a:token-check');
    expect(call?.authorization).toBe(`Bearer ${BOT_TOKEN}`);
  });

  it('opens a 1:1 chat with someone known only by AAD id, and remembers it', async () => {
    const remembered: Wire[] = [];
    const delivery = await messenger(remembered).send(
      {
        idempotencyKey: 'reminder:new',
        recipient: {
          kind: 'person',
          personId: 7,
          userId: 'aad-new',
          workspaceId: TENANT,
          conversationRef: null,
        },
      },
      reminderMessage,
    );
    expect(delivery.ok).toBe(true);
    const created = connector.calls.filter(
      (c) => c.method === 'POST' && c.path === '/v3/conversations',
    );
    expect(created.at(-1)?.body).toMatchObject({
      members: [{ id: 'aad-new' }],
      tenantId: TENANT,
      bot: { id: BOT },
    });
    expect(remembered).toEqual([
      { personId: 7, ref: expect.objectContaining({ userId: 'aad-new', tenantId: TENANT }) },
    ]);
    const convId = remembered[0].ref.conversationId;
    expect(connector.sent().some((c) => c.conversationId === convId)).toBe(true);
  });

  it('updates a card in place when the notice replaces a message', async () => {
    const delivery = await messenger().send(
      { ...toPerson('a:update'), replacesMessageId: 'activity-42' },
      reminderMessage,
    );
    expect(delivery).toEqual({ ok: true, messageId: 'activity-42' });
    const call = connector.sent().at(-1)!;
    expect(call.method).toBe('PUT');
    expect(call.path).toBe('/v3/conversations/a:update/activities/activity-42');
  });

  it('posts to a channel by its conversation id', async () => {
    const delivery = await messenger().send(
      {
        idempotencyKey: 'digest:1',
        recipient: { kind: 'channel', channelId: '19:board@thread.tacv2', workspaceId: TENANT },
      },
      reminderMessage,
    );
    expect(delivery.ok).toBe(true);
    expect(connector.sent().at(-1)?.conversationId).toBe('19:board@thread.tacv2');
  });
});

describe('a reminder to a reference stored on a host that is no Bot Connector', () => {
  it('is refused as permanent and sends nothing there (not even the bot token)', async () => {
    const evil = await startConnector();
    try {
      const app = new App({
        clientId: BOT,
        token: () => BOT_TOKEN,
        serviceUrl: connector.url,
        logger: sdkLogger(silentLogger),
        dangerouslyAllowUnauthenticatedRequests: false,
      });
      const guarded = new TeamsMessenger({
        connector: (serviceUrl) => app.api.clone({ serviceUrl }),
        botId: BOT,
        defaultServiceUrl: connector.url,
        clock: new FakeClock(),
        serviceUrlHosts: [new URL(connector.url).host],
      });
      const notice = toPerson('a:chat-1');
      const ref = JSON.parse(
        notice.recipient.kind === 'person' ? notice.recipient.conversationRef! : '{}',
      );
      const delivery = await guarded.send(
        {
          ...notice,
          recipient: {
            ...notice.recipient,
            conversationRef: JSON.stringify({ ...ref, serviceUrl: evil.url }),
          } as Notice['recipient'],
        },
        reminderMessage,
      );
      expect(delivery).toMatchObject({ ok: false, permanent: true });
      expect(evil.calls).toHaveLength(0);
    } finally {
      await evil.close();
    }
  });
});
