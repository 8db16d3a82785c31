// Laporan in the browser host against the real core: requests seeded through /rpc (granted,
// refused under Ps 17 h, withdrawn, still open) in the first quarter of 2026; the dashboard shows
// exactly what reports:figures answers for the year and for Triwulan I; a figure drills down to its
// cases and one opens on Permohonan with its pane; the year's narrative is edited and saved; axe
// finds nothing serious or critical. The host's clock is Tuesday 17 March 2026 11:00 WITA. Screenshots
// (1366×768) in tests/e2e/artifacts/.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './helpers/browser';
import { startHostProcess, type HostProcess } from './helpers/host';
import { artifact, hostRpc, OFFICE_PROFILE, openApp, seriousViolations } from './helpers/app';
import { tempDir } from '../helpers/tempDir';

const NOW = '2026-03-17T11:00:00+08:00';

let browser: Browser;
let host: HostProcess;
let rpc: ReturnType<typeof hostRpc>;
beforeAll(async () => {
  browser = await launchChromium();
  host = await startHostProcess(tempDir('ppid-e2e-reports-'), { now: NOW });
  rpc = hostRpc(host);
});
afterAll(async () => {
  await browser?.close();
  await host?.stop();
});

const requester = (name: string, nik: string) => ({ name, idType: 'nik', idNumber: nik, address: 'Jl. Juanda No. 5, Samarinda', phone: '0812-5555-1234' });

async function seed(): Promise<{ refused: { id: number; number: string } }> {
  await rpc('settings:saveProfile', OFFICE_PROFILE);
  const create = (receivedAt: string, name: string, nik: string, information: string, channel = 'langsung') =>
    rpc('requests:create', { receivedAt, channel, requester: requester(name, nik), information, purpose: 'Bahan penelitian', accessMethod: ['salinan_softcopy'], deliveryMethod: 'ambil_langsung' });
  const granted = await create('2026-01-12T09:00:00+08:00', 'Siti Rahmawati', '6472015507850002', 'Salinan laporan realisasi anggaran Dinas Kominfo tahun 2025');
  await rpc('requests:transition', { id: granted.id, to: 'in_process' });
  await rpc('requests:transition', { id: granted.id, to: 'answered', decision: 'diterima_seluruhnya', heldStatus: 'dikuasai', noticeDate: '2026-01-20' });
  const refused = await create('2026-02-03T10:00:00+08:00', 'Budi Santoso', '6472014512900003', 'Data pribadi pegawai penerima tunjangan kinerja', 'email');
  await rpc('requests:transition', { id: refused.id, to: 'in_process' });
  await rpc('requests:transition', {
    id: refused.id,
    to: 'answered',
    decision: 'ditolak',
    heldStatus: 'dikuasai',
    refusalPs17: ['h'],
    consequenceTest: 'Membuka data pribadi pegawai melanggar rahasia pribadi mereka (UU KIP Pasal 17 huruf h).',
    noticeDate: '2026-02-10',
  });
  const withdrawn = await create('2026-02-20T14:00:00+08:00', 'Citra Kirana', '6472016203910001', 'Daftar kegiatan sosialisasi keterbukaan informasi 2026');
  await rpc('requests:transition', { id: withdrawn.id, to: 'withdrawn', note: 'Pemohon menarik permohonan lewat telepon.' });
  await create('2026-03-16T08:30:00+08:00', 'Dedi Kurniawan', '6472011709880004', 'Salinan SOP layanan informasi publik', 'email');
  return { refused };
}

/** The value at a figure path of reports:figures ("requests.refusal_reasons.ps17_h", "requests.by_month.2026-03"). */
function valueAt(figures: Record<string, unknown>, path: string): number {
  const [group, key, sub] = path.split('.') as [string, string, string | undefined];
  const node = (figures[group] as Record<string, unknown>)[key];
  if (key === 'by_month') return (node as { month: string; received: number }[]).find((m) => m.month === sub)!.received;
  if (key === 'by_unit') return (node as { received: number }[])[Number(sub)]!.received;
  return (sub === undefined ? node : (node as Record<string, number>)[sub]) as number;
}

/** Every figure button on the dashboard, as [path, text shown]. */
async function shownFigures(page: Page): Promise<[string, string][]> {
  return page.locator('[data-figure]').evaluateAll((els) => els.map((el) => [el.getAttribute('data-figure')!, el.textContent!.trim()] as [string, string]));
}

async function expectSameNumbers(page: Page, period: string) {
  const figures = await rpc<Record<string, unknown>>('reports:figures', { period });
  const shown = await shownFigures(page);
  expect(shown.length).toBeGreaterThan(40);
  for (const [path, text] of shown) expect(Number(text.replace(/\./g, '')), path).toBe(valueAt(figures, path));
  return figures;
}

