/**
 * The console Messenger: with no Slack or Teams credentials, reminders and digests are printed
 * for whoever runs the service, so nothing is silently dropped.
 */
import type { Writable } from 'node:stream';
import type { Delivery, Messenger, Notice } from '../../src/ports.ts';
import type { Message } from '../../src/message.ts';
import { renderText } from './render.ts';

export class ConsoleMessenger implements Messenger {
  readonly platform = 'console' as const;
  private sent = 0;

  constructor(
    private readonly out: Writable = process.stdout,
    /** Resolves a recipient to a display name for the header line. */
    private readonly nameOf: (notice: Notice) => Promise<string> = async (n) =>
      n.recipient.kind === 'person'
        ? `person ${n.recipient.personId}`
        : `channel ${n.recipient.channelId}`,
  ) {}

  async send(notice: Notice, message: Message): Promise<Delivery> {
    const to = await this.nameOf(notice);
    this.out.write(`\n──── To ${to} ────\n${renderText(message)}\n`);
    this.sent += 1;
    return { ok: true, messageId: `console-${Date.now()}-${this.sent}` };
  }
}
