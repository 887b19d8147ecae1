/**
 * The Teams Messenger: proactive messages through the Bot Connector. A person is reached
 * through their stored conversation reference; a person known only by AAD object id and tenant
 * gets a new 1:1 conversation, whose reference is then remembered. A channel is a conversation
 * id (or a stored reference). A Notice that replaces a message updates that card in place.
 */
import { isConnectorUrl } from './verify.ts';
import type { Client as ApiClient } from '@microsoft/teams.api';
import type { Delivery, Messenger, Notice } from '../../src/ports.ts';
import type { Message } from '../../src/message.ts';
import type { Clock } from '../../src/ports.ts';
import { parseConversationRef, type ConversationRef } from './conversation-ref.ts';
import { failedDelivery } from './delivery.ts';
import { cardAttachment } from './render.ts';

export interface TeamsMessengerOptions {
  /** The SDK's Bot Connector client bound to a service URL (`app.api.clone({ serviceUrl })`). */
  readonly connector: (serviceUrl: string) => ApiClient;
  readonly botId: string;
  /** Where to open conversations with people we have no reference for yet. */
  readonly defaultServiceUrl: string | undefined;
  /** Default tenant (single-tenant apps), when the recipient carries none. */
  readonly tenantId?: string;
  readonly clock: Clock;
  /** Bot Connector hosts; a stored reference elsewhere (written before verify.ts) is not used. */
  readonly serviceUrlHosts?: readonly string[];
  /** Stores a new 1:1 reference so the next reminder reuses the conversation. */
  readonly remember?: (personId: number, ref: ConversationRef) => Promise<void>;
}

export const teamsActivity = (message: Message) => ({
  type: 'message' as const,
  summary: message.summary,
  attachments: [cardAttachment(message)],
});

export class TeamsMessenger implements Messenger {
  readonly platform = 'teams' as const;

  constructor(private readonly options: TeamsMessengerOptions) {}

  async send(notice: Notice, message: Message): Promise<Delivery> {
    try {
      const target = await this.conversationFor(notice);
      if (!target.ok) return target;
      const hosts = this.options.serviceUrlHosts;
      // Sending would hand that host the bot's own Bot Framework token.
      if (hosts && !isConnectorUrl(target.ref.serviceUrl, hosts))
        return {
          ok: false,
          permanent: true,
          reason:
            'The stored Teams conversation is not on a Bot Connector host; message them again',
        };
      const api = this.options.connector(target.ref.serviceUrl);
      const activity = teamsActivity(message);
      if (notice.replacesMessageId) {
        await api.conversations.updateActivity(
          target.ref.conversationId,
          notice.replacesMessageId,
          activity,
        );
        return { ok: true, messageId: notice.replacesMessageId };
      }
      const sent = await api.conversations.createActivity(target.ref.conversationId, activity);
      return { ok: true, messageId: sent.id };
    } catch (error) {
      return failedDelivery(error, this.options.clock.now());
    }
  }

  private async conversationFor(
    notice: Notice,
  ): Promise<{ ok: true; ref: ConversationRef } | Extract<Delivery, { ok: false }>> {
    const r = notice.recipient;
    const { botId, defaultServiceUrl } = this.options;
    if (r.kind === 'channel') {
      const stored = parseConversationRef(r.channelId.startsWith('{') ? r.channelId : null);
      const tenantId = r.workspaceId ?? this.options.tenantId;
      if (stored) return { ok: true, ref: stored };
      if (!tenantId) return noTenant('the channel');
      if (!defaultServiceUrl) return noServiceUrl;
      return {
        ok: true,
        ref: { serviceUrl: defaultServiceUrl, conversationId: r.channelId, tenantId, botId },
      };
    }
    const stored = parseConversationRef(r.conversationRef);
    if (stored) return { ok: true, ref: stored };
    const tenantId = r.workspaceId ?? this.options.tenantId;
    if (!tenantId) return noTenant(`person ${r.personId}`);
    if (!defaultServiceUrl) return noServiceUrl;
    const created = await this.options.connector(defaultServiceUrl).conversations.create({
      isGroup: false,
      bot: { id: botId },
      members: [{ id: r.userId, role: 'user', name: '' }],
      tenantId,
      channelData: { tenant: { id: tenantId } },
    });
    const ref: ConversationRef = {
      serviceUrl: created.serviceUrl || defaultServiceUrl,
      conversationId: created.id,
      tenantId,
      botId,
      userId: r.userId,
    };
    await this.options.remember?.(r.personId, ref);
    return { ok: true, ref };
  }
}

const noTenant = (who: string): Extract<Delivery, { ok: false }> => ({
  ok: false,
  permanent: true,
  reason: `No Teams tenant is known for ${who}: set TEAMS_APP_TENANT_ID or link them from Teams first`,
});

const noServiceUrl: Extract<Delivery, { ok: false }> = {
  ok: false,
  permanent: true,
  reason: 'No Bot Connector URL to open a conversation with: set TEAMS_SERVICE_URL',
};
