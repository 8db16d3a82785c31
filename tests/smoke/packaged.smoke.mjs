#!/usr/bin/env node
// Smoke test of the PACKAGED app (release.yml, after electron-builder), with Playwright's _electron:
// start the installed binary on an empty data folder, log a request through the form, issue its
// receipt (Tanda Bukti Penerimaan), quit; start again on the same folder and find the request in
// Permohonan with its receipt. Plain JavaScript so that it runs without a build step on the CI
// runner; it needs a real Electron and a display (xvfb-run on Linux), so it cannot run on the
// build machines of this project (no Electron binary there).
//   node tests/smoke/packaged.smoke.mjs release/linux-unpacked   (or release/win-unpacked)
// Playwright attaches through Node's inspector, which the shipped build's fuses turn off
// (electron-builder.yml: enableNodeCliInspectArguments false). So the test runs a COPY of the
// unpacked app with that one fuse turned back on; every other fuse and file is as shipped.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { _electron as electron } from 'playwright-core';

const unpacked = process.argv[2];
// electron-builder.yml's executableName, or the productName should a platform not take it.
const candidates = process.platform === 'win32' ? ['ppid-desk.exe', 'PPID Desk.exe'] : ['ppid-desk', 'PPID Desk'];
const exeName = unpacked ? candidates.find((name) => fs.existsSync(path.join(unpacked, name))) : undefined;
if (!exeName) {
  console.error(`usage: packaged.smoke.mjs <unpacked app folder with ${candidates.join(' or ')}> (got ${unpacked})`);
  process.exit(2);
}
const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'ppid-smoke-app-'));
fs.cpSync(unpacked, copy, { recursive: true, verbatimSymlinks: true });
const executablePath = path.join(copy, exeName);
// @electron/fuses comes with electron-builder.
const { flipFuses, FuseV1Options, FuseVersion } = createRequire(import.meta.url)('@electron/fuses');
await flipFuses(executablePath, { version: FuseVersion.V1, [FuseV1Options.EnableNodeCliInspectArguments]: true });
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ppid-smoke-'));
const artifacts = path.resolve(process.env.SMOKE_ARTIFACTS ?? 'release/smoke');
fs.mkdirSync(artifacts, { recursive: true });

// The same office profile the e2e tests use (tests/e2e/helpers/app.ts): a receipt needs a kop surat.
const OFFICE_PROFILE = {
  instansiLines: ['PEMERINTAH PROVINSI KALIMANTAN TIMUR', 'DINAS KOMUNIKASI DAN INFORMATIKA'],
  unit: 'PPID Utama Provinsi Kalimantan Timur',
  address: 'Jl. Basuki Rahmat No. 41, Samarinda 75117',
  phone: '(0541) 741042',
  email: 'ppid@kaltimprov.go.id',
  website: 'ppid.kaltimprov.go.id',
  city: 'Samarinda',
  timeZone: 'Asia/Makassar',
  cutoffTime: '16:00',
  ppid: { name: 'Dra. Siti Rahmawati, M.Si.', nip: '197805122005012003', title: 'Kepala Dinas Komunikasi dan Informatika' },
  atasan: { name: 'Drs. Ahmad Fauzi, M.M.', nip: '196903141994031005', title: 'Sekretaris Daerah Provinsi Kalimantan Timur' },
};
const RECEIPT = 'Tanda Bukti Penerimaan Permohonan Informasi Publik';

async function launch() {
  const app = await electron.launch({
    executablePath,
    args: process.platform === 'linux' ? ['--no-sandbox'] : [],
    env: { ...process.env, PPID_DATA_DIR: dataDir, ELECTRON_ENABLE_LOGGING: '1' },
    timeout: 60_000,
  });
  const page = await app.firstWindow();
  page.setDefaultTimeout(30_000);
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.waitForLoadState('domcontentloaded');
  await page.getByRole('link', { name: 'Permohonan' }).waitFor();
  return { app, page, errors };
}

function check(condition, message) {
  if (!condition) throw new Error(`smoke: ${message}`);
}

let number;
{
  const { app, page, errors } = await launch();
  try {
    const saved = await page.evaluate((profile) => window.ppid.invoke('settings:saveProfile', profile), OFFICE_PROFILE);
    check(saved.ok, `settings:saveProfile failed: ${JSON.stringify(saved)}`);
    await page.evaluate(() => (location.hash = '#/requests/new'));
    await page.getByLabel('Nama pemohon', { exact: true }).fill('Budi Santoso');
    await page.getByLabel('Saluran permohonan').selectOption('email');
    await page.getByLabel('Nomor identitas').fill('6472014512900003');
    await page.getByLabel('Telepon pemohon').fill('0812-5555-1234');
    await page.getByLabel('E-mail pemohon').fill('budi@contoh.id');
    await page.getByLabel('Alamat pemohon').fill('Jl. Juanda No. 5, Samarinda');
    await page.getByLabel('Rincian informasi yang diminta').fill('Salinan DPA Dinas Kominfo tahun anggaran 2026 beserta lampirannya');
    await page.getByLabel('Tujuan penggunaan informasi').fill('Penelitian skripsi tentang anggaran daerah');
    await page.getByLabel('Petugas').fill('Rina');
    await page.getByRole('button', { name: 'Simpan permohonan' }).click();
    await page.getByTestId('registration-number').waitFor();
    number = (await page.getByTestId('registration-number').textContent()).trim();
    check(number.length > 0, 'no registration number');

    await page.getByRole('link', { name: 'Permohonan' }).click();
    await page.getByRole('listbox', { name: /^Daftar register/ }).getByText(number).click();
    const pane = page.getByRole('region', { name: 'Rincian kasus' });
    const panel = pane.getByRole('region', { name: 'Buat surat' });
    await panel.getByRole('button', { name: `Buat ${RECEIPT}` }).click();
    await panel.getByRole('form', { name: `Isi ${RECEIPT}` }).getByRole('button', { name: 'Terbitkan surat' }).click();
    await panel.getByTestId('letter-preview').waitFor();
    await page.screenshot({ path: path.join(artifacts, 'first-start.png') });
    check(errors.length === 0, `page errors: ${errors.join(' | ')}`);
  } finally {
    await app.close();
  }
}
{
  const { app, page, errors } = await launch();
  try {
    await page.getByRole('link', { name: 'Permohonan' }).click();
    await page.getByRole('listbox', { name: /^Daftar register/ }).getByText(number).click();
    const panel = page.getByRole('region', { name: 'Rincian kasus' }).getByRole('region', { name: 'Buat surat' });
    // Issued once before the restart: the button now opens the stored letter.
    await panel.getByRole('button', { name: `Buka ${RECEIPT}` }).waitFor();
    await page.screenshot({ path: path.join(artifacts, 'second-start.png') });
    check(errors.length === 0, `page errors: ${errors.join(' | ')}`);
  } finally {
    await app.close();
  }
}
fs.rmSync(dataDir, { recursive: true, force: true });
fs.rmSync(copy, { recursive: true, force: true });
console.log(`smoke: ok — ${number} logged, receipt issued, both still there after a restart (${unpacked}).`);
