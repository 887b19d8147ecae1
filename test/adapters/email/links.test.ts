/**
 * The links in reminder emails, driven as a person's browser drives them: the service on
 * 127.0.0.1 sends a real email to a loopback SMTP server, the test reads the links back out of
 * it and GETs and POSTs the update page. Forged, expired, replayed, cross-person and stale links
 * are refused and change nothing; a good one lands in the history with source 'email'.
 */
import { actorFor } from '../../../src/access.ts';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config.ts';
import type { Action, Person } from '../../../src/domain.ts';
import { silentLogger } from '../../../src/log.ts';
import { startService, type Service } from '../../../src/main.ts';
import { getAction } from '../../../src/register/actions.ts';
import { listHistory } from '../../../src/register/history.ts';
import { aBoard, aMeeting, aPerson, anAction } from '../../support/builders.ts';
import { DAY, FakeClock } from '../../support/clock.ts';
import { openTestDb } from '../../support/db.ts';
import { startMockSmtp, type MockSmtp } from './smtp.ts';

describe('email update links', () => {
  let dir: string;
  let smtp: MockSmtp;
  let service: Service;
  let clock: FakeClock;
  let tim: Person;
  let gemma: Person;
  let action: Action;
  let other: Action;

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'arising-email-'));
    const url = `sqlite:${join(dir, 'register.db')}`;
    const t = await openTestDb('sqlite', { file: join(dir, 'register.db') });
    const board = await aBoard(t.db, { refPrefix: 'LCRB', name: 'London Crime Reduction Board' });
    tim = await aPerson(t.db, { name: 'Tim Godwin', email: 'tim@example.org', board });
    gemma = await aPerson(t.db, {
      name: 'Gemma Townsend',
      email: 'gemma@example.org',
      board,
      role: 'secretariat',
    });
    const bob = await aPerson(t.db, { name: 'Bob Owner', email: 'bob@example.org', board });
    const meeting = await aMeeting(t.db, board, '2026-12-08T10:00:00.000Z');
    action = await anAction(t.db, board, {
      owners: [tim],
      due: meeting,
      text: 'Bring back the proposal',
    });
    other = await anAction(t.db, board, { owners: [bob], due: meeting, text: "Bob's own action" });
    await t.close();
    smtp = await startMockSmtp();
    clock = new FakeClock('2026-12-01T09:00:00.000Z');
    service = await startService(
      loadConfig({
        DATABASE_URL: url,
        PORT: '0',
        HOST: '127.0.0.1',
        DEMO_DATA: 'never',
        LOG_LEVEL: 'silent',
        SCHEDULER: 'off',
        SMTP_URL: smtp.url,
        EMAIL_FROM: 'Matters Arising <arising@lcrb.example.org>',
      }),
      { clock, logger: silentLogger },
    );
    await service.reminders.runOnce();
    await smtp.waitFor(2);
  });
  afterEach(async () => {
    await service.close();
    await smtp.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const mailTo = (address: string) =>
    smtp.received.find((m) => !Array.isArray(m.to) && m.to?.value[0]?.address === address)!;
  const linkIn = (address: string, choice: string) => {
    const found = new RegExp(`https?://\\S+/update\\?t=[^\\s&]+&do=${choice}`).exec(
      mailTo(address).text ?? '',
    );
    if (!found) throw new Error(`no ${choice} link in the email to ${address}`);
    return found[0];
  };
  const tokenOf = (link: string) => new URL(link).searchParams.get('t')!;

  interface Page {
    status: number;
    html: string;
    cookie: string | undefined;
    fields: Record<string, string>;
  }
  async function get(link: string): Promise<Page> {
    const res = await fetch(link.replace(/^https?:\/\/[^/]+/, service.url));
    const html = await res.text();
    const fields: Record<string, string> = {};
    for (const m of html.matchAll(/<input type="hidden" name="(\w+)" value="([^"]*)">/g))
      fields[m[1]!] = m[2]!.replace(/&amp;/g, '&');
    return {
      status: res.status,
      html,
      cookie: res.headers.get('set-cookie')?.split(';')[0],
      fields,
    };
  }
  async function post(fields: Record<string, string>, cookie?: string) {
    const res = await fetch(`${service.url}/update`, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        ...(cookie ? { cookie } : {}),
      },
      body: new URLSearchParams(fields).toString(),
      redirect: 'manual',
    });
    return { status: res.status, html: await res.text() };
  }
  const history = async (a: Action = action) => listHistory(service.db, a.id);
  const status = async (a: Action = action) => (await getAction(service.db, a.id))!.status;

  it('opens the page with the action, and GET changes nothing', async () => {
    const before = await history();
    const page = await get(linkIn('tim@example.org', 'complete'));
    expect(page.status).toBe(200);
    expect(page.html).toContain('Bring back the proposal');
    expect(page.html).toMatch(/value="complete" checked/);
    expect(page.cookie).toMatch(/^arising_form=/);
    expect(await history()).toEqual(before);
  });

  it('applies a status and note as the person, with source email in the history', async () => {
    const page = await get(linkIn('tim@example.org', 'complete'));
    const saved = await post(
      { ...page.fields, status: 'complete', note: 'Paper circulated' },
      page.cookie,
    );
    expect(saved.status).toBe(200);
    expect(saved.html).toContain('Saved.');
    expect(await status()).toBe('complete');
    expect((await history()).at(-1)).toMatchObject({
      source: 'email',
      actorName: 'Tim Godwin',
      statusFrom: 'open',
      statusTo: 'complete',
      note: 'Paper circulated',
    });
  });

  it('adds a note only, keeping the status', async () => {
    const page = await get(linkIn('tim@example.org', 'update'));
    const saved = await post(
      { ...page.fields, status: 'keep', note: 'Drafting with finance' },
      page.cookie,
    );
    expect(saved.status).toBe(200);
    expect(await status()).toBe('open');
    expect((await history()).at(-1)).toMatchObject({ source: 'email', kind: 'note' });
    // A note bumps no version, yet the link is used up: the same form again adds nothing.
    const replay = await post(
      { ...page.fields, status: 'keep', note: 'Drafting with finance' },
      page.cookie,
    );
    expect(replay.status).toBe(409);
    expect((await history()).filter((h) => h.source === 'email')).toHaveLength(1);
  });

  it('keeps one note when the same form is sent twice at once (a double click)', async () => {
    const page = await get(linkIn('tim@example.org', 'update'));
    const form = { ...page.fields, status: 'keep', note: 'Drafting with finance' };
    const answers = await Promise.all([1, 2, 3, 4, 5, 6].map(() => post(form, page.cookie)));
    expect(answers.filter((a) => a.status === 200)).toHaveLength(1);
    expect((await history()).filter((h) => h.source === 'email')).toHaveLength(1);
  });

  it('refuses a replayed form and a used link, and shows the action as it stands', async () => {
    const page = await get(linkIn('tim@example.org', 'in_progress'));
    const form = { ...page.fields, status: 'in_progress', note: 'Started' };
    expect((await post(form, page.cookie)).status).toBe(200);
    const after = await history();
    const replay = await post({ ...form, status: 'complete' }, page.cookie);
    expect(replay.status).toBe(409);
    expect(replay.html).toContain('This link no longer works');
    const again = await get(linkIn('tim@example.org', 'complete'));
    expect(again.status).toBe(409);
    expect(again.html).toContain('In progress');
    expect(await history()).toEqual(after);
    expect(await status()).toBe('in_progress');
  });

  it('refuses a link after someone else changed the action (wrong version)', async () => {
    const page = await get(linkIn('tim@example.org', 'complete'));
    const secretariat = await actorFor(service.db, gemma, 'cli');
    await service.core.handleText(secretariat, `note ${action.ref} Chased by phone`);
    const after = await history();
    const refused = await post({ ...page.fields, status: 'complete' }, page.cookie);
    expect(refused.status).toBe(409);
    expect(refused.html).toContain('Chased by phone');
    expect((await get(linkIn('tim@example.org', 'complete'))).status).toBe(409);
    expect(await history()).toEqual(after);
    expect(await status()).toBe('open');
  });

  it('refuses a forged link', async () => {
    const link = linkIn('tim@example.org', 'complete');
    const token = tokenOf(link);
    const sig = token.split('.')[1]!;
    const forged = `${token.split('.')[0]}.${sig[0] === 'A' ? 'B' : 'A'}${sig.slice(1)}`;
    expect((await get(link.replace(token, forged))).status).toBe(403);
    expect((await get(link.replace(token, 'garbage'))).status).toBe(403);
    // A valid page's form, with the token swapped for the forged one.
    const page = await get(link);
    expect(
      (await post({ ...page.fields, t: forged, status: 'complete' }, page.cookie)).status,
    ).toBe(403);
    expect(await status()).toBe('open');
  });

  it("refuses a link edited to act as someone else or on someone else's action", async () => {
    const link = linkIn('tim@example.org', 'complete');
    const token = tokenOf(link);
    const [body, sig] = token.split('.') as [string, string];
    const claims = JSON.parse(Buffer.from(body, 'base64url').toString()) as Record<string, number>;
    for (const edit of [
      { p: gemma.id },
      { a: other.id },
      { v: claims.v! + 1 },
      { e: claims.e! + 30 * 86_400 },
    ]) {
      const edited = `${Buffer.from(JSON.stringify({ ...claims, ...edit })).toString('base64url')}.${sig}`;
      expect((await get(link.replace(token, edited))).status).toBe(403);
    }
    // Bob's own link works for Bob only: it cannot touch Tim's action.
    const bobs = await get(linkIn('bob@example.org', 'complete'));
    expect(bobs.html).toContain('Bob&#39;s own action');
    expect(await status()).toBe('open');
    expect(await status(other)).toBe('open');
  });

  it('refuses a link once the day of its meeting is over', async () => {
    const link = linkIn('tim@example.org', 'complete');
    const page = await get(link);
    clock.set('2026-12-08T23:59:00.000Z'); // 23:59 in London, the meeting day: still good
    expect((await get(link)).status).toBe(200);
    clock.advance(DAY / 24);
    const expired = await get(link);
    expect(expired.status).toBe(410);
    expect(expired.html).toContain('expired');
    // Said for links to date-due actions too, which last at least a fortnight.
    expect(expired.html).toContain('the meeting or due date they were sent for');
    expect((await post({ ...page.fields, status: 'complete' }, page.cookie)).status).toBe(410);
    expect(await status()).toBe('open');
  });

  it('refuses a form posted without the page cookie or with a wrong CSRF token (CSRF)', async () => {
    const page = await get(linkIn('tim@example.org', 'complete'));
    expect((await post({ ...page.fields, status: 'complete' })).status).toBe(403);
    const other = await get(linkIn('tim@example.org', 'complete'));
    expect((await post({ ...page.fields, status: 'complete' }, other.cookie)).status).toBe(403);
    const wrong = page.fields.csrf!.replace(/^./, (c) => (c === 'A' ? 'B' : 'A'));
    expect(
      (await post({ ...page.fields, csrf: wrong, status: 'complete' }, page.cookie)).status,
    ).toBe(403);
    expect(await status()).toBe('open');
  });

  it('refuses what the person may not do, and keeps the form with the reason', async () => {
    const page = await get(linkIn('tim@example.org', 'complete'));
    const long = await post(
      { ...page.fields, status: 'keep', note: 'x'.repeat(2500) },
      page.cookie,
    );
    expect(long.status).toBe(422);
    expect(long.html).toContain('role="alert"');
    expect((await history()).some((h) => h.source === 'email')).toBe(false);
  });
});
