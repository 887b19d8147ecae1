/**
 * SMTP_URL with smtps:// (implicit TLS, as on port 465): the email arrives over TLS from the
 * same transport the service builds. The certificate is made for the test with openssl.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EmailMessenger } from '../../../adapters/email/index.ts';
import { smtpTransport } from '../../../adapters/email/transport.ts';
import type { EmailLinks } from '../../../src/email-links/service.ts';
import { reminderMessage } from '../../contracts/messenger.ts';
import { startMockSmtp, type MockSmtp } from './smtp.ts';

const hasOpenssl = spawnSync('openssl', ['version']).status === 0;

describe.skipIf(!hasOpenssl)('email over smtps://', () => {
  let dir: string;
  let smtp: MockSmtp;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'arising-smtps-'));
    const made = spawnSync('openssl', [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-days',
      '1',
      '-subj',
      '/CN=127.0.0.1',
      '-keyout',
      join(dir, 'key.pem'),
      '-out',
      join(dir, 'cert.pem'),
    ]);
    if (made.status !== 0) throw new Error(String(made.stderr));
    smtp = await startMockSmtp({
      tls: {
        key: readFileSync(join(dir, 'key.pem'), 'utf8'),
        cert: readFileSync(join(dir, 'cert.pem'), 'utf8'),
      },
    });
  });
  afterAll(async () => {
    await smtp?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('sends with the user and password in the URL, over TLS', async () => {
    expect(smtp.url).toMatch(/^smtps:\/\/arising:secret@/);
    const transport = await smtpTransport({ url: smtp.url, maxConnections: 1 });
    const links: EmailLinks = { forAction: async () => undefined };
    const messenger = new EmailMessenger({
      transport,
      from: 'Matters Arising <arising@lcrb.example.org>',
      links,
      nameOf: async () => 'Tim Godwin',
    });
    try {
      const delivery = await messenger.send(
        {
          idempotencyKey: 'reminder:person=1:meeting=3:lead=7',
          recipient: {
            kind: 'person',
            personId: 1,
            userId: 'tim.godwin@example.org',
            workspaceId: null,
            conversationRef: null,
          },
        },
        reminderMessage,
      );
      expect(delivery.ok).toBe(true);
      await smtp.waitFor(1);
      expect(smtp.received[0]!.subject).toContain('London Crime Reduction Board');
    } finally {
      transport.close();
    }
  });
});
