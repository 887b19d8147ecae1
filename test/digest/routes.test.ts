import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDigestLinks, verifyDigestLink, type DigestLinks } from '../../src/digest/links.ts';
import { mountDigestRoutes } from '../../src/digest/routes.ts';
import { silentLogger } from '../../src/log.ts';
import { createHttpServer, type HttpServer } from '../../src/server.ts';
import { DAY } from '../support/clock.ts';
import { DIALECTS, openTestDb, type TestDb } from '../support/db.ts';
import { buildLcrb, type Lcrb } from './fixture.ts';

const SECRET = 'a-test-secret-that-is-long-enough-0123456789';

describe('signed digest links', () => {
  const clock = { now: () => new Date('2026-11-25T09:00:00.000Z') };
  const links = createDigestLinks({ secret: SECRET, baseUrl: () => 'https://x.example/', clock });
  const target = { board: 'lcrb', meetingId: 4, format: 'docx', edition: 'public' } as const;
  const query = (url: string) => new URL(url).searchParams;

  it('accepts its own link until it expires (7 days by default)', () => {
    const url = links.url(target);
    expect(url.startsWith('https://x.example/digests?')).toBe(true);
    expect(verifyDigestLink(SECRET, query(url), clock.now())).toEqual({ ok: true, target });
    expect(verifyDigestLink(SECRET, query(url), new Date(clock.now().getTime() + 7 * DAY))).toEqual(
      { ok: false, code: 'expired' },
    );
  });

  it('refuses a link edited to fetch the full edition, another board or to live longer', () => {
    for (const [key, value] of [
      ['edition', 'full'],
      ['board', 'dmg'],
      ['expires', '4102444800'],
      ['meeting', '5'],
    ]) {
      const q = query(links.url(target));
      q.set(key!, value!);
      expect(verifyDigestLink(SECRET, q, clock.now())).toEqual({
        ok: false,
        code: 'bad_signature',
      });
    }
    expect(
      verifyDigestLink(
        'another-secret-another-secret-another',
        query(links.url(target)),
        clock.now(),
      ),
    ).toEqual({
      ok: false,
      code: 'bad_signature',
    });
    expect(verifyDigestLink(SECRET, new URLSearchParams('board=lcrb'), clock.now())).toEqual({
      ok: false,
      code: 'malformed',
    });
  });
});

describe.each(DIALECTS)('the digest document route on %s', (dialect) => {
  let t: TestDb;
  let lcrb: Lcrb;
  let http: HttpServer;
  let base: string;
  let links: DigestLinks;
  beforeEach(async () => {
    t = await openTestDb(dialect);
    lcrb = await buildLcrb(t.db);
    http = createHttpServer(silentLogger);
    mountDigestRoutes(http, { db: t.db, clock: lcrb.clock, secret: SECRET, logger: silentLogger });
    const address = await http.listen(0, '127.0.0.1');
    base = `http://127.0.0.1:${address.port}`;
    links = createDigestLinks({ secret: SECRET, baseUrl: () => base, clock: lcrb.clock });
  });
  afterEach(async () => {
    await http.close();
    await t.close();
  });

  const link = (format: 'md' | 'html' | 'docx' | 'csv', edition: 'full' | 'public' = 'full') =>
    links.url({ board: 'lcrb', meetingId: lcrb.meetings.next.id, format, edition });

  it('serves the Word action log as a download, never cached', async () => {
    const res = await fetch(link('docx'));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    expect(res.headers.get('content-disposition')).toBe(
      'attachment; filename="lcrb-2026-12-02-action-log.docx"',
    );
    expect(res.headers.get('cache-control')).toBe('private, no-store');
    const body = Buffer.from(await res.arrayBuffer());
    expect(body.subarray(0, 2).toString()).toBe('PK');
  });

  it('serves the public edition without restricted actions', async () => {
    const res = await fetch(link('html', 'public'));
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('Public edition: 2 restricted actions are left out.');
    expect(html).not.toContain('LCRB-9');
  });

  it('refuses a tampered link with 403 and an expired one with 410, saying what to type', async () => {
    const tampered = new URL(link('md', 'public'));
    tampered.searchParams.set('edition', 'full');
    const refused = await fetch(tampered);
    expect(refused.status).toBe(403);
    expect(await refused.text()).toContain('digest lcrb');
    const url = link('csv');
    lcrb.clock.advance(8 * DAY);
    const expired = await fetch(url);
    expect(expired.status).toBe(410);
    expect(await expired.text()).toMatch(/expired.*digest lcrb/);
  });

  it('answers 404 for a signed link to a board that is not in the register', async () => {
    const url = links.url({ board: 'nope', meetingId: 1, format: 'md', edition: 'full' });
    expect((await fetch(url)).status).toBe(404);
  });
});
