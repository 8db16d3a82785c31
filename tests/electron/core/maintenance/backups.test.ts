// Pengaturan › Cadangan through the contract: make, list, status, folder, automatic backups with
// rotation, and restore inside the running app (the core reopens the restored archive).
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createCore, type Core } from '../../../../electron/core';
import { openDatabase } from '../../../../electron/core/db/connection';
import { readLock } from '../../../../electron/core/storage/lock';
import type { HostKind } from '../../../../electron/core/types';
import { call, fixedClock } from '../../../helpers/core';
import { makePng } from '../../../helpers/images';
import { requestInput } from '../../../helpers/requestInput';
import { tempDir } from '../../../helpers/tempDir';

const opened: Core[] = [];
afterEach(() => {
  vi.restoreAllMocks();
  for (const core of opened.splice(0)) core.close();
});

function open(opts: { dataDir?: string; now?: string; host?: HostKind } = {}) {
  const clock = fixedClock(opts.now ?? '2026-11-23T02:00:00Z');
  const core = createCore({ dataDir: opts.dataDir ?? tempDir(), clock, actor: 'admin', host: opts.host ?? 'electron' });
  opened.push(core);
  return { core, clock };
}

const requestsIn = (dbFile: string): string[] => {
  const db = openDatabase(dbFile, { readonly: true, fileMustExist: true });
  try {
    return db.prepare('SELECT number FROM requests ORDER BY id').pluck().all() as string[];
  } finally {
    db.close();
  }
};

async function withData(core: Core) {
  await call(core, 'settings:setLogo', { fileName: 'logo.png', dataBase64: makePng(120, 120).toString('base64') });
  await call(core, 'requests:create', requestInput());
}

describe('backup:create and backup:list', () => {
  it('writes a checked backup with its files and manifest, reporting progress, and lists it', async () => {
    const { core } = open();
    await withData(core);
    const progress: string[] = [];
    core.events.on('backup:progress', (p) => progress.push(p.phase));
    const changed: string[] = [];
    core.events.on('backup:changed', (p) => changed.push(p.reason));

    const entry = await call(core, 'backup:create', {});
    expect(entry).toMatchObject({ name: 'ppid-desk-20261123-020000.db', createdAt: '2026-11-23T02:00:00.000Z', blobs: 1, checkOk: true, trigger: 'manual' });
    expect(entry.file).toBe(path.join(core.dataDir, 'backups', entry.name));
    expect(fs.readdirSync(`${entry.file}.blobs`).filter((n) => /^[0-9a-f]{2}$/.test(n))).toHaveLength(1); // the logo's folder
    expect(JSON.parse(fs.readFileSync(`${entry.file}.json`, 'utf8'))).toMatchObject({ trigger: 'manual', blobs: 1, check: { ok: true } });
    expect(requestsIn(entry.file)).toEqual(requestsIn(path.join(core.dataDir, 'archive.db')));
    expect(new Set(progress)).toEqual(new Set(['database', 'files', 'check']));
    expect(changed).toEqual(['created']);
    // Nothing half-written is left beside it.
    expect(fs.readdirSync(path.join(core.dataDir, 'backups')).filter((n) => n.endsWith('.part'))).toEqual([]);

    const second = await call(core, 'backup:create', {}); // same second: a suffix, never an overwrite
    expect(second.name).toBe('ppid-desk-20261123-020000-2.db');
    const list = await call(core, 'backup:list', {});
    expect(list).toMatchObject({ folder: path.join(core.dataDir, 'backups'), isDefault: true, available: true });
    expect(list.backups.map((b) => b.name)).toEqual([second.name, entry.name]);
    expect(list.freeBytes).toBeGreaterThan(0);
  });

  it('refuses in Indonesian when the disk has no room, leaving nothing behind', async () => {
    const { core } = open();
    await withData(core);
    vi.spyOn(fs, 'statfsSync').mockReturnValue({ bavail: 10, bsize: 4096 } as ReturnType<typeof fs.statfsSync>);
    const result = await core.handle('backup:create', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'disk', message: expect.stringMatching(/^Disk penuh: cadangan memerlukan sekitar .* MB ruang kosong, tersedia 1 MB\./) } });
    expect(fs.readdirSync(path.join(core.dataDir, 'backups'))).toEqual([]);
  });
  it('refuses in Indonesian when a stored file was changed or deleted behind the app, leaving no partial backup', async () => {
    const { core } = open();
    await withData(core);
    const blobs = path.join(core.dataDir, 'blobs');
    const files = fs.readdirSync(blobs, { recursive: true, withFileTypes: true }).filter((d) => d.isFile() && /^[0-9a-f]{64}$/.test(d.name));
    expect(files).toHaveLength(1);
    const blob = path.join(files[0]!.parentPath, files[0]!.name);
    fs.chmodSync(blob, 0o600);
    const bytes = fs.readFileSync(blob);
    bytes.writeUInt8(bytes.readUInt8(bytes.length - 1) ^ 0xff, bytes.length - 1);
    fs.writeFileSync(blob, bytes);
    const damaged = await core.handle('backup:create', {});
    expect(damaged).toMatchObject({ ok: false, error: { code: 'precondition', message: expect.stringMatching(/^Berkas [0-9a-f]{12} rusak di arsip; cadangan dibatalkan\./) } });
    fs.rmSync(blob);
    const missing = await core.handle('backup:create', {});
    expect(missing).toMatchObject({ ok: false, error: { code: 'precondition', message: expect.stringMatching(/^Berkas [0-9a-f]{12} hilang dari arsip; cadangan dibatalkan\./) } });
    expect(fs.readdirSync(path.join(core.dataDir, 'backups')).filter((n) => !n.startsWith('.'))).toEqual([]);
  });
});

