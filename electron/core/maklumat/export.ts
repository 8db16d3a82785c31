// settings:maklumat — the maklumat pelayanan informasi publik as an A4 or A3 PDF or DOCX, built
// from the office profile, the tariff and the legal clocks each time it is asked for (it is a
// poster of the current standard, not a numbered letter, so nothing is stored or audited).
import { officeClock, todayLocal } from '../calendar/clocks';
import type { Ctx } from '../context';
import { getTariff } from '../costs/tariff';
import { letterheadFromProfile } from '../documents/letterhead';
import { loadRenderers, MIME } from '../letters/render';
import { getProfile } from '../settings/service';
import type { DocumentSpec } from '../documents/model';
import type { Layout } from '../documents/pdf/render';
import { maklumatSpec, type MaklumatInput, type MaklumatSize } from './content';
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
  const spec = (size === 'A3' && posterSpec(base, layoutDocument)) || maklumatSpec(base);
  const file = input.format === 'pdf' ? await renderPdf(spec) : await renderDocx(spec);
  return { fileName: `maklumat-pelayanan-${input.size}.${input.format}`, mimeType: MIME[input.format], dataBase64: Buffer.from(file.bytes).toString('base64') };
}


/**
 * The A3 poster in two columns on one sheet, the second column starting at the section that makes
 * the taller column shortest; undefined when no split fits one sheet (a long tariff, a long address):
 * then the one-column layout runs onto a second sheet rather than text off the paper.
 */
function posterSpec(base: MaklumatInput, layout: (spec: DocumentSpec) => Layout): DocumentSpec | undefined {
  let best: { spec: DocumentSpec; bottom: number } | undefined;
  for (const splitAt of [2, 3, 4, 5, 6]) {
    const spec = maklumatSpec({ ...base, splitAt });
    const pages = layout(spec).pages;
    if (pages.length !== 1) continue;
    const bottom = Math.max(...pages[0]!.map((op) => ('y' in op ? op.y : 'y1' in op ? op.y1 : 0)));
    if (!best || bottom < best.bottom) best = { spec, bottom };
  }
  return best?.spec;
}
