/**
 * The email Messenger: renders a Message as an email (HTML and text parts, the board's name in
 * the subject, signed links per action) and hands it to a transport: SMTP through nodemailer's
 * pool, or the console when no SMTP_URL is set. The outbox's idempotency key becomes the
 * Message-ID, so a resend after a crash is recognisable as the same message.
 *
 * SMTP outcomes: 2xx sent; 4xx (and a lost connection) retryable, with the deliverer's backoff;
 * 5xx permanent, with the server's reason. A message is handed over (SendHooks.handOver) before
 * its final dot goes: after that, a connection lost without an answer counts as sent, as a
 * restart counts a handed-over notice (README, "Email").
 */
import type { Delivery, Messenger, Notice, SendHooks } from '../../src/ports.ts';
import type { Message } from '../../src/message.ts';
import type { ActionLinks, EmailLinks } from '../../src/ports.ts';
import { renderEmail } from './render.ts';

export interface OutgoingEmail {
  readonly from: string;
  readonly replyTo?: string;
  readonly to: { readonly name: string; readonly address: string };
  readonly subject: string;
  readonly text: string;
  readonly html: string;
  /** With angle brackets: <key@domain>. */
  readonly messageId: string;
  readonly headers: Readonly<Record<string, string>>;
}

/**
 * Sends one email; throws an Error with `responseCode` (SMTP reply) when the server refuses,
 * and with `afterTerminator` when the message's end had gone to the server before the failure.
 * `handOver` runs before that end is let go (the console, which has no such moment, ignores it).
 */
export interface EmailTransport {
  send(mail: OutgoingEmail, handOver?: () => Promise<void>): Promise<void>;
  close(): void;
}

export interface EmailMessengerOptions {
  readonly transport: EmailTransport;
  /** EMAIL_FROM: "Matters Arising <arising@example.org>" or an address. */
  readonly from: string;
  readonly replyTo?: string;
  readonly links: EmailLinks;
  /** The service's public URL: its own links (digest documents) are shown as links. */
  readonly origin?: () => string;
  /** The person's display name, for the To header. */
  readonly nameOf: (personId: number) => Promise<string | undefined>;
  /** Sends the deliverer may have in flight at once (default 1): over SMTP, smtpInFlight. */
  readonly concurrency?: number;
}

/** The domain part of EMAIL_FROM, for Message-IDs. */
export function fromDomain(from: string): string {
  const address = /<([^>]+)>/.exec(from)?.[1] ?? from;
  return address.split('@')[1]?.trim().toLowerCase() || 'matters-arising.invalid';
}

/**
 * The idempotency key as a Message-ID: characters a Message-ID may not hold become =XX (and =
 * itself =3D), so distinct keys always give distinct ids and the key can be read back.
 */
export function messageIdFor(key: string, domain: string): string {
  const local = key.replace(
    /[^A-Za-z0-9!#$%&'*+/?^_`{|}~.-]/g,
    (c) => `=${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`,
  );
  return `<${local}@${domain}>`;
}

export function keyFromMessageId(messageId: string): string {
  const local = messageId.replace(/^<|>$/g, '').replace(/@[^@]*$/, '');
  return local.replace(/=([0-9A-F]{2})/g, (_, hex: string) =>
    String.fromCharCode(parseInt(hex, 16)),
  );
}

const TEMPORARY_CODES = new Set([
  'ECONNECTION',
  'ETIMEDOUT',
  'ESOCKET',
  'EDNS',
  'ECONNRESET',
  'EPROTOCOL',
]);

/** An SMTP failure as a Delivery: 5xx is permanent, 4xx and network trouble are retried. */
export function smtpFailure(error: unknown): Delivery {
  const e = error as { responseCode?: number; response?: string; code?: string; message?: string };
  const said = String(e.response ?? e.message ?? error)
    .replace(/[\r\n]+/g, ' ')
    .slice(0, 300);
  if (typeof e.responseCode === 'number') {
    return {
      ok: false,
      permanent: e.responseCode >= 500,
      reason: `SMTP ${e.responseCode}: ${said}`,
    };
  }
  return {
    ok: false,
    permanent: false,
    reason: `${e.code && TEMPORARY_CODES.has(e.code) ? e.code : 'SMTP'}: ${said}`,
  };
}

const EMAIL = /^[^\s@<>]+@[^\s@<>]+$/;

export class EmailMessenger implements Messenger {
  readonly platform = 'email' as const;
  readonly concurrency: number;
  private readonly domain: string;

  constructor(private readonly options: EmailMessengerOptions) {
    this.domain = fromDomain(options.from);
    this.concurrency = Math.max(1, Math.floor(options.concurrency ?? 1));
  }

  async send(notice: Notice, message: Message, hooks: SendHooks = {}): Promise<Delivery> {
    const r = notice.recipient;
    if (r.kind !== 'person')
      return { ok: false, permanent: true, reason: 'email reaches people, not channels' };
    if (!EMAIL.test(r.userId))
      return { ok: false, permanent: true, reason: 'the person has no valid email address' };
    const links = new Map<string, ActionLinks>();
    for (const block of message.blocks) {
      if (block.kind !== 'action') continue;
      // Only an action the recipient may update has buttons; their version is the link's.
      const intent = block.card.buttons.find(
        (b) => b.intent.kind === 'set_status' || b.intent.kind === 'add_update',
      )?.intent;
      if (!intent || !('version' in intent)) continue;
      const made = await this.options.links.forAction(r.personId, block.card.ref, intent.version);
      if (made) links.set(block.card.ref, made);
    }
    const rendered = renderEmail(message, links, this.options.origin?.());
    const messageId = messageIdFor(notice.idempotencyKey, this.domain);
    const { handOver } = hooks;
    try {
      await this.options.transport.send(
        {
          from: this.options.from,
          ...(this.options.replyTo ? { replyTo: this.options.replyTo } : {}),
          to: { name: (await this.options.nameOf(r.personId)) ?? '', address: r.userId },
          subject: rendered.subject,
          text: rendered.text,
          html: rendered.html,
          messageId,
          headers: {
            // Automated: no out-of-office answers, no vacation replies (RFC 3834).
            'Auto-Submitted': 'auto-generated',
            'X-Auto-Response-Suppress': 'All',
          },
        },
        handOver ? () => handOver(messageId) : undefined,
      );
    } catch (error) {
      const e = error as { responseCode?: unknown; afterTerminator?: unknown };
      // The server had the whole message and never said no: what a restart would conclude.
      if (e.afterTerminator === true && typeof e.responseCode !== 'number')
        return { ok: true, messageId };
      return smtpFailure(error);
    }
    return { ok: true, messageId };
  }
}
