// archive:exportDip: the Daftar Informasi Publik (UU KIP Ps 7(3); Perki 1/2021) as XLSX for the
// office's own sorting, or as PDF/DOCX on the letterhead for publishing and signing.
import type { Ctx } from '../context';
import { letterheadFromProfile, requireCompleteProfile } from '../documents/letterhead';
import { loadRenderers, MIME } from '../letters/render';
import { getSetting, SETTING_KEYS } from '../settings/repo';
import { dipDocumentSpec, dipXlsx } from './dipList';
import { listDip } from './repo';

const FILE_NAME = 'daftar-informasi-publik';

export async function exportDip(ctx: Ctx, format: 'xlsx' | 'pdf' | 'docx') {
  if (format === 'xlsx') {
    // The workbook is a working copy: it does not need a complete profile, only the office name if known.
    const profile = getSetting(ctx.db, SETTING_KEYS.officeProfile) as { instansiLines?: string[] } | undefined;
    const bytes = await dipXlsx(listDip(ctx.db), profile?.instansiLines?.at(-1) ?? '');
    return { fileName: `${FILE_NAME}.xlsx`, mimeType: MIME.xlsx, dataBase64: bytes.toString('base64') };
  }
  // The published list carries the kop surat, so it needs the office profile first.
  const profile = requireCompleteProfile(ctx, 'Daftar Informasi Publik');
  const spec = dipDocumentSpec(listDip(ctx.db), {
    office: profile.instansiLines.at(-1) ?? '',
    createdAt: ctx.clock.now(),
    letterhead: letterheadFromProfile(ctx, profile),
  });
  const { renderPdf, renderDocx } = await loadRenderers();
  const file = format === 'pdf' ? await renderPdf(spec) : await renderDocx(spec);
  return { fileName: `${FILE_NAME}.${format}`, mimeType: MIME[format], dataBase64: Buffer.from(file.bytes).toString('base64') };
}
