// Data pribadi (UU 27/2022) in the browser host: Pengaturan › Data pribadi previews and anonymises
// the 2024 cases a year past retention; the request pane asks a reason before showing a NIK and
// downloads the requester's data. axe-clean with the preview list and the confirmation open.
//
// The archive is built through the core with a 2024 clock (tests/electron/core/pdp/scenario.ts);
// the host runs at 10 March 2026 10:00 WITA, retention 1 year → cutoff 10 March 2025.
import fs from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call } from '../helpers/core';
import { tempDir } from '../helpers/tempDir';
import { buildScenario, YOHANES } from '../electron/core/pdp/scenario';
import { artifact, hostRpc, openApp, seriousViolations } from './helpers/app';
import { launchChromium } from './helpers/browser';
import { startHostProcess, type HostProcess } from './helpers/host';

const NOW = '2026-03-10T10:00:00+08:00';

let browser: Browser;
let host: HostProcess;
beforeAll(async () => {
  const dataDir = tempDir('ppid-e2e-pdp-');
  const { core } = await buildScenario(dataDir);
  await call(core, 'pdp:setRetention', { years: 1 });
  core.close();
  browser = await launchChromium();
  host = await startHostProcess(dataDir, { now: NOW });
});
afterAll(async () => {
  await browser?.close();
  await host?.stop();
});

describe('personal data in the browser host', () => {
  it('previews, confirms and anonymises the cases past retention in Pengaturan', async () => {
    const { context, page, errors } = await openApp(browser, host, { hash: '#/settings', clock: new Date(NOW) });
    const section = page.getByRole('group', { name: 'Data pribadi (UU 27/2022)' });
    await section.getByLabel(/Masa retensi/).waitFor();
    expect(await section.getByLabel(/Masa retensi/).inputValue()).toBe('1');
    await section.getByRole('button', { name: 'Pratinjau' }).click();
    await section.getByText('2 perkara yang ditutup pada atau sebelum 10 Maret 2025 akan dianonimkan, beserta 1 wartawan.').waitFor();
    expect(await section.getByRole('table', { name: 'Perkara yang akan dianonimkan' }).getByRole('row').count()).toBe(3);
    await section.getByRole('button', { name: 'Anonimkan sekarang' }).click();
    await section.getByRole('alertdialog', { name: 'Anonimkan 2 perkara?' }).waitFor();
    await section.scrollIntoViewIfNeeded();
    await page.screenshot({ path: artifact('pdp-confirm.png'), fullPage: true });
    expect(await seriousViolations(page)).toEqual([]);
    await section.getByRole('button', { name: 'Ya, anonimkan' }).click();
    await section.getByText(/^Selesai: 2 perkara dan 1 wartawan dianonimkan \(log audit nomor \d+\)\.$/).waitFor();
    const rpc = hostRpc(host);
    const first = await rpc<{ requester: { name: string; idNumberMasked: string } }>('requests:get', { id: 1 });
    expect(first.requester).toMatchObject({ name: '[dihapus]', idNumberMasked: '[dihapus]' });
    expect(errors).toEqual([]);
    await context.close();
  });

  it('asks why before showing a NIK, and downloads the requester’s data', async () => {
    const { context, page, errors } = await openApp(browser, host, { clock: new Date(NOW) });
    const list = page.getByRole('listbox', { name: 'Daftar kasus terbuka, urut tenggat' });
    await list.getByRole('option', { name: /003\/PPID\/III\/2024/ }).click();
    const pane = page.getByRole('region', { name: 'Rincian kasus' });
    await pane.getByRole('heading', { name: '003/PPID/III/2024' }).waitFor();
    await pane.getByRole('button', { name: 'Tampilkan NIK' }).click();
    await pane.getByLabel('Alasan membuka NIK').fill('cek');
    await pane.getByRole('button', { name: 'Tampilkan', exact: true }).click();
    await pane.getByText(/sedikitnya 10 karakter/).waitFor();
    await pane.getByLabel('Alasan membuka NIK').fill('Verifikasi identitas pemohon di loket.');
    await pane.getByRole('button', { name: 'Tampilkan', exact: true }).click();
    await expect.poll(() => pane.getByTestId('id-number').textContent()).toBe(YOHANES.idNumber);

    await pane.getByRole('button', { name: 'Ekspor data pemohon' }).click();
    const form = pane.getByRole('form', { name: 'Ekspor data pemohon' });
    await form.getByLabel('Format ekspor').selectOption('json');
    expect(await seriousViolations(page)).toEqual([]);
    const [download] = await Promise.all([page.waitForEvent('download'), form.getByRole('button', { name: 'Unduh' }).click()]);
    expect(download.suggestedFilename()).toBe('data-pribadi-003-PPID-III-2024.json');
    const file = artifact('pdp-export.json');
    await download.saveAs(file);
    const doc = JSON.parse(fs.readFileSync(file, 'utf8')) as { requesters: { name: string }[]; audit: { action: string }[] };
    expect(doc.requesters.map((q) => q.name)).toEqual([YOHANES.name]);
    // The reveal just made is in the person's record of processing.
    expect(doc.audit.map((a) => a.action)).toContain('request.requester.revealNik');
    await pane.getByText(/^Data pemohon diekspor: 1 permohonan/).waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });
});
