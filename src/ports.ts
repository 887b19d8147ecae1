/**
 * The ports: what adapters implement and what the core needs from outside. They carry neutral
 * data (Message, Notice), never Bolt or Teams types.
 */
import type { DeliveryPlatform, Platform } from './domain.ts';
import type { Message } from './message.ts';

/** Where time comes from. Tests move a fake clock instead of sleeping. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** Who a Notice goes to, in a platform's terms. */
export type Recipient =
  /** A person, reached by the identity stored for them on that platform. */
  | {
      readonly kind: 'person';
      readonly personId: number;
      readonly userId: string;
      readonly workspaceId: string | null;
      /** Platform conversation reference (Teams) or DM channel (Slack), JSON, when known. */
      readonly conversationRef: string | null;
    }
  /** A channel (a board's secretariat channel). */
  | { readonly kind: 'channel'; readonly channelId: string; readonly workspaceId: string | null };

/** One reminder or digest to one recipient. */
export interface Notice {
  /** Unique per notice; a messenger may pass it on to the platform to avoid duplicates. */
  readonly idempotencyKey: string;
  readonly recipient: Recipient;
  /** Set when the notice replaces an earlier message (a card refreshed in place). */
  readonly replacesMessageId?: string;
}

export type Delivery =
  | { readonly ok: true; readonly messageId: string }
  | {
      readonly ok: false;
      /** True when retrying cannot help (user gone, bot removed from the channel). */
      readonly permanent: boolean;
      readonly retryAfterMs?: number;
      readonly reason: string;
    };

/**
 * What the deliverer offers a send beyond the notice. A platform whose protocol has a moment
 * of no return before its answer (SMTP: the final "." of DATA) uses it; Slack and Teams, whose
 * one request is that moment, ignore it.
 */
export interface SendHooks {
  /**
   * Called at most once, when everything but that last step has gone to the platform: it
   * records the notice as handed over, and the messenger takes the last step only after it
   * resolves. If it throws, the messenger abandons the message rather than finishing it. From
   * then on only an explicit refusal from the platform makes the notice a failure again.
   */
  readonly handOver?: (messageId: string) => Promise<void>;
}

/** Sends neutral Messages on one platform. */
export interface Messenger {
  readonly platform: DeliveryPlatform;
  /**
   * Sends the deliverer may have in flight at once on this platform; 1 when absent. Email sets
   * its SMTP pool size; Slack and Teams stay at 1 so their rate limits are met as before.
   */
  readonly concurrency?: number;
  send(notice: Notice, message: Message, hooks?: SendHooks): Promise<Delivery>;
}

/** A user on one chat platform, before they are linked to a person. */
export interface PlatformUser {
  readonly platform: Platform;
  /** Slack team id or Teams tenant id. */
  readonly workspaceId: string;
  readonly userId: string;
}

/** An email's three signed links for one action (src/email-links makes them). */
export interface ActionLinks {
  readonly complete: string;
  readonly inProgress: string;
  readonly update: string;
  readonly expires: Date;
}

/** What the email messenger needs: links for one person's action, undefined if it is gone. */
export interface EmailLinks {
  forAction(personId: number, ref: string, version: number): Promise<ActionLinks | undefined>;
}
