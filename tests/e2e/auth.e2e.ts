// Officers in the browser host (issue 14): the login screen, two officers at once in two browser
// contexts (the Petugas logs a request, the PPID sees it on Kotak Masuk without reloading), the
// header's officer and Keluar, and the idle lock on a test clock keeping typed input.
// Screenshots land in tests/e2e/artifacts/.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './helpers/browser';
import { startHostProcess, type HostProcess } from './helpers/host';
import { artifact, hostRpc, openApp, seriousViolations } from './helpers/app';
import { tempDir } from '../helpers/tempDir';

let browser: Browser;
let host: HostProcess;
let rpc: ReturnType<typeof hostRpc>;
const RINA = { username: 'rina', password: 'rina-kata-sandi-1' };
const PUTRI = { username: 'putri', password: 'putri-kata-sandi-1' };

beforeAll(async () => {
  browser = await launchChromium();
  host = await startHostProcess(tempDir('ppid-e2e-auth-'));
  rpc = hostRpc(host);
  await rpc('officers:add', { ...RINA, name: 'Rina Marlina', roles: ['petugas'], nip: '', jabatan: 'Petugas layanan informasi' });
  await rpc('officers:add', { ...PUTRI, name: 'Putri Handayani', roles: ['ppid'], nip: '', jabatan: 'PPID Pelaksana' });
});
afterAll(async () => {
  await browser?.close();
  await host?.stop();
});

describe('officers in the browser host', () => {
  it('asks for a login, refuses a wrong password in Indonesian, then shows the officer in the header', async () => {
    const { context, page, errors } = await openApp(browser, host, { signedOut: true });
    await page.getByRole('heading', { level: 1, name: 'Masuk ke PPID Desk' }).waitFor();
    await page.getByLabel('Nama pengguna').fill(RINA.username);
    await page.getByLabel('Kata sandi').fill('bukan-kata-sandinya');
    await page.getByRole('button', { name: 'Masuk' }).click();
    await page.getByRole('alert').filter({ hasText: /^Tidak dapat masuk: / }).waitFor();
    await page.screenshot({ path: artifact('login-refused.png') });
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByLabel('Kata sandi').fill(RINA.password);
    await page.getByRole('button', { name: 'Masuk' }).click();
    await page.getByRole('navigation').first().waitFor();
    const menu = page.getByRole('button', { name: 'Akun Rina Marlina' });
    await menu.waitFor();
    expect(await menu.textContent()).toContain('Petugas layanan');
    await page.screenshot({ path: artifact('header-officer.png') });

    // Keluar: back to the login screen, and the session is gone (a reload does not bring it back).
    await page.getByRole('button', { name: 'Keluar' }).click();
    await page.getByRole('heading', { level: 1, name: 'Masuk ke PPID Desk' }).waitFor();
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Masuk ke PPID Desk' }).waitFor();
    // Signed out, the host answers 401 to everything but the login's own calls; Chromium logs each.
    expect(errors.filter((e) => !/status of 401/.test(e))).toEqual([]);
    await context.close();
  });

  it('two officers at once: the Petugas logs a request, the PPID sees it arrive on Kotak Masuk', async () => {
    const ppid = await openApp(browser, host, { as: PUTRI });
    await ppid.page.getByRole('link', { name: 'Kotak Masuk' }).click();
    const inbox = ppid.page.getByRole('listbox', { name: 'Daftar kasus terbuka, urut tenggat' });

    const petugas = await openApp(browser, host, { as: RINA, hash: '#/requests/new' });
    const page = petugas.page;
    await page.getByLabel('Nama pemohon', { exact: true }).waitFor();
    await page.getByLabel('Saluran permohonan').selectOption('email');
    await page.getByLabel('Nama pemohon', { exact: true }).fill('Budi Santoso');
    await page.getByLabel('Nomor identitas').fill('6472014512900003');
    await page.getByLabel('Telepon pemohon').fill('0812-5555-1234');
    await page.getByLabel('E-mail pemohon').fill('budi@contoh.id');
    await page.getByLabel('Alamat pemohon').fill('Jl. Juanda No. 5, Samarinda');
    await page.getByLabel('Rincian informasi yang diminta').fill('Salinan DPA Dinas Kominfo tahun anggaran 2026');
    await page.getByLabel('Tujuan penggunaan informasi').fill('Penelitian skripsi tentang anggaran daerah');
    await page.getByLabel('Petugas').fill('Rina Marlina');
    await page.getByRole('button', { name: 'Simpan permohonan' }).click();
    const number = (await page.getByTestId('registration-number').textContent())!.trim();

    // The PPID's inbox refreshes from the event stream: no reload.
    await inbox.getByText(number).waitFor();
    await ppid.page.screenshot({ path: artifact('two-officers-inbox.png') });
    // The history names the officer who logged it.
    const inboxItems = await rpc<{ items: { id: number; number: string }[] }>('inbox:list', {});
    const logged = inboxItems.items.find((i) => i.number === number)!;
    const timeline = await rpc<{ action: string; actor: string }[]>('requests:timeline', { id: logged.id });
    expect(timeline[0]?.actor).toBe('Rina Marlina');
    expect(petugas.errors).toEqual([]);
    expect(ppid.errors).toEqual([]);
    await petugas.context.close();
    await ppid.context.close();
  });

  it('locks after the idle minutes on a test clock, keeps the typed input, and unlocks with the same officer’s password', async () => {
    await rpc('settings:setAccess', { idleLockMinutes: 2, serveLan: false, lanPort: 8443 });
    const { context, page, errors } = await openApp(browser, host, { as: RINA, hash: '#/requests/new', clock: new Date() });
    const name = page.getByLabel('Nama pemohon', { exact: true });
    await name.waitFor();
    await name.fill('Dewi Lestari (belum disimpan)');
    await page.clock.fastForward('02:10');
    const lock = page.getByRole('heading', { level: 1, name: 'Layar terkunci' });
    await lock.waitFor();
    await page.screenshot({ path: artifact('idle-lock.png') });
    expect(await page.getByText('Masuk sebagai Rina Marlina (rina)').count()).toBe(1);
    // The lock ended the session: another tab of this browser cannot go on with it.
    const other = await context.newPage();
    await other.goto(host.url.split('#')[0]!);
    await other.getByRole('heading', { level: 1, name: 'Masuk ke PPID Desk' }).waitFor();
    await other.close();

    await page.getByLabel('Kata sandi').fill('salah-sandinya');
    await page.getByRole('button', { name: 'Buka kunci' }).click();
    await page.getByRole('alert').filter({ hasText: /^Tidak dapat masuk: / }).waitFor();
    await page.getByLabel('Kata sandi').fill(RINA.password);
    await page.getByRole('button', { name: 'Buka kunci' }).click();
    await lock.waitFor({ state: 'detached' });
    expect(await name.inputValue()).toBe('Dewi Lestari (belum disimpan)');
    expect(errors.filter((e) => !/status of 401/.test(e))).toEqual([]);
    await context.close();
    await rpc('settings:setAccess', { idleLockMinutes: 10, serveLan: false, lanPort: 8443 });
  });
});
