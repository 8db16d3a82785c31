// Review reminders in the real browser host (issue #5): a document classified as dikecualikan with
// a review date a week away appears at the top of Kotak Masuk, axe-clean, and its link opens it in
// Arsip. The host's clock starts on 23 November 2026 (WITA). Screenshot in tests/e2e/artifacts/.
import fs from 'node:fs';
import path from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, officeContext } from './helpers/browser';
import { startHostProcess, type HostProcess } from './helpers/host';
import { tempDir } from '../helpers/tempDir';
import { makeDocx } from '../helpers/archiveFixtures';

const artifacts = path.resolve(__dirname, 'artifacts');
fs.mkdirSync(artifacts, { recursive: true });

let browser: Browser;
let host: HostProcess;
beforeAll(async () => {
  browser = await launchChromium();
  host = await startHostProcess(tempDir('ppid-e2e-reviews-'), { now: '2026-11-23T10:00:00+08:00' });
});
afterAll(async () => {
  await browser?.close();
  await host?.stop();
});

const serious = async (page: Page) =>
  (await new AxeBuilder({ page }).analyze()).violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);

describe('review reminders in the browser host', () => {
  it('shows an exempt document due for review on Kotak Masuk and opens it in Arsip', async () => {
    const file = path.join(tempDir(), 'rekam-medis.docx');
    fs.writeFileSync(file, await makeDocx({ title: 'Rekam Medis Pegawai 2025', paragraphs: ['Data kesehatan pegawai Dinas Kominfo.'] }));

    const context = await officeContext(browser);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(host.url);
    await page.getByRole('heading', { level: 1, name: 'Kotak Masuk' }).waitFor();
    await page.getByText('Belum ada kasus terbuka. Tekan N untuk mencatat permohonan.').waitFor();
    await expect(page.getByText(/perlu ditinjau ulang/).count()).resolves.toBe(0);

    await page.getByRole('navigation').getByRole('link', { name: 'Arsip' }).click();
    await page.getByTestId('archive-file-input').setInputFiles([file]);
    await page.getByText('Selesai: 1 berkas — 1 diimpor, 0 duplikat, 0 ditolak, 0 terenkripsi, 0 dilewati.').waitFor({ timeout: 60_000 });
    await page.getByLabel('Kata yang dicari').fill('kesehatan');
    await page.getByRole('region', { name: 'Hasil pencarian' }).getByText('Rekam Medis Pegawai 2025').click();
    const pane = page.getByRole('region', { name: 'Rekam Medis Pegawai 2025' });
    await pane.getByLabel('Kategori informasi').selectOption('dikecualikan');
    await pane.getByRole('checkbox', { name: 'h. mengungkap rahasia pribadi' }).check();
    await pane.getByLabel('Peraturan yang menjadi dasar').fill('UU 27/2022 tentang Pelindungan Data Pribadi');
    await pane.getByLabel('Akibat bila informasi dibuka').fill('Membuka data kesehatan pegawai merugikan hak pribadi.');
    await pane.getByLabel(/^Pertimbangan kepentingan publik/).fill('Hak atas rahasia pribadi pegawai lebih besar daripada manfaat membukanya.');
    await pane.getByLabel('Jangka waktu pengecualian (tahun)').fill('5');
    await pane.getByLabel('Nomor penetapan').fill('800/1/DISKOMINFO/2026');
    await pane.getByLabel('Tanggal penetapan').fill('2026-02-01');
    await pane.getByLabel('Tanggal peninjauan ulang').fill('2026-11-30');
    await pane.getByRole('button', { name: 'Simpan isian DIP' }).click();
    await pane.getByText('Isian DIP tersimpan.').waitFor();

    await page.getByRole('navigation').getByRole('link', { name: 'Kotak Masuk' }).click();
    const notice = page.getByRole('region', { name: '1 dokumen dikecualikan perlu ditinjau ulang' });
    await notice.waitFor();
    await expect(notice.getByRole('listitem').textContent()).resolves.toContain('tinjau paling lambat 30 November 2026 (Pasal 17 huruf h)');
    await page.screenshot({ path: path.join(artifacts, 'inbox-reviews.png'), fullPage: true });
    expect(await serious(page)).toEqual([]);

    await notice.getByRole('link', { name: 'Rekam Medis Pegawai 2025' }).click();
    await page.getByRole('heading', { level: 1, name: 'Arsip' }).waitFor();
    await page.getByRole('region', { name: 'Rekam Medis Pegawai 2025' }).getByLabel('Tanggal peninjauan ulang').waitFor();
    expect(page.url()).toContain('#/archive');
    expect(errors).toEqual([]);
    await context.close();
  });
});
