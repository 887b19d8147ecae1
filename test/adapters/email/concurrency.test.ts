import { PassThrough } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { startEmail, type StartedEmail } from '../../../adapters/email/index.ts';
import { reminderMessage } from '../../contracts/messenger.ts';
import { startMockSmtp, type MockSmtp } from './smtp.ts';

const config = {
  EMAIL_FROM: 'arising@example.org',
  SMTP_MAX_CONNECTIONS: 4,
  SMTP_RATE_PER_SECOND: 0,
};
const links = { forAction: async () => undefined };
const nameOf = async () => undefined;

describe('the email messenger tells the deliverer how many sends it may have in flight', () => {
  let smtp: MockSmtp | undefined;
  let email: StartedEmail | undefined;
  afterEach(async () => {
    await email?.close();
    await smtp?.close();
  });

  it('is two for each SMTP connection: one sending, one ready behind it', async () => {
    smtp = await startMockSmtp();
    email = await startEmail({ config: { ...config, SMTP_URL: smtp.url }, links, nameOf });
    expect(email.messenger.concurrency).toBe(8);
  });

  it('still opens no more connections than SMTP_MAX_CONNECTIONS, and every message arrives', async () => {
    smtp = await startMockSmtp();
    email = await startEmail({ config: { ...config, SMTP_URL: smtp.url }, links, nameOf });
    const sends = Array.from({ length: email.messenger.concurrency }, (_, i) =>
      email!.messenger.send(
        {
          idempotencyKey: `reminder:person=${i + 1}:meeting=3:lead=7`,
          recipient: {
            kind: 'person',
            personId: i + 1,
            userId: `person${i + 1}@example.org`,
            workspaceId: null,
            conversationRef: null,
          },
        },
        reminderMessage,
      ),
    );
    const deliveries = await Promise.all(sends);
    expect(deliveries.every((d) => d.ok)).toBe(true);
    await smtp.waitFor(8);
    expect(new Set(smtp.received.map((m) => m.messageId)).size).toBe(8);
    expect(smtp.peakConnections).toBeLessThanOrEqual(4);
  });

  it('is one when printing to the console', async () => {
    email = await startEmail({ config, links, nameOf, out: new PassThrough() });
    expect(email.messenger.concurrency).toBe(1);
  });
});
