import { chromium, type Browser, type BrowserContext } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
}

/**
 * A context as an officer in Samarinda would have it. A fresh data folder is a first run, whose
 * home page is the setup; the tests of other pages count it as skipped in this browser (the key
 * of renderer/src/features/setup/firstRun.ts) unless `firstRun` is asked for.
 */
export async function officeContext(browser: Browser, options: { firstRun?: boolean; locale?: string } = {}): Promise<BrowserContext> {
  const context = await browser.newContext({ locale: options.locale ?? 'id-ID', timezoneId: 'Asia/Makassar', viewport: { width: 1366, height: 768 } });
  if (!options.firstRun) {
    await context.addInitScript(() => {
      // Every frame runs it: a blob: preview frame has no storage.
      try {
        window.localStorage?.setItem('ppid-desk.setup-skipped', '1');
      } catch {
        // nothing to remember there
      }
    });
  }
  return context;
}
