// `ppid-desk encrypt --key-file FILE [--keep-plain]`: encrypts the archive at rest (issue 10).
import fs from 'node:fs';
import { Command } from 'commander';
import { createCore } from '../../core';
import { encryptArchive } from '../../core/crypto/encryptArchive';
import { secretFrom } from '../../core/crypto/keys';
import { AppError } from '../../core/errors';
import { dataPaths } from '../../core/paths';
import { acquireLock, ArchiveLockedError } from '../../core/storage/lock';
import { globalOptions, keySource, print, printError } from '../io';
import { EXIT_LOCKED } from './restore';

type SetExit = (code: number) => void;

export function encryptCommand(setExit: SetExit): Command {
  return new Command('encrypt')
    .description(
      'Enkripsi arsip (basis data dan berkas) dengan frasa sandi dari --key-file (atau diketik di terminal). Kunci hilang = data hilang: simpan salinan kuncinya di tempat aman.',
    )
    .option('--keep-plain', 'simpan salinan arsip tanpa enkripsi (archive.db.plain-<waktu>) untuk diperiksa, lalu hapus sendiri')
    .exitOverride()
    .action((opts: { keepPlain?: boolean }, cmd: Command) => {
      const { dataDir } = globalOptions(cmd);
      const secret = secretFrom(keySource(cmd));
      if (!secret) {
        printError('Berikan berkas kunci: ppid-desk --key-file BERKAS encrypt (isi berkas = frasa sandi, minimal 8 karakter), atau jalankan di terminal untuk mengetik frasa sandinya.');
        return setExit(2);
      }
      if (!fs.existsSync(dataPaths(dataDir).db)) createCore({ dataDir, host: 'cli' }).close();
      let lock;
      try {
        lock = acquireLock(dataDir, 'cli');
      } catch (error) {
        if (!(error instanceof ArchiveLockedError)) throw error;
        printError(`${error.message}\nEnkripsi dibatalkan; tidak ada yang diubah.`);
        return setExit(EXIT_LOCKED);
      }
      try {
        const report = encryptArchive(dataDir, secret, { now: new Date(), keepPlain: Boolean(opts.keepPlain) });
        if (report.databaseConverted) print(`Basis data dienkripsi (ChaCha20-Poly1305) dan diperiksa dengan kunci baru.`);
        else print('Basis data sudah terenkripsi; berkas yang belum terenkripsi diselesaikan.');
        print(`Berkas: ${report.blobsConverted} dienkripsi (AES-256-GCM), ${report.blobsTotal} seluruhnya.`);
        for (const file of report.plainLeftoversRemoved) print(`Salinan tanpa enkripsi dari percobaan sebelumnya dihapus: ${file}`);
        if (report.plainCopy) print(`Salinan TANPA enkripsi disimpan di ${report.plainCopy}: hapus setelah diperiksa.`);
        const { backups } = report;
        print(`Cadangan: ${backups.converted.length} dienkripsi di ${backups.folders.join(', ')}.`);
        for (const s of backups.skipped) print(`Cadangan dilewati: ${s.file}: ${s.reason}`);
        print('Cadangan di tempat lain (flashdisk yang tidak tercolok, salinan buatan tangan) masih tanpa enkripsi: buat cadangan baru, lalu hapus yang lama.');
        print('Simpan salinan berkas kunci di tempat aman (mis. flashdisk di lemari terkunci): tanpa kunci, arsip tidak dapat dibuka oleh siapa pun.');
        setExit(0);
      } catch (error) {
        if (!(error instanceof AppError)) throw error;
        printError(`Enkripsi gagal: ${error.message}`);
        setExit(error.code === 'internal' ? 1 : 2);
      } finally {
        lock.release();
      }
    });
}
