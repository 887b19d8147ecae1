/**
 * Where emails go: SMTP through nodemailer's pooled transport (loaded only when SMTP_URL is
 * set), or the console, which prints each email as text so the demo shows them too.
 */
import type { Writable } from 'node:stream';
import type { EmailTransport, OutgoingEmail } from './messenger.ts';

export interface SmtpOptions {
  /** smtp://user:password@host:587 or smtps://user:password@host:465 */
  readonly url: string;
  readonly maxConnections: number;
  /** Messages a second across the pool; undefined: as fast as the server takes them. */
  readonly ratePerSecond?: number;
}

export async function smtpTransport(options: SmtpOptions): Promise<EmailTransport> {
  const { default: nodemailer } = await import('nodemailer');
  const transporter = nodemailer.createTransport({
    url: options.url,
    pool: true,
    maxConnections: options.maxConnections,
    // nodemailer closes a connection after 100 messages by default and opens another: a TCP
    // and EHLO round trip per hundred for nothing. A server that wants a connection closed
    // says 421, and the pool requeues what it had not started.
    maxMessages: Infinity,
    ...(options.ratePerSecond ? { rateDelta: 1000, rateLimit: options.ratePerSecond } : {}),
    connectionTimeout: 30_000,
    greetingTimeout: 30_000,
    socketTimeout: 60_000,
  } as Parameters<typeof nodemailer.createTransport>[0]);
  return {
    async send(mail: OutgoingEmail) {
      await transporter.sendMail({
        from: mail.from,
        ...(mail.replyTo ? { replyTo: mail.replyTo } : {}),
        to: { name: mail.to.name, address: mail.to.address },
        subject: mail.subject,
        text: mail.text,
        html: mail.html,
        messageId: mail.messageId,
        headers: { ...mail.headers },
      });
    },
    close() {
      transporter.close();
    },
  };
}

/** No SMTP: each email printed for whoever runs the service (the text part, with its links). */
export function consoleTransport(out: Writable = process.stdout): EmailTransport {
  return {
    async send(mail) {
      const to = mail.to.name ? `${mail.to.name} <${mail.to.address}>` : mail.to.address;
      out.write(
        `\n──── To ${to}, by email (not sent: SMTP_URL is not set) ────\n` +
          `From: ${mail.from}\nSubject: ${mail.subject}\nMessage-ID: ${mail.messageId}\n\n${mail.text}\n`,
      );
    },
    close() {},
  };
}
