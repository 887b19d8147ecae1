/**
 * Handing an email over (README, "Email"): the deliverer's reminder goes to a real SMTP server
 * on loopback without its final dot, the outbox row is committed as handed over, and only then
 * does the dot go. The server here shows what it holds at each step and can hold its answer,
 * refuse, or drop the connection at the step a test picks.
 */
import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EmailMessenger } from '../../../adapters/email/index.ts';
import { smtpTransport } from '../../../adapters/email/transport.ts';
import { silentLogger } from '../../../src/log.ts';
import type { Delivery, Messenger, Notice, SendHooks } from '../../../src/ports.ts';
import type { Message } from '../../../src/message.ts';
import { deliverDue } from '../../../src/reminders/deliverer.ts';
import { planAndEnqueue } from '../../../src/reminders/plan-tick.ts';
import { DEFAULT_RETRY } from '../../../src/reminders/retry.ts';
import { aBoard, aMeeting, aPerson, anAction } from '../../support/builders.ts';
import { FakeClock } from '../../support/clock.ts';
import { DIALECTS, openTestDb, type TestDb } from '../../support/db.ts';

/** What the server does once a message's final dot is in. */
type Answer = 'accept' | { code: number } | 'drop';

async function startServer() {
  const arrived: ParsedMail[] = [];
  const answers: Answer[] = [];
  const now = { data: 0, bytes: 0, terminated: 0, discarded: 0 };
  let dropNow: () => void = () => {};
  const server = new SMTPServer({
    disabledCommands: ['STARTTLS', 'AUTH'],
    authOptional: true,
    logger: false,
    onData(stream, session, callback) {
      now.data += 1;
      const socket = () => [...server.connections].find((c) => c.id === session.id)?._socket;
      dropNow = () => socket()?.destroy();
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => {
        chunks.push(c);
        now.bytes += c.length;
      });
      // smtp-server destroys the stream of a message whose connection closed before its dot.
      stream.on('error', () => {
        now.discarded += 1;
      });
      stream.on('end', () => {
        now.terminated += 1;
        const answer = answers.shift() ?? 'accept';
        if (answer === 'drop') return socket()?.destroy();
        if (answer !== 'accept')
          return callback(Object.assign(new Error('refused'), { responseCode: answer.code }));
        void simpleParser(Buffer.concat(chunks)).then((mail) => {
          arrived.push(mail);
          callback();
        });
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`,
    arrived,
    now,
    answer: (...next: Answer[]) => answers.push(...next),
    /** Closes the connection of the message being received. */
    drop: () => dropNow(),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Resolves when `ready()` holds; fails after a generous deadline rather than timing anything. */
async function until(ready: () => boolean | Promise<boolean>, what: string) {
  for (let i = 0; i < 500; i += 1) {
    if (await ready()) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`never happened: ${what}`);
}

/** The email messenger, with a pause after the deliverer's hand-over a test can hold. */
class Paused implements Messenger {
  readonly platform = 'email' as const;
  private hold: Promise<void> | undefined;
  private release: () => void = () => {};
  handedOver = false;
  constructor(private readonly inner: EmailMessenger) {}
  pause(): void {
    this.hold = new Promise((resolve) => (this.release = resolve));
  }
  resume(): void {
    this.release();
    this.hold = undefined;
  }
  send(notice: Notice, message: Message, hooks: SendHooks = {}): Promise<Delivery> {
    const { handOver } = hooks;
    return this.inner.send(notice, message, {
      handOver: async (id) => {
        await handOver?.(id);
        this.handedOver = true;
        await this.hold;
      },
    });
  }
}

describe.each(DIALECTS)('handing an email over on %s', (dialect) => {
  let t: TestDb;
  let clock: FakeClock;
  let server: Awaited<ReturnType<typeof startServer>>;
  let messenger: Paused;
  let closeTransport: () => void;
  beforeEach(async () => {
    t = await openTestDb(dialect);
    clock = new FakeClock('2026-12-01T09:00:00.000Z');
    const board = await aBoard(t.db, { refPrefix: 'LCRB' });
    const tim = await aPerson(t.db, { name: 'Tim Godwin', board, email: 'tim@example.org' });
    const meeting = await aMeeting(t.db, board, '2026-12-08T10:00:00.000Z');
    await anAction(t.db, board, { owners: [tim], due: meeting });
    await planAndEnqueue(t.db, clock.now());
    server = await startServer();
    const transport = await smtpTransport({ url: server.url, maxConnections: 1 });
    closeTransport = () => transport.close();
    messenger = new Paused(
      new EmailMessenger({
        transport,
        from: 'Matters Arising <arising@lcrb.example.org>',
        links: { forAction: async () => undefined },
        nameOf: async () => 'Tim Godwin',
      }),
    );
  });
  afterEach(async () => {
    closeTransport();
    await server.close();
    await t.close();
  });

  const deliver = () =>
    deliverDue({
      db: t.db,
      clock,
      messengers: new Map([['email', messenger]]),
      instance: 'i1',
      logger: silentLogger,
      random: () => 0.5,
    });
  const row = () => t.db.selectFrom('outbox').selectAll().executeTakeFirstOrThrow();

  it('commits the row as handed over while the server has the message but not its final dot', async () => {
    messenger.pause();
    const pass = deliver();
    await until(() => messenger.handedOver, 'the hand-over');
    await until(() => server.now.bytes > 500, 'the message reaching the server');
    expect(await row()).toMatchObject({ state: 'handed_over' });
    expect(server.now).toMatchObject({ data: 1, terminated: 0 });
    expect(server.arrived).toHaveLength(0);
    messenger.resume();
    expect(await pass).toMatchObject({ sent: 1 });
    expect(server.now.terminated).toBe(1);
    expect(server.arrived).toHaveLength(1);
    expect(server.arrived[0]!.subject).toContain('your actions');
    expect(await row()).toMatchObject({ state: 'sent', message_id: server.arrived[0]!.messageId });
  });

  it('delivers nothing from a connection dropped before the final dot, and sends the notice again once', async () => {
    messenger.pause();
    const pass = deliver();
    await until(() => messenger.handedOver, 'the hand-over');
    await until(() => server.now.bytes > 500, 'the message reaching the server');
    server.drop();
    await until(() => server.now.discarded === 1, 'the server discarding the half message');
    messenger.resume();
    expect(await pass).toMatchObject({ sent: 0, retrying: 1 });
    expect(server.arrived).toHaveLength(0);
    expect(await row()).toMatchObject({ state: 'pending', sent_at: null });

    clock.advance(DEFAULT_RETRY.maxDelayMs);
    expect(await deliver()).toMatchObject({ sent: 1 });
    expect(await deliver()).toMatchObject({ sent: 0 });
    expect(server.arrived).toHaveLength(1);
    expect(server.now).toMatchObject({ data: 2, terminated: 1, discarded: 1 });
  });

  it('counts as sent, and never sends again, a message whose connection was lost after its final dot', async () => {
    server.answer('drop');
    expect(await deliver()).toMatchObject({ sent: 1, retrying: 0 });
    expect(await row()).toMatchObject({ state: 'sent' });
    clock.advance(DEFAULT_RETRY.maxDelayMs);
    expect(await deliver()).toMatchObject({ sent: 0 });
    expect(server.now).toMatchObject({ data: 1, terminated: 1 });
  });

  it('still retries after a 4xx, and gives up after a 5xx, answered to the final dot', async () => {
    server.answer({ code: 451 });
    expect(await deliver()).toMatchObject({ sent: 0, retrying: 1 });
    expect(await row()).toMatchObject({
      state: 'pending',
      last_error: expect.stringContaining('451'),
    });
    clock.advance(DEFAULT_RETRY.maxDelayMs);
    server.answer({ code: 554 });
    expect(await deliver()).toMatchObject({ sent: 0, failed: 1 });
    expect(await row()).toMatchObject({
      state: 'failed',
      last_error: expect.stringContaining('554'),
    });
    expect(server.now).toMatchObject({ data: 2, terminated: 2 });
    expect(server.arrived).toHaveLength(0);
  });
});
