// The archive in the real browser host: a generated DOCX and PDF imported through the file picker
// (uploads, one file per call, through the parser child process), found by a word in their text
// with the hit marked, opened with the preview, and axe-clean. Screenshots in tests/e2e/artifacts/.
import fs from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, officeContext } from './helpers/browser';
import { startHostProcess, type HostProcess } from './helpers/host';
import { artifactsDir, seriousViolations } from './helpers/app';
import { tempDir } from '../helpers/tempDir';
import { makeDocx, makePdf } from '../helpers/archiveFixtures';

const artifacts = artifactsDir();

let browser: Browser;
let host: HostProcess;
beforeAll(async () => {
  browser = await launchChromium();
  host = await startHostProcess(tempDir('ppid-e2e-arsip-'));
});
afterAll(async () => {
  await browser?.close();
  await host?.stop();
});

describe('archive in the browser host', () => {
  it('imports a DOCX and a PDF through the picker, finds them by a word, shows the snippet and the preview', async () => {
    const dir = tempDir();
    const docx = path.join(dir, 'renstra-diskominfo.docx');
    const pdf = path.join(dir, 'realisasi-dana-desa.pdf');
    const bad = path.join(dir, 'palsu.pdf');
    fs.writeFileSync(docx, await makeDocx({
      title: 'Rencana Strategis Diskominfo 2025-2029',
      paragraphs: ['Rencana strategis ini memuat sasaran keterbukaan informasi publik di Kalimantan Timur.', 'Target: seluruh badan publik memiliki Daftar Informasi Publik.'],
      link: { text: 'tautan berbahaya', href: 'javascript:alert(1)' },
    }));
    fs.writeFileSync(pdf, await makePdf({ title: 'Realisasi Dana Desa 2025', pages: [['Laporan realisasi Dana Desa Kabupaten Kutai Kartanegara', 'tahun anggaran 2025 mencapai 97 persen.']] }));
    fs.writeFileSync(bad, 'ini bukan pdf');

    const context = await officeContext(browser);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('dialog', (d) => {
      errors.push(`dialog: ${d.message()}`);
      void d.dismiss();
    });
    await page.goto(host.url);
    await page.getByRole('navigation').getByRole('link', { name: 'Arsip' }).click();
    await page.getByRole('heading', { level: 1, name: 'Arsip' }).waitFor();

    await page.getByTestId('archive-file-input').setInputFiles([docx, pdf, bad]);
    await page.getByText('Selesai: 3 berkas — 2 diimpor, 0 duplikat, 1 ditolak, 0 terenkripsi, 0 dilewati.').waitFor({ timeout: 60_000 });
    const report = page.getByRole('table', { name: 'Laporan impor' });
    await expect(report.getByRole('row', { name: /palsu\.pdf Ditolak .*bukan PDF/ }).count()).resolves.toBe(1);
    await page.screenshot({ path: path.join(artifacts, 'archive-import.png'), fullPage: true });

    await page.getByLabel('Kata yang dicari').fill('kartanegara');
    const results = page.getByRole('region', { name: 'Hasil pencarian' });
    await results.getByText('Realisasi Dana Desa 2025').waitFor();
    await expect(results.locator('mark').first().textContent()).resolves.toMatch(/^Kartanegara$/i);
    await expect(results.getByRole('listitem').count()).resolves.toBe(1);
    await page.screenshot({ path: path.join(artifacts, 'archive-search.png'), fullPage: true });
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByLabel('Kata yang dicari').fill('keterbukaan');
    await results.getByText('Rencana Strategis Diskominfo 2025-2029').click();
    const pane = page.getByRole('region', { name: 'Rencana Strategis Diskominfo 2025-2029' });
    await pane.locator('.archive-preview').getByText('Target: seluruh badan publik').waitFor();
    // The preview scrolls on its own: it is a named region reachable with Tab.
    const preview = pane.getByRole('region', { name: 'Pratinjau isi dokumen' });
    await preview.focus();
    expect(await preview.evaluate((el) => el === document.activeElement && el.tabIndex === 0)).toBe(true);
    await expect(pane.locator('.archive-preview a[href^="javascript"]').count()).resolves.toBe(0);
    await pane.getByLabel('Kategori informasi').selectOption('berkala');
    await pane.getByLabel('Unit penguasa informasi').fill('Bidang Informasi Publik');
    await pane.getByRole('button', { name: 'Simpan isian DIP' }).click();
    await pane.getByText('Isian DIP tersimpan.').waitFor();
    await page.screenshot({ path: path.join(artifacts, 'archive-document.png'), fullPage: true });
    expect(await seriousViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
