// `ppid-desk dip`: the published Daftar Informasi Publik (public, classified items only, grouped by
// category, under the SK penetapan DIP), or with --exempt the Daftar Informasi yang Dikecualikan,
// written to a file through the same channel as the Arsip page.
import path from 'node:path';
import { Command, Option } from 'commander';
import { print } from '../io';
import { runWithCore, value, writeOut, type SetExit } from '../archiveCore';

export function dipCommand(setExit: SetExit): Command {
  return new Command('dip')
    .description('Tulis Daftar Informasi Publik (hanya informasi berkala, serta-merta dan setiap saat yang sudah diklasifikasi), atau dengan --exempt Daftar Informasi yang Dikecualikan.')
    .addOption(new Option('--format <format>', 'format berkas').choices(['pdf', 'docx', 'xlsx']).makeOptionMandatory())
    .requiredOption('--out <berkas>', 'berkas tujuan')
    .option('--exempt', 'tulis Daftar Informasi yang Dikecualikan')
    .option('--force', 'timpa berkas tujuan bila sudah ada')
    .exitOverride()
    .action(async (opts: { format: 'pdf' | 'docx' | 'xlsx'; out: string; exempt?: boolean; force?: boolean }, cmd: Command) => {
      await runWithCore(cmd, setExit, async (core) => {
        const file = value<{ dataBase64: string }>(await core.handle('archive:exportDip', { format: opts.format, exempt: Boolean(opts.exempt) }));
        writeOut(opts.out, file.dataBase64, Boolean(opts.force));
        print(`${opts.exempt ? 'Daftar Informasi yang Dikecualikan' : 'Daftar Informasi Publik'} → ${path.resolve(opts.out)}`);
      }, 'shared');
    });
}
