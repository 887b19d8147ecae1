/**
 * The Slack Messenger: DMs a person (conversations.open + chat.postMessage), posts to a channel,
 * or updates a message in place (Notice.replacesMessageId). Message ids are `${channel}:${ts}`.
 *
 * It answers at once rather than sitting in retry loops: the outbox deliverer owns retries, so a
 * 429 becomes `{ ok: false, permanent: false, retryAfterMs }` from Slack's Retry-After.
 */
import { webApi } from '@slack/bolt';
import type { Delivery, Messenger, Notice } from '../../src/ports.ts';
import type { Message } from '../../src/message.ts';
import { fallbackText, renderBlocks } from './render.ts';

/** Slack errors retrying cannot cure: the person or channel is gone, or the bot is not allowed. */
export const PERMANENT_ERRORS = new Set([
  'user_not_found',
  'users_not_found',
  'user_disabled',
  'account_inactive',
  'channel_not_found',
  'not_in_channel',
  'is_archived',
  'cannot_dm_bot',
  'invalid_auth',
  'not_authed',
  'token_revoked',
  'token_expired',
  'missing_scope',
  'restricted_action',
  'message_not_found',
  'cant_update_message',
  'msg_too_long',
  'invalid_blocks',
  'no_permission',
  'team_access_not_granted',
]);

export function splitMessageId(id: string): { channel: string; ts: string } | undefined {
  const at = id.indexOf(':');
  if (at <= 0 || at === id.length - 1) return undefined;
  return { channel: id.slice(0, at), ts: id.slice(at + 1) };
}

/** Turns what the Web API threw into a Delivery failure the deliverer can act on. */
export function failureOf(error: unknown): Extract<Delivery, { ok: false }> {
  const e = error as {
    code?: string;
    retryAfter?: number;
    data?: { error?: string };
    statusCode?: number;
  };
  if (e.code === webApi.ErrorCode.RateLimitedError) {
    return {
      ok: false,
      permanent: false,
      retryAfterMs: Math.max(1, e.retryAfter ?? 1) * 1000,
      reason: 'rate_limited',
    };
  }
  if (e.code === webApi.ErrorCode.PlatformError) {
    const reason = e.data?.error ?? 'unknown_error';
    return { ok: false, permanent: PERMANENT_ERRORS.has(reason), reason };
  }
  if (e.code === webApi.ErrorCode.HTTPError) {
    return { ok: false, permanent: false, reason: `http_${e.statusCode ?? 'error'}` };
  }
  // Network trouble (request error) and anything unexpected: worth another try later.
  return {
    ok: false,
    permanent: false,
    reason: error instanceof Error ? error.message : String(error),
  };
}

export class SlackMessenger implements Messenger {
  readonly platform = 'slack' as const;

  /**
   * `client` should be built by `messengerClient` (no internal retries, 429s rejected): the
   * caller decides when to try again.
   */
  constructor(private readonly client: webApi.WebClient) {}

  async send(notice: Notice, message: Message): Promise<Delivery> {
    const blocks = renderBlocks(message);
    const text = fallbackText(message);
    try {
      if (notice.replacesMessageId) {
        const target = splitMessageId(notice.replacesMessageId);
        if (!target) return { ok: false, permanent: true, reason: 'bad_message_id' };
        await this.client.chat.update({ ...target, text, blocks });
        return { ok: true, messageId: notice.replacesMessageId };
      }
      const channel = await this.channelFor(notice);
      const posted = await this.client.chat.postMessage({
        channel,
        text,
        blocks,
        unfurl_links: false,
      });
      return { ok: true, messageId: `${posted.channel ?? channel}:${posted.ts}` };
    } catch (error) {
      return failureOf(error);
    }
  }

  private async channelFor(notice: Notice): Promise<string> {
    const r = notice.recipient;
    if (r.kind === 'channel') return r.channelId;
    // A stored DM channel saves a call; otherwise conversations.open finds or opens the DM.
    if (r.conversationRef && /^D[A-Z0-9]+$/.test(r.conversationRef)) return r.conversationRef;
    const opened = await this.client.conversations.open({ users: r.userId });
    const id = opened.channel?.id;
    if (!id) throw new Error('conversations.open returned no channel');
    return id;
  }
}

/** A Web API client for the messenger: no retry loop, 429s returned to the caller at once. */
export function messengerClient(token: string, slackApiUrl: string | undefined): webApi.WebClient {
  return new webApi.WebClient(token, {
    ...(slackApiUrl ? { slackApiUrl } : {}),
    rejectRateLimitedCalls: true,
    retryConfig: { retries: 0 },
    timeout: 10_000,
  });
}
