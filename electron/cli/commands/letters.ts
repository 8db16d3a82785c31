// `ppid-desk letter` and `ppid-desk register`: a case's letter (issued once, then the stored file)
// and a year's register, written to a file, through the same core and channels as the app.
import fs from 'node:fs';
import path from 'node:path';
import { Command, Option } from 'commander';
import { createCore } from '../../core';
import type { Core } from '../../core/types';
import { LETTER_CASE_KIND, LETTER_FORMATS, LETTER_TYPES, REGISTER_FORMATS, REGISTER_KINDS, type LetterType } from '../../../shared/domain/letters';
import type { AppErrorShape, Result } from '../../../shared/ipc/result';
import { globalOptions, keysOption, print, printError } from '../io';

type SetExit = (code: number) => void;
const EXIT_OK = 0;
const EXIT_FAILED = 1;
const EXIT_INPUT = 2;

class CliFailure extends Error {
  constructor(readonly error: AppErrorShape) {
    super(error.message);
  }
}

function value<T>(result: Result<unknown>): T {
  if (!result.ok) throw new CliFailure(result.error);
  return result.value as T;
}

async function withCore(cmd: Command, setExit: SetExit, work: (core: Core) => Promise<void>, lock: 'exclusive' | 'shared' = 'exclusive'): Promise<void> {
  const core = createCore({ dataDir: globalOptions(cmd).dataDir, host: 'cli', lock, ...keysOption(cmd) });
  try {
    await work(core);
    setExit(EXIT_OK);
  } catch (error) {
    if (!(error instanceof CliFailure)) throw error;
    printError(error.error.message);
    for (const issue of error.error.issues ?? []) printError(`- ${issue.path || '(masukan)'}: ${issue.message}`);
    setExit(error.error.code === 'internal' ? EXIT_FAILED : EXIT_INPUT);
  } finally {
    core.close();
  }
}

/** Writes the file next to a temp name first, so an interrupted write never leaves half a letter. */
function writeOut(file: string, base64: string, force: boolean): void {
  const target = path.resolve(file);
  if (fs.existsSync(target) && !force) {
    throw new CliFailure({ code: 'conflict', message: `Berkas ${target} sudah ada; pilih nama lain atau tambahkan --force untuk menimpanya.` });
  }
  const tmp = `${target}.${process.pid}.part`;
  fs.writeFileSync(tmp, Buffer.from(base64, 'base64'));
  fs.renameSync(tmp, target);
}

export function letterCommand(setExit: SetExit): Command {
  return new Command('letter')
    .description('Terbitkan surat sebuah perkara (bila belum), lalu tulis berkas PDF atau DOCX yang tersimpan.')
    .requiredOption('--request <nomor>', 'nomor pendaftaran permohonan, mis. 001/PPID/III/2026 (untuk keberatan-*: keberatan terakhirnya)')
    .addOption(new Option('--type <jenis>', 'jenis surat').choices(LETTER_TYPES).makeOptionMandatory())
    .addOption(new Option('--format <format>', 'format berkas').choices(LETTER_FORMATS).default('pdf'))
    .requiredOption('--out <berkas>', 'berkas tujuan')
    .option('--force', 'timpa berkas tujuan bila sudah ada')
    .exitOverride()
    .action(async (opts: { request: string; type: LetterType; format: 'pdf' | 'docx'; out: string; force?: boolean }, cmd: Command) => {
      await withCore(cmd, setExit, async (core) => {
        const kind = LETTER_CASE_KIND[opts.type];
        const found = value<{ caseKind: typeof kind; caseId: number }>(await core.handle('letters:findCase', { requestNumber: opts.request, caseKind: kind }));
        const options = value<Array<{ type: LetterType; issued: { id: number; number: string; version: number } | null }>>(
          await core.handle('letters:available', { caseKind: found.caseKind, caseId: found.caseId }),
        );
        let letter = options.find((o) => o.type === opts.type)?.issued ?? null;
        const issuedNow = letter === null;
        if (!letter) letter = value(await core.handle('letters:issue', { caseKind: found.caseKind, caseId: found.caseId, type: opts.type }));
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
      await withCore(cmd, setExit, async (core) => {
        const out = value<{ base64: string; rows: number }>(
          await core.handle('registers:export', { kind: opts.kind, from: `${opts.year}-01-01`, to: `${opts.year}-12-31`, format: opts.format }),
        );
        writeOut(opts.out, out.base64, Boolean(opts.force));
        print(`Register ${opts.kind} ${opts.year}: ${out.rows} baris → ${path.resolve(opts.out)}`);
      }, 'shared');
    });
}


