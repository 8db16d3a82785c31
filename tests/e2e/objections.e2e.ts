// Objections against the real browser host: a request refused through /rpc, an objection filed
// from its detail pane, found on the Keberatan page with the Atasan's 30-working-day due date
// (UU KIP Ps 36(2)), and decided. Screenshots land in tests/e2e/artifacts/.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computeDeadline } from '../../shared/domain/clocks';
import { createCalendar, formatTanggal, SHIPPED_CALENDAR } from '../../shared/domain/calendar';
import { launchChromium } from './helpers/browser';
import { startHostProcess, type HostProcess } from './helpers/host';
import { artifact, hostRpc, OFFICE_PROFILE, openApp, seriousViolations } from './helpers/app';
import { tempDir } from '../helpers/tempDir';

const NOW = '2026-11-23T10:00:00+08:00'; // a fixed office day: the shipped calendar covers it in any year the suite runs

let browser: Browser;
let host: HostProcess;
let rpc: ReturnType<typeof hostRpc>;
beforeAll(async () => {
  browser = await launchChromium();
  host = await startHostProcess(tempDir('ppid-e2e-obj-'), { now: NOW });
  rpc = hostRpc(host);
});
afterAll(async () => {
  await browser?.close();
  await host?.stop();
});

describe('objections in the browser host', () => {
  it('files an objection on a refused request, lists it with the Atasan’s due date, and decides it', async () => {
    await rpc('settings:saveProfile', OFFICE_PROFILE);
    const request = await rpc('requests:create', {
      channel: 'email',
      requester: { name: 'Budi Santoso', idType: 'nik', idNumber: '6472014512900003', address: 'Jl. Juanda No. 5, Samarinda', phone: '0812-5555-1234', email: 'budi@contoh.id' },
      information: 'Salinan kontrak pengadaan jaringan internet Dinas Kominfo tahun 2026',
      purpose: 'Pengawasan anggaran oleh lembaga swadaya masyarakat',
      accessMethod: ['salinan_softcopy'],
      deliveryMethod: 'email',
    });
    await rpc('requests:transition', { id: request.id, to: 'in_process' });
    await rpc('requests:transition', {
      id: request.id,
      to: 'answered',
      decision: 'ditolak',
      heldStatus: 'dikuasai',
      refusalPs17: ['b'],
      consequenceTest: 'Membuka harga satuan penawaran dapat merugikan persaingan usaha yang sehat.',
    });

    const { context, page, errors } = await openApp(browser, host, { clock: new Date(NOW) });
    await page.getByRole('link', { name: 'Permohonan' }).click();
    const list = page.getByRole('listbox', { name: /^Daftar register/ });
    await list.getByText(request.number).click();
    const pane = page.getByRole('region', { name: 'Rincian kasus' });
    await pane.getByRole('heading', { name: request.number }).waitFor();

    // 1. The objection form: Ps 35(1) grounds a-g, case summary, when received (default now).
    await pane.getByRole('button', { name: 'Ajukan keberatan' }).click();
    await pane.getByRole('button', { name: 'Simpan keberatan' }).click();
    await pane.getByText('Pilih sedikitnya satu alasan keberatan (UU KIP Pasal 35 ayat (1)).').first().waitFor();
    await pane.getByRole('checkbox', { name: /^a\. Penolakan permohonan/ }).check();
    await pane.getByLabel(/Kasus posisi/).fill('Pemohon menilai penolakan tidak disertai uji konsekuensi yang memadai atas seluruh isi kontrak.');
    await pane.getByLabel('Nama kuasa pemohon (bila diwakili)').fill('Andi Wijaya');
    // The field shows dd/mm/yyyy HH:mm (WITA).
    const [, dd, mm, yyyy, time] = /^(\d{2})\/(\d{2})\/(\d{4}) (\d{2}:\d{2})$/.exec(await pane.getByLabel(/Waktu keberatan diterima/).inputValue())!;
    const cal = createCalendar(SHIPPED_CALENDAR);
    const due = computeDeadline({ clock: 'objection-answer', from: `${yyyy}-${mm}-${dd}T${time}:00+08:00`, zone: 'Asia/Makassar', cutoff: '16:00' }, cal).due;
    await pane.getByRole('heading', { name: 'Catat keberatan (UU KIP Pasal 35 ayat (1))' }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: artifact('objection-form.png') });
    await pane.getByRole('button', { name: 'Simpan keberatan' }).click();
    const saved = pane.getByText(/^Keberatan .+ tercatat\. Tanggapan atasan PPID paling lambat /);
    await saved.waitFor();
    const text = (await saved.textContent())!;
    expect(text).toContain(`paling lambat ${formatTanggal(due)}.`);
    const objectionNumber = /^Keberatan (.+) tercatat/.exec(text)![1]!;
    await page.screenshot({ path: artifact('objection-saved.png') });

    // 2. The Keberatan register lists it with the Atasan's due date; Enter opens the pane.
    await page.getByRole('link', { name: 'Keberatan' }).click();
    await page.getByRole('heading', { level: 1, name: 'Keberatan' }).waitFor();
    const rows = list.getByRole('option');
    await expect.poll(() => rows.count()).toBe(1);
    expect(await rows.nth(0).textContent()).toContain(objectionNumber);
    expect(await rows.nth(0).textContent()).toContain(`tenggat ${formatTanggal(due, 'short')}`);
    await list.focus();
    await page.keyboard.press('Enter');
    await pane.getByRole('heading', { name: objectionNumber }).waitFor();
    await pane.getByText(request.number).waitFor();
    await pane.getByText('UU KIP Pasal 36 ayat (2)').waitFor();
    await page.screenshot({ path: artifact('objection-pane.png') });

    // 3. The Atasan's answer, with name and position from the office profile.
    await pane.getByRole('button', { name: 'Putuskan' }).click();
    expect(await pane.getByLabel(/Nama atasan PPID/).inputValue()).toBe('Drs. Ahmad Fauzi, M.M.');
    await pane.getByLabel('Keputusan atasan').selectOption('ditolak');
    await pane.getByLabel(/Pertimbangan tanggapan/).fill('Harga satuan penawaran tetap dikecualikan berdasarkan Pasal 17 huruf b.');
    await page.screenshot({ path: artifact('objection-decide.png') });
    await pane.getByRole('button', { name: 'Simpan tanggapan' }).click();
    await pane.getByText(/^Tanggapan atasan tercatat: Ditolak\. Batas pengajuan sengketa ke KI /).waitFor();
    // A decided objection stays in the Keberatan register, findable by its request's number.
    await expect.poll(() => rows.nth(0).textContent()).toContain('Ditolak');
    expect(await rows.count()).toBe(1);
    await page.getByRole('searchbox', { name: 'Cari' }).fill(request.number);
    await expect.poll(() => rows.count()).toBe(1);
    expect(await rows.nth(0).textContent()).toContain(objectionNumber);
    await page.screenshot({ path: artifact('objection-decided.png') });
    expect(await seriousViolations(page)).toEqual([]);

    expect(errors).toEqual([]);
    await context.close();
  });
});
