// An objection without a request (UU KIP Ps 35(1) huruf b) in the real browser host: filed from
// the Keberatan page with the objector's identity, refused on a ground that needs a request, opened
// in its pane, granted with a release date, and its "Pelaksanaan tanggapan atasan" task on Kotak
// Masuk closed by the officer. Screenshots land in tests/e2e/artifacts/.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './helpers/browser';
import { startHostProcess, type HostProcess } from './helpers/host';
import { artifact, hostRpc, OFFICE_PROFILE, openApp, seriousViolations } from './helpers/app';
import { tempDir } from '../helpers/tempDir';

const NOW = '2026-11-23T10:00:00+08:00';

let browser: Browser;
let host: HostProcess;
let rpc: ReturnType<typeof hostRpc>;
beforeAll(async () => {
  browser = await launchChromium();
  host = await startHostProcess(tempDir('ppid-e2e-objnr-'), { now: NOW });
  rpc = hostRpc(host);
});
afterAll(async () => {
  await browser?.close();
  await host?.stop();
});

describe('an objection without a request', () => {
  it('is filed on ground b with the objector, decided with a release date, and its release task closed', async () => {
    await rpc('settings:saveProfile', OFFICE_PROFILE);
    const { context, page, errors } = await openApp(browser, host, { clock: new Date(NOW) });
    await page.getByRole('link', { name: 'Keberatan' }).click();
    await page.getByRole('heading', { level: 1, name: 'Keberatan' }).waitFor();
    await page.getByRole('button', { name: 'Keberatan tanpa permohonan' }).click();
    const dialog = page.getByRole('dialog', { name: /Catat keberatan tanpa permohonan/ });
    await dialog.waitFor();
    // Only ground b stands without a request; the others say so and cannot be ticked.
    expect(await dialog.getByRole('checkbox', { name: /^b\. Tidak disediakannya informasi berkala/ }).isChecked()).toBe(true);
    expect(await dialog.getByRole('checkbox', { name: /^c\. .*\(perlu permohonan\)$/ }).isDisabled()).toBe(true);
    await dialog.getByRole('button', { name: 'Simpan keberatan' }).click();
    await dialog.getByText('Nama pemohon wajib diisi.').first().waitFor();
    await dialog.getByLabel('Nama pemohon').fill('Yayasan Pena Mahakam');
    await dialog.getByLabel('Jenis identitas').selectOption('badan_hukum');
    await dialog.getByLabel('Nomor identitas').fill('AHU-0012345.AH.01.04');
    await dialog.getByLabel('Telepon pemohon').fill('0541-123456');
    await dialog.getByLabel('Alamat pemohon').fill('Jl. Pahlawan No. 3, Samarinda');
    await dialog.getByLabel('Informasi berkala yang tidak disediakan').fill('Laporan keuangan Dinas Kominfo tahun anggaran 2025');
    await dialog.getByLabel('Tujuan penggunaan informasi').fill('Pemantauan anggaran');
    await dialog.getByLabel(/Kasus posisi/).fill('Laporan keuangan 2025 belum diumumkan di situs PPID sampai November 2026.');
    await page.screenshot({ path: artifact('objection-without-request-form.png') });
    await dialog.getByRole('button', { name: 'Simpan keberatan' }).click();
    await dialog.waitFor({ state: 'hidden' });

    // The pane of the new objection: no request, the objector and the information.
    const pane = page.getByRole('region', { name: 'Rincian kasus' });
    await pane.getByText('Tanpa permohonan (Pasal 35 ayat (1) huruf b)').waitFor();
    await pane.getByText('Laporan keuangan Dinas Kominfo tahun anggaran 2025').first().waitFor();
    await pane.getByText(/AHU-0012345|2345/).first().waitFor();
    await page.screenshot({ path: artifact('objection-without-request-pane.png') });

    // Granted, with the date the Atasan sets for the release.
    await pane.getByRole('button', { name: 'Putuskan' }).click();
    await pane.getByLabel(/Pertimbangan tanggapan/).fill('Laporan keuangan adalah informasi berkala yang wajib diumumkan (Pasal 9).');
    await pane.getByLabel('Batas waktu PPID memberikan informasi').fill('04/12/2026');
    await pane.getByRole('button', { name: 'Simpan tanggapan' }).click();
    await pane.getByText(/^Tanggapan atasan tercatat: Dikabulkan\./).waitFor();
    await pane.getByText('4 Desember 2026').first().waitFor();

    // Kotak Masuk: the release task by its date; the officer records it done.
    await page.getByRole('link', { name: 'Kotak Masuk' }).click();
    const inbox = page.getByRole('listbox').first();
    const task = inbox.getByRole('option').filter({ hasText: 'Pelaksanaan tanggapan atasan' });
    await task.waitFor();
    expect(await task.textContent()).toContain('Yayasan Pena Mahakam');
    await page.screenshot({ path: artifact('objection-release-task.png') });
    await task.click();
    await pane.getByRole('button', { name: 'Catat pelaksanaan' }).click();
    await pane.getByLabel(/Keterangan \(informasi apa yang diberikan/).fill('Diumumkan di situs PPID dan dikirim kepada pemohon.');
    await pane.getByRole('button', { name: 'Simpan pelaksanaan' }).click();
    await pane.getByText('Pelaksanaan tanggapan atasan tercatat; tugas keluar dari kotak masuk.').waitFor();
    await expect.poll(() => inbox.getByRole('option').filter({ hasText: 'Pelaksanaan tanggapan atasan' }).count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
