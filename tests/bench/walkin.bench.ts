// Walk-in benchmark: an officer at the counter, as a paced typist in real Chromium against the
// browser host, from N on Kotak Masuk to the receipt's preview. Characters of the requester's own
// data are typed at 200 ms each; every other key (Tab to reach a field, shortcuts) costs 250 ms and
// is counted. Goal (issue 11): ≤ 45 s and ≤ 15 keys beyond the data. Prints figures; never fails
// on time. Run: npm run bench -- walkin (needs /usr/bin/chromium or CHROMIUM_PATH).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
// @ts-expect-error -- a plain .mjs build script without type declarations
import { ensureRendererBuilt } from '../../build/scripts/lib/renderer-build.mjs';
import { launchChromium } from '../e2e/helpers/browser';
import { startHostProcess } from '../e2e/helpers/host';
import { hostRpc, OFFICE_PROFILE, openApp } from '../e2e/helpers/app';

const NOW = '2026-11-23T10:00:00+08:00';
const CHAR_MS = 200;
const KEY_MS = 250;

/** What the requester tells the officer, field by field (label → text). */
const DATA: [RegExp | string, string][] = [
  ['Nama pemohon', 'Siti Rahmawati'],
  ['Nomor identitas', '6472015507850002'],
  ['Telepon pemohon', '081255551234'],
  ['Alamat pemohon', 'Jl. Juanda No. 5, Samarinda'],
  ['Rincian informasi yang diminta', 'Salinan laporan realisasi anggaran Dinas Kominfo 2025'],
  ['Tujuan penggunaan informasi', 'Bahan penelitian'],
];

export default async function walkin(): Promise<void> {
  (ensureRendererBuilt as (o: { quiet: boolean }) => void)({ quiet: true });
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ppid-bench-walkin-'));
  const host = await startHostProcess(dataDir, { now: NOW });
  const browser = await launchChromium();
  try {
    await hostRpc(host)('settings:saveProfile', OFFICE_PROFILE);
    const { page } = await openApp(browser, host, { clock: new Date(NOW) });
    let keys = 0;
    const press = async (key: string) => {
      keys += 1;
      await page.keyboard.press(key);
      await page.waitForTimeout(KEY_MS);
    };
    const started = performance.now();
    await press('n');
    await page.getByLabel('Nama pemohon', { exact: true }).waitFor();
    const tabs: string[] = [];
    for (const [label, text] of DATA) {
      const before = keys;
      await tabTo(page, label, press);
      tabs.push(`${String(label)} ${keys - before}`);
      await page.keyboard.type(text, { delay: CHAR_MS });
    }
    await press('Control+Shift+S');
    await page.getByTestId('letter-preview').getByTitle(/Tanda Bukti Penerimaan Permohonan Informasi Publik nomor/).waitFor({ timeout: 30_000 });
    const seconds = (performance.now() - started) / 1000;
    const chars = DATA.reduce((n, [, text]) => n + text.length, 0);
    console.log(`walk-in from N to the receipt preview: ${seconds.toFixed(1)} s (goal ≤ 45 s)`);
    console.log(`  requester's data: ${chars} characters (${((chars * CHAR_MS) / 1000).toFixed(1)} s of typing at ${CHAR_MS} ms)`);
    console.log(`  keys beyond the data: ${keys} (goal ≤ 15), at ${KEY_MS} ms each: N 1, Tab to ${tabs.join(', ')}, Ctrl+Shift+S 1`);
  } finally {
    await browser.close();
    await host.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

/** Tab (counted) until the field labelled `label` has focus; throws after 40 presses. */
async function tabTo(page: Page, label: RegExp | string, press: (key: string) => Promise<void>): Promise<void> {
  const target = page.getByLabel(label, { exact: typeof label === 'string' });
  for (let i = 0; i < 40; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await press('Tab');
  }
  throw new Error(`Tab never reached "${String(label)}"`);
}
