// Backups in the real browser host (issue 10): the host makes the day's automatic backup after it
// opens the archive; Pengaturan › Cadangan lists it, makes another with progress, offers no restore
// (browser), and is axe-clean; the running host holds archive.lock, so `ppid-desk restore` exits 3.
import fs from 'node:fs';
import path from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, officeContext } from './helpers/browser';
import { startHostProcess, type HostProcess } from './helpers/host';
import { runCli } from '../helpers/cli';
import { tempDir } from '../helpers/tempDir';

const artifacts = path.resolve(__dirname, 'artifacts');
fs.mkdirSync(artifacts, { recursive: true });

let browser: Browser;
let host: HostProcess;
let dataDir: string;
beforeAll(async () => {
  browser = await launchChromium();
  dataDir = tempDir('ppid-e2e-backup-');
  host = await startHostProcess(dataDir, { now: '2026-11-23T10:00:00+08:00' });
});
afterAll(async () => {
  await browser?.close();
  await host?.stop();
});

const serious = async (page: Page) =>
  (await new AxeBuilder({ page }).analyze()).violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);

describe('backups in the browser host', () => {
  it('lists the automatic backup, makes one by hand, offers no restore, and keeps the CLI restore out', async () => {
    const context = await officeContext(browser);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(host.url);
    await page.getByRole('heading', { level: 1, name: 'Kotak Masuk' }).waitFor();
    // Once the automatic backup of the day is made, Kotak Masuk has nothing to warn about.
    await page.getByRole('region', { name: 'Belum ada cadangan arsip.' }).waitFor({ state: 'detached', timeout: 30_000 });

    await page.getByRole('navigation').getByRole('link', { name: 'Pengaturan', exact: true }).click();
    const section = page.getByRole('group', { name: 'Cadangan' });
    const table = section.getByRole('table', { name: 'Cadangan di folder ini (terbaru di atas)' });
    await table.getByRole('row', { name: /Senin, 23 November 2026 10\.00 .*Lolos.*Otomatis \(buka\)/ }).waitFor({ timeout: 30_000 });

    await section.getByRole('button', { name: 'Buat cadangan sekarang' }).click();
    await section.getByText(/^Cadangan tersimpan dan lolos pemeriksaan: ppid-desk-20261123-\d{6}(-2)?\.db\.$/).waitFor({ timeout: 30_000 });
    await expect(table.getByRole('row').count()).resolves.toBe(3); // header + 2
    await expect(table.getByRole('row').nth(1).textContent()).resolves.toMatch(/Dibuat sendiri/);
    await expect(section.getByRole('button', { name: /^Pulihkan/ }).count()).resolves.toBe(0);
    await section.getByText(/Pemulihan hanya dapat dilakukan di aplikasi desktop/).waitFor();
    await section.screenshot({ path: path.join(artifacts, 'settings-backup.png') });
    expect(await serious(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();

    const backups = fs.readdirSync(path.join(dataDir, 'backups')).filter((n) => n.endsWith('.db'));
    expect(backups).toHaveLength(2);
    const restore = runCli(['--data-dir', dataDir, 'restore', path.join(dataDir, 'backups', backups[0]!), '--yes']);
    expect(restore.code).toBe(3);
    expect(restore.stderr).toMatch(/^Arsip sedang dibuka oleh aplikasi lain \(PID \d+: PPID Desk di peramban/);
  });
});
