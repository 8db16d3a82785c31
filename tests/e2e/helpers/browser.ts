import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import { currentHost, type Credentials, type HostProcess } from './host';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
}

/** Puts an officer's session cookie into a browser context, as a login through the UI would. */
export async function signInContext(context: BrowserContext, host: HostProcess, who?: Credentials): Promise<void> {
  const session = await host.login(who);
  await context.addCookies([{ name: 'ppid_session', value: session, url: host.origin, httpOnly: true, sameSite: 'Strict' }]);
}

export interface OfficeContextOptions {
  firstRun?: boolean;
  locale?: string;
  /** Sign in as this officer (default: the host's e2e Admin with every role). */
  as?: Credentials;
  /** The host to sign in to (default: the one the test file started last). */
  host?: HostProcess;
  /** No session: the app shows its login screen. */
  signedOut?: boolean;
}

/**
 * A context as an officer in Samarinda would have it, signed in to the host (every page needs a
 * login since issue 14). A fresh data folder is a first run, whose home page is the setup; the
 * tests of other pages count it as skipped in this browser (the key of
 * renderer/src/features/settings/setup/firstRun.ts) unless `firstRun` is asked for.
 */
export async function officeContext(browser: Browser, options: OfficeContextOptions = {}): Promise<BrowserContext> {
  const context = await browser.newContext({ locale: options.locale ?? 'id-ID', timezoneId: 'Asia/Makassar', viewport: { width: 1366, height: 768 } });
  const host = options.host ?? currentHost();
  if (!options.signedOut && host?.admin) await signInContext(context, host, options.as);
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
