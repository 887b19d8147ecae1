/**
 * Test fixtures for the reminders: a recording Messenger standing in for a platform (it can be
 * told to fail, answer 429, refuse, or throw), and a scheduler wired to a FakeClock.
 */
import type { Platform } from '../../src/domain.ts';
import type { Block, Message } from '../../src/message.ts';
import type { Delivery, Messenger, Notice } from '../../src/ports.ts';
import { silentLogger } from '../../src/log.ts';
import { createScheduler, type Scheduler } from '../../src/reminders/scheduler.ts';
import type { Db } from '../../src/register/tx.ts';
import type { FakeClock } from '../support/clock.ts';
import type { Dialect } from '../support/db.ts';

export interface Received {
  readonly at: string;
  readonly notice: Notice;
  readonly message: Message;
}

type Scripted = Delivery | Error;

export class RecordingMessenger implements Messenger {
  readonly received: Received[] = [];
  /** Every call, including failed ones. */
  calls = 0;
  private readonly script: Scripted[] = [];

  constructor(
    readonly platform: Platform,
    private readonly clock: { now(): Date },
  ) {}

  /** The next sends answer these, in order; then sends succeed again. */
  answer(...outcomes: Scripted[]): this {
    this.script.push(...outcomes);
    return this;
  }

  async send(notice: Notice, message: Message): Promise<Delivery> {
    this.calls += 1;
    const next = this.script.shift();
    if (next instanceof Error) throw next;
    if (next && !next.ok) return next;
    this.received.push({ at: this.clock.now().toISOString(), notice, message });
    return { ok: true, messageId: `${this.platform}-${this.calls}` };
  }

  /** Action refs on the cards of each message received, in order. */
  refs(): string[][] {
    return this.received.map((r) => cardRefs(r.message.blocks));
  }

  to(personId: number): Received[] {
    return this.received.filter(
      (r) => r.notice.recipient.kind === 'person' && r.notice.recipient.personId === personId,
    );
  }
}

export function cardRefs(blocks: readonly Block[]): string[] {
  return blocks.flatMap((b) => (b.kind === 'action' ? [b.card.ref] : []));
}

export function schedulerFor(
  db: Db,
  dialect: Dialect,
  clock: FakeClock,
  messengers: readonly Messenger[],
  instance = 'test-instance',
): Scheduler {
  return createScheduler({
    db,
    kind: dialect,
    clock,
    messengers: new Map(messengers.map((m) => [m.platform, m])),
    logger: silentLogger,
    instance,
    random: () => 0.5,
  });
}
