// `ppid-desk report`, run as the real bin in a child process: the JSON of a seeded year matches an
// independent count of it (issue 12, "Done when"); files are never overwritten without --force.
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import os from 'node:os';
import { createCore } from '../../../../electron/core';
import { createCalendar, SHIPPED_CALENDAR } from '../../../../shared/domain/calendar';
import { openDatabase } from '../../../../electron/core/db/connection';
import { runCli } from '../../../helpers/cli';
import { fixedClock } from '../../../helpers/core';
import { tempDir } from '../../../helpers/tempDir';
import { loadRows, localDate, oracle } from '../../core/reports/oracle';
import { seedYear } from '../../core/reports/scenario';

let dir: string;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ppid-report-cli-'));
  const clock = fixedClock('2026-01-01T00:00:00Z');
  const core = createCore({ dataDir: dir, clock, actor: 'tester', host: 'test', lock: 'shared' });
  try {
    await seedYear(core, clock, { requests: 60, seed: 5 });
  } finally {
    core.close();
  }
  return () => fs.rmSync(dir, { recursive: true, force: true });
}, 120_000);

describe('ppid-desk report', () => {
  it('--period 2026 --format json matches an independent count of the seeded year', () => {
    const result = runCli(['--data-dir', dir, 'report', '--period', '2026', '--format', 'json', '--out', '-']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const { period, generated_at: generatedAt, ...figures } = JSON.parse(result.stdout);
    expect(period).toEqual({ key: '2026', kind: 'year', from: '2026-01-01', to: '2026-12-31', label: 'Tahun 2026' });
    const db = openDatabase(path.join(dir, 'archive.db'), { readonly: true, fileMustExist: true });
    try {
      expect(figures).toEqual(oracle(loadRows(db), '2026-01-01', '2026-12-31', localDate(generatedAt), createCalendar(SHIPPED_CALENDAR)));
      expect(figures.requests.received).toBeGreaterThan(50);
    } finally {
      db.close();
    }
  }, 60_000);

  it('writes a file, refuses to overwrite it without --force, and names it in Indonesian', () => {
    const out = path.join(tempDir(), 'laporan.json');
    const first = runCli(['--data-dir', dir, 'report', '--period', '2026-S1', '--format', 'json', '--out', out]);
    expect(first).toMatchObject({ code: 0, stderr: '' });
    expect(first.stdout).toMatch(/^Laporan 2026-S1 \(json\) → .*laporan\.json\nSHA-256 [0-9a-f]{64}\n$/);
    expect(JSON.parse(fs.readFileSync(out, 'utf8')).period.label).toBe('Semester I 2026');
    const again = runCli(['--data-dir', dir, 'report', '--period', '2026-S1', '--format', 'json', '--out', out]);
    expect(again).toMatchObject({ code: 2, stderr: expect.stringContaining('sudah ada; pilih nama lain atau tambahkan --force') });
    expect(runCli(['--data-dir', dir, 'report', '--period', '2026-Q2', '--format', 'json', '--out', out, '--force']).code).toBe(0);
    expect(JSON.parse(fs.readFileSync(out, 'utf8')).period.label).toBe('Triwulan II 2026');
  }, 60_000);

  it('exits 2 on a period it cannot read, a format it does not know, and --out - for a document', () => {
    const bad = runCli(['--data-dir', dir, 'report', '--period', '2026-Q5', '--format', 'json', '--out', '-']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/Periode "2026-Q5" tidak dikenali/);
    expect(runCli(['--data-dir', dir, 'report', '--period', '2026', '--format', 'html', '--out', '-']).code).toBe(2);
    const pdf = runCli(['--data-dir', dir, 'report', '--period', '2026', '--format', 'pdf', '--out', '-']);
    expect(pdf).toMatchObject({ code: 2, stderr: 'Keluaran ke layar (--out -) hanya untuk format json; untuk pdf, docx dan xlsx sebutkan nama berkas.\n' });
  }, 60_000);
});