describe('backup:status', () => {
  it('is stale with no backup, fresh after one, and stale again after more than 7 days', async () => {
    const { core, clock } = open();
    expect(await call(core, 'backup:status', {})).toMatchObject({ newestAt: null, ageDays: null, stale: true });
    await call(core, 'backup:create', {});
    expect(await call(core, 'backup:status', {})).toMatchObject({ newestAt: '2026-11-23T02:00:00.000Z', ageDays: 0, stale: false });
    clock.set('2026-11-30T16:30:00Z'); // 00:30 on 1 Dec WITA: 8 days
    expect(await call(core, 'backup:status', {})).toMatchObject({ ageDays: 8, stale: true });
    clock.set('2026-11-30T15:30:00Z'); // 23:30 on 30 Nov WITA: 7 days
    expect(await call(core, 'backup:status', {})).toMatchObject({ ageDays: 7, stale: false });
  });
});

describe('backup:setFolder', () => {
  it('takes a full path (e.g. a USB drive), creates it, audits the change, and backups go there', async () => {
    const { core } = open();
    const usb = path.join(tempDir(), 'flashdisk', 'cadangan');
    const folder = await call(core, 'backup:setFolder', { folder: usb });
    expect(folder).toMatchObject({ folder: usb, isDefault: false, available: true });
    const entry = await call(core, 'backup:create', {});
    expect(path.dirname(entry.file)).toBe(usb);
    const db = openDatabase(path.join(core.dataDir, 'archive.db'), { readonly: true });
    expect(db.prepare("SELECT data FROM audit_log WHERE action = 'settings.backup.update'").pluck().get()).toBe(JSON.stringify({ after: usb, before: null }));
    db.close();
    expect(await call(core, 'backup:setFolder', { folder: null })).toMatchObject({ folder: path.join(core.dataDir, 'backups'), isDefault: true });
  });

  it('refuses a relative path, and a backup to a configured folder that is missing (drive unplugged)', async () => {
    const { core } = open();
    expect(await core.handle('backup:setFolder', { folder: 'cadangan' })).toMatchObject({ ok: false, error: { code: 'invalid_input', issues: [{ path: 'folder' }] } });
    const usb = path.join(tempDir(), 'usb');
    await call(core, 'backup:setFolder', { folder: usb });
    fs.rmSync(usb, { recursive: true });
    const result = await core.handle('backup:create', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'precondition', message: expect.stringMatching(/tidak ditemukan \(flashdisk belum dipasang\?\)/) } });
    expect(fs.existsSync(usb)).toBe(false); // not created on the laptop's own disk
    expect(await call(core, 'backup:list', {})).toMatchObject({ available: false, backups: [] });
  });
});

describe('automatic backups', () => {
  it('make one on the first start of the day, and on quit only when something changed', async () => {
    const { core, clock } = open();
    expect(await core.autoBackup('start')).toMatchObject({ status: 'created', trigger: 'start' });
    expect(await core.autoBackup('start')).toMatchObject({ status: 'skipped', message: expect.stringMatching(/^Sudah ada cadangan hari ini/) });
    expect(await core.autoBackup('quit')).toMatchObject({ status: 'skipped', message: expect.stringMatching(/^Tidak ada perubahan/) });
    await call(core, 'requests:create', requestInput());
    clock.set('2026-11-23T08:00:00Z');
    expect(await core.autoBackup('quit')).toMatchObject({ status: 'created', trigger: 'quit' });
    clock.set('2026-11-24T00:30:00Z');
    expect(await core.autoBackup('start')).toMatchObject({ status: 'created' });
    expect((await call(core, 'backup:status', {})).lastAuto).toMatchObject({ trigger: 'start', status: 'created' });
  });

  it('rotate only automatic backups of ours: hand-made ones and other files stay', async () => {
    const { core, clock } = open({ now: '2026-10-01T01:00:00Z' });
    const manual = await call(core, 'backup:create', {});
    const folder = path.dirname(manual.file);
    fs.writeFileSync(path.join(folder, 'catatan.txt'), 'jangan dihapus');
    fs.writeFileSync(path.join(folder, 'ppid-desk-lama.db'), 'bukan nama kita');
    for (let day = 2; day <= 21; day++) {
      clock.set(`2026-10-${String(day).padStart(2, '0')}T01:00:00Z`);
      await call(core, 'requests:create', requestInput({ receivedAt: `2026-10-${String(day).padStart(2, '0')}T09:00:00+08:00` }));
      expect((await core.autoBackup('start')).status).toBe('created');
    }
    const names = fs.readdirSync(folder);
    const auto = (await call(core, 'backup:list', {})).backups.filter((b) => b.trigger === 'start');
    // 7 days (15-21 Oct) plus the newest of each older ISO week (week of 5-11 Oct: the 11th; 28 Sep-4 Oct: the 4th).
    expect(auto.map((b) => b.createdAt.slice(0, 10))).toEqual(['2026-10-21', '2026-10-20', '2026-10-19', '2026-10-18', '2026-10-17', '2026-10-16', '2026-10-15', '2026-10-11', '2026-10-04']);
    expect(names).toEqual(expect.arrayContaining([manual.name, 'catatan.txt', 'ppid-desk-lama.db']));
    // A removed backup goes with its files and manifest.
    const own = names.filter((n) => n.startsWith('ppid-desk-2026'));
    expect(own.filter((n) => n.endsWith('.db')).length * 3).toBe(own.length);
  });
});

