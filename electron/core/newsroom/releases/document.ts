// The press release on the letterhead: a DocumentSpec the PDF and DOCX renderers draw alike.
import { END_MARK } from '../../../../shared/domain/newsroom/releases';
import type { Ctx } from '../../context';
import type { Block, DocumentSpec } from '../../documents/model';
import { letterheadFromProfile, requireCompleteProfile } from '../../documents/letterhead';
import { contactLines, quoteSentence } from './shape';
import { getReleaseDetail } from './service';

const para = (text: string, extra: Partial<Extract<Block, { type: 'paragraph' }>> = {}): Block => ({
  type: 'paragraph',
  runs: [{ text }],
  align: 'justify',
  spaceAfterPt: 6,
  ...extra,
});

export function releaseSpec(ctx: Ctx, id: number): DocumentSpec {
  const profile = requireCompleteProfile(ctx, 'siaran pers');
  const r = getReleaseDetail(ctx, id);
  const approved = r.status === 'approved' || r.status === 'published';
  const blocks: Block[] = [
    { type: 'title', text: 'SIARAN PERS', subtitle: `Nomor: ${r.number}` },
    // A draft printed for review must never pass for the approved text.
    ...(approved ? [] : [para('DRAF – belum disetujui pimpinan', { align: 'center', runs: [{ text: 'DRAF – belum disetujui pimpinan', italic: true }] })]),
    { type: 'paragraph', runs: [{ text: r.title, bold: true }], align: 'center', sizePt: 13, spaceAfterPt: 10, keepWithNext: true },
    { type: 'paragraph', runs: [{ text: `${r.dateline} `, bold: true }, { text: r.lead }], align: 'justify', spaceAfterPt: 6 },
    ...r.body.map((p) => para(p)),
    ...r.quotes.map((q) => para(quoteSentence(q))),
    para(END_MARK, { align: 'center', spaceAfterPt: 10 }),
    { type: 'fields', rows: contactLines(r.contact).map((line) => ({ label: line.slice(0, line.indexOf(':')), value: line.slice(line.indexOf(':') + 2) })), labelWidthMm: 30 },
  ];
  return {
    meta: {
      title: `Siaran Pers ${r.number}: ${r.title}`,
      author: profile.instansiLines.at(-1) ?? '',
      subject: r.title,
      keywords: ['siaran pers', 'humas'],
      language: 'id-ID',
      createdAt: new Date(r.approvedAt ?? r.createdAt),
    },
    page: { size: 'A4', orientation: 'portrait' },
    letterhead: letterheadFromProfile(ctx, profile),
    footer: { pageNumbers: true, text: `Siaran Pers ${r.number}` },
    blocks,
  };
}
