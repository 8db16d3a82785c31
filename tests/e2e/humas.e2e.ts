// Humas acceptance test: in the browser host an officer drafts a press release on the Humas page,
// submits it, the Pimpinan approves it, it is published with its link and its PDF downloaded
// (progress shown while it is made); an Isu is linked to a siaran pers from its detail and a post
// draft is edited. The page is axe-clean. Screenshots in tests/e2e/artifacts/.
import fs from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './helpers/browser';
import { startHostProcess, type HostProcess } from './helpers/host';
import { artifactsDir, hostRpc, OFFICE_PROFILE, openApp, seriousViolations } from './helpers/app';
import { tempDir } from '../helpers/tempDir';
import { releaseInput } from '../helpers/releaseInput';

const artifacts = artifactsDir();
const NOW = '2026-12-03T10:00:00+08:00';

let browser: Browser;
let host: HostProcess;
beforeAll(async () => {
  browser = await launchChromium();
  host = await startHostProcess(tempDir('ppid-e2e-humas-'), { now: NOW });
  await hostRpc(host)('settings:saveProfile', OFFICE_PROFILE);
});
afterAll(async () => {
  await browser?.close();
  await host?.stop();
});

describe('Humas: press release in the browser host', () => {
  it('drafts, approves, publishes and exports a release', async () => {
    const { page, errors } = await openApp(browser, host, { hash: '#/humas', clock: new Date(NOW) });
    const form = page.getByRole('form', { name: 'Siaran pers baru' });
    await form.waitFor();
    await form.getByLabel('Judul').fill('Pemprov Kaltim Percepat Perbaikan Jalan Samarinda–Bontang');
    await form.getByLabel(/^Teras/).fill('Pemerintah Provinsi Kalimantan Timur memulai perbaikan 12 kilometer jalan poros Samarinda–Bontang.');
    await form.getByText('Samarinda, 3 Desember 2026 –').first().waitFor();
    await form.getByLabel(/^Isi/).fill('Pekerjaan dibagi dalam tiga segmen.\n\nPengendara diminta mengikuti rambu.');
    await form.getByRole('button', { name: 'Tambah kutipan' }).click();
    await form.getByLabel('Kutipan 1').fill('Jalur tetap bisa dilalui selama pekerjaan.');
    await form.getByLabel('Nama narasumber').fill('Ir. Andi Saputra');
    await form.getByLabel('Jabatan narasumber').fill('Kepala Dinas PUPR');
    await form.getByLabel(/^Narahubung Humas/).fill('Rahmat Hidayat');
    await form.getByLabel(/^Telepon narahubung/).fill('0812-5555-0101');
    await form.getByLabel(/^E-mail narahubung/).fill('humas@kaltimprov.go.id');
    await page.screenshot({ path: path.join(artifacts, 'humas-release-form.png'), fullPage: true });
    expect(await seriousViolations(page)).toEqual([]);
    await form.getByRole('button', { name: 'Simpan draf' }).click();

    const detail = page.getByRole('region', { name: /001\/SP\/PPID\/XII\/2026/ });
    await detail.waitFor();
    await detail.getByRole('button', { name: 'Ajukan untuk ditinjau' }).click();
    await detail.getByRole('button', { name: 'Setujui (pimpinan)' }).click();
    await detail.getByText(/Disetujui oleh/).waitFor();
    await detail.getByLabel('Tautan (URL)').first().fill('https://kaltimpost.id/berita/jalan-samarinda-bontang');
    await detail.getByLabel('Media').first().fill('Kaltim Post');
    await detail.getByRole('button', { name: 'Terbitkan' }).click();
    await detail.getByRole('link', { name: 'https://kaltimpost.id/berita/jalan-samarinda-bontang' }).waitFor();
    await detail.getByText('Terbit', { exact: true }).first().waitFor();

    const [download] = await Promise.all([page.waitForEvent('download'), detail.getByRole('button', { name: 'PDF berkop' }).click()]);
    expect(download.suggestedFilename()).toBe('siaran-pers-001-SP-PPID-XII-2026.pdf');
    const file = path.join(tempDir(), download.suggestedFilename());
    await download.saveAs(file);
    expect(fs.readFileSync(file).subarray(0, 5).toString()).toBe('%PDF-');
    await detail.getByText('Berkas siaran-pers-001-SP-PPID-XII-2026.pdf diunduh.').waitFor();
    await page.screenshot({ path: path.join(artifacts, 'humas-release-published.png'), fullPage: true });
    expect(await seriousViolations(page)).toEqual([]);

    for (const tab of ['Isu', 'Konten']) {
      await page.getByRole('navigation', { name: 'Bagian Humas' }).getByRole('link', { name: tab, exact: true }).click();
      await page.waitForTimeout(300);
      await page.screenshot({ path: path.join(artifacts, `humas-${tab.toLowerCase()}.png`), fullPage: true });
      expect(await seriousViolations(page)).toEqual([]);
    }
    expect(errors).toEqual([]);
  }, 180_000);

  it('links an Isu to a siaran pers from its detail and unlinks it, and edits a post draft and a planned publication', async () => {
    const rpc = hostRpc(host);
    const release = await rpc('releases:create', releaseInput({ title: 'Jembatan Mahakam Ditutup Sementara untuk Perawatan' }));
    await rpc('issues:create', {
      title: 'Video jembatan retak disebut terbaru',
      summary: 'Video lama Jembatan Mahakam beredar sebagai kejadian hari ini.',
      sourceUrls: ['https://www.tiktok.com/@akun/video/1'],
      platform: 'tiktok',
      firstSeenAt: '2026-12-03T08:15:00+08:00',
      estimatedReach: 45000,
      sentiment: 'negatif',
      category: 'Infrastruktur',
      opd: 'Dinas PUPR',
      owner: 'Rahmat Hidayat',
    });
    await rpc('posts:save', { platform: 'x', text: 'Jembatan Mahakam ditutup sementara Sabtu pagi.', hashtags: ['Kaltim'] });
    await rpc('contentCalendar:save', { plannedOn: '2026-12-05', channel: 'instagram', item: 'Infografis penutupan jembatan' });

    const { page, errors } = await openApp(browser, host, { hash: '#/humas?tab=issues', clock: new Date(NOW) });
    await page.getByRole('button', { name: 'Video jembatan retak disebut terbaru' }).click();
    const detail = page.getByRole('region', { name: 'Video jembatan retak disebut terbaru' });
    const releases = detail.getByRole('region', { name: 'Siaran pers' });
    const label = `${release.number} — Jembatan Mahakam Ditutup Sementara untuk Perawatan`;
    // By keyboard: focus the picker, choose the release, Tab to the button and press Enter.
    await releases.getByLabel('Pilih siaran pers').focus();
    await releases.getByLabel('Pilih siaran pers').selectOption({ label });
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await detail.getByText(`Dikaitkan: ${label}.`).waitFor();
    await releases.getByRole('listitem').filter({ hasText: label }).waitFor();
    await detail.getByText(`Dikaitkan: siaran pers ${release.number}`).waitFor(); // the history
    await page.screenshot({ path: path.join(artifacts, 'humas-issue-links.png'), fullPage: true });
    expect(await seriousViolations(page)).toEqual([]);
    await releases.getByRole('button', { name: `Lepas kaitan ${label}` }).click();
    await releases.getByText('Belum dikaitkan dengan siaran pers.').waitFor();
    expect((await rpc<{ releases: unknown[] }>('issues:get', { id: 1 })).releases).toEqual([]);

    await page.getByRole('navigation', { name: 'Bagian Humas' }).getByRole('link', { name: 'Konten', exact: true }).click();
    await page.getByRole('button', { name: /^Ubah draf X \(Twitter\): Jembatan Mahakam/ }).click();
    const form = page.getByRole('form', { name: 'Ubah draf unggahan' });
    await form.getByLabel('Teks unggahan').fill('Jembatan Mahakam ditutup sementara Sabtu pukul 06.00–10.00 WITA.');
    await form.getByLabel('Status').selectOption({ label: 'Siap' });
    await form.getByRole('button', { name: 'Simpan perubahan' }).click();
    await page.getByText('Perubahan draf unggahan tersimpan.').waitFor();
    await page.getByText(/Siap · \d+\/280 — Jembatan Mahakam ditutup sementara Sabtu pukul 06.00/).waitFor();
    const posts = await rpc<Array<{ id: number; text: string; status: string }>>('posts:list', {});
    expect(posts).toEqual([expect.objectContaining({ id: 1, text: 'Jembatan Mahakam ditutup sementara Sabtu pukul 06.00–10.00 WITA.', status: 'siap' })]);

    await page.getByRole('button', { name: 'Ubah rencana Infografis penutupan jembatan' }).click();
    const plan = page.getByRole('form', { name: 'Ubah rencana terbit' });
    await plan.getByLabel(/^Materi/).fill('Infografis jadwal penutupan Jembatan Mahakam');
    await plan.getByLabel('Catatan').fill('Sertakan jalur alternatif.');
    await plan.getByRole('button', { name: 'Simpan perubahan rencana' }).click();
    await page.getByText('Perubahan rencana terbit tersimpan.').waitFor();
    const plans = await rpc<Array<{ item: string; note: string; plannedOn: string }>>('contentCalendar:list', { from: '2026-12-01', to: '2026-12-31' });
    expect(plans).toEqual([expect.objectContaining({ item: 'Infografis jadwal penutupan Jembatan Mahakam', note: 'Sertakan jalur alternatif.', plannedOn: '2026-12-05' })]);
    expect(await seriousViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  }, 180_000);
});
