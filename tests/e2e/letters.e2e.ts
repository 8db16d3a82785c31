// Letters against the real browser host: a request logged through /rpc, its receipt issued from
// the detail pane, previewed in the app, downloaded as PDF and DOCX (real download events), and
// the PDF read back for the registration number and the Indonesian date. Then the register from
// Laporan. Screenshots land in tests/e2e/artifacts/.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatTanggal } from '../../shared/domain/calendar';
import { localDateOf } from '../../shared/domain/requests/instant';
import { launchChromium, officeContext } from './helpers/browser';
import { startHostProcess, type HostProcess } from './helpers/host';
import { artifactsDir, hostRpc, isAppError, OFFICE_PROFILE } from './helpers/app';
import { tempDir } from '../helpers/tempDir';

const artifacts = artifactsDir();

const NOW = '2026-11-23T10:00:00+08:00'; // a fixed office day: the shipped calendar covers it in any year the suite runs

let browser: Browser;
let host: HostProcess;
beforeAll(async () => {
  browser = await launchChromium();
  host = await startHostProcess(tempDir('ppid-e2e-letters-'), { now: NOW });
});
afterAll(async () => {
  await browser?.close();
  await host?.stop();
});

const rpc = <T = { id: number; number: string }>(channel: string, body: unknown) => hostRpc(host)<T>(channel, body);

describe('letters in the browser host', () => {
  it('issues the receipt from the pane, previews it, downloads PDF and DOCX, and exports the register', async () => {
    await rpc('settings:saveProfile', OFFICE_PROFILE);
    const request = await rpc('requests:create', {
      channel: 'langsung',
      requester: { name: 'Nur’aini Siregar', idType: 'nik', idNumber: '6472014512900003', address: 'Jl. Juanda No. 5, Samarinda', phone: '0812-5555-1234', email: 'ani@contoh.id' },
      information: 'Salinan laporan realisasi anggaran Dinas Kominfo semester I tahun 2026',
      purpose: 'Bahan liputan',
      accessMethod: ['salinan_softcopy'],
      deliveryMethod: 'email',
    });

    const context = await officeContext(browser);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => isAppError(e) && errors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    await page.goto(host.url);
    await page.getByRole('link', { name: 'Permohonan' }).click();
    const list = page.getByRole('listbox', { name: /^Daftar register/ });
    await list.getByText(request.number).click();
    const pane = page.getByRole('region', { name: 'Rincian kasus' });
    await pane.getByRole('heading', { name: request.number }).waitFor();

    const panel = pane.getByRole('region', { name: 'Buat surat' });
    const refusal = panel.getByRole('button', { name: /Buat Keputusan PPID tentang Penolakan/ });
    expect(await refusal.isDisabled()).toBe(true);
    await panel.getByText(/^Surat penolakan hanya dapat dibuat setelah permohonan/).waitFor();

    await panel.getByRole('button', { name: 'Buat Tanda Bukti Penerimaan Permohonan Informasi Publik' }).click();
    const issueForm = panel.getByRole('form', { name: 'Isi Tanda Bukti Penerimaan Permohonan Informasi Publik' });
    await issueForm.getByLabel(/Tembusan/).fill('Atasan PPID');
    const axeForm = await new AxeBuilder({ page }).include('[data-testid="detail-pane"]').analyze();
    expect(axeForm.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    await page.screenshot({ path: path.join(artifacts, 'letter-form.png') });
    await issueForm.getByRole('button', { name: 'Terbitkan surat' }).click();
    const preview = panel.getByTestId('letter-preview');
    await preview.waitFor();
    const frame = preview.locator('iframe');
    await frame.waitFor();
    expect(await frame.getAttribute('src')).toMatch(/^blob:/);
    const title = (await frame.getAttribute('title'))!;
    const letterNumber = /nomor (.+)$/.exec(title)![1]!;
    await page.waitForTimeout(1500); // let Chromium's PDF viewer paint for the screenshot
    await preview.scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(artifacts, 'letter-preview.png') });

    const [pdfDownload] = await Promise.all([page.waitForEvent('download'), preview.getByRole('button', { name: 'Unduh PDF' }).click()]);
    const pdfPath = path.join(tempDir(), pdfDownload.suggestedFilename());
    await pdfDownload.saveAs(pdfPath);
    expect(pdfDownload.suggestedFilename()).toMatch(/^tanda-bukti-.+\.pdf$/);
    const text = execFileSync('pdftotext', [pdfPath, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    const today = formatTanggal(localDateOf(Date.parse(NOW), 'Asia/Makassar'));
    expect(text).toContain(request.number);
    expect(text).toContain(letterNumber);
    expect(text).toContain(`Samarinda, ${today}`);
    expect(text).toContain('Nur’aini Siregar');
    expect(text).toContain('Tembusan: 1. Atasan PPID');
    execFileSync('pdftoppm', ['-r', '60', '-png', '-f', '1', '-l', '1', pdfPath, path.join(artifacts, 'letter-receipt-page')]);

    const [docxDownload] = await Promise.all([page.waitForEvent('download'), preview.getByRole('button', { name: 'Unduh DOCX' }).click()]);
    expect(docxDownload.suggestedFilename()).toMatch(/^tanda-bukti-.+\.docx$/);
    const docxPath = path.join(tempDir(), docxDownload.suggestedFilename());
    await docxDownload.saveAs(docxPath);
    expect(fs.readFileSync(docxPath).subarray(0, 2).toString()).toBe('PK');

    // Issued once: listed with its number; the button now opens the stored letter.
    await panel.getByTestId('issued-letters').getByText(letterNumber).waitFor();
    await panel.getByRole('button', { name: 'Buka Tanda Bukti Penerimaan Permohonan Informasi Publik' }).waitFor();
    const axe = await new AxeBuilder({ page }).include('[data-testid="detail-pane"]').exclude('iframe').analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

    // Laporan › register, as CSV.
    await page.getByRole('link', { name: 'Laporan' }).click();
    const form = page.getByRole('form', { name: 'Ekspor register' });
    await form.getByLabel('Format').selectOption('csv');
    const [csvDownload] = await Promise.all([page.waitForEvent('download'), form.getByRole('button', { name: 'Unduh register' }).click()]);
    const csvPath = path.join(tempDir(), csvDownload.suggestedFilename());
    await csvDownload.saveAs(csvPath);
    const csv = fs.readFileSync(csvPath, 'utf8');
    expect(csv).toContain(request.number);
    expect(csv).toContain('************0003');
    expect(csv).not.toContain('6472014512900003');
    await form.getByRole('status').waitFor();
    const axeReports = await new AxeBuilder({ page }).analyze();
    expect(axeReports.violations.map((v) => v.id)).toEqual([]);
    await page.screenshot({ path: path.join(artifacts, 'register-export.png') });

    expect(errors).toEqual([]);
    await context.close();
  });
});
