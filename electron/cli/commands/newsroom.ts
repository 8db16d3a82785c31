// `ppid-desk clarification add`, `ppid-desk export NOMOR` and `ppid-desk bundle export|import`:
// the newsroom through the same core and channels as the app.
import fs from 'node:fs';
import path from 'node:path';
import { Command, Option } from 'commander';
import { EXPORT_FORMATS } from '../../../shared/ipc/channels/newsroom';
import { print, printError } from '../io';
import { addFromJsonCommand } from '../jsonInput';
import { EXIT_INPUT, runWithCore, value, writeOut, type SetExit } from '../archiveCore';

export function clarificationCommand(setExit: SetExit): Command {
  const add = addFromJsonCommand(setExit, {
    channel: 'clarifications:create',
    what: 'klarifikasi',
    description:
      'Catat klarifikasi hoaks dari berkas JSON (isian sama dengan clarifications:create: label HOAKS/DISINFORMASI/MISINFORMASI, title, claim, facts, source, links, opd, altText, crisis); mencetak nomornya.',
  });
  return new Command('clarification').description('Klarifikasi hoaks (humas).').exitOverride().addCommand(add);
}

export function exportCommand(setExit: SetExit): Command {
  return new Command('export')
    .description('Tulis dokumen humas menurut nomornya (klarifikasi: pdf, docx, atau kartu png 1080×1080).')
    .argument('<nomor>', 'nomor dokumen, mis. 001/KLR/PPID/XII/2026')
    .addOption(new Option('--format <format>', 'format berkas').choices(EXPORT_FORMATS).default('pdf'))
    .requiredOption('--out <berkas>', 'berkas tujuan')
    .option('--force', 'timpa berkas tujuan bila sudah ada')
    .exitOverride()
    .action(async (number: string, opts: { format: (typeof EXPORT_FORMATS)[number]; out: string; force?: boolean }, cmd: Command) => {
      await runWithCore(
        cmd,
        setExit,
        async (core) => {
          const file = value<{ kind: string; number: string; dataBase64: string }>(await core.handle('newsroom:export', { number, format: opts.format }));
          writeOut(opts.out, file.dataBase64, Boolean(opts.force));
          print(`${file.number} (${opts.format}) → ${path.resolve(opts.out)}`);
        },
        'shared',
      );
    });
}

export function bundleCommand(setExit: SetExit): Command {
  const exportCmd = new Command('export')
    .description('Tulis paket narasi yang disetujui sebagai bundel bertanda tangan kunci kantor ini.')
    .requiredOption('--narasi <id>', 'id paket narasi')
    .requiredOption('--out <berkas>', 'berkas tujuan (.json)')
    .option('--force', 'timpa berkas tujuan bila sudah ada')
    .exitOverride()
    .action(async (opts: { narasi: string; out: string; force?: boolean }, cmd: Command) => {
      if (!/^[1-9]\d*$/.test(opts.narasi)) {
        printError(`--narasi harus id paket (angka); yang diisi: ${opts.narasi}.`);
        return setExit(EXIT_INPUT);
      }
      await runWithCore(cmd, setExit, async (core) => {
        const out = value<{ dataBase64: string; fingerprint: string }>(await core.handle('narasi:exportBundle', { id: Number(opts.narasi) }));
        const key = value<{ grouped: string }>(await core.handle('narasi:officeKey', {}));
        writeOut(opts.out, out.dataBase64, Boolean(opts.force));
        print(`Bundel paket narasi → ${path.resolve(opts.out)}`);
        print(`Sidik jari kunci kantor: ${key.grouped}`);
      });
    });
  const importCmd = new Command('import')
    .description('Impor bundel paket narasi ke pustaka pernyataan sesudah tanda tangannya diperiksa terhadap kunci tepercaya.')
    .argument('<berkas>', 'berkas bundel (.json)')
    .option('--trust <sidik-jari>', 'percayai kunci dengan sidik jari ini (cocokkan dulu dengan kantor pengirim)')
    .exitOverride()
    .action(async (file: string, opts: { trust?: string }, cmd: Command) => {
      let bytes: Buffer;
      try {
        bytes = fs.readFileSync(path.resolve(file));
      } catch (error) {
        printError(`Berkas bundel ${path.resolve(file)} tidak dapat dibaca: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'tidak ada' : (error as Error).message}.`);
        return setExit(EXIT_INPUT);
      }
      await runWithCore(cmd, setExit, async (core) => {
        const out = value<{ id: number; title: string; version: number; originOffice: string; expired: boolean }>(
          await core.handle('narasi:importBundle', { dataBase64: bytes.toString('base64'), ...(opts.trust ? { trust: opts.trust } : {}) }),
        );
        print(`Diimpor: "${out.title}" versi ${out.version} dari ${out.originOffice} (id ${out.id})${out.expired ? ' — KEDALUWARSA, jangan dipakai tanpa versi baru' : ''}`);
      });
    });
  return new Command('bundle').description('Bundel paket narasi bertanda tangan (satu suara antar-kantor).').exitOverride().addCommand(exportCmd).addCommand(importCmd);
}
