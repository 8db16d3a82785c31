// The approved answer as a written press statement (siaran pers / pernyataan tertulis) on the
// letterhead: a DocumentSpec the PDF and DOCX renderers draw alike.
import { formatTanggal } from '../../../shared/domain/calendar/format';
import { localDateOf } from '../../../shared/domain/requests/instant';
import type { Ctx } from '../context';
import { AppError } from '../errors';
import type { Block, DocumentSpec } from '../documents/model';
import { letterheadFromProfile, requireCompleteProfile } from '../documents/letterhead';
import { fileSafe, loadRenderers, MIME } from '../letters/render';
import { getInquiryDetail } from './service';

export function pressStatementSpec(ctx: Ctx, inquiryId: number): DocumentSpec {
  const profile = requireCompleteProfile(ctx, 'pernyataan tertulis');
  const inquiry = getInquiryDetail(ctx, inquiryId);
  if (inquiry.status !== 'dijawab' && inquiry.status !== 'selesai') {
    throw new AppError('precondition', `Jawaban pertanyaan ${inquiry.number} belum disetujui; pernyataan tertulis dibuat sesudah jawaban disetujui.`);
  }
  if (inquiry.recordMode === 'off_record') {
    throw new AppError('precondition', `Jawaban pertanyaan ${inquiry.number} bersifat off the record; tidak dibuat pernyataan tertulis.`);
  }
  const answeredOn = localDateOf(Date.parse(inquiry.answeredAt!), profile.timeZone);
  const paragraphs: Block[] = inquiry.answer
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((text) => ({ type: 'paragraph', runs: [{ text }], align: 'justify', spaceAfterPt: 6 }));
  const spokesperson = inquiry.spokesperson || profile.ppid.name;
  return {
    meta: {
      title: `Pernyataan Tertulis ${inquiry.number}: ${inquiry.topic}`,
      author: profile.instansiLines.at(-1) ?? '',
      subject: inquiry.topic,
      keywords: ['pernyataan tertulis', 'media', inquiry.outlet.name],
      language: 'id-ID',
      createdAt: new Date(inquiry.answeredAt!),
    },
    page: { size: 'A4', orientation: 'portrait' },
    letterhead: letterheadFromProfile(ctx, profile),
    footer: { pageNumbers: true, text: inquiry.number },
    blocks: [
      { type: 'title', text: 'PERNYATAAN TERTULIS', subtitle: `Nomor: ${inquiry.number}` },
      {
        type: 'fields',
        rows: [
          { label: 'Perihal', value: inquiry.topic },
          { label: 'Kepada', value: `${inquiry.journalist.name}, ${inquiry.outlet.name}` },
          { label: 'Tanggal', value: formatTanggal(answeredOn) },
        ],
      },
      { type: 'heading', text: 'Pertanyaan', level: 2 },
      { type: 'paragraph', runs: [{ text: inquiry.question, italic: true }], spaceAfterPt: 8 },
      { type: 'heading', text: 'Jawaban', level: 2 },
      ...paragraphs,
      {
        type: 'signature',
        placeDate: `${profile.city}, ${formatTanggal(answeredOn)}`,
        titleLines: [inquiry.unit || profile.unit, 'Juru Bicara,'],
        name: spokesperson,
      },
    ],
  };
}

/** inquiries:exportStatement: the statement as the journalist receives it (PDF) or for editing (DOCX). */
export async function exportPressStatement(ctx: Ctx, input: { id: number; format: 'pdf' | 'docx' }) {
  const spec = pressStatementSpec(ctx, input.id);
  const { renderPdf, renderDocx } = await loadRenderers();
  const file = input.format === 'pdf' ? await renderPdf(spec) : await renderDocx(spec);
  const number = getInquiryDetail(ctx, input.id).number;
  return {
    fileName: `pernyataan-tertulis-${fileSafe(number)}.${input.format}`,
    mimeType: MIME[input.format],
    dataBase64: Buffer.from(file.bytes).toString('base64'),
  };
}
