// `ppid-desk archive history|withdraw|download`: the archive's import history (per-verdict filter),
// withdrawing a document with a reason, and saving its original file, through the same channels as
// the Arsip page (audited there).
import fs from 'node:fs';
import path from 'node:path';
import { Command } from 'commander';
import type { z } from 'zod';
import { IMPORT_VERDICTS, IMPORT_VERDICT_LABELS } from '../../../shared/domain/archive/fields';
import type { archiveRecordChannels } from '../../../shared/ipc/channels/archiveRecords';
import { escapeForTerminal } from '../escape';
import { CliFailure, EXIT_INPUT, reportError, withCore, writeOut, type SetExit } from '../archiveCore';
import { print, printError, printJson } from '../io';

type Out<C extends keyof typeof archiveRecordChannels> = z.output<(typeof archiveRecordChannels)[C]['output']>;
type Verdict = (typeof IMPORT_VERDICTS)[number];

function historyCommand(setExit: SetExit): Command {
  return new Command('history')
    .description('Riwayat impor arsip: hasil per berkas (terbaru dahulu), dapat disaring per hasil.')
    .option('--verdict <list>', `hasil yang ditampilkan, dipisah koma: ${IMPORT_VERDICTS.join(', ')}`)
    .option('--limit <n>', 'jumlah baris (1-500)', '200')
    .option('--json', 'keluaran JSON')
    .exitOverride()
    .action(async (opts: { verdict?: string; limit: string; json?: boolean }, cmd: Command) => {
      const verdicts = opts.verdict === undefined ? undefined : opts.verdict.split(',').map((v) => v.trim()).filter((v) => v !== '');
      const unknown = verdicts?.filter((v) => !(IMPORT_VERDICTS as readonly string[]).includes(v)) ?? [];
      if (unknown.length > 0) {
        printError(`--verdict tidak dikenal: ${unknown.join(', ')}. Pilih dari: ${IMPORT_VERDICTS.join(', ')}.`);
        return setExit(EXIT_INPUT);
      }
      const limit = Number(opts.limit);
      const result = await withCore(cmd, (core) => core.handle('archive:importItems', { ...(verdicts ? { verdicts: verdicts as Verdict[] } : {}), limit }), 'shared');
      if (!result.ok) return setExit(reportError(result.error));
      const value = result.value as Out<'archive:importItems'>;
      if (opts.json) printJson(value.items);
      else {
        for (const item of value.items) {
          const verdict = IMPORT_VERDICT_LABELS[item.verdict].toUpperCase().padEnd(11);
          const detail = item.verdict === 'imported' ? `→ #${item.documentId}${item.documentExists ? '' : ' (ditarik)'} "${item.title ?? ''}"` : (item.reason ?? '');
          print(`${item.at.slice(0, 10)}  ${verdict} ${escapeForTerminal(item.relativePath || item.name)}  ${escapeForTerminal(detail)}`);
        }
        print(`${value.items.length} berkas${value.hasMore ? ' (ada lagi: naikkan --limit)' : ''}.`);
      }
      setExit(0);
    });
}

function withdrawCommand(setExit: SetExit): Command {
  return new Command('withdraw')
    .description('Tarik (hapus) satu dokumen dari arsip dengan alasan; dicatat di log audit.')
    .argument('<id>', 'nomor dokumen arsip (#id, seperti pada hasil impor)')
    .requiredOption('--reason <text>', 'alasan penarikan, mis. "memuat data pribadi pemohon"')
    .option('--json', 'keluaran JSON')
    .exitOverride()
    .action(async (idText: string, opts: { reason: string; json?: boolean }, cmd: Command) => {
      const id = Number(idText.replace(/^#/, ''));
      if (!Number.isInteger(id) || id <= 0) {
        printError(`Nomor dokumen "${idText}" tidak sah: gunakan angka, mis. 12.`);
        return setExit(EXIT_INPUT);
      }
      const result = await withCore(cmd, (core) => core.handle('archive:withdraw', { id, reason: opts.reason }));
      if (!result.ok) return setExit(reportError(result.error));
      const w = result.value as Out<'archive:withdraw'>;
      if (opts.json) printJson(w);
      else {
        print(`Dokumen #${w.documentId} "${escapeForTerminal(w.title)}" (${escapeForTerminal(w.fileName)}) ditarik dari arsip.`);
        print(w.blobRemoved ? 'Berkasnya dihapus (tidak dipakai catatan lain).' : 'Berkasnya tetap disimpan: masih dipakai catatan lain.');
        if (w.unlinkedRequests.length > 0) print(`Tautan ke permohonan ${w.unlinkedRequests.join(', ')} dilepas.`);
      }
      setExit(0);
    });
}

function downloadCommand(setExit: SetExit): Command {
  return new Command('download')
    .description('Simpan berkas asli satu dokumen arsip (dicatat di log audit).')
    .argument('<id>', 'nomor dokumen arsip')
    .requiredOption('--out <file>', 'berkas tujuan')
    .option('--force', 'timpa berkas tujuan bila sudah ada')
    .exitOverride()
    .action(async (idText: string, opts: { out: string; force?: boolean }, cmd: Command) => {
      const id = Number(idText.replace(/^#/, ''));
      if (!Number.isInteger(id) || id <= 0) {
        printError(`Nomor dokumen "${idText}" tidak sah: gunakan angka, mis. 12.`);
        return setExit(EXIT_INPUT);
      }
      // Refused before the archive is read, so a refused write leaves no download in the audit log.
      if (!opts.force && fs.existsSync(path.resolve(opts.out))) {
        printError(`Berkas ${path.resolve(opts.out)} sudah ada; pilih nama lain atau tambahkan --force untuk menimpanya.`);
        return setExit(EXIT_INPUT);
      }
      const result = await withCore(cmd, (core) => core.handle('archive:download', { id }));
      if (!result.ok) return setExit(reportError(result.error));
      const file = result.value as Out<'archive:download'>;
      try {
        const written = writeOut(opts.out, file.dataBase64, true);
        print(`${escapeForTerminal(file.fileName)} (${file.size} bita) disimpan ke ${escapeForTerminal(written)}.`);
        setExit(0);
      } catch (error) {
        if (error instanceof CliFailure) return setExit(reportError(error.error));
        printError(`Berkas tidak dapat ditulis ke ${path.resolve(opts.out)}: ${error instanceof Error ? error.message : String(error)}`);
        setExit(EXIT_INPUT);
      }
    });
}

export function archiveCommand(setExit: SetExit): Command {
  return new Command('archive')
    .description('Arsip DIP: riwayat impor, penarikan dokumen, berkas asli.')
    .addCommand(historyCommand(setExit))
    .addCommand(withdrawCommand(setExit))
    .addCommand(downloadCommand(setExit));
}
