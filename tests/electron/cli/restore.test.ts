// `ppid-desk restore`, run as the real bin: after a writer is killed mid-write, restoring an earlier
// backup gives an archive that checks whole with exactly the backup's rows (issue 10, "Done when"),
// and the archive it replaced is kept in pre-restore-*/.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCore } from '../../../electron/core';
import { openDatabase } from '../../../electron/core/db/connection';
import { RESTORE_MARKER } from '../../../electron/core/maintenance/restoreMarker';
import { runCli } from '../../helpers/cli';
import { validProfile } from '../../helpers/core';
import { crashOnce } from '../../helpers/crash';
import { makePng } from '../../helpers/images';
import { requestInput } from '../../helpers/requestInput';
import { tempDir } from '../../helpers/tempDir';

function numbers(dbFile: string): string[] {
  const db = openDatabase(dbFile, { readonly: true, fileMustExist: true });
  try {
    return db.prepare('SELECT number FROM requests ORDER BY id').pluck().all() as string[];
  } finally {
    db.close();
  }
}

async function addRequests(dir: string, count: number, withLogo = false): Promise<void> {
  const core = createCore({ dataDir: dir, host: 'test', actor: 'admin' });
  try {
    if (withLogo) {
      await core.handle('settings:saveProfile', validProfile);
      await core.handle('settings:setLogo', { fileName: 'logo.png', dataBase64: makePng(120, 120).toString('base64') });
    }
    for (let i = 0; i < count; i++) {
      const result = await core.handle('requests:create', requestInput({ receivedAt: '2026-05-29T09:00:00+08:00' }));
      if (!result.ok) throw new Error(result.error.message);
    }
  } finally {
    core.close();
  }
}

function backupOf(dir: string): string {
  const target = path.join(tempDir(), 'usb', 'cadangan.db');
  const run = runCli(['--data-dir', dir, 'backup', target]);
  expect(run.code).toBe(0);
  return target;
}

