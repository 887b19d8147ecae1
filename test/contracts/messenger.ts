/**
 * The Messenger contract, run against every adapter (as hono runs router/common.case.test.ts
 * against every router): test/adapters/<platform>/messenger.test.ts calls messengerContract.
 */
import { describe, expect, it } from 'vitest';
import type { Message } from '../../src/message.ts';
import type { Messenger, Notice } from '../../src/ports.ts';

export interface ContractSetup {
  readonly messenger: Messenger;
  readonly notice: Notice;
  /** Everything the platform received for the last send, as text a person would see. */
  lastVisibleText(): Promise<string>;
  /** True when user text reached the platform inert (no ping, no markup, no mention). */
  lastIsInert(hostile: string): Promise<boolean>;
  /** Makes the platform answer the next send with this HTTP status (and Retry-After seconds). */
  failNext?(status: number, retryAfterSeconds?: number): void;
  /** Makes the platform refuse the recipient for good (user gone, bot removed). */
  refuseRecipient?(): void;
}

export const HOSTILE_NOTE =
  '<!channel> <@U999> <at>Everyone</at> **bold** [link](https://evil.example) &amp; \u001b[2J';

export const reminderMessage: Message = {
  summary: 'You have 1 open action before the London Crime Reduction Board on 8 Dec 2026',
  blocks: [
    { kind: 'heading', text: 'Actions for the London Crime Reduction Board, 8 Dec 2026' },
    {
      kind: 'action',
      card: {
        ref: 'LCRB-12',
        boardName: 'London Crime Reduction Board',
        minuteRef: '4.20',
        text: 'Bring back a full proposal on payment by results',
        owners: ['Tim Godwin'],
        due: 'meeting of 8 Dec 2026',
        status: 'open',
        rag: 'amber',
        carriedForward: 0,
        latest: { at: '1 Dec 2026', who: 'Tim Godwin', note: HOSTILE_NOTE, status: 'in_progress' },
        buttons: [
          {
            label: 'Complete',
            style: 'primary',
            intent: { kind: 'set_status', ref: 'LCRB-12', status: 'complete', version: 3 },
          },
          { label: 'Add update', intent: { kind: 'add_update', ref: 'LCRB-12', version: 3 } },
        ],
      },
    },
  ],
};

/**
 * `platformFailures`: the platform can fail (Slack, Teams, email); the console cannot.
 * `retryAfter: false`: the platform has no Retry-After (SMTP): a temporary failure is retried
 * with the deliverer's backoff instead.
 */
export function messengerContract(
  name: string,
  setup: () => Promise<ContractSetup>,
  options: { platformFailures: boolean; retryAfter?: boolean },
): void {
  describe(`${name} messenger (contract)`, () => {
    it('delivers a reminder and returns the platform message id', async () => {
      const s = await setup();
      const delivery = await s.messenger.send(s.notice, reminderMessage);
      expect(delivery).toMatchObject({ ok: true, messageId: expect.any(String) });
      const text = await s.lastVisibleText();
      expect(text).toContain('LCRB-12');
      expect(text).toContain('Bring back a full proposal on payment by results');
    });

    it('delivers user-written text inert: no channel ping, no mention, no markup', async () => {
      const s = await setup();
      await s.messenger.send(s.notice, reminderMessage);
      expect(await s.lastIsInert(HOSTILE_NOTE)).toBe(true);
    });

    if (!options.platformFailures) return;

    it('reports a temporary failure as retryable, with the platform Retry-After', async () => {
      const s = await setup();
      if (!s.failNext) throw new Error('setup must provide failNext');
      s.failNext(429, 7);
      const delivery = await s.messenger.send(s.notice, reminderMessage);
      expect(delivery).toMatchObject({ ok: false, permanent: false });
      if (options.retryAfter !== false)
        expect(delivery.ok === false && delivery.retryAfterMs).toBeGreaterThanOrEqual(7000);
      s.failNext(500);
      expect(await s.messenger.send(s.notice, reminderMessage)).toMatchObject({
        ok: false,
        permanent: false,
      });
    });

    it('reports a recipient the platform refuses as a permanent failure', async () => {
      const s = await setup();
      if (!s.refuseRecipient) throw new Error('setup must provide refuseRecipient');
      s.refuseRecipient();
      expect(await s.messenger.send(s.notice, reminderMessage)).toMatchObject({
        ok: false,
        permanent: true,
      });
    });
  });
}
