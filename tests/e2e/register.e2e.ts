// The officer's day in the browser host: a walk-in saved and its receipt previewed with one
// shortcut (Ctrl+Shift+S); later the request is answered and closed with its handover date, found
// on Permohonan by number and by name, and its receipt reprinted from the closed case's pane.
// The host's clock is Tuesday 17 March 2026 11:00 WITA (`--now`). Screenshots in tests/e2e/artifacts/.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './helpers/browser';
import { startHostProcess, type HostProcess } from './helpers/host';
import { artifact, hostRpc, OFFICE_PROFILE, openApp, seriousViolations } from './helpers/app';
import { tempDir } from '../helpers/tempDir';

const NOW = '2026-03-17T11:00:00+08:00';

let browser: Browser;
let host: HostProcess;
beforeAll(async () => {
  browser = await launchChromium();
  host = await startHostProcess(tempDir('ppid-e2e-register-'), { now: NOW });
});
afterAll(async () => {
  await browser?.close();
  await host?.stop();
});

describe('the register in the browser host', () => {
  it('saves a walk-in and previews its receipt with one shortcut; the closed request is found by number and name and its receipt reprinted', async () => {
    await hostRpc(host)('settings:saveProfile', OFFICE_PROFILE);
    // No page clock: the app reads the core's clock (--now); Playwright's clock script also breaks in
    // Chromium's PDF viewer frame of the receipt preview.
    const { context, page, errors } = await openApp(browser, host);

    // 1. Walk-in: the form, then Ctrl+Shift+S saves, issues the receipt and shows it ready to print.
    await page.goto(`${host.url.split('#')[0]}#/requests/new`);
    await page.getByLabel('Nama pemohon', { exact: true }).waitFor();
    await page.getByLabel('Waktu diterima').fill('17/03/2026 10:00');
    await page.getByLabel('Nama pemohon', { exact: true }).fill('Siti Rahmawati');
    await page.getByLabel('Nomor identitas').fill('6472015507850002');
    await page.getByLabel('Telepon pemohon').fill('0812-5555-1234');
    await page.getByLabel('Alamat pemohon').fill('Jl. Juanda No. 5, Samarinda');
    await page.getByLabel('Rincian informasi yang diminta').fill('Salinan laporan realisasi anggaran Dinas Kominfo tahun 2025');
    await page.getByLabel('Tujuan penggunaan informasi').fill('Bahan penelitian');
    await page.keyboard.press('Control+Shift+S');
    const number = (await page.getByTestId('registration-number').textContent())!.trim();
    const preview = page.getByTestId('letter-preview');
    await preview.getByTitle(/Tanda Bukti Penerimaan Permohonan Informasi Publik nomor/).waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Cetak');
    await page.screenshot({ path: artifact('walkin-receipt.png') });

    // 2. Answered, then closed with the handover date asked first.
    const id = (await hostRpc(host)<{ items: { id: number }[] }>('cases:register', { kind: 'request', filters: { search: number } })).items[0]!.id;
    await hostRpc(host)('requests:transition', { id, to: 'in_process' });
    await hostRpc(host)('requests:transition', { id, to: 'answered', decision: 'diterima_seluruhnya', heldStatus: 'dikuasai' });
    await page.getByRole('link', { name: 'Permohonan' }).click();
    const list = page.getByRole('listbox', { name: /^Daftar register/ });
    await list.getByText(number).click();
    const pane = page.getByRole('region', { name: 'Rincian kasus' });
    await pane.getByRole('button', { name: 'Selesai' }).click();
    const close = pane.getByRole('form', { name: 'Tutup permohonan: informasi diserahkan' });
    expect(await close.getByLabel(/Tanggal informasi diserahkan/).inputValue()).toBe('17/03/2026');
    await close.getByLabel('Biaya salinan (Rp)').fill('5000');
    await close.getByLabel('Cara pembayaran').selectOption('tunai');
    await page.screenshot({ path: artifact('register-close-form.png') });
    await close.getByRole('button', { name: 'Tutup permohonan' }).click();
    await pane.getByText(/Permohonan ini sudah ditutup \(Selesai\)/).waitFor();
    await pane.getByText('17 Maret 2026').first().waitFor();

    // 3. Found by number and by name, with "Sudah ditutup"; the receipt reopened from the pane.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Permohonan' }).waitFor();
    const search = page.getByRole('searchbox', { name: 'Cari' });
    for (const text of [number, 'Rahmawati']) {
      await search.fill(text);
      await expect.poll(async () => (await list.getByRole('option').allTextContents()).join('|')).toMatch(new RegExp(`^[^|]*${number.replace(/\//g, '\\/')}[^|]*Selesai[^|]*$`));
    }
    await page.getByLabel('Status').selectOption('closed');
    await list.getByRole('option').first().click();
    await pane.getByRole('heading', { name: number }).waitFor();
    await pane.getByRole('button', { name: /^Buka .*versi 1$/ }).click();
    await pane.getByTestId('letter-preview').getByTitle(/Tanda Bukti Penerimaan Permohonan Informasi Publik nomor/).waitFor();
    await page.screenshot({ path: artifact('register-closed-reprint.png') });
    expect(await seriousViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
