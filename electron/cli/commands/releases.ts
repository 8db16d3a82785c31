// `ppid-desk release add` and `ppid-desk release export`: a press release drafted from a JSON file
// (the input of releases:create; prints its number), and its files (PDF, DOCX, the WhatsApp text,
// or one .eml per journalist) written out, through the same core and channels as the app.
import fs from 'node:fs';
import path from 'node:path';
import { Command, Option } from 'commander';
import type { ReleaseDetail } from '../../../shared/ipc/channels/releases';
import type { JournalistView } from '../../../shared/ipc/channels/media';
import { print, printError } from '../io';
import { addFromJsonCommand } from '../jsonInput';
import { CliFailure, EXIT_INPUT, runWithCore, value, writeOut, type SetExit } from '../archiveCore';

type Format = 'pdf' | 'docx' | 'eml' | 'txt';

export function releaseCommand(setExit: SetExit): Command {
  const add = addFromJsonCommand(setExit, {
    channel: 'releases:create',
    what: 'siaran pers',
    description:
      'Buat draf siaran pers dari berkas JSON (isian sama dengan releases:create: title, releaseOn, lead, body, quotes, contact); mencetak nomornya.',
  });

  const exportCmd = new Command('export')
    .description('Tulis siaran pers sebagai PDF/DOCX berkop, teks WhatsApp (txt), atau satu berkas .eml per wartawan (PDF terlampir) ke sebuah folder atau ZIP.')
    .argument('<nomor>', 'nomor siaran pers, mis. 001/SP/PPID/XII/2026')
    .addOption(new Option('--format <format>', 'format berkas').choices(['pdf', 'docx', 'eml', 'txt']).default('pdf'))
    .requiredOption('--out <berkas|folder>', 'berkas tujuan; untuk eml sebuah folder (dibuat bila belum ada) atau berkas .zip')
    .option('--to <id,...>', 'untuk eml: id wartawan penerima dari direktori media (bawaan: semua wartawan yang punya e-mail)')
    .option('--force', 'timpa berkas tujuan bila sudah ada')
    .exitOverride()
    .action(async (number: string, opts: { format: Format; out: string; to?: string; force?: boolean }, cmd: Command) => {
      const ids = opts.to?.split(',').map((s) => s.trim());
      if (ids && !ids.every((s) => /^[1-9]\d*$/.test(s))) {
        printError('--to harus daftar id wartawan (angka) dipisah koma, mis. --to 3,7,12.');
        return setExit(EXIT_INPUT);
      }
      await runWithCore(cmd, setExit, async (core) => {
        const release = value<ReleaseDetail>(await core.handle('releases:byNumber', { number }));
        if (opts.format !== 'eml') {
          const file = value<{ dataBase64: string }>(await core.handle('releases:export', { id: release.id, format: opts.format }));
          print(`${release.number} → ${writeOut(opts.out, file.dataBase64, Boolean(opts.force))}`);
          return;
        }
        const journalistIds =
          ids?.map(Number) ??
          value<JournalistView[]>(await core.handle('media:journalists', { search: '', limit: 200 }))
            .filter((j) => j.email)
            .map((j) => j.id);
        if (journalistIds.length === 0) throw new CliFailure({ code: 'precondition', message: 'Direktori media belum memuat wartawan dengan alamat e-mail.' });
        const asZip = opts.out.toLowerCase().endsWith('.zip');
        const out = value<{ dataBase64: string; count: number; skipped: Array<{ name: string; reason: string }>; files: Array<{ name: string; dataBase64: string }> }>(
          await core.handle('releases:distribute', { id: release.id, journalistIds, packaging: asZip ? 'zip' : 'files' }),
        );
        let where: string;
        if (asZip) where = writeOut(opts.out, out.dataBase64, Boolean(opts.force));
        else {
          where = path.resolve(opts.out);
          fs.mkdirSync(where, { recursive: true });
          for (const f of out.files) writeOut(path.join(where, f.name), f.dataBase64, Boolean(opts.force));
        }
        print(`${release.number}: ${out.count} berkas .eml → ${where}`);
        for (const s of out.skipped) print(`dilewati: ${s.name} — ${s.reason}`);
      });
    });

  return new Command('release').description('Siaran pers (Humas).').exitOverride().addCommand(add).addCommand(exportCmd);
}
