// The acceptance test: an officer logs a request in the browser host, finds it in the
// inbox with the right due date, and extends it. Screenshots land in tests/e2e/artifacts/.
//
// 17 March 2026 10:00 WITA → due 8 April 2026 (day of receipt = day 0; 18 Mar cuti bersama,
// 19 Nyepi, 20 cuti, 21-22 Idul Fitri/weekend, 23-24 cuti, 3 Apr Wafat Yesus Kristus). The core
// refuses to extend it today (UU KIP Ps 22(8): the extension must come before the 10 days end), so
// the extension is shown on a request received now, its dates computed by the shared calendar.
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Temporal } from 'temporal-polyfill';
import { addWorkingDays, createCalendar, formatTanggal, SHIPPED_CALENDAR, workingDayOnOrAfter } from '../../shared/domain/calendar';
import { launchChromium, officeContext } from './helpers/browser';
import { startHostProcess, type HostProcess } from './helpers/host';
import { tempDir } from '../helpers/tempDir';

const artifacts = path.resolve(__dirname, 'artifacts');
fs.mkdirSync(artifacts, { recursive: true });

let browser: Browser;
let host: HostProcess;
beforeAll(async () => {
  browser = await launchChromium();
  host = await startHostProcess(tempDir('ppid-e2e-req-'));
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
  it('logs a request, shows it in the inbox with its due date, and extends a fresh one', async () => {
    const context = await officeContext(browser);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));

    // 1. The hand-checked request: 17 March 2026 10:00 WITA → 8 April 2026.
    await logRequest(page, 'Budi Santoso', '6472014512900003', '2026-03-17T10:00');
    await page.getByLabel('Petugas').scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(artifacts, 'intake-form.png') });
    await page.getByLabel('Petugas').press('Enter');
    const number = page.getByTestId('registration-number');
    await number.waitFor();
    const first = (await number.textContent())!.trim();
    expect(await page.getByTestId('due-date').textContent()).toBe('8 April 2026');
    await page.screenshot({ path: path.join(artifacts, 'intake-saved.png') });

    // 2. A request received now; its dates from the shipped calendar.
    const cal = createCalendar(SHIPPED_CALENDAR);
    const now = Temporal.Now.zonedDateTimeISO('Asia/Makassar');
    const today = now.toPlainDate().toString();
    const start = now.hour >= 16 ? workingDayOnOrAfter(Temporal.PlainDate.from(today).add({ days: 1 }).toString(), cal) : workingDayOnOrAfter(today, cal);
    const due = addWorkingDays(start, 10, cal);
    const extended = addWorkingDays(due, 7, cal);
    await page.getByRole('button', { name: 'Catat permohonan lain' }).click();
    await logRequest(page, 'Siti Aminah', '6472015507850002');
    await page.getByRole('button', { name: 'Simpan permohonan' }).click();
    await number.waitFor();
    const second = (await number.textContent())!.trim();
    expect(await page.getByTestId('due-date').textContent()).toBe(formatTanggal(due));

    // 3. The inbox, by due date: the March request first, overdue as of today.
    await page.getByRole('link', { name: 'Kotak Masuk' }).click();
    const list = page.getByRole('listbox', { name: 'Daftar kasus terbuka, urut tenggat' });
    const rows = list.getByRole('option');
    await expect.poll(() => rows.count()).toBe(2);
    await expect.poll(() => rows.nth(0).textContent()).toContain(first);
    expect(await rows.nth(0).textContent()).toContain('Tenggat 8 April 2026');
    expect(await rows.nth(0).textContent()).toMatch(/Terlambat \d+ hari kerja/);
    expect(await rows.nth(1).textContent()).toContain(second);
    expect(await rows.nth(1).textContent()).toContain(`Tenggat ${formatTanggal(due)}`);
    await page.screenshot({ path: path.join(artifacts, 'inbox-requests.png') });

    // 4. Keyboard: j to the second, Enter opens it; process, then extend by 7 working days.
    await list.focus();
    await page.keyboard.press('j');
    await page.keyboard.press('Enter');
    const pane = page.getByRole('region', { name: 'Rincian kasus' });
    await pane.getByRole('heading', { name: second }).waitFor();
    await expect.poll(() => pane.getByTestId('id-number').textContent()).toBe('************0002');
    await pane.getByRole('button', { name: 'Proses' }).click();
    await pane.getByText('Status diubah menjadi Diproses.').waitFor();
    await pane.getByRole('button', { name: 'Perpanjang' }).click();
    await pane.getByLabel('Alasan perpanjangan').fill('Informasi tersebar di beberapa bidang dan perlu dihimpun.');
    await pane.getByRole('button', { name: 'Simpan perpanjangan' }).click();
    await pane.getByText(`Tenggat diperpanjang sampai ${formatTanggal(extended)}.`).waitFor();
    expect(await pane.getByTestId('current-due').textContent()).toBe(`Tenggat ${formatTanggal(extended)}`);
    await expect.poll(() => rows.nth(1).textContent()).toContain(`Tenggat ${formatTanggal(extended)}`);
    await pane.getByRole('button', { name: 'Tampilkan NIK' }).click();
    await expect.poll(() => pane.getByTestId('id-number').textContent()).toBe('6472015507850002');
    await page.screenshot({ path: path.join(artifacts, 'inbox-detail.png') });
    await pane.getByRole('heading', { name: 'Perhitungan tenggat' }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(artifacts, 'inbox-detail-deadline.png') });

    // 5. The March request can no longer be extended: its 10 days ended on 8 April.
    await rows.nth(0).click();
    await pane.getByRole('heading', { name: first }).waitFor();
    await pane.getByRole('button', { name: 'Proses' }).click();
    await pane.getByText('Status diubah menjadi Diproses.').waitFor();
    await pane.getByRole('button', { name: 'Perpanjang' }).click();
    await pane.getByLabel('Alasan perpanjangan').fill('Terlambat.');
    await pane.getByRole('button', { name: 'Simpan perpanjangan' }).click();
    await pane.getByText(/Tenggat semula 8 April 2026 sudah lewat/).waitFor();
    await page.screenshot({ path: path.join(artifacts, 'inbox-detail-late.png') });

    expect(errors).toEqual([]);
    await context.close();
  });
});
