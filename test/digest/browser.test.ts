/**
 * The HTML action log in a real browser (Debian's chromium, driven by playwright-core): laid
 * out on screen and in its print view, checked by axe-core with layout (so colour contrast is
 * measured too). Print is A4 landscape, refs stay on one line, and every table shares one set
 * of column widths. Skipped, with a message, where chromium is not installed.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { loadDigestModel } from '../../src/digest/load.ts';
import { renderHtml } from '../../src/digest/render-html.ts';
import { CHROMIUM, launchChromium } from '../support/chromium.ts';
import { openTestDb, type TestDb } from '../support/db.ts';
import { buildLcrb } from './fixture.ts';

const present = existsSync(CHROMIUM);
if (!present && process.env.ARISING_REQUIRE_CHROMIUM)
  throw new Error(`${CHROMIUM} is missing: CI must install chromium (.ci/run does)`);
if (!present)
  console.warn(
    `Skipping the browser check of the HTML action log: no chromium at ${CHROMIUM} (apt-get install chromium, or set CHROMIUM_PATH).`,
  );

describe.skipIf(!present)('the HTML action log in chromium', () => {
  let t: TestDb;
  let html = '';
  let publicHtml = '';
  let profile = '';
  let context: BrowserContext;

  beforeAll(async () => {
    t = await openTestDb('sqlite');
    const lcrb = await buildLcrb(t.db);
    const load = async (edition: 'full' | 'public') => {
      const loaded = await loadDigestModel(t.db, lcrb.board.id, lcrb.clock.now(), { edition });
      if (!loaded.ok) throw new Error(loaded.message);
      return renderHtml(loaded.model);
    };
    html = await load('full');
    publicHtml = await load('public');
    profile = await mkdtemp(join(tmpdir(), 'arising-chromium-'));
    context = await launchChromium(profile);
    // Nothing leaves the machine: the page is self-contained.
    await context.route('**/*', (route) => route.abort());
  }, 120_000);

  afterAll(async () => {
    await context?.close();
    await t?.close();
    if (profile) await rm(profile, { recursive: true, force: true });
  });

  async function open(content: string, media: 'screen' | 'print'): Promise<Page> {
    const page = await context.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.emulateMedia({ media });
    await page.setContent(content, { waitUntil: 'load' });
    return page;
  }

  async function axe(page: Page): Promise<string[]> {
    const source = (await import('axe-core')).default.source;
    await page.addScriptTag({ content: source });
    return page.evaluate(async () => {
      const w = window as unknown as {
        axe: { run(): Promise<{ violations: { id: string; help: string; nodes: unknown[] }[] }> };
      };
      const results = await w.axe.run();
      return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`);
    });
  }

  /** Whether each row's ref fits on one line, and the column widths of every table. */
  const layout = (page: Page) =>
    page.evaluate(() => {
      const refs = [...document.querySelectorAll('tbody th[scope="row"]')].map((th) => {
        const range = document.createRange();
        range.selectNodeContents(th);
        return { ref: th.textContent, lines: range.getClientRects().length };
      });
      const widths = [...document.querySelectorAll('table')].map((t) =>
        [...t.querySelectorAll('thead th')].map((th) =>
          Math.round(th.getBoundingClientRect().width),
        ),
      );
      return { refs, widths };
    });

  for (const media of ['screen', 'print'] as const) {
    it(`passes axe-core with no violation (${media})`, async () => {
      for (const content of [html, publicHtml]) {
        const page = await open(content, media);
        expect(await axe(page)).toEqual([]);
        await page.close();
      }
    }, 60_000);

    it(`keeps refs on one line and the same column widths in every table (${media})`, async () => {
      const page = await open(html, media);
      const { refs, widths } = await layout(page);
      expect(refs.length).toBeGreaterThan(5);
      for (const r of refs) expect(r, String(r.ref)).toEqual({ ref: r.ref, lines: 1 });
      expect(widths.length).toBe(5);
      for (const w of widths) expect(w).toEqual(widths[0]);
      await page.close();
    }, 60_000);
  }

  it('prints on A4 landscape, with the marking at the top and bottom', async () => {
    const page = await open(html, 'print');
    const pages = await page.evaluate(() => {
      const rules = [...document.styleSheets].flatMap((s) => [...s.cssRules]);
      return rules
        .filter((r) => r instanceof CSSPageRule)
        .map((r) => (r as CSSPageRule).style.getPropertyValue('size'));
    });
    expect(pages.map((p) => p.toLowerCase())).toEqual(['a4 landscape']);
    const pdf = await page.pdf({ preferCSSPageSize: true });
    // A4 landscape is 842 × 595 points; the PDF's first MediaBox says what chromium laid out.
    const box = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(pdf.toString('latin1'));
    expect(box).not.toBeNull();
    expect(Math.round(Number(box![1]))).toBe(842);
    expect(Math.round(Number(box![2]))).toBe(595);
    const markings = await page.locator('.marking').allTextContents();
    expect(markings).toEqual(['OFFICIAL', 'OFFICIAL']);
    await page.close();
  }, 60_000);
});