describe('Laporan in the browser host', () => {
  it('shows the same numbers as reports:figures, drills into one, saves the narrative, and is axe-clean', async () => {
    const { refused } = await seed();
    const { context, page, errors } = await openApp(browser, host, { hash: '#/reports' });
    const dashboard = page.getByRole('region', { name: 'Ringkasan Tahun 2026' });
    await dashboard.getByRole('button', { name: /^Diterima: \d+\. Lihat kasus$/ }).first().waitFor();
    await expect.poll(() => page.getByTestId('period-label').textContent()).toBe('Periode: Tahun 2026 (1 Januari 2026 s.d. 31 Desember 2026)');

    // 1. The year: every number on the page is the core's; the seeded cases are in it.
    const year = (await expectSameNumbers(page, '2026')) as { requests: { received: number; refused: number; refusal_reasons: { ps17_h: number } } };
    expect(year.requests).toMatchObject({ received: 4, refused: 1, refusal_reasons: { ps17_h: 1 } });
    await dashboard.getByRole('img', { name: /Permohonan diterima per bulan/ }).locator('svg').waitFor();
    await page.screenshot({ path: artifact('reports-dashboard.png') });
    await page.screenshot({ path: artifact('reports-dashboard-full.png'), fullPage: true });
    expect(await seriousViolations(page)).toEqual([]);

    // 2. Triwulan I through the picker: the same again.
    await page.getByLabel('Jenis periode').selectOption('quarter');
    await page.getByLabel('Triwulan', { exact: true }).selectOption('1');
    await page.getByRole('region', { name: 'Ringkasan Triwulan I 2026' }).waitFor();
    await expect.poll(() => page.getByTestId('period-label').textContent()).toBe('Periode: Triwulan I 2026 (1 Januari 2026 s.d. 31 Maret 2026)');
    await expectSameNumbers(page, '2026-Q1');

    // 3. Drill into the refusals under Ps 17 h: the refused request, opened on Permohonan.
    await page.getByRole('button', { name: 'Alasan penolakan: Ps 17 h. Rahasia pribadi: 1. Lihat kasus' }).click();
    const dialog = page.getByRole('dialog', { name: /^Alasan penolakan: Ps 17 h\. Rahasia pribadi — Triwulan I 2026/ });
    const rows = dialog.getByTestId('drill-cases').locator('tbody tr');
    await rows.first().waitFor();
    expect(await rows.count()).toBe(1);
    await expect.poll(() => rows.first().textContent()).toContain('Budi Santoso');
    await page.waitForTimeout(300); // the modal's fade-in, before axe measures contrast
    await page.screenshot({ path: artifact('reports-drilldown.png') });
    expect(await seriousViolations(page)).toEqual([]);
    await dialog.getByRole('link', { name: `Buka ${refused.number} di registernya` }).click();
    await page.getByRole('heading', { level: 1, name: 'Permohonan' }).waitFor();
    await page.getByRole('region', { name: 'Rincian kasus' }).getByRole('heading', { name: refused.number }).waitFor();

    // 4. Back on Laporan (the year again), the narrative of 2026 edited and saved.
    await page.getByRole('link', { name: 'Laporan' }).click();
    const form = page.getByRole('form', { name: 'Uraian laporan tahunan 2026' });
    const policy = form.getByLabel('Gambaran umum kebijakan pelayanan informasi publik');
    await policy.fill('PPID Utama ditetapkan dengan Keputusan Gubernur; SOP layanan diperbarui Februari 2026.');
    await form.getByLabel('Kendala eksternal dan internal').fill('Jaringan internet di ruang layanan sering terputus.');
    await form.getByRole('button', { name: 'Simpan uraian' }).click();
    await form.getByText('Uraian tahun 2026 tersimpan.').waitFor();
    const saved = await rpc<{ sections: Record<string, string>; updatedAt: string | null }>('reports:getNarrative', { year: 2026 });
    expect(saved.sections).toMatchObject({ policy: 'PPID Utama ditetapkan dengan Keputusan Gubernur; SOP layanan diperbarui Februari 2026.', obstacles: 'Jaringan internet di ruang layanan sering terputus.' });
    expect(saved.updatedAt).not.toBeNull();
    await form.scrollIntoViewIfNeeded();
    await page.screenshot({ path: artifact('reports-narrative.png') });
    expect(await seriousViolations(page)).toEqual([]);

    expect(errors).toEqual([]);
    await context.close();
  });
});
