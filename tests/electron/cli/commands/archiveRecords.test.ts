// `ppid-desk archive history|download|withdraw`, as the real bin: the import history filtered by
// verdict, the original saved byte for byte (and audited), a document withdrawn with its reason.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../helpers/cli';
import { makeDocx } from '../../../helpers/archiveFixtures';
import { testCore } from '../../../helpers/core';
import { auditRows } from '../../../helpers/requests';
import { tempDir } from '../../../helpers/tempDir';

async function importedArchive() {
  const data = tempDir();
  const src = tempDir();
  const docx = await makeDocx({ title: 'Rencana Strategis Diskominfo', paragraphs: ['Keterbukaan informasi publik.'] });
  fs.writeFileSync(path.join(src, 'renstra.docx'), docx);
  fs.writeFileSync(path.join(src, 'palsu.pdf'), 'bukan pdf');
  const run = runCli(['--data-dir', data, 'import', src, '--json']);
  expect(run.code, run.stderr).toBe(0);
  const id = (JSON.parse(run.stdout) as { items: { verdict: string; documentId: number | null }[] }).items.find((i) => i.verdict === 'imported')!.documentId!;
  return { data, docx, id };
}

describe('ppid-desk archive', () => {
  it('lists the import history, filtered by verdict, and refuses an unknown verdict', async () => {
    const { data } = await importedArchive();
    const all = runCli(['--data-dir', data, 'archive', 'history']);
    expect(all.code, all.stderr).toBe(0);
    expect(all.stdout).toMatch(/DIIMPOR .*renstra\.docx {2}→ #\d+ "Rencana Strategis Diskominfo"/);
    expect(all.stdout).toMatch(/DITOLAK .*palsu\.pdf/);
    expect(all.stdout.trim().split('\n').at(-1)).toBe('2 berkas.');
    const rejected = JSON.parse(runCli(['--data-dir', data, 'archive', 'history', '--verdict', 'rejected', '--json']).stdout) as { name: string }[];
    expect(rejected.map((i) => i.name)).toEqual(['palsu.pdf']);
    expect(runCli(['--data-dir', data, 'archive', 'history', '--verdict', 'gagal'])).toMatchObject({ code: 2, stderr: expect.stringContaining('--verdict tidak dikenal: gagal') });
  }, 120_000);

  it('saves the original byte for byte, audited, and never over an existing file without --force', async () => {
    const { data, docx, id } = await importedArchive();
    const out = path.join(tempDir(), 'asli.docx');
    expect(runCli(['--data-dir', data, 'archive', 'download', String(id), '--out', out])).toMatchObject({ code: 0 });
    expect(Buffer.compare(fs.readFileSync(out), Buffer.from(docx))).toBe(0);
    expect(runCli(['--data-dir', data, 'archive', 'download', String(id), '--out', out])).toMatchObject({ code: 2, stderr: expect.stringContaining('--force') });
    const core = testCore({ dataDir: data });
    expect(auditRows(core).filter((r) => r.action === 'archive.download')).toHaveLength(1);
    core.close();
  }, 120_000);

  it('withdraws a document with its reason; it leaves the history marked withdrawn; a short reason is refused', async () => {
    const { data, id } = await importedArchive();
    expect(runCli(['--data-dir', data, 'archive', 'withdraw', String(id), '--reason', 'x'])).toMatchObject({ code: 2, stderr: expect.stringContaining('alasan penarikan') });
    const done = runCli(['--data-dir', data, 'archive', 'withdraw', `#${id}`, '--reason', 'Memuat data pribadi pemohon.']);
    expect(done.code, done.stderr).toBe(0);
    expect(done.stdout).toContain(`Dokumen #${id} "Rencana Strategis Diskominfo" (renstra.docx) ditarik dari arsip.`);
    expect(runCli(['--data-dir', data, 'archive', 'history', '--verdict', 'imported']).stdout).toContain(`#${id} (ditarik)`);
    expect(runCli(['--data-dir', data, 'archive', 'download', String(id), '--out', path.join(tempDir(), 'x.docx')]).code).toBe(2);
  }, 120_000);
});
