// info, check, backup: what an administrator runs on the office laptop.
import fs from 'node:fs';
import path from 'node:path';
import { Command } from 'commander';
import { createCore } from '../../core';
import { dataPaths } from '../../core/paths';
import { archiveInfo } from '../../core/maintenance/info';
import { checkDatabaseFile } from '../../core/maintenance/check';
import { backupArchive } from '../../core/maintenance/backup';
import { backupFileName, backupFolderOf, prepareFolder } from '../../core/maintenance/backups';
import { openDatabase } from '../../core/db/connection';
import { AppError } from '../../core/errors';
import { archiveKeys, globalOptions, keysOption, print, printError, printJson } from '../io';

export type SetExit = (code: number) => void;

export function infoCommand(setExit: SetExit): Command {
  return new Command('info')
    .description('Lokasi folder data, versi skema dan jumlah data.')
    .option('--json', 'keluaran JSON')
    .action((opts: { json?: boolean }, cmd: Command) => {
      const info = archiveInfo(globalOptions(cmd).dataDir, archiveKeys(cmd));
      setExit(0);
      if (opts.json) {
        printJson(info);
        return;
      }
      print(`PPID Desk ${info.appVersion}`);
      print(`Folder data : ${info.dataDir}`);
      print(`Basis data  : ${info.database}${info.exists ? ` (${(info.bytes / 1024).toFixed(0)} KB)` : ' (belum ada)'}`);
      print(`Berkas      : ${info.blobs}`);
      print(`Cadangan    : ${info.backups}`);
      print(`Skema       : ${info.schemaVersion ?? '-'} (terbaru ${info.latestSchemaVersion})`);
      print(`Dibuka oleh : ${info.lock ? info.lock.holder : 'tidak ada (arsip tidak sedang dibuka)'}`);
      for (const [table, n] of Object.entries(info.counts)) print(`  ${table.padEnd(20)} ${n}`);
    });
}

export function checkCommand(setExit: SetExit): Command {
  return new Command('check')
    .description('Periksa keutuhan basis data, kunci asing, rantai audit dan berkas; kode keluar 0 hanya bila semuanya utuh.')
    .option('--json', 'keluaran JSON')
    .action((opts: { json?: boolean }, cmd: Command) => {
      const { dataDir } = globalOptions(cmd);
      const paths = dataPaths(dataDir);
      if (!fs.existsSync(paths.db)) {
        // A fresh data folder: create the archive as the app would on first start, then check it.
        createCore({ dataDir, host: 'cli', lock: 'shared', ...keysOption(cmd) }).close();
        if (!opts.json) print(`Folder data baru: basis data dibuat di ${paths.db}`);
      }
      const report = checkDatabaseFile(paths.db, paths.blobs, archiveKeys(cmd));
      if (opts.json) printJson(report);
      else {
        for (const line of report.lines) print(`${line.ok ? 'OK   ' : 'GAGAL'} ${line.name}: ${line.detail}`);
        print(report.ok ? 'Arsip utuh.' : 'Arsip TIDAK utuh: pulihkan dari cadangan terakhir yang lolos pemeriksaan.');
      }
      setExit(report.ok ? 0 : 1);
    });
}

export function backupCommand(setExit: SetExit): Command {
  return new Command('backup')
    .description('Cadangkan basis data (online, aman saat aplikasi berjalan) beserta berkasnya, lalu periksa cadangannya.')
    .argument('[file]', 'berkas tujuan; bawaan: ppid-desk-<waktu>.db di folder cadangan (Pengaturan › Cadangan; bawaan backups/ di folder data)')
    .action(async (file: string | undefined, _opts: unknown, cmd: Command) => {
      const { dataDir } = globalOptions(cmd);
      const paths = dataPaths(dataDir);
      if (!fs.existsSync(paths.db)) {
        printError(`Tidak ada basis data di ${paths.db}: tidak ada yang dicadangkan.`);
        setExit(2);
        return;
      }
      try {
        const now = new Date();
        const keys = archiveKeys(cmd);
        let target = file;
        if (!target) {
          const db = openDatabase(paths.db, { readonly: true, fileMustExist: true, ...(keys ? { key: keys.db } : {}) });
          let where;
          try {
            where = backupFolderOf(db, dataDir);
          } finally {
            db.close();
          }
          prepareFolder(where);
          target = path.join(where.folder, backupFileName(now, where.folder));
        }
        const result = await backupArchive(paths.db, paths.blobs, target, { trigger: 'cli', now, ...(keys ? { keys } : {}) });
        print(`Cadangan tersimpan: ${result.file} (${(result.bytes / 1024).toFixed(0)} KB, ${result.blobs} berkas di ${result.blobsDir})`);
        print(`Diperiksa: ${result.check.lines.map((l) => `${l.name} ${l.ok ? 'OK' : 'GAGAL'}`).join(', ')}`);
        setExit(0);
      } catch (error) {
        printError(`Pencadangan gagal: ${error instanceof AppError ? error.message : (error as Error).message}`);
        setExit(1);
      }
    });
}
