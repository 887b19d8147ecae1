/**
 * Debian's chromium for the browser tests, launched the one way both need: headless, a fresh
 * profile, nothing that reaches the network, and without libfaketime (CI runs the suite a second
 * time under it, and chromium hangs with it preloaded; pages take their dates from the service's
 * injected clock anyway).
 */
import type { BrowserContext } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export async function launchChromium(
  profile: string,
  options: { readonly bypassCSP?: boolean } = {},
): Promise<BrowserContext> {
  const { chromium } = await import('playwright-core');
  return chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    env: Object.fromEntries(
      Object.entries(process.env).filter(
        ([name]) => name !== 'LD_PRELOAD' && !name.startsWith('FAKETIME'),
      ),
    ) as Record<string, string>,
    ...(options.bypassCSP ? { bypassCSP: true } : {}),
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}
