// archive:exportDip: the published Daftar Informasi Publik (UU KIP Ps 7(3); Perki 1/2021), or the
// Daftar Informasi yang Dikecualikan, as XLSX for the office's own sorting, or as PDF/DOCX on the
// letterhead, headed by the SK penetapan DIP and signed by the PPID, for publishing.
import { formatTanggal } from '../../../shared/domain/calendar/format';
import { officeClock, todayLocal } from '../calendar/clocks';
import type { Ctx } from '../context';
import { letterheadFromProfile, requireCompleteProfile } from '../documents/letterhead';
import { ppidSignBlock } from '../letters/builders/ppidSign';
import { loadRenderers, MIME } from '../letters/render';
import { getSetting, SETTING_KEYS } from '../settings/repo';
import { getDipDecree, requireDipDecree } from './dipDecree';
import { dipDocumentSpec, dipXlsx } from './dipList';
import { exemptDocumentSpec, exemptXlsx } from './exemptList';
import { listExempt, listPublishedDip } from './repo';

const LISTS = {
  dip: { fileName: 'daftar-informasi-publik', what: 'Daftar Informasi Publik', rows: listPublishedDip, xlsx: dipXlsx, spec: dipDocumentSpec },
  exempt: { fileName: 'daftar-informasi-dikecualikan', what: 'Daftar Informasi yang Dikecualikan', rows: listExempt, xlsx: exemptXlsx, spec: exemptDocumentSpec },
} as const;

export async function exportDip(ctx: Ctx, format: 'xlsx' | 'pdf' | 'docx', exempt = false) {
  const list = LISTS[exempt ? 'exempt' : 'dip'];
  if (format === 'xlsx') {
    // The workbook is a working copy: it needs neither a complete profile nor the decree.
    const profile = getSetting(ctx.db, SETTING_KEYS.officeProfile) as { instansiLines?: string[] } | undefined;
    const bytes = await list.xlsx(list.rows(ctx.db), profile?.instansiLines?.at(-1) ?? '', getDipDecree(ctx.db));
    return { fileName: `${list.fileName}.xlsx`, mimeType: MIME.xlsx, dataBase64: bytes.toString('base64') };
  }
  // The published list carries the kop surat and rests on the SK penetapan DIP.
  const profile = requireCompleteProfile(ctx, list.what);
  const decree = requireDipDecree(ctx.db, list.what);
  const signedOn = decree.updatedDate ?? todayLocal(ctx.clock.now().getTime(), officeClock(ctx).zone);
  const spec = list.spec(list.rows(ctx.db), {
    office: profile.instansiLines.at(-1) ?? '',
    createdAt: ctx.clock.now(),
    decree,
    letterhead: letterheadFromProfile(ctx, profile),
    signature: ppidSignBlock(profile.ppid, profile.unit, `${profile.city}, ${formatTanggal(signedOn)}`),
  });
  const { renderPdf, renderDocx } = await loadRenderers();
  const file = format === 'pdf' ? await renderPdf(spec) : await renderDocx(spec);
  return { fileName: `${list.fileName}.${format}`, mimeType: MIME[format], dataBase64: Buffer.from(file.bytes).toString('base64') };
}