describe('backup:restore', () => {
  it('is refused over the browser host', async () => {
    const { core } = open({ host: 'browser' });
    const entry = await call(core, 'backup:create', {});
    const result = await core.handle('backup:restore', { file: entry.file });
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden', message: expect.stringMatching(/hanya dapat dilakukan di aplikasi desktop .*ppid-desk restore/) } });
  });

  it('in the desktop app puts the backup in place, keeps the old archive aside, and the app goes on working', async () => {
    const { core } = open();
    await withData(core);
    const entry = await call(core, 'backup:create', {});
    const before = requestsIn(path.join(core.dataDir, 'archive.db'));
    await call(core, 'requests:create', requestInput({ requester: { name: 'Budi Santoso' } }));
    await call(core, 'settings:removeLogo', {});

    const result = await call(core, 'backup:restore', { file: entry.file });
    expect(result).toMatchObject({ backup: entry.file, blobs: 1, checkOk: true });
    expect(path.basename(result.preRestoreDir!)).toBe('pre-restore-20261123-020000');
    expect(fs.readdirSync(result.preRestoreDir!).sort()).toEqual(expect.arrayContaining(['archive.db', 'blobs']));
    expect(requestsIn(path.join(result.preRestoreDir!, 'archive.db'))).toHaveLength(2); // kept whole
    expect(requestsIn(path.join(core.dataDir, 'archive.db'))).toEqual(before);
    // The reopened core serves the restored archive: the logo is back, numbering continues from it.
    expect(await call(core, 'settings:getLogo', {})).toMatchObject({ mimeType: 'image/png' });
    expect((await call(core, 'requests:create', requestInput())).number).toMatch(/^002\//);
    expect(readLock(core.dataDir)?.pid).toBe(process.pid);
    const db = openDatabase(path.join(core.dataDir, 'archive.db'), { readonly: true });
    expect(db.prepare("SELECT actor FROM audit_log WHERE action = 'archive.restore'").pluck().all()).toEqual(['admin']);
    db.close();
  });

  it('refuses in Indonesian when the data folder’s disk has no room, touching nothing', async () => {
    const { core } = open();
    await withData(core);
    const entry = await call(core, 'backup:create', {});
    await call(core, 'requests:create', requestInput());
    vi.spyOn(fs, 'statfsSync').mockReturnValue({ bavail: 10, bsize: 4096 } as ReturnType<typeof fs.statfsSync>);
    const result = await core.handle('backup:restore', { file: entry.file });
    expect(result).toMatchObject({ ok: false, error: { code: 'disk', message: expect.stringMatching(/^Disk penuh: pemulihan memerlukan sekitar .* Tidak ada data yang diubah\.$/) } });
    expect(fs.readdirSync(core.dataDir).filter((n) => n.startsWith('pre-restore-') || n.includes('restore-tmp'))).toEqual([]);
    expect(requestsIn(path.join(core.dataDir, 'archive.db'))).toHaveLength(2);
    expect((await call(core, 'requests:create', requestInput())).number).toMatch(/^003\//); // the app goes on
  });

  it('refuses a file that is not a valid backup and leaves the archive as it was', async () => {
    const { core } = open();
    await withData(core);
    const bogus = path.join(tempDir(), 'bukan-cadangan.db');
    fs.writeFileSync(bogus, 'ini bukan basis data'.repeat(100));
    const result = await core.handle('backup:restore', { file: bogus });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringMatching(/tidak lolos pemeriksaan, jadi tidak dipulihkan/) } });
    expect(fs.readdirSync(core.dataDir).filter((n) => n.startsWith('pre-restore-'))).toEqual([]);
    expect(await call(core, 'settings:getLogo', {})).toMatchObject({ mimeType: 'image/png' });
  });
});
