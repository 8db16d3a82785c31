// `ppid-desk letter` and `ppid-desk register`: a case's letter (issued once, then the stored file)
// and a year's register, written to a file, through the same core and channels as the app.
import path from 'node:path';
import { Command, Option } from 'commander';
import {
  DOCUMENT_LETTER_TYPES,
  isDocumentLetterType,
  LETTER_CASE_KIND,
  LETTER_FORMATS,
  NUMBERED_LETTER_TYPES,
  REGISTER_FORMATS,
  REGISTER_KINDS,
  type LetterType,
  type NumberedLetterType,
} from '../../../shared/domain/letters';
import { print, printError } from '../io';
import { EXIT_INPUT, runWithCore, value, writeOut, type SetExit } from '../archiveCore';

export function letterCommand(setExit: SetExit): Command {
  return new Command('letter')
    .description('Terbitkan surat sebuah perkara atau klasifikasi dokumen arsip (bila belum), lalu tulis berkas PDF atau DOCX yang tersimpan.')
    .option('--request <nomor>', 'nomor pendaftaran permohonan, mis. 001/PPID/III/2026 (untuk keberatan-*: keberatan terakhirnya, atau nomor keberatan itu sendiri, mis. keberatan tanpa permohonan)')
    .option('--doc <id>', `id dokumen arsip, untuk ${DOCUMENT_LETTER_TYPES.join(' dan ')}`)
    .addOption(new Option('--type <jenis>', 'jenis surat').choices(NUMBERED_LETTER_TYPES).makeOptionMandatory())
    .addOption(new Option('--format <format>', 'format berkas').choices(LETTER_FORMATS).default('pdf'))
    .requiredOption('--out <berkas>', 'berkas tujuan')
    .option('--force', 'timpa berkas tujuan bila sudah ada')
    .exitOverride()
    .action(async (opts: { request?: string; doc?: string; type: NumberedLetterType; format: 'pdf' | 'docx'; out: string; force?: boolean }, cmd: Command) => {
      const type = opts.type;
      if (isDocumentLetterType(type)) {
        // Classification letters are made from an archive document, not from a case.
        if (opts.doc === undefined || !/^[1-9]\d*$/.test(opts.doc) || opts.request !== undefined) {
          printError(`Surat ${type} dibuat dari dokumen arsip: sebutkan --doc <id> (angka, lihat ppid-desk search), tanpa --request.`);
          return setExit(EXIT_INPUT);
        }
        const documentId = Number(opts.doc);
        return runWithCore(cmd, setExit, async (core) => {
          const found = value<{ options: Array<{ type: string; issued: { id: number; number: string; version: number } | null }> }>(await core.handle('archive:letters', { documentId }));
          let letter = found.options.find((o) => o.type === type)?.issued ?? null;
          const issuedNow = letter === null;
          if (!letter) letter = value(await core.handle('archive:issueLetter', { documentId, type }));
          const file = value<{ base64: string }>(await core.handle('archive:letterFile', { id: letter!.id, format: opts.format }));
          writeOut(opts.out, file.base64, Boolean(opts.force));
          print(`${issuedNow ? 'Diterbitkan' : 'Sudah diterbitkan sebelumnya'}: ${letter!.number}${letter!.version > 1 ? ` (versi ${letter!.version})` : ''} → ${path.resolve(opts.out)}`);
        });
      }
      if (opts.request === undefined || opts.doc !== undefined) {
        printError(`Surat ${type} dibuat dari perkara: sebutkan --request <nomor pendaftaran>, tanpa --doc.`);
        return setExit(EXIT_INPUT);
      }
      const request = opts.request;
      await runWithCore(cmd, setExit, async (core) => {
        const kind = LETTER_CASE_KIND[type];
        const found = value<{ caseKind: typeof kind; caseId: number }>(await core.handle('letters:findCase', { requestNumber: request, caseKind: kind }));
        const options = value<Array<{ type: LetterType; issued: { id: number; number: string; version: number } | null }>>(
          await core.handle('letters:available', { caseKind: found.caseKind, caseId: found.caseId }),
        );
        let letter = options.find((o) => o.type === type)?.issued ?? null;
        const issuedNow = letter === null;
        if (!letter) letter = value(await core.handle('letters:issue', { caseKind: found.caseKind, caseId: found.caseId, type }));
        const file = value<{ base64: string }>(await core.handle('letters:file', { id: letter!.id, format: opts.format }));
        writeOut(opts.out, file.base64, Boolean(opts.force));
        print(`${issuedNow ? 'Diterbitkan' : 'Sudah diterbitkan sebelumnya'}: ${letter!.number}${letter!.version > 1 ? ` (versi ${letter!.version})` : ''} → ${path.resolve(opts.out)}`);
      });
    });
}

export function registerCommand(setExit: SetExit): Command {
  return new Command('register')
    .description('Ekspor register permohonan atau keberatan satu tahun (NIK disamarkan).')
    .requiredOption('--year <tahun>', 'tahun register, mis. 2026')
    .addOption(new Option('--kind <jenis>', 'jenis register').choices(REGISTER_KINDS).default('permohonan'))
    .addOption(new Option('--format <format>', 'format berkas').choices(REGISTER_FORMATS).makeOptionMandatory())
    .requiredOption('--out <berkas>', 'berkas tujuan')
    .option('--force', 'timpa berkas tujuan bila sudah ada')
    .exitOverride()
    .action(async (opts: { year: string; kind: 'permohonan' | 'keberatan'; format: 'pdf' | 'docx' | 'xlsx' | 'csv'; out: string; force?: boolean }, cmd: Command) => {
      if (!/^\d{4}$/.test(opts.year)) {
        printError(`Tahun harus 4 angka, mis. 2026; yang diisi: ${opts.year}.`);
        return setExit(EXIT_INPUT);
      }
      await runWithCore(cmd, setExit, async (core) => {
        const out = value<{ base64: string; rows: number }>(
          await core.handle('registers:export', { kind: opts.kind, from: `${opts.year}-01-01`, to: `${opts.year}-12-31`, format: opts.format }),
        );
        writeOut(opts.out, out.base64, Boolean(opts.force));
        print(`Register ${opts.kind} ${opts.year}: ${out.rows} baris → ${path.resolve(opts.out)}`);
      }, 'shared');
    });
}


