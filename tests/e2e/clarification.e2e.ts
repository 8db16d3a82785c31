// A hoax crisis end to end in the browser host: the officer logs the circulating claim as a
// clarification in crisis mode, Kotak Masuk shows its holding-statement clock, the holding
// statement goes out, the checklist is worked to publication, the PDF is downloaded and the PNG
// card previewed with its alt text; each screen axe-clean. Screenshots in tests/e2e/artifacts/.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './helpers/browser';
import { startHostProcess, type HostProcess } from './helpers/host';
import { artifact, hostRpc, OFFICE_PROFILE, openApp, seriousViolations } from './helpers/app';
import { tempDir } from '../helpers/tempDir';

const NOW = '2026-11-23T10:00:00+08:00';

let browser: Browser;
let host: HostProcess;
let dataDir: string;
beforeAll(async () => {
  browser = await launchChromium();
  // Not tempDir(): that is removed after each test, and this host serves both tests.
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ppid-e2e-clarify-'));
  host = await startHostProcess(dataDir, { now: NOW });
});
afterAll(async () => {
  await browser?.close();
  await host?.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe('klarifikasi hoaks in the browser host', () => {
  it('runs a crisis from the circulating claim to the published clarification', async () => {
    await hostRpc(host)('settings:saveProfile', OFFICE_PROFILE);
    const { page, errors } = await openApp(browser, host, { hash: '#/humas/klarifikasi', clock: new Date(NOW) });
    await page.getByRole('heading', { name: 'Klarifikasi', level: 1 }).waitFor();

    // N opens the form with the cursor in its first field.
    await page.keyboard.press('n');
    const form = page.getByRole('form', { name: 'Klarifikasi baru' });
    await form.waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('clarification-label');
    await form.getByRole('button', { name: 'Simpan klarifikasi' }).click();
    await form.getByText(/Judul wajib diisi|Judul/).first().waitFor();
    await form.getByLabel('Label').selectOption('HOAKS');
    await form.getByLabel('Judul').fill('Bendungan Benanga jebol dan Samarinda akan tenggelam');
    await form.getByLabel('Klaim beredar').fill('Pesan berantai menyebut Bendungan Benanga jebol dan warga Samarinda Utara harus mengungsi malam ini.');
    await form.getByLabel('Fakta').fill('BWS Kalimantan IV memastikan Bendungan Benanga aman. Tinggi muka air normal. Warga tidak perlu mengungsi.');
    await form.getByLabel('Sumber resmi').fill('BWS Kalimantan IV dan BPBD Kota Samarinda');
    await form.getByLabel('OPD tempat verifikasi').fill('BPBD Kota Samarinda');
    await form.getByLabel(/^Buka mode krisis/).check();
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: artifact('clarification-form.png'), fullPage: true });
    await form.getByRole('button', { name: 'Simpan klarifikasi' }).click();

    const number = page.getByTestId('clarification-number');
    await number.waitFor();
    expect(await number.textContent()).toMatch(/^001\/KLR\/PPID\/XI\/2026$/);
    await page.getByText(/^sisa (2 jam|1 jam 5\d menit)$/).first().waitFor();

    // Kotak Masuk: the crisis clock next to the inbox's hour clocks.
    await page.getByRole('link', { name: 'Kotak Masuk' }).click();
    const crises = page.getByRole('region', { name: 'Krisis terbuka' });
    await crises.waitFor();
    await crises.getByText(/^sisa (2 jam|1 jam 5\d menit)$/).waitFor();
    await crises.getByText('0/6 langkah', { exact: false }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: artifact('clarification-inbox.png'), fullPage: true });
    await crises.getByRole('link', { name: /Bendungan Benanga jebol/ }).click();

    // Holding statement, then the checklist to publication.
    await page.getByLabel('Pernyataan sementara').fill('Pemerintah sedang memverifikasi kabar tersebut bersama BWS Kalimantan IV. Mohon tidak menyebarkan pesan itu.');
    await page.getByRole('button', { name: 'Catat pernyataan sementara' }).click();
    await page.getByText('Pernyataan sementara tercatat.').waitFor();
    for (const step of ['Verifikasi ke OPD', 'Draf klarifikasi', 'Persetujuan pimpinan', 'Publikasi']) {
      await page.getByRole('button', { name: `Tandai selesai: ${step}` }).click();
      await page.getByText(`Langkah "${step}" ditandai selesai.`).waitFor();
    }
    await page.getByText('Terbit', { exact: true }).waitFor();
    await page.getByText('Checklist').count();

    // The files: the PDF downloads, the card previews with its alt text.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Unduh PDF' }).click()]);
    expect(download.suggestedFilename()).toBe('klarifikasi-001-KLR-PPID-XI-2026.pdf');
    const pdf = path.join(tempDir(), download.suggestedFilename());
    await download.saveAs(pdf);
    expect(fs.readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
    await page.getByRole('button', { name: 'Pratinjau kartu' }).click();
    const card = page.getByTestId('card-preview');
    await card.waitFor();
    expect(await card.getAttribute('alt')).toContain('[HOAKS]');
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: artifact('clarification-published.png'), fullPage: true });

    // Remaining steps close the crisis: it leaves Kotak Masuk.
    for (const step of ['Distribusi ke OPD dan kabupaten/kota', 'Pemantauan sesudah terbit']) {
      await page.getByRole('button', { name: `Tandai selesai: ${step}` }).click();
      await page.getByText(`Langkah "${step}" ditandai selesai.`).waitFor();
    }
    await page.getByText(/^Krisis selesai/).waitFor();
    await page.getByRole('link', { name: 'Kotak Masuk' }).click();
    await page.getByRole('heading', { name: 'Kotak Masuk', level: 1 }).waitFor();
    await expect.poll(() => page.getByRole('region', { name: 'Krisis terbuka' }).count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it('shows the office key fingerprint and the statement library with an approved paket', async () => {
    const rpc = hostRpc(host);
    const paket = await rpc<{ id: number }>('narasi:create', {
      title: 'Banjir Samarinda November',
      keyMessages: ['Bendungan Benanga aman dan dipantau setiap jam.', 'Ikuti informasi resmi BPBD Kota Samarinda.'],
      qa: [{ q: 'Apakah warga perlu mengungsi?', a: 'Tidak. BPBD akan mengumumkan bila ada perubahan.' }],
      expiresOn: '2026-12-31',
    });
    await rpc('narasi:approve', { id: paket.id, approvedBy: 'Kepala Dinas Kominfo' });
    const key = await rpc<{ grouped: string }>('narasi:officeKey', {});
    const { page, errors } = await openApp(browser, host, { hash: '#/humas/narasi', clock: new Date(NOW) });
    await page.getByRole('heading', { name: 'Paket narasi', level: 1 }).waitFor();
    // The key is read after the page shows ('…' until then).
    await expect.poll(() => page.getByTestId('office-fingerprint').textContent()).toBe(key.grouped);
    const card = page.getByRole('article', { name: 'Banjir Samarinda November' });
    await card.getByText('Disetujui Kepala Dinas Kominfo', { exact: false }).waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), card.getByRole('button', { name: 'Unduh bundel bertanda tangan' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^paket-narasi-.+-v1\.json$/);
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: artifact('narasi.png'), fullPage: true });
    expect(errors).toEqual([]);
  });

  it('sets the holding-statement hours in Pengaturan › Krisis and shows the screens in English', async () => {
    const { page, errors } = await openApp(browser, host, { hash: '#/settings', clock: new Date(NOW) });
    const crisis = page.getByRole('form', { name: 'Krisis (klarifikasi hoaks)' });
    await crisis.waitFor();
    const hours = crisis.getByLabel('Jam sampai pernyataan sementara');
    // The saved value arrives after the section shows: type over it, not before it.
    await expect.poll(() => hours.inputValue()).toBe('2');
    await hours.fill('3');
    await crisis.getByRole('button', { name: 'Simpan pengaturan krisis' }).click();
    await page.getByText('Pengaturan krisis tersimpan.').waitFor();
    expect(await hostRpc(host)<{ holdingHours: number }>('clarifications:settings', {})).toEqual({ holdingHours: 3 });
    await crisis.screenshot({ path: artifact('clarification-settings.png') });

    await page.getByText('English', { exact: true }).click();
    await page.getByRole('link', { name: 'Public relations' }).waitFor();
    await page.goto(`${host.url.split('#')[0]}#/humas/klarifikasi?id=1`);
    await page.getByRole('heading', { name: 'Hoax clarifications', level: 1 }).waitFor();
    await page.getByRole('heading', { name: 'Checklist (6/6)' }).waitFor();
    await page.getByText('[HOAX]').first().waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: artifact('clarification-en.png'), fullPage: true });
    expect(errors).toEqual([]);
  });
});
