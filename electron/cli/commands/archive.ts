// `ppid-desk import PATH...` and `ppid-desk search "QUERY"`: the archive (DIP) from the command
// line, through the same core and parser process as the app.
import { randomUUID } from 'node:crypto';
import { Command } from 'commander';
import type { ImportItem, ImportReport, SearchResult } from '../../../shared/ipc/channels/archive';
import { IMPORT_VERDICT_LABELS } from '../../../shared/domain/archive/fields';
import { escapeForTerminal } from '../escape';
import { reportError, withCore, type SetExit } from '../archiveCore';
import { print, printJson } from '../io';

export function itemLine(item: ImportItem): string {
  const verdict = IMPORT_VERDICT_LABELS[item.verdict].toUpperCase().padEnd(11);
  const detail = item.verdict === 'imported' ? `→ #${item.documentId} "${escapeForTerminal(item.title ?? '')}"` : escapeForTerminal(item.reason ?? '');
  return `${verdict} ${escapeForTerminal(item.relativePath)}  ${detail}`;
}

export function summaryLine(report: ImportReport): string {
  const c = report.counts;
  const total = report.items.length;
  return `Selesai${report.cancelled ? ' (dihentikan)' : ''}: ${total} berkas — ${c.imported} diimpor, ${c.duplicate} duplikat, ${c.rejected} ditolak, ${c.encrypted} terenkripsi, ${c.skipped} dilewati.`;
}

export function importCommand(setExit: SetExit): Command {
  return new Command('import')
    .description('Impor berkas dan folder (termasuk subfolder) ke arsip DIP: DOCX dan PDF dibaca isinya, berkas lain disimpan tanpa teks.')
    .argument('<path...>', 'berkas atau folder')
    .option('--json', 'keluaran JSON (laporan impor)')
    .exitOverride()
    .action(async (paths: string[], opts: { json?: boolean }, cmd: Command) => {
      const result = await withCore(cmd, (core) => core.handle('archive:importPaths', { batchId: randomUUID(), paths }));
      if (!result.ok) return setExit(reportError(result.error));
      const report = result.value as ImportReport;
      if (opts.json) printJson(report);
      else {
        for (const item of report.items) print(itemLine(item));
        print(summaryLine(report));
      }
      // The run completed: rejected files are in the report, not a failure of the command.
      setExit(0);
    });
}

const segmentsText = (segments: SearchResult['hits'][number]['snippet']) =>
  segments.map((s) => (s.hit ? `[${s.text}]` : s.text)).join('').replace(/\s+/g, ' ').trim();

export function searchCommand(setExit: SetExit): Command {
  return new Command('search')
    .description('Cari dokumen arsip dalam teks lengkap; hasil urut relevansi dengan nama berkas, judul dan cuplikan.')
    .argument('<query>', 'kata yang dicari (tanda kutip, NOT, tanda hubung dan sebagainya dibaca sebagai kata biasa)')
    .option('--json', 'keluaran JSON')
    .option('--limit <n>', 'jumlah hasil (1-100)', '20')
    .exitOverride()
    .action(async (query: string, opts: { json?: boolean; limit: string }, cmd: Command) => {
      const limit = Number(opts.limit);
      const result = await withCore(cmd, (core) => core.handle('archive:search', { query, limit }), 'shared');
      if (!result.ok) return setExit(reportError(result.error));
      const value = result.value as SearchResult;
      if (opts.json) printJson(value.hits.map((h) => ({ ...h, snippetText: segmentsText(h.snippet) })));
      else if (value.hits.length === 0) print('Tidak ada dokumen yang cocok.');
      else
        value.hits.forEach((hit, i) => {
          print(`${i + 1}. ${escapeForTerminal(hit.title)}  (${escapeForTerminal(hit.fileName)})`);
          const text = segmentsText(hit.snippet);
          if (text) print(`   ${escapeForTerminal(text)}`);
        });
      setExit(0);
    });
}