describe('ppid-desk restore', () => {
  it('after kill -9 mid-write, restores an earlier backup: check 0 and exactly the backup’s rows', async () => {
    const dir = tempDir();
    await addRequests(dir, 5, true);
    const backup = backupOf(dir);
    const backedUp = numbers(backup);
    expect(backedUp).toHaveLength(5);
    await addRequests(dir, 3);
    const round = await crashOnce(dir, 'pulih', 400);
    expect(round.acknowledged.requests.length).toBeGreaterThan(0); // it really was writing when killed
    // The killed writer's WAL is still there: copied-in over it (README's old manual steps), it corrupts.
    expect(fs.statSync(path.join(dir, 'archive.db-wal')).size).toBeGreaterThan(0);

    const run = runCli(['--data-dir', dir, 'restore', backup, '--yes']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Cadangan lolos pemeriksaan: .*cadangan\.db/m);
    expect(run.stdout).toMatch(/^Arsip lama dipindahkan ke .*pre-restore-\d{8}-\d{6} \(archive\.db.*blobs\); tidak dihapus\./m);
    expect(run.stdout).toMatch(/^Dipulihkan: .*cadangan\.db → archive\.db dan 1 berkas di blobs\/\./m);
    expect(run.stdout).toMatch(/Arsip utuh\. Buka PPID Desk seperti biasa\.\n$/);

    expect(runCli(['--data-dir', dir, 'check']).code).toBe(0);
    expect(numbers(path.join(dir, 'archive.db'))).toEqual(backedUp);
    // The replaced archive is whole in pre-restore-*/, with every request written after the backup.
    const [aside] = fs.readdirSync(dir).filter((n) => n.startsWith('pre-restore-'));
    const kept = numbers(path.join(dir, aside!, 'archive.db'));
    expect(kept.length).toBe(5 + 3 + round.acknowledged.requests.length);
    expect(kept).toEqual(expect.arrayContaining(round.acknowledged.requests));
    expect(fs.readdirSync(path.join(dir, aside!))).toEqual(expect.arrayContaining(['archive.db', 'archive.db-wal', 'blobs']));
    // The app opens it: the logo's file came back with it.
    const core = createCore({ dataDir: dir, host: 'test' });
    expect(await core.handle('settings:getLogo', {})).toMatchObject({ ok: true, value: { mimeType: 'image/png' } });
    core.close();

    // Going back (README): the kept database has commits in its -wal, so it is backed up first.
    const asideDb = path.join(dir, aside!, 'archive.db');
    expect(runCli(['--data-dir', dir, 'restore', asideDb, '--yes'])).toMatchObject({ code: 2, stderr: expect.stringMatching(/ada berkas -wal di sebelahnya\), bukan cadangan\. Buat cadangan darinya dahulu/) });
    const back = path.join(tempDir(), 'kembali.db');
    expect(runCli(['--data-dir', path.join(dir, aside!), 'backup', back]).code).toBe(0);
    expect(runCli(['--data-dir', dir, 'restore', back, '--yes']).code).toBe(0);
    expect(numbers(path.join(dir, 'archive.db'))).toEqual(kept);
    expect(runCli(['--data-dir', dir, 'check']).code).toBe(0);
  }, 120_000);

  it('refuses with exit 3 while the app holds the archive; info, check and backup still work, writing commands do not', async () => {
    const dir = tempDir();
    await addRequests(dir, 2);
    const backup = backupOf(dir);
    const app = createCore({ dataDir: dir, host: 'electron' });
    try {
      const run = runCli(['--data-dir', dir, 'restore', backup, '--yes']);
      expect(run.code).toBe(3);
      expect(run.stderr).toMatch(new RegExp(`^Arsip sedang dibuka oleh aplikasi lain \\(PID ${process.pid}: aplikasi desktop PPID Desk`));
      expect(run.stderr).toMatch(/Pemulihan dibatalkan; tidak ada yang diubah\./);
      expect(fs.readdirSync(dir).filter((n) => n.startsWith('pre-restore-'))).toEqual([]);

      const info = runCli(['--data-dir', dir, 'info']);
      expect(info.code).toBe(0);
      expect(info.stdout).toMatch(new RegExp(`Dibuka oleh : PID ${process.pid}: aplikasi desktop PPID Desk`));
      expect(runCli(['--data-dir', dir, 'check']).code).toBe(0);
      expect(runCli(['--data-dir', dir, 'backup']).code).toBe(0);
      const add = runCli(['--data-dir', dir, 'request', 'add', '--json', '-'], { input: JSON.stringify(requestInput()) });
      expect(add.code).toBe(3);
      expect(add.stderr).toMatch(/^Arsip sedang dibuka oleh aplikasi lain \(PID/);
    } finally {
      app.close();
    }
  }, 60_000);

  it('exits 2 on a file that is not a valid backup, a missing file, or no confirmation; nothing changes', async () => {
    const dir = tempDir();
    await addRequests(dir, 1);
    const bogus = path.join(tempDir(), 'bukan.db');
    fs.writeFileSync(bogus, 'bukan basis data'.repeat(200));
    const bad = runCli(['--data-dir', dir, 'restore', bogus, '--yes']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/tidak lolos pemeriksaan, jadi tidak dipulihkan/);
    expect(runCli(['--data-dir', dir, 'restore', path.join(dir, 'tidak-ada.db'), '--yes'])).toMatchObject({ code: 2, stderr: expect.stringMatching(/tidak ditemukan/) });
    const backup = backupOf(dir);
    fs.rmSync(`${backup}.blobs`, { recursive: true }); // harmless here: this archive has no files
    const unconfirmed = runCli(['--data-dir', dir, 'restore', backup]);
    expect(unconfirmed.code).toBe(2);
    expect(unconfirmed.stderr).toMatch(/Tambahkan --yes/);
    expect(fs.readdirSync(dir).filter((n) => n.startsWith('pre-restore-'))).toEqual([]);
    expect(runCli(['--data-dir', dir, 'restore', path.join(dir, 'archive.db'), '--yes'])).toMatchObject({ code: 2, stderr: expect.stringMatching(/arsip yang sedang dipakai/) });
  }, 60_000);

  it('restores into an empty data folder (a new computer), and finishes a restore that was cut off', async () => {
    const source = tempDir();
    await addRequests(source, 2, true);
    const backup = backupOf(source);

    const fresh = path.join(tempDir(), 'laptop-baru');
    const run = runCli(['--data-dir', fresh, 'restore', backup, '--yes']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Folder data belum berisi arsip; tidak ada yang dipindahkan\./);
    expect(numbers(path.join(fresh, 'archive.db'))).toEqual(numbers(backup));

    // A restore cut off between moving the old archive aside and putting the backup in place.
    fs.renameSync(path.join(fresh, 'archive.db'), path.join(tempDir(), 'dipindah.db'));
    fs.writeFileSync(path.join(fresh, RESTORE_MARKER), JSON.stringify({ backup, preRestoreDir: path.join(fresh, 'pre-restore-x'), startedAt: '2026-11-23T02:00:00Z' }));
    expect(() => createCore({ dataDir: fresh, host: 'test' })).toThrow(/Pemulihan arsip sebelumnya terputus .*Jalankan lagi `ppid-desk restore/);
    expect(fs.existsSync(path.join(fresh, 'archive.db'))).toBe(false); // not silently created empty
    expect(runCli(['--data-dir', fresh, 'restore', backup, '--yes']).code).toBe(0);
    expect(fs.existsSync(path.join(fresh, RESTORE_MARKER))).toBe(false);
    expect(runCli(['--data-dir', fresh, 'check']).code).toBe(0);
  }, 60_000);
});
