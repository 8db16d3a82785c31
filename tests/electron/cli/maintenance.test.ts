import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCore } from '../../../electron/core';
import { LATEST_SCHEMA_VERSION } from '../../../electron/core/db/migrations';
import { runCli } from '../../helpers/cli';
import { makePng } from '../../helpers/images';
import { validProfile } from '../../helpers/core';
import { tempDir } from '../../helpers/tempDir';

async function filledArchive(): Promise<string> {
  const dir = tempDir();
  const core = createCore({ dataDir: dir, host: 'test', actor: 'admin' });
  await core.handle('settings:saveProfile', validProfile);
  await core.handle('settings:setLogo', { fileName: 'logo.png', dataBase64: makePng(120, 120).toString('base64') });
  core.close();
  return dir;
}

describe('ppid-desk check', () => {
  it('exits 0 on a fresh data folder, creating the archive', () => {
    const dir = tempDir();
    const { code, stdout } = runCli(['--data-dir', dir, 'check']);
    expect(stdout).toContain('Arsip utuh.');
    expect(code).toBe(0);
    expect(fs.existsSync(path.join(dir, 'archive.db'))).toBe(true);
  });

  it('exits 0 on a used archive and accepts --data-dir after the command', async () => {
    const dir = await filledArchive();
    const { code, stdout } = runCli(['check', '--data-dir', dir]);
    expect(stdout).toMatch(/rantai audit: 2 entri utuh/);
    expect(stdout).toMatch(/berkas blob: 1 berkas utuh/);
    expect(code).toBe(0);
  });

  it('exits non-zero on a damaged database file', async () => {
    const dir = await filledArchive();
    const file = path.join(dir, 'archive.db');
    const bytes = fs.readFileSync(file);
    bytes.fill(0x5a, 4096, 4096 + 2000); // scribble over the second page
    fs.writeFileSync(file, bytes);
    const { code, stdout } = runCli(['--data-dir', dir, 'check']);
    expect(code).toBe(1);
    expect(stdout).toMatch(/GAGAL/);
    expect(stdout).toMatch(/TIDAK utuh/);
  });

  it('exits non-zero when a file that is not SQLite sits where the database should be', () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'archive.db'), 'ini bukan basis data'.repeat(100));
    const { code, stdout } = runCli(['--data-dir', dir, 'check']);
    expect(code).toBe(1);
    expect(stdout).toMatch(/tidak dapat dibuka sebagai basis data|rusak/);
  });

  it('exits non-zero when the audit log was edited', async () => {
    const dir = await filledArchive();
    const Database = (await import('better-sqlite3-multiple-ciphers')).default;
    const db = new Database(path.join(dir, 'archive.db'));
    db.prepare("UPDATE audit_log SET actor = 'orang lain' WHERE seq = 1").run();
    db.close();
    const { code, stdout } = runCli(['--data-dir', dir, 'check', '--json']);
    expect(code).toBe(1);
    const report = JSON.parse(stdout);
    expect(report.lines).toContainEqual({ name: 'rantai audit', ok: false, detail: 'Entri audit 1 telah diubah setelah dicatat.' });
  });

  it('exits non-zero when a blob file is missing', async () => {
    const dir = await filledArchive();
    const blobs = path.join(dir, 'blobs');
    for (const sub of fs.readdirSync(blobs)) if (sub !== 'tmp') fs.rmSync(path.join(blobs, sub), { recursive: true });
    const { code, stdout } = runCli(['--data-dir', dir, 'check']);
    expect(code).toBe(1);
    expect(stdout).toMatch(/1 berkas hilang/);
  });
});

describe('ppid-desk info', () => {
  it('prints paths, schema version and counts as JSON', async () => {
    const dir = await filledArchive();
    const { code, stdout } = runCli(['--data-dir', dir, 'info', '--json']);
    expect(code).toBe(0);
    const info = JSON.parse(stdout);
    expect(info).toMatchObject({ dataDir: dir, exists: true, schemaVersion: LATEST_SCHEMA_VERSION, counts: { settings: 2, audit_log: 2, blobs: 1 } });
  });
});

describe('ppid-desk backup', () => {
  it('writes a verified copy with its blob files, which a core can open', async () => {
    const dir = await filledArchive();
    const target = path.join(tempDir(), 'cadangan', 'arsip.db');
    const { code, stdout } = runCli(['--data-dir', dir, 'backup', target]);
    expect(stdout).toMatch(/Cadangan tersimpan: .*arsip\.db/);
    expect(code).toBe(0);
    // Restore = copy the file back as archive.db and the blobs beside it.
    const restored = tempDir();
    fs.copyFileSync(target, path.join(restored, 'archive.db'));
    fs.cpSync(`${target}.blobs`, path.join(restored, 'blobs'), { recursive: true });
    const core = createCore({ dataDir: restored, host: 'test' });
    const profile = await core.handle('settings:getProfile', {});
    const logo = await core.handle('settings:getLogo', {});
    core.close();
    expect(profile).toMatchObject({ ok: true, value: { city: 'Samarinda' } });
    expect(logo).toMatchObject({ ok: true, value: { mimeType: 'image/png' } });
    expect(runCli(['--data-dir', restored, 'check']).code).toBe(0);
  });

  it('defaults to the backups folder and never overwrites an existing backup', async () => {
    const dir = await filledArchive();
    expect(runCli(['--data-dir', dir, 'backup']).code).toBe(0);
    const files = fs.readdirSync(path.join(dir, 'backups')).filter((f) => f.endsWith('.db'));
    expect(files).toHaveLength(1);
    const again = runCli(['--data-dir', dir, 'backup', path.join(dir, 'backups', files[0]!)]);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/sudah ada/);
  });

  it('refuses with exit 2 when there is nothing to back up', () => {
    const { code, stderr } = runCli(['--data-dir', tempDir(), 'backup']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/Tidak ada basis data/);
  });
});

describe('ppid-desk usage errors', () => {
  it('exits 2 on an unknown command', () => {
    expect(runCli(['terbang']).code).toBe(2);
  });
});
