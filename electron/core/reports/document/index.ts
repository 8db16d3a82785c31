// The public-information service report as a file: PDF and DOCX from one DocumentSpec (cover on
// the kop surat, daftar isi, the six parts of Perki 1/2021 Ps 56, charts with their data tables,
// the PPID's signature), or an XLSX workbook of every table. The figures come computed (reports
// service); this module only lays them out. Its heavy parts (ECharts, resvg, pdf-lib, docx,
// exceljs) load on the first export, so importing it costs the core nothing.
import { formatTanggal } from '../../../../shared/domain/calendar/format';
import type { IsoDate } from '../../../../shared/domain/calendar/localDate';
import { isProfileComplete } from '../../../../shared/domain/settings/officeProfile';
import type { NarrativeSections, ReportFigures } from '../../../../shared/ipc/channels/reports';
import { officeClock, todayLocal } from '../../calendar/clocks';
import type { Ctx } from '../../context';
import { letterheadFromProfile } from '../../documents/letterhead';
import type { Block } from '../../documents/model';
import { getProfile } from '../../settings/service';
import { chartPlans } from './chartOptions';
import { reportSpec, type ReportOffice } from './spec';
import { reportXlsx } from './xlsx';

export interface ReportInput {
  figures: ReportFigures;
  narrative: NarrativeSections;
  createdAt: Date;
}

function officeOf(ctx: Ctx, createdAt: Date): ReportOffice {
  const profile = getProfile(ctx);
  const zone = officeClock(ctx).zone;
  const today = todayLocal(createdAt.getTime(), zone) as IsoDate;
  const year = today.slice(0, 4);
  if (!profile || !isProfileComplete(profile)) {
    // Without a complete profile the report still prints (no kop, no signature): the figures matter more.
    const lines = profile?.instansiLines?.filter((l) => l.trim()) ?? [];
    return { lines: lines.length ? lines : ['Pejabat Pengelola Informasi dan Dokumentasi'], author: lines.join(' ') || 'PPID', placeYear: year };
  }
  return {
    letterhead: letterheadFromProfile(ctx, profile),
    lines: [`Pejabat Pengelola Informasi dan Dokumentasi (${profile.unit})`, ...profile.instansiLines],
    author: profile.instansiLines.join(' '),
    placeYear: `${profile.city}, ${year}`,
    signature: {
      type: 'signature',
      placeDate: `${profile.city}, ${formatTanggal(today)}`,
      titleLines: ['Pejabat Pengelola Informasi dan Dokumentasi', `${profile.unit},`],
      name: profile.ppid.name,
      ...(profile.ppid.nip ? { nip: `NIP. ${profile.ppid.nip}` } : {}),
    },
  };
}

export async function renderReport(ctx: Ctx, format: 'pdf' | 'docx' | 'xlsx', input: ReportInput): Promise<Uint8Array> {
  const office = officeOf(ctx, input.createdAt);
  if (format === 'xlsx') return reportXlsx(input.figures, { author: office.author, createdAt: input.createdAt });

  // ECharts, resvg and the PDF/DOCX renderers load on the first report, not with the core.
  const [{ chartBlock }, { renderPdf, renderDocx, layoutDocument, bookmarkPages }] = await Promise.all([import('./charts'), import('../../documents')]);
  const plans = chartPlans(input.figures);
  const charts = new Map<string, Extract<Block, { type: 'chart' }>>();
  for (const { id, option, widthMm, heightMm, caption, altText } of plans) charts.set(id, await chartBlock(option, { widthMm, heightMm, caption, altText }));
  const zone = officeClock(ctx).zone;
  const generatedOn = formatTanggal(todayLocal(Date.parse(input.figures.generated_at), zone) as IsoDate);
  const base = { ...input, office, charts, generatedOn };
  if (format === 'docx') return (await renderDocx(reportSpec(base))).bytes; // Word numbers its own daftar isi
  // Two passes: lay the report out once to learn the page each part starts on, then print the
  // daftar isi with those numbers (its lines keep their height, so nothing moves).
  const pages = bookmarkPages(layoutDocument(reportSpec(base)));
  return (await renderPdf(reportSpec({ ...base, pages }))).bytes;
}
