/**
 * SMTP_RATE_PER_SECOND: what nodemailer's pool was made with, read back from the pool itself
 * rather than timed (a timed check would be flaky on a shared machine).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { smtpOptionsOf } from '../../../adapters/email/index.ts';
import { smtpTransport, type SmtpTransport } from '../../../adapters/email/transport.ts';

const config = {
  SMTP_URL: 'smtp://127.0.0.1:9',
  EMAIL_FROM: 'arising@example.org',
  SMTP_MAX_CONNECTIONS: 3,
  SMTP_RATE_PER_SECOND: 7,
};

describe('the SMTP rate limit', () => {
  const opened: SmtpTransport[] = [];
  afterEach(() => {
    for (const t of opened.splice(0)) t.close();
  });
  const open = async (options: Parameters<typeof smtpTransport>[0]) => {
    const t = await smtpTransport(options);
    opened.push(t);
    return t;
  };

  it('takes SMTP_RATE_PER_SECOND and SMTP_MAX_CONNECTIONS from the configuration', () => {
    expect(smtpOptionsOf(config)).toEqual({
      url: config.SMTP_URL,
      maxConnections: 3,
      ratePerSecond: 7,
    });
    expect(smtpOptionsOf({ ...config, SMTP_RATE_PER_SECOND: 0 })).not.toHaveProperty(
      'ratePerSecond',
    );
    expect(smtpOptionsOf({ ...config, SMTP_URL: undefined })).toBeUndefined();
  });

  it('reaches the pool as so many messages a second', async () => {
    const t = await open(smtpOptionsOf(config)!);
    expect(t.pool).toMatchObject({ maxConnections: 3, rateLimit: 7, rateDelta: 1000 });
  });

  it('leaves the pool unlimited when there is no rate', async () => {
    const t = await open(smtpOptionsOf({ ...config, SMTP_RATE_PER_SECOND: 0 })!);
    expect(t.pool.rateLimit).toBeUndefined();
    expect(t.pool.maxConnections).toBe(3);
  });
});
