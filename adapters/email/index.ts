/**
 * Email as a platform: the messenger, over SMTP when SMTP_URL is set (nodemailer is imported
 * only then), else printed on the console. Inbound, email has no handler here: replies are not
 * read, and the signed links open the update page (src/email-links/routes.ts).
 */
import type { Writable } from 'node:stream';
import type { EmailLinks } from '../../src/ports.ts';
import { EmailMessenger, type EmailTransport } from './messenger.ts';
import { consoleTransport, smtpTransport, type SmtpOptions } from './transport.ts';

export { EmailMessenger, keyFromMessageId, messageIdFor, smtpFailure } from './messenger.ts';
export type { EmailTransport, OutgoingEmail } from './messenger.ts';
export { renderEmail, FOOTER_TEXT } from './render.ts';

export interface EmailConfig {
  readonly SMTP_URL?: string | undefined;
  readonly EMAIL_FROM: string;
  readonly EMAIL_REPLY_TO?: string | undefined;
  readonly SMTP_MAX_CONNECTIONS: number;
  readonly SMTP_RATE_PER_SECOND: number;
}

/** The SMTP transport's settings from the configuration; undefined when emails are printed. */
export function smtpOptionsOf(config: EmailConfig): SmtpOptions | undefined {
  if (!config.SMTP_URL) return undefined;
  return {
    url: config.SMTP_URL,
    maxConnections: config.SMTP_MAX_CONNECTIONS,
    ...(config.SMTP_RATE_PER_SECOND ? { ratePerSecond: config.SMTP_RATE_PER_SECOND } : {}),
  };
}

/** Sends the deliverer keeps in flight over an SMTP pool: two for each connection. */
export const smtpInFlight = (maxConnections: number): number =>
  2 * Math.max(1, Math.floor(maxConnections));

export interface StartedEmail {
  readonly messenger: EmailMessenger;
  /** True when emails really leave (SMTP), false when printed. */
  readonly smtp: boolean;
  close(): Promise<void>;
}

export async function startEmail(deps: {
  readonly config: EmailConfig;
  readonly links: EmailLinks;
  readonly nameOf: (personId: number) => Promise<string | undefined>;
  /** The service's public URL, whose links (digest documents) the HTML part shows as links. */
  readonly origin?: () => string;
  readonly out?: Writable;
}): Promise<StartedEmail> {
  const { config } = deps;
  const smtp = smtpOptionsOf(config);
  const transport: EmailTransport = smtp ? await smtpTransport(smtp) : consoleTransport(deps.out);
  const messenger = new EmailMessenger({
    transport,
    from: config.EMAIL_FROM,
    ...(config.EMAIL_REPLY_TO ? { replyTo: config.EMAIL_REPLY_TO } : {}),
    links: deps.links,
    nameOf: deps.nameOf,
    // The pool sends on SMTP_MAX_CONNECTIONS connections at once, and holds one more message
    // ready behind each, so a connection starts its next message the moment the server answers
    // 250 rather than after the deliverer has recorded that and rendered the next (on a busy
    // machine that gap cost a rate-limited server its slot: bench/email-drain.ts). The queued
    // message has sent nothing, so a crash leaves it safe to send again. Printing: one at a time.
    ...(config.SMTP_URL ? { concurrency: smtpInFlight(config.SMTP_MAX_CONNECTIONS) } : {}),
    ...(deps.origin ? { origin: deps.origin } : {}),
  });
  return {
    messenger,
    smtp: Boolean(config.SMTP_URL),
    async close() {
      transport.close();
    },
  };
}
