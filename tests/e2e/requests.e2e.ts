// The acceptance test: an officer logs a request in the browser host, finds it in the
// inbox with the right due date, and extends it. Screenshots land in tests/e2e/artifacts/.
//
// The host runs with its clock at Tuesday 17 March 2026 11:00 WITA (`--now`), so the hand-checked
// case is acted on on its own dates: received 17 March 2026 10:00 WITA → due 8 April 2026 (day
// of receipt = day 0; 18 Mar cuti bersama, 19 Nyepi, 20 cuti, 21-22 Idul Fitri/weekend, 23-24
// cuti, 3 Apr Wafat Yesus Kristus); extended once by 7 working days from 8 April (UU KIP Ps
// 22(8)) → 17 April 2026.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './helpers/browser';
import { startHostProcess, type HostProcess } from './helpers/host';
import { artifact, openApp } from './helpers/app';
import { tempDir } from '../helpers/tempDir';

const NOW = '2026-03-17T11:00:00+08:00';

let browser: Browser;
let host: HostProcess;
beforeAll(async () => {
  browser = await launchChromium();
  host = await startHostProcess(tempDir('ppid-e2e-req-'), { now: NOW });
});
afterAll(async () => {
  await browser?.close();
  await host?.stop();
});

async function logRequest(page: Page, name: string, nik: string, receivedAt?: string) {
  await page.goto(`${host.url.split('#')[0]}#/requests/new`);
  await page.getByLabel('Nama pemohon', { exact: true }).waitFor();
  await page.getByLabel('Saluran permohonan').selectOption('email');
  if (receivedAt) await page.getByLabel('Waktu diterima').fill(receivedAt);
  await page.getByLabel('Nama pemohon', { exact: true }).fill(name);
  await page.getByLabel('Nomor identitas').fill(nik);
  await page.getByLabel('Telepon pemohon').fill('0812-5555-1234');
  await page.getByLabel('E-mail pemohon').fill('budi@contoh.id');
  await page.getByLabel('Alamat pemohon').fill('Jl. Juanda No. 5, Samarinda');
  await page.getByLabel('Rincian informasi yang diminta').fill('Salinan DPA Dinas Kominfo Kaltim tahun anggaran 2026 beserta lampirannya');
  await page.getByLabel('Tujuan penggunaan informasi').fill('Penelitian skripsi tentang anggaran daerah');
  await page.getByLabel('Petugas').fill('Rina');
}

describe('requests in the browser host', () => {
  it('logs a request, shows it in the inbox with its due date, and extends it to the new date', async () => {
    const { context, page, errors } = await openApp(browser, host, { clock: new Date(NOW) });

    // 1. The hand-checked request: 17 March 2026 10:00 WITA → 8 April 2026.
    await logRequest(page, 'Budi Santoso', '6472014512900003', '17/03/2026 10:00');
    await page.getByLabel('Petugas').scrollIntoViewIfNeeded();
    await page.screenshot({ path: artifact('intake-form.png') });
    await page.getByLabel('Petugas').press('Enter');
    const number = page.getByTestId('registration-number');
    await number.waitFor();
    const first = (await number.textContent())!.trim();
    expect(await page.getByTestId('due-date').textContent()).toBe('8 April 2026');
    await page.screenshot({ path: artifact('intake-saved.png') });

    // 2. A second request, received "now" (the form's default): 17 March 11:00 → also 8 April.
    await page.getByRole('button', { name: 'Catat permohonan lain' }).click();
    await logRequest(page, 'Siti Aminah', '6472015507850002');
    expect(await page.getByLabel('Waktu diterima').inputValue()).toBe('17/03/2026 11:00');
    await page.getByRole('button', { name: 'Simpan permohonan' }).click();
    await number.waitFor();
    const second = (await number.textContent())!.trim();
    expect(await page.getByTestId('due-date').textContent()).toBe('8 April 2026');

    // 3. The inbox, by due date then time received: ten working days left on both.
    await page.getByRole('link', { name: 'Kotak Masuk' }).click();
    const list = page.getByRole('listbox', { name: 'Daftar kasus terbuka, urut tenggat' });
    const rows = list.getByRole('option');
    await expect.poll(() => rows.count()).toBe(2);
    await expect.poll(() => rows.nth(0).textContent()).toContain(first);
    expect(await rows.nth(0).textContent()).toContain('Tenggat 8 April 2026');
    expect(await rows.nth(0).textContent()).toContain('10 hari kerja lagi');
    expect(await rows.nth(1).textContent()).toContain(second);
    await page.screenshot({ path: artifact('inbox-requests.png') });

    // 4. Keyboard: Enter opens the first; process, then extend by 7 working days from 8 April.
    await list.focus();
    await page.keyboard.press('Enter');
    const pane = page.getByRole('region', { name: 'Rincian kasus' });
    await pane.getByRole('heading', { name: first }).waitFor();
    await expect.poll(() => pane.getByTestId('id-number').textContent()).toBe('************0003');
    await pane.getByRole('button', { name: 'Proses', exact: true }).click();
    await pane.getByText('Status diubah menjadi Diproses.').waitFor();
    await pane.getByRole('button', { name: 'Perpanjang', exact: true }).click();
    await pane.getByLabel('Alasan perpanjangan').fill('Informasi tersebar di beberapa bidang dan perlu dihimpun.');
    await pane.getByRole('button', { name: 'Simpan perpanjangan' }).click();
    await pane.getByText('Tenggat diperpanjang sampai 17 April 2026.').waitFor();
    // The pane refetches the request after the save's message: wait for it, never read it once.
    await expect.poll(() => pane.getByTestId('current-due').textContent()).toBe('Tenggat 17 April 2026');
    await expect.poll(() => rows.nth(1).textContent()).toContain('Tenggat 17 April 2026');
    await expect.poll(() => rows.nth(0).textContent()).toContain(second);
    await pane.getByRole('button', { name: 'Tampilkan NIK' }).click();
    await pane.getByLabel('Alasan membuka NIK').fill('Verifikasi identitas pemohon di loket.');
    await pane.getByRole('button', { name: 'Tampilkan', exact: true }).click();
    await expect.poll(() => pane.getByTestId('id-number').textContent()).toBe('6472014512900003');
    await page.screenshot({ path: artifact('inbox-detail.png') });
    await pane.getByRole('heading', { name: 'Perhitungan tenggat' }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: artifact('inbox-detail-deadline.png') });

    // 5. Only one extension (Ps 22(8)): the button is gone on the extended case.
    expect(await pane.getByRole('button', { name: 'Perpanjang', exact: true }).count()).toBe(0);

    expect(errors).toEqual([]);
    await context.close();
  });
});
