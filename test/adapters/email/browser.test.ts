/**
 * The update page in a real browser (Debian's chromium, driven by playwright-core): a person
 * opens the link from their email and, with the keyboard only, picks a status, writes a note
 * and saves; axe finds no accessibility violation on the form or on the result. Skipped, with
 * a message, only when chromium is not installed locally; CI sets ARISING_REQUIRE_CHROMIUM.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { CHROMIUM, launchChromium } from '../../support/chromium.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config.ts';
import { silentLogger } from '../../../src/log.ts';
import { startService, type Service } from '../../../src/main.ts';
import { getActionByRef } from '../../../src/register/actions.ts';
import { listHistory } from '../../../src/register/history.ts';
import { aBoard, aMeeting, aPerson, anAction } from '../../support/builders.ts';
import { FakeClock } from '../../support/clock.ts';
import { openTestDb } from '../../support/db.ts';
import { startMockSmtp, type MockSmtp } from './smtp.ts';

const available = existsSync(CHROMIUM);
if (!available && process.env.ARISING_REQUIRE_CHROMIUM)
  throw new Error(`${CHROMIUM} is missing: CI must install chromium (.ci/run does)`);
if (!available)
  process.stderr.write(
    `Skipping the email update page browser test: ${CHROMIUM} is not installed (apt-get install chromium).\n`,
  );

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

async function axe(page: Page): Promise<Array<{ id: string; help: string }>> {
  await page.addScriptTag({ content: axeSource });
  return page.evaluate(async () => {
    const run = (
      window as unknown as {
        axe: { run(): Promise<{ violations: Array<{ id: string; help: string }> }> };
      }
    ).axe;
    const result = await run.run();
    return result.violations.map((v) => ({ id: v.id, help: v.help }));
  });
}

describe.skipIf(!available)('the email update page in chromium', () => {
  let dir: string;
  let profile: string;
  let smtp: MockSmtp;
  let service: Service;
  let browser: BrowserContext;
  let link: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'arising-browser-'));
    profile = mkdtempSync(join(tmpdir(), 'arising-chromium-'));
    const file = join(dir, 'register.db');
    const t = await openTestDb('sqlite', { file });
    const board = await aBoard(t.db, { refPrefix: 'LCRB', name: 'London Crime Reduction Board' });
    const tim = await aPerson(t.db, { name: 'Tim Godwin', email: 'tim@example.org', board });
    const meeting = await aMeeting(t.db, board, '2026-12-08T10:00:00.000Z');
    await anAction(t.db, board, { owners: [tim], due: meeting, text: 'Bring back the proposal' });
    await t.close();
    smtp = await startMockSmtp();
    service = await startService(
      loadConfig({
        DATABASE_URL: `sqlite:${file}`,
        PORT: '0',
        HOST: '127.0.0.1',
        DEMO_DATA: 'never',
        LOG_LEVEL: 'silent',
        SCHEDULER: 'off',
        SMTP_URL: smtp.url,
      }),
      { clock: new FakeClock('2026-12-01T09:00:00.000Z'), logger: silentLogger },
    );
    await service.reminders.runOnce();
    await smtp.waitFor(1);
    link = /https?:\/\/\S+\/update\?t=[^\s&]+&do=update/.exec(smtp.received[0]!.text ?? '')![0];
    // A new, empty profile for each run.
    // The page allows no script at all (CSP): bypassed only so axe can be injected into it.
    browser = await launchChromium(profile, { bypassCSP: true });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await service?.close();
    await smtp?.close();
    rmSync(dir, { recursive: true, force: true });
    rmSync(profile, { recursive: true, force: true });
  });

  it('updates an action with the keyboard only, and passes axe before and after', async () => {
    const page = await browser.newPage();
    await page.goto(link);
    expect(await page.locator('h1').innerText()).toContain('LCRB-1');
    expect(await axe(page)).toEqual([]);

    // Tab from the top of the page: the first stop is the status group, its checked radio.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).value)).toBe(
      'keep',
    );
    // Arrow keys move within the radio group: up from "keep" reaches Open, then Complete.
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).value)).toBe(
      'complete',
    );
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('note');
    await page.keyboard.type('Paper circulated to members');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('BUTTON');
    await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);

    expect(await page.locator('[role=status]').innerText()).toContain('Saved.');
    expect(await axe(page)).toEqual([]);
    const action = (await getActionByRef(service.db, 'LCRB-1'))!;
    expect(action.status).toBe('complete');
    expect((await listHistory(service.db, action.id)).at(-1)).toMatchObject({
      source: 'email',
      note: 'Paper circulated to members',
    });
  }, 60_000);
});
