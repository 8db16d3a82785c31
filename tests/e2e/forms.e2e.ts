// Forms in a browser that speaks English and sits in another zone: the date field still shows
// dd/mm/yyyy with a 24-hour time in WITA, defaulting to the app's clock (--now, in the past, with
// no clock installed in the page), saving at that time succeeds, and a half-filled request asks
// before a menu click or closing the tab drops it.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { artifact, seriousViolations } from './helpers/app';
import { launchChromium, officeContext } from './helpers/browser';
import { startHostProcess, type HostProcess } from './helpers/host';
import { tempDir } from '../helpers/tempDir';

const NOW = '2025-03-17T11:00:00+08:00';
let browser: Browser;
let host: HostProcess;

beforeAll(async () => {
  browser = await launchChromium();
  host = await startHostProcess(tempDir('ppid-e2e-forms-'), { now: NOW });
});
afterAll(async () => {
  await browser?.close();
  await host?.stop();
});

describe('forms in an English-language browser', () => {
  it('opens on the first-run setup while nothing is set up, with no serious accessibility violation', async () => {
    const context = await officeContext(browser, { firstRun: true });
    const page = await context.newPage();
    page.setDefaultTimeout(20_000);
    await page.goto(host.url);
    await page.getByRole('heading', { level: 1, name: 'Persiapan PPID Desk' }).waitFor();
    await page.getByLabel('Nama Atasan PPID', { exact: true }).waitFor();
    // --now is in 2025: the shipped calendar covers it.
    await page.getByTestId('calendar-check').getByText(/tahun 2025 sudah termasuk/).waitFor();
    await page.screenshot({ path: artifact('first-run-setup.png') });
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Lewati dulu, ke Kotak Masuk' }).click();
    await page.getByText('Belum ada kasus terbuka. Tekan N untuk mencatat permohonan.').waitFor();
    await context.close();
  });

  it('shows dd/mm/yyyy HH:mm WITA from the app clock, saves at that time, and warns before leaving a half-filled request', async () => {
    const context = await officeContext(browser, { locale: 'en-US' });
    const page = await context.newPage();
    page.setDefaultTimeout(20_000);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    expect(await page.evaluate(() => navigator.language)).toBe('en-US');

    await page.goto(`${host.url.split('#')[0]}#/requests/new`);
    const received = page.getByLabel('Waktu diterima');
    await received.waitFor();
    // The core's clock (17 March 2025), not the PC's; the day before the month, 24-hour, WITA.
    expect(await received.inputValue()).toBe('17/03/2025 11:00');
    expect(await received.getAttribute('type')).toBe('text');
    expect(await page.getByText('WITA', { exact: true }).isVisible()).toBe(true);
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('intake-channel');
    await page.screenshot({ path: artifact('intake-form-en-US.png') });
    expect(await seriousViolations(page)).toEqual([]);

    // Typed digits only: the separators come by themselves; a date that does not exist is named.
    await received.fill('');
    await received.pressSequentially('310220251000');
    expect(await received.inputValue()).toBe('31/02/2025 10:00');
    await received.press('Tab');
    await page.getByText('Tanggal 31/02/2025 10:00 tidak ada di kalender. Periksa hari dan bulannya.').waitFor();
    await received.fill('17/03/2025 09:30');

    // Half-filled: a menu click asks first, and staying keeps the input.
    await page.getByLabel('Nama pemohon', { exact: true }).fill('Budi Santoso');
    await page.getByRole('navigation').getByRole('link', { name: 'Kotak Masuk' }).click();
    const dialog = page.getByRole('dialog', { name: 'Perubahan belum disimpan' });
    await dialog.waitFor();
    await page.screenshot({ path: artifact('intake-leave-warning.png') });
    await dialog.getByRole('button', { name: 'Tetap di sini' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect(await page.getByLabel('Nama pemohon', { exact: true }).inputValue()).toBe('Budi Santoso');

    // Saved at the app clock's date: the core accepts it (not "in the future").
    await page.getByLabel('Nomor identitas').fill('6472014512900003');
    await page.getByLabel('Telepon pemohon').fill('0812-5555-1234');
    await page.getByLabel('Alamat pemohon').fill('Jl. Juanda No. 5, Samarinda');
    await page.getByLabel('Rincian informasi yang diminta').fill('Salinan DPA Dinas Kominfo Kaltim tahun anggaran 2025');
    await page.getByLabel('Tujuan penggunaan informasi').fill('Penelitian skripsi');
    await page.getByRole('button', { name: 'Simpan permohonan' }).click();
    const number = page.getByTestId('registration-number');
    await number.waitFor();
    expect(await number.textContent()).toMatch(/^001\/.*\/2025$/);

    // Closing the tab with a half-filled form: the browser's own leave-page prompt.
    await page.getByRole('button', { name: 'Catat permohonan lain' }).click();
    await page.getByLabel('Nama pemohon', { exact: true }).fill('Siti Aminah');
    const prompt = new Promise<string>((resolve) => {
      page.once('dialog', (d) => void d.dismiss().then(() => resolve(d.type())));
      setTimeout(() => resolve('no prompt'), 15_000);
    });
    await page.close({ runBeforeUnload: true });
    expect(await prompt).toBe('beforeunload');
    expect(errors).toEqual([]);
    await context.close();
  });
});
