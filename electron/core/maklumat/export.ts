// settings:maklumat — the maklumat pelayanan informasi publik as an A4 or A3 PDF or DOCX, built
// from the office profile, the tariff and the legal clocks each time it is asked for (it is a
// poster of the current standard, not a numbered letter, so nothing is stored or audited).
import { officeClock, todayLocal } from '../calendar/clocks';
import type { Ctx } from '../context';
import { getTariff } from '../costs/tariff';
import { letterheadFromProfile } from '../documents/letterhead';
import { loadRenderers, MIME } from '../letters/render';
import { getProfile } from '../settings/service';
import { maklumatSpec, type MaklumatSize } from './content';
import { requireMaklumatProfile } from './profileCheck';

export async function exportMaklumat(ctx: Ctx, input: { size: 'a4' | 'a3'; format: 'pdf' | 'docx' }) {
  const profile = requireMaklumatProfile(getProfile(ctx));
  const size = input.size.toUpperCase() as MaklumatSize;
  const base = {
    profile,
    tariff: getTariff(ctx.db),
    letterhead: letterheadFromProfile(ctx, profile),
    signedOn: todayLocal(ctx.clock.now().getTime(), officeClock(ctx).zone),
    size,
    createdAt: ctx.clock.now(),
  };
  const { renderPdf, renderDocx, layoutDocument } = await loadRenderers();
  // The A3 poster in two columns on one sheet; one that does not fit there (a long tariff, a long
  // address) is set in one column over two sheets rather than off the paper.
  const poster = size === 'A3' ? maklumatSpec({ ...base, columns: true }) : undefined;
  const spec = poster && layoutDocument(poster).pages.length === 1 ? poster : maklumatSpec(base);
  const file = input.format === 'pdf' ? await renderPdf(spec) : await renderDocx(spec);
  return { fileName: `maklumat-pelayanan-${input.size}.${input.format}`, mimeType: MIME[input.format], dataBase64: Buffer.from(file.bytes).toString('base64') };
}


