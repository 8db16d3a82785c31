// `ppid-desk maklumat`: the maklumat pelayanan informasi publik (Perki 1/2021 Ps 47-48) from the
// office profile, the tariff and the legal clocks, as an A4 handout or an A3 poster, written to a
// file through the same channel as Pengaturan › Maklumat pelayanan.
import path from 'node:path';
import { Command, Option } from 'commander';
import { print } from '../io';
import { runWithCore, value, writeOut, type SetExit } from '../archiveCore';

export function maklumatCommand(setExit: SetExit): Command {
  return new Command('maklumat')
    .description('Tulis maklumat pelayanan informasi publik (dasar hukum, prosedur, jangka waktu, biaya, jaminan, pengaduan dan evaluasi) dari profil kantor, tarif dan jangka waktu undang-undang.')
    .addOption(new Option('--size <ukuran>', 'ukuran kertas').choices(['a4', 'a3']).default('a4'))
    .addOption(new Option('--format <format>', 'format berkas').choices(['pdf', 'docx']).default('pdf'))
    .requiredOption('--out <berkas>', 'berkas tujuan')
    .option('--force', 'timpa berkas tujuan bila sudah ada')
    .exitOverride()
    .action(async (opts: { size: 'a4' | 'a3'; format: 'pdf' | 'docx'; out: string; force?: boolean }, cmd: Command) => {
      await runWithCore(cmd, setExit, async (core) => {
        const file = value<{ dataBase64: string }>(await core.handle('settings:maklumat', { size: opts.size, format: opts.format }));
        writeOut(opts.out, file.dataBase64, Boolean(opts.force));
        print(`Maklumat pelayanan (${opts.size.toUpperCase()}, ${opts.format.toUpperCase()}) → ${path.resolve(opts.out)}`);
      }, 'shared');
    });
}
