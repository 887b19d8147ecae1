/**
 * A real SMTP server on 127.0.0.1 (smtp-server) standing in for the mail relay: it records
 * every message that arrives, parsed back with mailparser, and can be told to answer the next
 * message with a 4xx or 5xx, or to refuse a recipient for good.
 */
import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface MockSmtp {
  readonly url: string;
  readonly received: ParsedMail[];
  /** Connections open at once, at most, since start. */
  readonly peakConnections: number;
  /** The next message is answered with this SMTP code (421, 451, 550, 554...). */
  failNext(code: number, text?: string): void;
  /** Refuses this address at RCPT TO with 550, until told otherwise. */
  refuse(address: string): void;
  /** Forgets scripted failures and refused addresses (between tests). */
  reset(): void;
  /** Resolves once `n` messages have arrived. */
  waitFor(n: number, timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
}

export interface MockSmtpOptions {
  /** Implicit TLS (smtps://) with this key and certificate, as a relay on port 465. */
  readonly tls?: { readonly key: string; readonly cert: string };
}

export async function startMockSmtp(options: MockSmtpOptions = {}): Promise<MockSmtp> {
  const received: ParsedMail[] = [];
  const failures: Array<{ code: number; text: string }> = [];
  const refused = new Set<string>();
  let open = 0;
  let peak = 0;
  const waiters: Array<() => void> = [];
  const server = new SMTPServer({
    // Plain loopback, as a local relay: no STARTTLS, AUTH allowed without it.
    disabledCommands: ['STARTTLS'],
    allowInsecureAuth: true,
    authOptional: true,
    logger: false,
    ...(options.tls ? { secure: true, key: options.tls.key, cert: options.tls.cert } : {}),
    onAuth(auth, _session, callback) {
      if (auth.username === 'arising' && auth.password === 'secret')
        return callback(null, { user: 'arising' });
      return callback(Object.assign(new Error('Invalid credentials'), { responseCode: 535 }));
    },
    onConnect(_session, callback) {
      open += 1;
      peak = Math.max(peak, open);
      callback();
    },
    onClose() {
      open -= 1;
    },
    onRcptTo(address, _session, callback) {
      if (refused.has(address.address.toLowerCase()))
        return callback(Object.assign(new Error('5.1.1 No such user here'), { responseCode: 550 }));
      callback();
    },
    onData(stream, _session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        const failure = failures.shift();
        if (failure)
          return callback(Object.assign(new Error(failure.text), { responseCode: failure.code }));
        simpleParser(Buffer.concat(chunks)).then(
          (mail) => {
            received.push(mail);
            for (const w of waiters.splice(0)) w();
            callback();
          },
          (error: Error) => callback(error),
        );
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as AddressInfo).port;
  return {
    // The test certificate is self-signed: nodemailer reads tls.* options from the URL.
    url: options.tls
      ? `smtps://arising:secret@127.0.0.1:${port}?tls.rejectUnauthorized=false`
      : `smtp://arising:secret@127.0.0.1:${port}`,
    received,
    get peakConnections() {
      return peak;
    },
    failNext(code, text = code >= 500 ? '5.7.1 Message refused' : '4.3.2 Try again later') {
      failures.push({ code, text });
    },
    reset() {
      failures.length = 0;
      refused.clear();
    },
    refuse(address) {
      refused.add(address.toLowerCase());
    },
    async waitFor(n, timeoutMs = 10_000) {
      const deadline = Date.now() + timeoutMs;
      while (received.length < n) {
        if (Date.now() > deadline)
          throw new Error(`only ${received.length} of ${n} emails arrived`);
        await new Promise<void>((resolve) => {
          waiters.push(resolve);
          setTimeout(resolve, 100);
        });
      }
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
