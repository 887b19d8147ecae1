import { PassThrough } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { startEmail, type StartedEmail } from '../../../adapters/email/index.ts';
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

  it('is the SMTP pool size over SMTP', async () => {
    smtp = await startMockSmtp();
    email = await startEmail({ config: { ...config, SMTP_URL: smtp.url }, links, nameOf });
    expect(email.messenger.concurrency).toBe(4);
  });

  it('is one when printing to the console', async () => {
    email = await startEmail({ config, links, nameOf, out: new PassThrough() });
    expect(email.messenger.concurrency).toBe(1);
  });
});
