// Two officers on one archive (issue 14, "Concurrency"): two browser contexts against one host
// open the same request; A extends it; B's extension, typed in a form B opened before A saved,
// is refused with "Sudah diubah oleh … pukul …; muat ulang." and B's typed reason stays; B's inbox
// shows A's new due date without a manual reload (the host's event stream). A and B are two PPID
// accounts, each signed in in its own browser context.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './helpers/browser';
import { startHostProcess, type HostProcess } from './helpers/host';
import { artifact, hostRpc, openApp } from './helpers/app';
import { requestInput } from '../helpers/requestInput';
import { tempDir } from '../helpers/tempDir';

const NOW = '2026-03-17T11:00:00+08:00';
const ANI = { username: 'ani', password: 'kata-sandi-ani-12345', name: 'Ani Wulandari' };
const BUDI = { username: 'budi', password: 'kata-sandi-budi-12345', name: 'Budi Santoso' };

let browser: Browser;
let host: HostProcess;
beforeAll(async () => {
  browser = await launchChromium();
  host = await startHostProcess(tempDir('ppid-e2e-conc-'), { now: NOW });
});
afterAll(async () => {
  await browser?.close();
  await host?.stop();
});

/** Opens the request from the inbox list; returns its detail pane. */
async function openFromInbox(page: Page, number: string) {
  const list = page.getByRole('listbox', { name: 'Daftar kasus terbuka, urut tenggat' });
  const row = list.getByRole('option').filter({ hasText: number });
  await row.waitFor();
  await row.click();
  const pane = page.getByRole('region', { name: 'Rincian kasus' });
  await pane.getByRole('heading', { name: number }).waitFor();
  return { list, row, pane };
}

describe('two officers on one request', () => {
  it('refuses the stale save with the conflict message and refreshes the other inbox', async () => {
    const rpc = hostRpc(host);
    const created = await rpc<{ id: number; number: string }>('requests:create', requestInput());
    for (const who of [ANI, BUDI]) await rpc('officers:add', { username: who.username, password: who.password, name: who.name, roles: ['ppid'] });
    await hostRpc(host, ANI)('requests:transition', { id: created.id, to: 'in_process', note: '' });

    const a = await openApp(browser, host, { hash: '#/inbox', clock: new Date(NOW), as: ANI });
    const b = await openApp(browser, host, { hash: '#/inbox', clock: new Date(NOW), as: BUDI });
    const paneA = (await openFromInbox(a.page, created.number)).pane;
    const { pane: paneB, row: rowB } = await openFromInbox(b.page, created.number);
    expect(await rowB.textContent()).toContain('Tenggat 8 April 2026');

    // B opens the extension form and types a reason; meanwhile A extends.
    await paneB.getByRole('button', { name: 'Perpanjang', exact: true }).click();
    const reasonB = paneB.getByLabel('Alasan perpanjangan');
    await reasonB.fill('Dokumen masih di bidang anggaran.');
    await paneA.getByRole('button', { name: 'Perpanjang', exact: true }).click();
    await paneA.getByLabel('Alasan perpanjangan').fill('Informasi tersebar di beberapa bidang dan perlu dihimpun.');
    await paneA.getByRole('button', { name: 'Simpan perpanjangan' }).click();
    await paneA.getByText('Tenggat diperpanjang sampai 17 April 2026.').waitFor();

    // B's inbox shows A's change by itself (no reload, no click).
    await expect.poll(() => rowB.textContent(), { timeout: 10_000 }).toContain('Tenggat 17 April 2026');

    // B saves on the version B opened the form on: refused, named, nothing overwritten.
    await paneB.getByRole('button', { name: 'Simpan perpanjangan' }).click();
    const conflict = paneB.getByTestId('conflict');
    await conflict.waitFor();
    expect(await conflict.textContent()).toMatch(/Sudah diubah oleh Ani Wulandari pukul 11\.0\d; muat ulang\./);
    expect(await reasonB.inputValue()).toBe('Dokumen masih di bidang anggaran.');
    await b.page.screenshot({ path: artifact('concurrency-conflict.png') });
    const stored = await rpc<{ extensionReason: string; version: number }>('requests:get', { id: created.id });
    expect(stored.extensionReason).toBe('Informasi tersebar di beberapa bidang dan perlu dihimpun.');

    // "Muat ulang": the newer data comes in, B's typing stays for B to re-apply or drop.
    await conflict.getByRole('button', { name: 'Muat ulang' }).click();
    await paneB.getByText(/Data terbaru sudah dimuat/).waitFor();
    expect(await reasonB.inputValue()).toBe('Dokumen masih di bidang anggaran.');
    await expect.poll(() => paneB.getByTestId('current-due').textContent()).toBe('Tenggat 17 April 2026');
    // Saving again now meets the core's own rule (one extension only), not a silent overwrite.
    await paneB.getByRole('button', { name: 'Simpan perpanjangan' }).click();
    await paneB.getByText(/sudah diperpanjang sampai 17 April 2026/).waitFor();
    await b.page.screenshot({ path: artifact('concurrency-reloaded.png') });
    expect((await rpc<{ extensionReason: string }>('requests:get', { id: created.id })).extensionReason).toBe('Informasi tersebar di beberapa bidang dan perlu dihimpun.');

    expect([...a.errors, ...b.errors]).toEqual([]);
    await a.context.close();
    await b.context.close();
  });
});
