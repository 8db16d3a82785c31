// `ppid-desk pdp anonymise` and `ppid-desk pdp export`, run as the real bin in a child process on an
// archive of 2024-2025 cases (the CLI runs on today's date: the 2024 cases are years past a 1-year retention).
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../../electron/core/db/connection';
import { call } from '../../../helpers/core';
import { runCli } from '../../../helpers/cli';
import { tempDir } from '../../../helpers/tempDir';
import { BONIFASIUS, buildScenario, YOHANES, ZULAIKHA } from '../../core/pdp/scenario';

async function archive(): Promise<string> {
  const dir = tempDir();
  const { core } = await buildScenario(dir);
  await call(core, 'pdp:setRetention', { years: 1 });
  core.close();
  return dir;
}

function names(dir: string): string[] {
  const db = openDatabase(path.join(dir, 'archive.db'), { readonly: true, fileMustExist: true });
  try {
    return db.prepare('SELECT name FROM requesters ORDER BY id').pluck().all() as string[];
  } finally {
    db.close();
  }
}

describe('ppid-desk pdp anonymise', () => {
  it('lists with --dry-run and changes nothing, then anonymises and says how much', async () => {
    const dir = await archive();
    const before = names(dir);
    const dry = runCli(['--data-dir', dir, 'pdp', 'anonymise', '--dry-run']);
    expect(dry.stderr).toBe('');
    expect(dry.code).toBe(0);
    expect(dry.stdout).toMatch(/^Pratinjau \(tidak ada yang diubah\)\. Masa retensi 1 tahun; hari ini \d{4}-\d{2}-\d{2}: perkara yang ditutup pada atau sebelum \d{4}-\d{2}-\d{2} dianonimkan\.\n/);
    expect(dry.stdout).toContain('001/PPID/III/2024\tditutup 2024-03-05\n');
    expect(dry.stdout).toContain('002/PPID/III/2024\tditutup 2024-06-20\tkeberatan 001/KEB/PPID/III/2024\tsengketa 1\n');
    expect(dry.stdout).not.toContain('003/PPID/III/2024');
    expect(dry.stdout).toMatch(/Akan dianonimkan: \d+ perkara/);
    expect(names(dir)).toEqual(before);

    const json = runCli(['--data-dir', dir, 'pdp', 'anonymise', '--dry-run', '--json']);
    const report = JSON.parse(json.stdout) as { dryRun: boolean; cases: { number: string }[]; auditSeq: number | null };
    expect(report).toMatchObject({ dryRun: true, auditSeq: null });
    expect(report.cases.map((c) => c.number)).toEqual(expect.arrayContaining(['001/PPID/III/2024', '002/PPID/III/2024']));

    const run = runCli(['--data-dir', dir, 'pdp', 'anonymise']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(new RegExp(`Dianonimkan: ${report.cases.length} perkara .* Log audit nomor \\d+\\.\\n$`));
    const after = names(dir);
    expect(after).not.toContain(ZULAIKHA.name);
    expect(after).not.toContain(BONIFASIUS.name);
    expect(after).toContain(YOHANES.name);
    expect(after.filter((n) => n === '[dihapus]')).toHaveLength(report.cases.length);
    // The archive stays whole: integrity, foreign keys, audit chain, blob files.
    expect(runCli(['--data-dir', dir, 'check'])).toMatchObject({ code: 0 });
  }, 60_000);
});

describe('ppid-desk pdp export', () => {
  it('writes the JSON by NIK and the PDF by requester id, readable by the owner only, never over a file', async () => {
    const dir = await archive();
    const out = tempDir();
    const json = path.join(out, 'yohanes.json');
    const byNik = runCli(['--data-dir', dir, 'pdp', 'export', '--nik', YOHANES.idNumber, '--format', 'json', '--out', json]);
    expect(byNik.stderr).toBe('');
    expect(byNik).toMatchObject({ code: 0, stdout: `Data pemohon: 1 permohonan, 0 surat, ${(JSON.parse(fs.readFileSync(json, 'utf8')) as { audit: unknown[] }).audit.length} catatan audit → ${json}\n` });
    expect(JSON.parse(fs.readFileSync(json, 'utf8'))).toMatchObject({ requesters: [{ name: YOHANES.name, idNumber: YOHANES.idNumber }] });
    if (process.platform !== 'win32') expect(fs.statSync(json).mode & 0o777).toBe(0o600);
    expect(runCli(['--data-dir', dir, 'pdp', 'export', '--nik', YOHANES.idNumber, '--format', 'json', '--out', json])).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('sudah ada; pilih nama lain atau tambahkan --force') as string,
    });

    const pdf = path.join(out, 'yohanes.pdf');
    expect(runCli(['--data-dir', dir, 'pdp', 'export', '--requester', '3', '--format', 'pdf', '--out', pdf]).code).toBe(0);
    expect(fs.readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
  }, 60_000);

  it('exits 2 with a message for a missing or double key, a bad NIK, an unknown person', async () => {
    const dir = await archive();
    const out = path.join(tempDir(), 'x.json');
    expect(runCli(['--data-dir', dir, 'pdp', 'export', '--format', 'json', '--out', out])).toMatchObject({ code: 2, stderr: 'Sebutkan salah satu: --nik NIK atau --requester ID.\n' });
    expect(runCli(['--data-dir', dir, 'pdp', 'export', '--nik', YOHANES.idNumber, '--requester', '3', '--format', 'json', '--out', out]).code).toBe(2);
    expect(runCli(['--data-dir', dir, 'pdp', 'export', '--requester', 'abc', '--format', 'json', '--out', out]).stderr).toMatch(/--requester harus nomor data pemohon/);
    expect(runCli(['--data-dir', dir, 'pdp', 'export', '--nik', '12345', '--format', 'json', '--out', out])).toMatchObject({ code: 2, stderr: expect.stringContaining('NIK harus 16 digit') as string });
    expect(runCli(['--data-dir', dir, 'pdp', 'export', '--nik', '6472010101990009', '--format', 'json', '--out', out])).toMatchObject({
      code: 2,
      stderr: 'Tidak ada pemohon dengan NIK ************0009 di arsip ini (atau datanya sudah dianonimkan).\n',
    });
    expect(runCli(['--data-dir', dir, 'pdp', 'export', '--nik', YOHANES.idNumber, '--format', 'xml', '--out', out]).code).toBe(2);
    expect(fs.existsSync(out)).toBe(false);
  }, 60_000);
});
