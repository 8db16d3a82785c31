// The maklumat pelayanan from Pengaturan in Chromium against the real host: the A3 PDF poster is
// a real download of one A3 sheet naming the tariff; and the case pane of a request charged from
// the tariff shows its cost lines. Screenshots land in tests/e2e/artifacts/ for a human look.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './helpers/browser';
import { startHostProcess, type HostProcess } from './helpers/host';
import { artifact, artifactsDir, hostRpc, OFFICE_PROFILE, openApp } from './helpers/app';
import { tempDir } from '../helpers/tempDir';

const NOW = '2026-11-23T10:00:00+08:00';

let browser: Browser;
let host: HostProcess;
beforeAll(async () => {
  browser = await launchChromium();
  host = await startHostProcess(tempDir('ppid-e2e-maklumat-'), { now: NOW });
  const rpc = hostRpc(host);
  await rpc('settings:saveProfile', OFFICE_PROFILE);
  await rpc('tariff:save', {
    decreeNumber: '188.4/12/PPID/2026',
    decreeDate: '2026-01-02',
    items: [
      { kind: 'halaman', label: 'Fotokopi A4', unit: 'lembar', priceRp: 500 },
      { kind: 'media', label: 'Flashdisk 8 GB', unit: 'buah', priceRp: 75000 },
    ],
  });
});
afterAll(async () => {
  await browser?.close();
  await host?.stop();
});

describe('maklumat pelayanan and cost lines in the browser host', () => {
  it('downloads the A3 poster from Pengaturan', async () => {
    const { page, errors } = await openApp(browser, host, { hash: '#/settings?section=maklumat' });
    const section = page.getByRole('group', { name: 'Maklumat pelayanan informasi publik' });
    await section.getByRole('button', { name: 'Unduh maklumat' }).waitFor();
    await section.scrollIntoViewIfNeeded();
    const axe = await new AxeBuilder({ page }).include('#maklumat').analyze();
    expect(axe.violations.map((v) => v.id)).toEqual([]);
    const [download] = await Promise.all([page.waitForEvent('download'), section.getByRole('button', { name: 'Unduh maklumat' }).click()]);
    expect(download.suggestedFilename()).toBe('maklumat-pelayanan-a3.pdf');
    const file = path.join(artifactsDir(), 'maklumat-pelayanan-a3.pdf');
    await download.saveAs(file);
    expect(execFileSync('pdfinfo', [file], { encoding: 'utf8' })).toMatch(/Pages:\s+1\n[\s\S]*Page size:\s+841\.89 x 1190\.55 pts/);
    expect(execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' })).toContain('Rp75.000');
    await section.getByText('Maklumat pelayanan diunduh: maklumat-pelayanan-a3.pdf.').waitFor();
    await section.screenshot({ path: artifact('maklumat-section.png') });
    expect(errors).toEqual([]);
  }, 60_000);

  it('shows the cost lines of a request charged from the tariff in the case pane', async () => {
    const rpc = hostRpc(host);
    const request = await rpc('requests:create', {
      channel: 'langsung',
      requester: { name: 'Nur’aini Siregar', idType: 'nik', idNumber: '6472014512900003', address: 'Jl. Juanda No. 5, Samarinda', phone: '0812-5555-1234', email: 'ani@contoh.id' },
      information: 'Salinan laporan realisasi anggaran 2026',
      purpose: 'Bahan liputan',
      accessMethod: ['salinan_hardcopy'],
      deliveryMethod: 'ambil_langsung',
    });
    await rpc('requests:transition', { id: request.id, to: 'in_process' });
    const tariff = await rpc<{ items: Array<{ id: number }> }>('tariff:get', {});
    await rpc('requests:transition', { id: request.id, to: 'answered', decision: 'diterima_seluruhnya', heldStatus: 'dikuasai', costItems: [{ tariffId: tariff.items[0]!.id, quantity: 40 }, { tariffId: tariff.items[1]!.id, quantity: 1 }] });
    const { page, errors } = await openApp(browser, host, { hash: `#/requests?open=${request.id}` });
    const pane = page.getByRole('region', { name: 'Rincian kasus' });
    const table = pane.getByRole('table', { name: 'Rincian biaya salinan' });
    await table.waitFor();
    expect((await table.innerText()).replace(/\s+/g, ' ')).toContain('Fotokopi A4 40 lembar Rp500 Rp20.000');
    expect(await table.innerText()).toContain('Rp95.000');
    await table.scrollIntoViewIfNeeded();
    await pane.screenshot({ path: artifact('case-cost-lines.png') });
    expect(errors).toEqual([]);
  }, 60_000);
});
