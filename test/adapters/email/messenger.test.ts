import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  EmailMessenger,
  FOOTER_TEXT,
  keyFromMessageId,
  messageIdFor,
} from '../../../adapters/email/index.ts';
import { smtpTransport } from '../../../adapters/email/transport.ts';
import type { EmailLinks } from '../../../src/email-links/service.ts';
import type { Notice } from '../../../src/ports.ts';
import { messengerContract, reminderMessage } from '../../contracts/messenger.ts';
import { startMockSmtp, type MockSmtp } from './smtp.ts';

let smtp: MockSmtp;
beforeAll(async () => {
  smtp = await startMockSmtp();
});
const transports: Array<{ close(): void }> = [];
afterEach(() => {
  smtp.reset();
  for (const t of transports.splice(0)) t.close();
});
afterAll(async () => {
  await smtp.close();
});

const links: EmailLinks = {
  async forAction(personId, ref, version) {
    const t = `p${personId}-${ref}-v${version}`;
    return {
      complete: `http://127.0.0.1:9/update?t=${t}&do=complete`,
      inProgress: `http://127.0.0.1:9/update?t=${t}&do=in_progress`,
      update: `http://127.0.0.1:9/update?t=${t}&do=update`,
      expires: new Date('2026-12-08T23:59:59.999Z'),
    };
  },
};

const notice = (key = 'reminder:person=1:meeting=3:lead=7'): Notice => ({
  idempotencyKey: key,
  recipient: {
    kind: 'person',
    personId: 1,
    userId: 'tim.godwin@example.org',
    workspaceId: null,
    conversationRef: null,
  },
});

async function messenger() {
  const transport = await smtpTransport({ url: smtp.url, maxConnections: 2 });
  transports.push(transport);
  return new EmailMessenger({
    transport,
    from: 'Matters Arising <arising@lcrb.example.org>',
    replyTo: 'secretariat@lcrb.example.org',
    links,
    nameOf: async () => 'Tim Godwin',
  });
}

const last = () => smtp.received.at(-1)!;

messengerContract(
  'email',
  async () => {
    const m = await messenger();
    return {
      messenger: m,
      notice: notice(),
      lastVisibleText: async () => `${last().subject}\n${last().text ?? ''}`,
      lastIsInert: async (hostile) => {
        const html = String(last().html);
        const text = last().text ?? '';
        return (
          !html.includes('<!channel>') &&
          !html.includes('<at>') &&
          !html.includes('href="https://evil.example"') &&
          html.includes('&lt;!channel&gt;') &&
          !text.includes('\u001b') &&
          text.includes(hostile.replace('\u001b', ''))
        );
      },
      failNext: (status) => smtp.failNext(status === 429 ? 451 : 421),
      refuseRecipient: () => smtp.refuse('tim.godwin@example.org'),
    };
  },
  { platformFailures: true, retryAfter: false },
);

describe('email messenger', () => {
  it('sends an HTML part and a text part, with the board name in the subject', async () => {
    const m = await messenger();
    const delivery = await m.send(notice('reminder:person=1:meeting=3:lead=2'), reminderMessage);
    expect(delivery.ok).toBe(true);
    const mail = last();
    expect(mail.subject).toContain('London Crime Reduction Board');
    expect(mail.html).toContain('<h1');
    expect(mail.text).toContain('LCRB-12');
    expect(mail.to && !Array.isArray(mail.to) && mail.to.value[0]).toMatchObject({
      address: 'tim.godwin@example.org',
      name: 'Tim Godwin',
    });
    expect(mail.replyTo?.value[0]?.address).toBe('secretariat@lcrb.example.org');
    expect(mail.headers.get('auto-submitted')).toBe('auto-generated');
  });

  it('uses the idempotency key as the Message-ID, and returns it', async () => {
    const m = await messenger();
    const key = 'reminder:person=1:meeting=3:lead=2 bis';
    const delivery = await m.send(notice(key), reminderMessage);
    const id = messageIdFor(key, 'lcrb.example.org');
    expect(delivery).toEqual({ ok: true, messageId: id });
    expect(last().messageId).toBe(id);
    expect(keyFromMessageId(last().messageId!)).toBe(key);
  });

  it('carries Complete, In progress and Add an update links for each action, in both parts', async () => {
    const m = await messenger();
    await m.send(notice(), reminderMessage);
    const html = String(last().html);
    const text = last().text ?? '';
    for (const choice of ['complete', 'in_progress', 'update']) {
      expect(text).toContain(`http://127.0.0.1:9/update?t=p1-LCRB-12-v3&do=${choice}`);
      expect(html).toContain(`href="http://127.0.0.1:9/update?t=p1-LCRB-12-v3&amp;do=${choice}"`);
    }
    expect(html).toMatch(/>Complete<\/a>.*>In progress<\/a>.*>Add an update<\/a>/s);
  });

  it('says in the footer that replies are not read', async () => {
    const m = await messenger();
    await m.send(notice(), reminderMessage);
    expect(last().text).toContain(FOOTER_TEXT);
    expect(String(last().html)).toContain('use the links above');
  });

  it('reports a 4xx as retryable and a 5xx as permanent, with the server reason', async () => {
    const m = await messenger();
    smtp.failNext(451, '4.3.2 Mailbox busy');
    expect(await m.send(notice(), reminderMessage)).toMatchObject({
      ok: false,
      permanent: false,
      reason: expect.stringContaining('451'),
    });
    smtp.failNext(554, '5.7.1 Relaying denied');
    expect(await m.send(notice(), reminderMessage)).toMatchObject({
      ok: false,
      permanent: true,
      reason: expect.stringMatching(/554.*Relaying denied/),
    });
  });

  it('reports an unreachable server as retryable', async () => {
    const transport = await smtpTransport({ url: 'smtp://a:b@127.0.0.1:1', maxConnections: 1 });
    const m = new EmailMessenger({
      transport,
      from: 'arising@lcrb.example.org',
      links,
      nameOf: async () => undefined,
    });
    expect(await m.send(notice(), reminderMessage)).toMatchObject({ ok: false, permanent: false });
    transport.close();
  });

  it("links the service's own document URLs in the HTML, and leaves other URLs as text", async () => {
    const transport = await smtpTransport({ url: smtp.url, maxConnections: 1 });
    transports.push(transport);
    const m = new EmailMessenger({
      transport,
      from: 'arising@lcrb.example.org',
      links,
      nameOf: async () => 'Gemma Townsend',
      origin: () => 'https://arising.example.org',
    });
    const own = 'https://arising.example.org/digests?board=lcrb&meeting=3&format=docx&sig=x';
    await m.send(notice(), {
      summary: 'London Crime Reduction Board: digest',
      blocks: [
        { kind: 'heading', text: 'London Crime Reduction Board: digest for 8 Dec 2026' },
        { kind: 'context', spans: ['Word: ', own, ' · note: ', 'https://evil.example/x'] },
      ],
    });
    const html = String(last().html);
    expect(html).toContain(`<a href="${own.replace(/&/g, '&amp;')}">`);
    expect(html).not.toContain('href="https://evil.example/x"');
    expect(last().text).toContain(own);
  });

  it('refuses a channel recipient for good: email reaches people', async () => {
    const m = await messenger();
    expect(
      await m.send(
        {
          idempotencyKey: 'digest:1',
          recipient: { kind: 'channel', channelId: 'C1', workspaceId: null },
        },
        reminderMessage,
      ),
    ).toMatchObject({ ok: false, permanent: true });
  });
});
