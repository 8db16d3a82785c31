// An officer opens the app in Chromium, fills the office profile, saves; the host restarts and
// the profile is still there. Screenshots land in tests/e2e/artifacts/ for a human look.
import fs from 'node:fs';
import path from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './helpers/browser';
import { artifact, openApp } from './helpers/app';
import { startHostProcess, type HostProcess } from './helpers/host';
import { tempDir } from '../helpers/tempDir';
import { makePng } from '../helpers/images';


let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

async function open(host: HostProcess): Promise<Page> {
  const opened = await openApp(browser, host);
  (opened.page as Page & { errorsSeen: string[] }).errorsSeen = opened.errors;
  return opened.page;
}

const PROFILE: [string, string][] = [
  ['Nama instansi baris 1', 'PEMERINTAH PROVINSI KALIMANTAN TIMUR'],
  ['Unit/PPID', 'PPID Utama Diskominfo'],
  ['Alamat', 'Jl. Basuki Rahmat No. 41, Samarinda 75117'],
  ['Telepon', '(0541) 741041'],
  ['E-mail', 'ppid@kaltimprov.go.id'],
  ['Situs web', 'ppid.kaltimprov.go.id'],
  ['Kota', 'Samarinda'],
  ['Nama PPID', 'Dra. Siti Rahmawati, M.Si.'],
  ['NIP PPID', '19750312 200003 2 004'],
  ['Jabatan PPID', 'Kepala Dinas Komunikasi dan Informatika'],
  ['Nama Atasan PPID', 'Dr. H. Sri Wahyuni, M.Si.'],
  ['NIP Atasan PPID', '196911011994032006'],
  ['Jabatan Atasan PPID', 'Sekretaris Daerah Provinsi Kalimantan Timur'],
];

async function goToSettings(page: Page) {
  await page.getByRole('link', { name: 'Pengaturan', exact: true }).click();
  await page.getByLabel('Unit/PPID').waitFor();
}

describe('office profile in the browser host', () => {
  it('is filled, validated, saved, and kept across a restart of the host', async () => {
    const dataDir = tempDir('ppid-e2e-');
    let host = await startHostProcess(dataDir);
    let page = await open(host);
    await page.screenshot({ path: artifact('inbox.png') });
    await goToSettings(page);

    // A bad NIP and an empty required field are refused with Indonesian messages.
    await page.getByLabel('NIP PPID').fill('12345');
    await page.getByRole('button', { name: 'Simpan', exact: true }).click();
    await expect.poll(() => page.getByText(/NIP harus 18 digit/).count()).toBeGreaterThan(0);
    await expect.poll(() => page.getByText('Kota (tempat surat) wajib diisi.').count()).toBeGreaterThan(0);
    await page.screenshot({ path: artifact('settings-errors.png'), fullPage: true });

    for (const [label, value] of PROFILE) await page.getByLabel(label, { exact: true }).fill(value);
    const logo = path.join(tempDir(), 'logo-kaltim.png');
    fs.writeFileSync(logo, makePng(160, 180));
    await page.getByLabel('Logo', { exact: true }).setInputFiles(logo);
    await expect.poll(() => page.getByRole('img', { name: /logo/i }).count()).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Simpan', exact: true }).click();
    await page.getByText('Profil kantor tersimpan.').waitFor();
    await page.screenshot({ path: artifact('settings-saved.png'), fullPage: true });
    expect((page as Page & { errorsSeen: string[] }).errorsSeen.filter((e) => !/favicon/.test(e))).toEqual([]);
    await page.context().close();

    expect(await host.stop('SIGTERM')).toBe(0);
    expect(host.output()).toMatch(/PPID Desk berhenti \(SIGTERM\)/);

    host = await startHostProcess(dataDir);
    page = await open(host);
    await goToSettings(page);
    for (const [label, value] of PROFILE) {
      const expected = label.startsWith('NIP') ? value.replace(/\s/g, '') : value;
      await expect.poll(() => page.getByLabel(label, { exact: true }).inputValue()).toBe(expected);
    }
    await expect.poll(() => page.getByRole('img', { name: /logo/i }).count()).toBeGreaterThan(0);
    await page.context().close();
    expect(await host.stop('SIGINT')).toBe(0);
  });

  it('switches the interface to English and back, and remembers the choice', async () => {
    const dataDir = tempDir('ppid-e2e-');
    const host = await startHostProcess(dataDir);
    const page = await open(host);
    await page.getByRole('navigation').getByRole('link', { name: 'Kotak Masuk' }).waitFor();
    await page.getByRole('radio', { name: 'English' }).check({ force: true });
    await page.getByRole('navigation').getByRole('link', { name: 'Inbox' }).waitFor();
    await page.reload();
    await page.getByRole('navigation').getByRole('link', { name: 'Inbox' }).waitFor();
    await page.screenshot({ path: artifact('shell-english.png') });
    await page.getByRole('radio', { name: 'Bahasa Indonesia' }).check({ force: true });
    await page.getByRole('navigation').getByRole('link', { name: 'Kotak Masuk' }).waitFor();
    await page.context().close();
    await host.stop();
  });

  it('has no serious accessibility violations on the shell and the settings page', async () => {
    const host = await startHostProcess(tempDir('ppid-e2e-'));
    const page = await open(host);
    const serious = async () =>
      (await new AxeBuilder({ page }).analyze()).violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    expect(await serious()).toEqual([]);
    await goToSettings(page);
    expect(await serious()).toEqual([]);
    await page.context().close();
    await host.stop();
  });

  it('moves keyboard focus in a sensible order: skip link first, then the navigation', async () => {
    const host = await startHostProcess(tempDir('ppid-e2e-'));
    const page = await open(host);
    await page.keyboard.press('Tab');
    const first = await page.evaluate(() => document.activeElement?.textContent ?? '');
    expect(first).toMatch(/Lompat ke konten/i);
    const names: string[] = [];
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press('Tab');
      names.push(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.innerText?.trim() ?? ''));
    }
    const navOrder = ['Kotak Masuk', 'Permohonan', 'Keberatan', 'Media', 'Arsip', 'Laporan', 'Pengaturan'];
    // Stop where Tab wraps around to the page again (document body, then the skip link).
    const firstCycle = names.slice(0, names.findIndex((n) => n.startsWith('Lompat ke konten')));
    const seen = firstCycle.filter((n) => navOrder.includes(n));
    expect(seen).toEqual(navOrder);
    await page.context().close();
    await host.stop();
  });
});
