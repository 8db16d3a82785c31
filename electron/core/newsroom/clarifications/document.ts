// The clarification as a document in the common shape, on the letterhead: label, the claim as it
// circulates, the facts, the official source and links, the OPD it was verified with. One
// DocumentSpec drawn alike as PDF and DOCX.
import { formatTanggal } from '../../../../shared/domain/calendar/format';
import { labelTag } from '../../../../shared/domain/newsroom/clarifications';
import { localDateOf } from '../../../../shared/domain/requests/instant';
import type { ClarificationDetail } from '../../../../shared/ipc/channels/clarifications';
import type { OfficeProfile } from '../../../../shared/domain/settings/officeProfile';
import type { Ctx } from '../../context';
import type { Block, DocumentSpec } from '../../documents/model';
import { letterheadFromProfile } from '../../documents/letterhead';
import { ppidSignatureBlock } from '../../letters/signature';

const paragraphs = (text: string): Block[] =>
  text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => ({ type: 'paragraph', runs: [{ text: p }], align: 'justify', spaceAfterPt: 6 }));

/** The date the clarification speaks for: its publication, else today (a draft). */
export function clarificationDate(ctx: Ctx, c: ClarificationDetail, profile: OfficeProfile): string {
  return localDateOf(Date.parse(c.publishedAt ?? ctx.clock.now().toISOString()), profile.timeZone);
}

export function clarificationSpec(ctx: Ctx, c: ClarificationDetail, profile: OfficeProfile): DocumentSpec {
  const date = clarificationDate(ctx, c, profile);
  const rows = [
    { label: 'Label', value: [{ text: labelTag(c.label), bold: true }] },
    { label: 'Tanggal', value: formatTanggal(date) },
    ...(c.opd ? [{ label: 'Diverifikasi dengan', value: c.opd }] : []),
    ...(c.status !== 'terbit' ? [{ label: 'Status', value: c.status === 'draf' ? 'Draf (belum disetujui)' : 'Disetujui, belum terbit' }] : []),
  ];
  return {
    meta: {
      title: `Klarifikasi ${c.number}: ${labelTag(c.label)} ${c.title}`,
      author: profile.instansiLines.at(-1) ?? '',
      subject: c.title,
      keywords: ['klarifikasi', c.label.toLowerCase(), 'humas'],
      language: 'id-ID',
      createdAt: new Date(c.publishedAt ?? c.createdAt),
    },
    page: { size: 'A4', orientation: 'portrait' },
    letterhead: letterheadFromProfile(ctx, profile),
    footer: { pageNumbers: true, text: c.number },
    blocks: [
      { type: 'title', text: `KLARIFIKASI ${labelTag(c.label)}`, subtitle: `Nomor: ${c.number}` },
      { type: 'paragraph', runs: [{ text: c.title, bold: true }], align: 'center', spaceAfterPt: 8 },
      { type: 'fields', rows },
      { type: 'heading', text: 'Klaim yang beredar', level: 2 },
      ...paragraphs(c.claim).map((b) => (b.type === 'paragraph' ? { ...b, runs: b.runs.map((r) => ({ ...r, italic: true })) } : b)),
      { type: 'heading', text: 'Fakta', level: 2 },
      ...paragraphs(c.facts),
      ...(c.source ? ([{ type: 'heading', text: 'Sumber resmi', level: 2 }, { type: 'paragraph', runs: [{ text: c.source }], spaceAfterPt: 6 }] as Block[]) : []),
      ...(c.links.length ? ([{ type: 'heading', text: 'Tautan', level: 2 }, { type: 'list', style: 'bullet', items: c.links }] as Block[]) : []),
      ppidSignatureBlock(profile, { place: profile.city, date: formatTanggal(date) }),
    ],
  };
}
