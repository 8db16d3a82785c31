// `ppid-desk pdp anonymise` and `ppid-desk pdp export`: personal data at the end of retention and a
// requester's copy of their data (UU 27/2022 Ps 7, 44), through the same core and channels as the app.
import { Command, Option } from 'commander';
import { EXPORT_FORMATS, type AnonymiseReport } from '../../../shared/ipc/channels/pdp';
import { print, printError, printJson } from '../io';
import { EXIT_INPUT, runWithCore, value, writeOut, type SetExit } from '../archiveCore';

function describeReport(r: AnonymiseReport): string[] {
  const lines = [
    r.dryRun
      ? `Pratinjau (tidak ada yang diubah). Masa retensi ${r.years} tahun; hari ini ${r.today}: perkara yang ditutup pada atau sebelum ${r.cutoff} dianonimkan.`
      : `Masa retensi ${r.years} tahun; hari ini ${r.today}; batas ${r.cutoff}.`,
  ];
  for (const c of r.cases) lines.push(`${c.number}\tditutup ${c.closedOn}${c.objections.length ? `\tkeberatan ${c.objections.join(', ')}` : ''}${c.disputes ? `\tsengketa ${c.disputes}` : ''}`);
  for (const o of r.objectionsWithoutRequest) lines.push(`${o.number}\tkeberatan tanpa permohonan, selesai ${o.closedOn}${o.disputes ? `\tsengketa ${o.disputes}` : ''}`);
  for (const j of r.journalists) lines.push(`wartawan #${j.journalistId}\tditutup ${j.closedOn}\tpertanyaan ${j.inquiries.join(', ')}`);
  const n = r.counts;
  const what = `${n.requests} perkara (${n.requesters} pemohon, ${n.objections} keberatan, ${n.disputes} sengketa, ${n.letters} surat) dan ${n.journalists} wartawan (${n.inquiries} pertanyaan media)`;
  lines.push(r.dryRun ? `Akan dianonimkan: ${what}.` : `Dianonimkan: ${what}. Log audit nomor ${r.auditSeq}.`);
  return lines;
}

function anonymiseCommand(setExit: SetExit): Command {
  return new Command('anonymise')
    .alias('anonimkan')
    .description('Ganti identitas pada perkara tertutup yang masa retensinya berakhir dengan "[dihapus]" (jalankan dulu dengan --dry-run).')
    .option('--dry-run', 'hanya tampilkan daftar perkara yang akan dianonimkan; tidak ada yang diubah')
    .option('--json', 'keluaran JSON')
    .exitOverride()
    .action(async (opts: { dryRun?: boolean; json?: boolean }, cmd: Command) => {
      await runWithCore(cmd, setExit, async (core) => {
        const report = value<AnonymiseReport>(await core.handle('pdp:anonymise', { dryRun: Boolean(opts.dryRun) }));
        if (opts.json) printJson(report);
        else for (const line of describeReport(report)) print(line);
      });
    });
}

/** Writes next to a temp name first, so an interrupted write never leaves half a file. */
function exportCommand(setExit: SetExit): Command {
  return new Command('export')
    .description('Ekspor semua data seorang pemohon (hak akses subjek data, UU 27/2022 Pasal 7) sebagai JSON atau PDF.')
    .option('--nik <nik>', 'NIK pemohon (16 digit)')
    .option('--requester <id>', 'nomor data pemohon (requester id), mis. dari ppid-desk inbox --json')
    .addOption(new Option('--format <format>', 'format berkas').choices(EXPORT_FORMATS).makeOptionMandatory())
    .requiredOption('--out <berkas>', 'berkas tujuan')
    .option('--force', 'timpa berkas tujuan bila sudah ada')
    .exitOverride()
    .action(async (opts: { nik?: string; requester?: string; format: 'json' | 'pdf'; out: string; force?: boolean }, cmd: Command) => {
      if ((opts.nik === undefined) === (opts.requester === undefined)) {
        printError('Sebutkan salah satu: --nik NIK atau --requester ID.');
        return setExit(EXIT_INPUT);
      }
      if (opts.requester !== undefined && !/^[1-9]\d{0,15}$/.test(opts.requester)) {
        printError(`--requester harus nomor data pemohon (angka), mis. 12; yang diisi: ${JSON.stringify(opts.requester)}.`);
        return setExit(EXIT_INPUT);
      }
      const by = opts.nik !== undefined ? { nik: opts.nik } : { requesterId: Number(opts.requester) };
      await runWithCore(cmd, setExit, async (core) => {
        const out = value<{ base64: string; counts: { requests: number; letters: number; auditEntries: number } }>(
          await core.handle('pdp:export', { ...by, format: opts.format }),
        );
        // The copy holds a person's data: readable by the administrator only.
        const target = writeOut(opts.out, out.base64, Boolean(opts.force), 0o600);
        print(`Data pemohon: ${out.counts.requests} permohonan, ${out.counts.letters} surat, ${out.counts.auditEntries} catatan audit → ${target}`);
      }, 'shared');
    });
}

export function pdpCommand(setExit: SetExit): Command {
  return new Command('pdp')
    .description('Data pribadi (UU 27/2022): anonimkan perkara yang masa retensinya berakhir; ekspor data seorang pemohon.')
    .exitOverride()
    .addCommand(anonymiseCommand(setExit))
    .addCommand(exportCommand(setExit));
}

