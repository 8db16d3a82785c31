// What every end-to-end test does around the browser host: open the app as an officer in
// Samarinda would, collect page errors, call the host's /rpc for set-up, keep screenshots.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { officeContext } from './browser';
export { signInContext } from './browser';
import { rawRpc, type Credentials, type HostProcess } from './host';

// import.meta.url: also loaded by the walk-in bench under tsx (ESM), where __dirname is absent.
const artifactsDir_ = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'artifacts');

/** Where a screenshot or download goes, for a human look after the run. */
export function artifact(name: string): string {
  return path.join(artifactsDir(), name);
}

/** The folder of screenshots and downloads (created). */
export function artifactsDir(): string {
  fs.mkdirSync(artifactsDir_, { recursive: true });
  return artifactsDir_;
}

/** axe's serious and critical violations on the page as it is now, one line each. */
export async function seriousViolations(page: Page): Promise<string[]> {
  return (await new AxeBuilder({ page }).analyze()).violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

export interface OpenedApp {
  context: BrowserContext;
  page: Page;
  /** Uncaught page errors and console errors seen so far (favicon misses left out). */
  errors: string[];
}

/**
 * Opens the app in a fresh officer context, signed in (as the e2e Admin with every role unless `as`
 * names another officer; `signedOut` shows the login screen instead). `clock` starts the page's
 * clock at that instant, to match a host started with `--now` (the intake form defaults to the
 * browser's now).
 */
export async function openApp(
  browser: Browser,
  host: HostProcess,
  options: { hash?: string; clock?: Date; as?: Credentials; signedOut?: boolean } = {},
): Promise<OpenedApp> {
  const context = await officeContext(browser, { host, ...(options.as ? { as: options.as } : {}), ...(options.signedOut ? { signedOut: true } : {}) });
  if (options.clock) await context.clock.install({ time: options.clock });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => isAppError(e) && errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error' && !/favicon/.test(m.text())) errors.push(m.text());
  });
  await page.goto(`${host.url.split('#')[0]}${options.hash ?? ''}`);
  if (options.signedOut) await page.getByRole('heading', { level: 1 }).first().waitFor();
  else await page.getByRole('navigation').first().waitFor();
  return { context, page, errors };
}

/**
 * An uncaught error from the app's own code (its stack names a script the host served). Chromium's
 * built-in PDF viewer, which shows a letter's preview in an iframe, runs scripts of its own with no
 * storage; their errors (e.g. "Cannot read properties of null (reading 'setItem')" from
 * `<anonymous>`) are not ours and are not counted.
 */
export function isAppError(error: Error): boolean {
  return !/^\s+at <anonymous>:\d+:\d+\)?$/m.test(error.stack ?? '') || /https?:\/\//.test(error.stack ?? '');
}

/**
 * Calls a contract channel on the host as the renderer does, signed in (the e2e Admin unless `as`
 * names another officer); throws on `{ok: false}`.
 */
export function hostRpc(host: HostProcess, as?: Credentials) {
  let session: Promise<string> | null = null;
  return async function rpc<T = { id: number; number: string }>(channel: string, body: unknown): Promise<T> {
    session ??= host.login(as);
    const { result } = await rawRpc(host, channel, body, await session);
    if (!result.ok) throw new Error(`${channel}: ${JSON.stringify(result.error)}`);
    return result.value as T;
  };
}

/** A complete office profile (Diskominfo Kaltim), as `settings:saveProfile` takes it. */
export const OFFICE_PROFILE = {
  instansiLines: ['PEMERINTAH PROVINSI KALIMANTAN TIMUR', 'DINAS KOMUNIKASI DAN INFORMATIKA'],
  unit: 'PPID Utama Provinsi Kalimantan Timur',
  address: 'Jl. Basuki Rahmat No. 41, Samarinda 75117',
  phone: '(0541) 741042',
  email: 'ppid@kaltimprov.go.id',
  website: 'ppid.kaltimprov.go.id',
  city: 'Samarinda',
  timeZone: 'Asia/Makassar',
  cutoffTime: '16:00',
  ppid: { name: 'Dra. Siti Rahmawati, M.Si.', nip: '197805122005012003', title: 'Kepala Dinas Komunikasi dan Informatika' },
  atasan: { name: 'Drs. Ahmad Fauzi, M.M.', nip: '196903141994031005', title: 'Sekretaris Daerah Provinsi Kalimantan Timur' },
};
