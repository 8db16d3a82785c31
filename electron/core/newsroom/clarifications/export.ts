// clarifications:export: the document (PDF/DOCX on the letterhead) or the PNG card of one clarification.
import { formatTanggal } from '../../../../shared/domain/calendar/format';
import type { ParsedInput } from '../../../../shared/ipc/contract';
import type { ClarificationFile } from '../../../../shared/ipc/channels/clarifications';
import type { Ctx } from '../../context';
import { letterheadFromProfile, requireCompleteProfile } from '../../documents/letterhead';
import { fileSafe, loadRenderers, MIME } from '../../letters/render';
import { defaultAltText, renderCard } from './card';
import { clarificationDate, clarificationSpec } from './document';
import { getClarification } from './service';

export async function exportClarification(ctx: Ctx, input: ParsedInput<'clarifications:export'>): Promise<ClarificationFile> {
  const c = getClarification(ctx, input.id);
  const profile = requireCompleteProfile(ctx, 'klarifikasi');
  const altText = c.altText || defaultAltText(c);
  const base = `klarifikasi-${fileSafe(c.number)}`;
  if (input.format === 'png') {
    const head = letterheadFromProfile(ctx, profile);
    const bytes = await renderCard(
      { clarification: c, office: profile.instansiLines.at(-1) ?? '', dateText: formatTanggal(clarificationDate(ctx, c, profile)), logo: head.logo },
      altText,
    );
    return { fileName: `${base}.png`, mimeType: 'image/png', dataBase64: Buffer.from(bytes).toString('base64'), altText };
  }
  const spec = clarificationSpec(ctx, c, profile);
  const { renderPdf, renderDocx } = await loadRenderers();
  const file = input.format === 'pdf' ? await renderPdf(spec) : await renderDocx(spec);
  return { fileName: `${base}.${input.format}`, mimeType: MIME[input.format], dataBase64: Buffer.from(file.bytes).toString('base64'), altText };
}
