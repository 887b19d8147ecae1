/**
 * Where emails go: SMTP through nodemailer's pooled transport (loaded only when SMTP_URL is
 * set), or the console, which prints each email as text so the demo shows them too.
 *
 * Over SMTP a message is handed over in two steps (README, "Email"): a server takes
 * responsibility for it only at the end of DATA, the "<CRLF>.<CRLF>" nodemailer's connection
 * writes when the message stream ends. So the message is composed here (nodemailer's own
 * MailComposer, the MIME sendMail would build) and sent raw, through a stream that holds back
 * its end: once the connection is streaming the bytes to the server, `handOver` runs (the
 * deliverer commits the notice as handed over), and only then does the stream end and the dot
 * go. A handOver that throws, or a connection that dies meanwhile, leaves the message without
 * its dot, and the server discards it.
 *
 * The held-back stream is a per-reading stage (a nodemailer processFunc) rather than the raw
 * stream itself, so the message stays a Buffer the pool can read again: a reused connection
 * the server closed before a byte was sent still has its message requeued on another.
 */
import { PassThrough, type Readable, type Writable } from 'node:stream';
import type { EmailTransport, OutgoingEmail } from './messenger.ts';

export interface SmtpOptions {
  /** smtp://user:password@host:587 or smtps://user:password@host:465 */
  readonly url: string;
  readonly maxConnections: number;
  /** Messages a second across the pool; undefined: as fast as the server takes them. */
  readonly ratePerSecond?: number;
}

/** The SMTP transport, and what nodemailer's pool says it was made with. */
export interface SmtpTransport extends EmailTransport {
  readonly pool: {
    readonly maxConnections?: number;
    readonly rateLimit?: number;
    readonly rateDelta?: number;
  };
}

/** What the pool is created with, apart from the URL. */
function poolOptions(options: Omit<SmtpOptions, 'url'>) {
  return {
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
  };
}

/** Set on an error from a send whose terminator had already been let go to the server. */
export interface AfterTerminator {
  readonly afterTerminator?: boolean;
}

const bareAddress = (from: string) => /<([^>]+)>/.exec(from)?.[1]?.trim() ?? from.trim();

type HandOver = () => Promise<void>;

/**
 * The message as the connection reads it: everything but the end, which waits for handOver.
 * The connection pipes this stream to the socket only once the server has answered DATA with
 * 354, so 'resume' marks the moment the bytes start going to the server; until then nothing
 * reads it, however much of the message the stages before it hold. A second reading (the pool
 * resending over another connection) is refused: one message, one hand-over.
 */
function heldBack(
  input: Readable,
  message: { handOver: HandOver; started: boolean; terminated: boolean },
) {
  const out = new PassThrough();
  input.on('error', (error) => out.destroy(error));
  input.pipe(out, { end: false });
  const inputEnded = new Promise<void>((resolve) => input.once('end', () => resolve()));
  out.once('resume', () => {
    if (message.started) {
      out.destroy(new Error('the message was already handed over once'));
      return;
    }
    message.started = true;
    Promise.all([inputEnded, message.handOver()]).then(
      () => {
        // The connection died while the row was being written: the server has dropped the
        // half message, and there is nothing to end.
        if (out.destroyed) return;
        message.terminated = true;
        out.end();
      },
      (error: unknown) => out.destroy(error instanceof Error ? error : new Error(String(error))),
    );
  });
  return out;
}

export async function smtpTransport(options: SmtpOptions): Promise<SmtpTransport> {
  const [{ default: nodemailer }, { default: MailComposer }] = await Promise.all([
    import('nodemailer'),
    import('nodemailer/lib/mail-composer'),
  ]);
  const transporter = nodemailer.createTransport({
    url: options.url,
    ...poolOptions(options),
  } as Parameters<typeof nodemailer.createTransport>[0]);
  // Plugins get nodemailer's own copy of the mail data; the envelope object is passed through
  // as it is, so it keys each message's hand-over.
  const messages = new WeakMap<
    object,
    { handOver: HandOver; started: boolean; terminated: boolean }
  >();
  transporter.use('stream', (mail, done) => {
    const message = mail.data.envelope ? messages.get(mail.data.envelope) : undefined;
    if (message) mail.message.processFunc((input) => heldBack(input, message));
    done();
  });
  // Read back from the pool, not from what was passed in: the settings as nodemailer took them.
  const pool = (transporter.transporter as { options?: SmtpTransport['pool'] }).options ?? {};
  return {
    pool: {
      ...(pool.maxConnections !== undefined ? { maxConnections: pool.maxConnections } : {}),
      ...(pool.rateLimit !== undefined ? { rateLimit: pool.rateLimit } : {}),
      ...(pool.rateDelta !== undefined ? { rateDelta: pool.rateDelta } : {}),
    },
    async send(mail: OutgoingEmail, handOver?: HandOver) {
      // The same MIME nodemailer builds from these fields in sendMail, built here so the
      // message can go out as raw bytes whose end the stream above holds back.
      const raw = await new MailComposer({
        from: mail.from,
        ...(mail.replyTo ? { replyTo: mail.replyTo } : {}),
        to: { name: mail.to.name, address: mail.to.address },
        subject: mail.subject,
        text: mail.text,
        html: mail.html,
        messageId: mail.messageId,
        headers: { ...mail.headers },
      })
        .compile()
        .build();
      const envelope = { from: bareAddress(mail.from), to: [mail.to.address] };
      const message = { handOver: handOver ?? (async () => {}), started: false, terminated: false };
      messages.set(envelope, message);
      try {
        await transporter.sendMail({ raw, envelope });
      } catch (error) {
        if (message.terminated && error && typeof error === 'object')
          Object.assign(error, { afterTerminator: true } satisfies AfterTerminator);
        throw error;
      }
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
