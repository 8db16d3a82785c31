// `ppid-desk restore BACKUP [--yes]`: put a backup in place of the archive, keeping the current
// one aside in pre-restore-<time>/. Exit codes: 0 restored and checked, 1 the restored archive
// failed its check or the disk failed, 2 bad usage or a backup that is not valid, 3 the archive
// is open in PPID Desk (archive.lock).
import fs from 'node:fs';
import readline from 'node:readline/promises';
import path from 'node:path';
import { Command } from 'commander';
import { defaultActor } from '../../core';
import { AppError } from '../../core/errors';
import { restoreArchive, verifyBackup, type VerifiedBackup } from '../../core/maintenance/restore';
import { acquireLock, ArchiveLockedError } from '../../core/storage/lock';
import { globalOptions, keySource, print, printError } from '../io';
import { deriveKeys, encryptionFile, readEncryptionInfo, secretFrom, type ArchiveKeys, type KeySource } from '../../core/crypto/keys';
import { encryptionInfoFor } from '../../core/maintenance/backup';

/** An encrypted backup carries its archive's encryption.json beside it: the key file opens it with that salt. */
function backupKeys(backupFile: string, source: KeySource): ArchiveKeys | undefined {
  const infoFile = encryptionInfoFor(backupFile);
  const info = readEncryptionInfo(path.dirname(infoFile), infoFile);
  if (!info) return undefined;
  const secret = secretFrom(source);
  if (!secret) throw new AppError('precondition', 'Cadangan ini terenkripsi: berikan kuncinya dengan --key-file BERKAS (atau PPID_KEY_FILE), atau ketik frasa sandinya bila diminta di terminal.');
  return deriveKeys(secret, info);
}

export const EXIT_LOCKED = 3;

type SetExit = (code: number) => void;

async function confirmed(yes: boolean | undefined): Promise<boolean | null> {
  if (yes) return true;
  if (!process.stdin.isTTY) return null;
  const rl = readline.createInterface({ input: process.stdin, output: process.stdout });
  try {
    const answer = await rl.question('Lanjutkan pemulihan? Ketik "ya" untuk melanjutkan: ');
    return answer.trim().toLowerCase() === 'ya';
  } finally {
    rl.close();
  }
}

function describeBackup(backup: VerifiedBackup): string {
  const audit = backup.check.lines.find((l) => l.name === 'rantai audit');
  return `${backup.file} (${(backup.bytes / 1024).toFixed(0)} KB, ${backup.blobs} berkas${audit ? `; ${audit.detail}` : ''})`;
}

export function restoreCommand(setExit: SetExit): Command {
  return new Command('restore')
    .description('Pulihkan arsip dari cadangan (berkas .db dan folder .blobs di sebelahnya); arsip sekarang disimpan di pre-restore-<waktu>/ di folder data. Aplikasi harus ditutup.')
    .argument('<backup>', 'berkas cadangan, mis. backups/ppid-desk-20261123-020000.db')
    .option('--yes', 'tanpa pertanyaan konfirmasi')
    .action(async (file: string, opts: { yes?: boolean }, cmd: Command) => {
      const { dataDir } = globalOptions(cmd);
      const backupFile = path.resolve(file);
      if (!fs.existsSync(backupFile)) {
        printError(`Berkas cadangan ${backupFile} tidak ditemukan.`);
        return setExit(2);
      }
      fs.mkdirSync(dataDir, { recursive: true });
      let lock;
      try {
        lock = acquireLock(dataDir, 'restore');
      } catch (error) {
        if (!(error instanceof ArchiveLockedError)) throw error;
        printError(`${error.message}\nPemulihan dibatalkan; tidak ada yang diubah.`);
        return setExit(EXIT_LOCKED);
      }
      try {
        let backup: VerifiedBackup;
        let keys: ArchiveKeys | undefined;
        try {
          keys = backupKeys(backupFile, keySource(cmd));
          backup = verifyBackup(backupFile, dataDir, keys);
        } catch (error) {
          if (!(error instanceof AppError)) throw error;
          printError(error.message);
          return setExit(2);
        }
        print(`Cadangan lolos pemeriksaan: ${describeBackup(backup)}`);
        print(`Arsip di ${dataDir} akan diganti oleh cadangan ini. Arsip sekarang tidak dihapus: dipindahkan ke folder pre-restore-<waktu>/ di folder data.`);
        const ok = await confirmed(opts.yes);
        if (ok === null) {
          printError('Tambahkan --yes untuk memulihkan tanpa pertanyaan (masukan bukan terminal). Tidak ada yang diubah.');
          return setExit(2);
        }
        if (!ok) {
          print('Dibatalkan; tidak ada yang diubah.');
          return setExit(2);
        }
        const report = restoreArchive(dataDir, backup, { now: new Date(), actor: defaultActor(), ...(keys ? { keys } : {}) });
        // The archive set aside keeps its own encryption.json (its salt): without it, it could not be opened again.
        const current = encryptionFile(dataDir);
        if (report.preRestoreDir && fs.existsSync(current)) fs.copyFileSync(current, path.join(report.preRestoreDir, path.basename(current)));
        // The archive is now what the backup was: encrypted (with the backup's salt) or plain.
        if (keys) fs.copyFileSync(encryptionInfoFor(backupFile), encryptionFile(dataDir));
        else fs.rmSync(encryptionFile(dataDir), { force: true });
        if (report.preRestoreDir) print(`Arsip lama dipindahkan ke ${report.preRestoreDir} (${report.moved.join(', ')}); tidak dihapus.`);
        else print('Folder data belum berisi arsip; tidak ada yang dipindahkan.');
        print(`Dipulihkan: ${report.backup} → archive.db dan ${report.blobs} berkas di blobs/.`);
        for (const line of report.check.lines) print(`${line.ok ? 'OK   ' : 'GAGAL'} ${line.name}: ${line.detail}`);
        if (report.check.ok) {
          print('Arsip utuh. Buka PPID Desk seperti biasa.');
          return setExit(0);
        }
        print(`Arsip hasil pemulihan TIDAK utuh. Arsip sebelumnya masih ada di ${report.preRestoreDir ?? '(tidak ada)'}.`);
        return setExit(1);
      } catch (error) {
        if (!(error instanceof AppError)) throw error;
        printError(`Pemulihan gagal: ${error.message}`);
        return setExit(1);
      } finally {
        lock.release();
      }
    });
}
