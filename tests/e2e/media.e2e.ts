// The media desk's acceptance test: in the browser host, an officer logs a KIP request (due in
// ten working days) and an urgent press inquiry (answer due in 4 hours); the inbox lists the
// inquiry above the request, with its time left in words. Screenshots in tests/e2e/artifacts/.
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, officeContext } from './helpers/browser';
import { startHostProcess, type HostProcess } from './helpers/host';
import { artifactsDir, seriousViolations } from './helpers/app';
import { tempDir } from '../helpers/tempDir';

const artifacts = artifactsDir();

const NOW = '2026-11-23T10:00:00+08:00'; // a fixed office day: the shipped calendar covers it in any year the suite runs

let browser: Browser;
let host: HostProcess;
beforeAll(async () => {
  browser = await launchChromium();
  host = await startHostProcess(tempDir('ppid-e2e-media-'), { now: NOW });
});
afterAll(async () => {
  await browser?.close();
  await host?.stop();
});

const base = () => host.url.split('#')[0];

async function logRequest(page: Page) {
  await page.goto(`${base()}#/requests/new`);
  await page.getByLabel('Nama pemohon', { exact: true }).waitFor();
  await page.getByLabel('Saluran permohonan').selectOption('email');
  await page.getByLabel('Nama pemohon', { exact: true }).fill('Budi Santoso');
  await page.getByLabel('Nomor identitas').fill('6472014512900003');
  await page.getByLabel('Telepon pemohon').fill('0812-5555-1234');
  await page.getByLabel('E-mail pemohon').fill('budi@contoh.id');
  await page.getByLabel('Alamat pemohon').fill('Jl. Juanda No. 5, Samarinda');
  await page.getByLabel('Rincian informasi yang diminta').fill('Salinan DPA Dinas Kominfo Kaltim tahun anggaran 2026');
  await page.getByLabel('Tujuan penggunaan informasi').fill('Penelitian skripsi');
  await page.getByRole('button', { name: 'Simpan permohonan' }).click();
  await page.getByTestId('registration-number').waitFor();
}

describe('media desk in the browser host', () => {
  it('lists an urgent inquiry (hours) above a request due in days', async () => {
    const context = await officeContext(browser);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));

    await logRequest(page);

    // The inquiry, by keyboard-friendly form on the Media page.
    await page.goto(`${base()}#/media?tab=new`);
    const form = page.getByRole('form', { name: 'Pertanyaan baru' });
    await form.waitFor();
    await form.getByRole('button', { name: 'Simpan pertanyaan' }).click();
    await form.getByText('Periksa isian berikut:').waitFor();
    await form.getByLabel('Prioritas').selectOption('mendesak');
    await form.getByLabel('Saluran').selectOption('telepon');
    await form.getByLabel('Nama wartawan').fill('Rina Kartika');
    await form.getByLabel(/^Media/).fill('Kaltim Post');
    await form.getByLabel('Jenis media').selectOption('cetak');
    await form.getByLabel('Telepon wartawan').fill('0811-5400-123');
    await form.getByLabel('Topik').fill('Banjir Samarinda');
    await form.getByLabel(/^Pertanyaan/).fill('Berapa anggaran penanganan banjir di Samarinda tahun 2026?');
    await page.screenshot({ path: path.join(artifacts, 'media-new-inquiry.png'), fullPage: true });
    await form.getByRole('button', { name: 'Simpan pertanyaan' }).click();
    await form.getByText(/Pertanyaan 001\/MEDIA\/\d{4} tercatat; sisa (59 menit|1 jam)\./).waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    // Acknowledge it (assign the spokesperson): the 4-hour answer clock is the one that counts now.
    await page.goto(`${base()}#/media`);
    const list = page.getByRole('listbox', { name: /^Daftar register/ });
    await list.getByRole('option').first().click();
    const pane = page.getByRole('region', { name: 'Rincian kasus' });
    await pane.getByLabel('Juru bicara').fill('Kepala Dinas PUPR');
    await pane.getByRole('button', { name: 'Tugaskan' }).click();
    await pane.getByText('Status menjadi "Ditugaskan".').waitFor();
    await page.screenshot({ path: path.join(artifacts, 'media-inquiry-pane.png') });
    expect(await seriousViolations(page)).toEqual([]);

    // The one inbox: the inquiry above the request.
    await page.getByRole('link', { name: 'Kotak Masuk' }).click();
    const inbox = page.getByRole('listbox', { name: 'Daftar kasus terbuka, urut tenggat' });
    const rows = inbox.getByRole('option');
    await expect.poll(() => rows.count()).toBe(2);
    const first = (await rows.nth(0).textContent())!;
    const second = (await rows.nth(1).textContent())!;
    expect(first).toContain('Pertanyaan media');
    expect(first).toContain('001/MEDIA/');
    expect(first).toMatch(/sisa (3 jam 5\d menit|4 jam)/);
    expect(second).toContain('Permohonan');
    expect(second).toMatch(/\d+ hari kerja lagi/);
    await page.screenshot({ path: path.join(artifacts, 'media-inbox.png') });
    expect(errors).toEqual([]);
    await context.close();
  });
});
