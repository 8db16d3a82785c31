import { chromium, type Browser, type BrowserContext } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
}

/** A context as an officer in Samarinda would have it. */
export function officeContext(browser: Browser): Promise<BrowserContext> {
  return browser.newContext({ locale: 'id-ID', timezoneId: 'Asia/Makassar', viewport: { width: 1366, height: 768 } });
}
