// Arsip in the real browser host at 1366×768: a document with a long unbroken title wraps instead
// of widening the page, its preview scrolls and is keyboard-focusable (axe has no serious
// violation with the preview open, nor with the withdrawal dialog open), the original downloads
// byte for byte, the import report is still there after a reload and filters by verdict, and a
// withdrawal with a reason takes the document out of search.
import fs from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './helpers/browser';
import { startHostProcess, type HostProcess } from './helpers/host';
import { artifact, openApp, seriousViolations } from './helpers/app';
import { tempDir } from '../helpers/tempDir';
import { makeDocx } from '../helpers/archiveFixtures';

let browser: Browser;
let host: HostProcess;
beforeAll(async () => {
  browser = await launchChromium();
  host = await startHostProcess(tempDir('ppid-e2e-arsip-preview-'));
});
afterAll(async () => {
  await browser?.close();
  await host?.stop();
});

// Words, then one unbroken run of 120 characters (as file-name-like titles often end).
const LONG_TITLE = 'Laporan Pelayanan Informasi Publik Diskominfo_Kaltim_Tahun_Anggaran_2025_Final_Revisi_Lampiran_Lengkap_Rekapitulasi_Permohonan_dan_Keberatan_Semester_II';

describe('Arsip: preview, download, history, withdrawal', () => {
  it('wraps a long title, keeps the scrolling preview keyboard-accessible and axe-clean, downloads, keeps the report, withdraws', async () => {
    const dir = tempDir();
    const docxFile = path.join(dir, 'laporan-layanan-2025.docx');
    const paragraphs = Array.from({ length: 80 }, (_, i) => `Paragraf ${i + 1}: layanan informasi publik Diskominfo Kaltim tahun 2025 berjalan sesuai standar.`);
    const docx = await makeDocx({ title: LONG_TITLE, paragraphs });
    fs.writeFileSync(docxFile, docx);
    fs.writeFileSync(path.join(dir, 'terpotong.docx'), docx.subarray(0, 300));

    const { context, page, errors } = await openApp(browser, host, { hash: '#/archive' });
    await page.getByRole('heading', { level: 1, name: 'Arsip' }).waitFor();
    await page.getByTestId('archive-file-input').setInputFiles([docxFile, path.join(dir, 'terpotong.docx')]);
    await page.getByText('Selesai: 2 berkas — 1 diimpor, 0 duplikat, 1 ditolak, 0 terenkripsi, 0 dilewati.').waitFor({ timeout: 60_000 });
    const history = page.getByRole('region', { name: 'Riwayat impor' });
    const report = history.getByRole('table', { name: 'Laporan impor' });
    await report.getByRole('row', { name: /terpotong\.docx Ditolak Berkas DOCX rusak atau bukan DOCX/ }).waitFor();
    expect(await report.textContent()).not.toMatch(/central directory|signature/i);

    // The report is the core's: still there after a reload, and filtered by verdict.
    await page.reload();
    await history.getByRole('table', { name: 'Laporan impor' }).waitFor();
    await history.getByRole('group', { name: 'Saring menurut hasil' }).getByRole('button', { name: 'Ditolak (1)' }).click();
    await expect.poll(() => report.getByRole('row').count()).toBe(2);
    await history.getByRole('group', { name: 'Saring menurut hasil' }).getByRole('button', { name: 'Diimpor (1)' }).click();

    await report.getByRole('button', { name: 'laporan-layanan-2025.docx' }).click();
    const pane = page.getByRole('region', { name: LONG_TITLE });
    const preview = pane.getByRole('region', { name: 'Pratinjau isi dokumen' });
    await preview.getByText('Paragraf 80:').waitFor();
    // The preview really scrolls (else the axe rule would have nothing to check), and the page does not overflow sideways.
    expect(await preview.evaluate((el) => el.scrollHeight > el.clientHeight)).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
    // The long title wraps inside its box, in the pane and in the search results.
    const fits = (el: Element) => el.scrollWidth <= el.clientWidth + 1;
    expect(await pane.getByRole('heading', { level: 2, name: LONG_TITLE }).evaluate(fits)).toBe(true);
    await page.getByLabel('Kata yang dicari').fill('pelayanan');
    const hitTitle = page.getByRole('region', { name: 'Hasil pencarian' }).locator('.archive-hit-title').first();
    await hitTitle.waitFor();
    expect(await hitTitle.evaluate(fits)).toBe(true);
    // Keyboard: the preview takes focus and scrolls with the arrow keys.
    await preview.focus();
    expect(await preview.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('PageDown');
    await expect.poll(() => preview.evaluate((el) => el.scrollTop)).toBeGreaterThan(0);
    await page.screenshot({ path: artifact('archive-preview.png'), fullPage: true });
    expect(await seriousViolations(page)).toEqual([]);

    const [download] = await Promise.all([page.waitForEvent('download'), pane.getByRole('button', { name: 'Unduh berkas asli' }).click()]);
    expect(download.suggestedFilename()).toBe('laporan-layanan-2025.docx');
    const saved = artifact('archive-original.docx');
    await download.saveAs(saved);
    expect(fs.readFileSync(saved).equals(docx)).toBe(true);

    await pane.getByRole('button', { name: 'Tarik dari arsip…' }).click();
    const dialog = page.getByRole('dialog', { name: `Tarik "${LONG_TITLE}" dari arsip?` });
    await dialog.waitFor();
    // Let the modal's fade-in finish: axe measures contrast at the opacity it sees.
    const opaque = (el: Element) => {
      for (let e: Element | null = el; e; e = e.parentElement) if (getComputedStyle(e).opacity !== '1') return false;
      return true;
    };
    await expect.poll(() => dialog.evaluate(opaque)).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
    await dialog.getByLabel(/Alasan penarikan/).fill('Diunggah ganda; versi resmi menyusul.');
    await dialog.getByRole('button', { name: 'Tarik dokumen' }).click();
    await page.getByText(`"${LONG_TITLE}" ditarik dari arsip.`).waitFor();
    await page.getByLabel('Kata yang dicari').fill('layanan');
    await page.getByRole('region', { name: 'Hasil pencarian' }).getByText('Tidak ada dokumen yang cocok.').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
