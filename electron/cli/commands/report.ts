// `ppid-desk report --period P --format pdf|docx|xlsx|json --out FILE [--force]`: the public
// information service report (UU KIP Ps 12; Perki 1/2021 Ps 56) for a year, semester, quarter,
// month or date range, through the same core and channel (reports:export) as the app. `--out -`
// writes the JSON to standard output, for scripts.
import path from 'node:path';
import { Command, Option } from 'commander';
import { REPORT_FORMATS } from '../../../shared/ipc/channels/reports';
import { PERIOD_HINT } from '../../../shared/domain/reports/period';
import { print, printError } from '../io';
import { EXIT_INPUT, runWithCore, value, writeOut, type SetExit } from '../archiveCore';

type Format = (typeof REPORT_FORMATS)[number];

export function reportCommand(setExit: SetExit): Command {
  return new Command('report')
    .description('Laporan layanan informasi publik (UU KIP Pasal 12) untuk satu periode: PDF, DOCX, XLSX atau JSON.')
    .requiredOption('--period <periode>', `periode laporan. ${PERIOD_HINT}`)
    .addOption(new Option('--format <format>', 'format berkas').choices(REPORT_FORMATS).makeOptionMandatory())
    .requiredOption('--out <berkas>', 'berkas tujuan; "-" menulis JSON ke layar (stdout)')
    .option('--force', 'timpa berkas tujuan bila sudah ada')
    .exitOverride()
    .action(async (opts: { period: string; format: Format; out: string; force?: boolean }, cmd: Command) => {
      const toStdout = opts.out === '-';
      if (toStdout && opts.format !== 'json') {
        printError('Keluaran ke layar (--out -) hanya untuk format json; untuk pdf, docx dan xlsx sebutkan nama berkas.');
        return setExit(EXIT_INPUT);
      }
      await runWithCore(
        cmd,
        setExit,
        async (core) => {
          const out = value<{ filename: string; base64: string; sha256: string }>(await core.handle('reports:export', { period: opts.period, format: opts.format }));
          if (toStdout) {
            process.stdout.write(Buffer.from(out.base64, 'base64'));
            return;
          }
          const target = writeOut(opts.out, out.base64, Boolean(opts.force));
          print(`Laporan ${opts.period} (${opts.format}) → ${path.resolve(target)}`);
          print(`SHA-256 ${out.sha256}`);
        },
        'shared',
      );
    });
}
