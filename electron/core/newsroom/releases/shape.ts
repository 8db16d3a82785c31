// The standard shape of an Indonesian press release, shared by the PDF/DOCX, the plain text, the
// WhatsApp message and the e-mail body: dateline + lead, body, quotes attributed with name and
// jabatan, the "###" end mark, then the Humas contact.
import { END_MARK } from '../../../../shared/domain/newsroom/releases';
import type { ReleaseDetail } from '../../../../shared/ipc/channels/releases';

/** “Jalan itu selesai akhir bulan,” kata Ir. Andi Saputra, Kepala Dinas PUPR. */
export function quoteSentence(q: { text: string; speaker: string; jabatan: string }): string {
  const text = q.text.trim();
  // A question or exclamation keeps its mark inside the quote; a full stop becomes the comma before "kata".
  const inner = /[?!]$/.test(text) ? text : `${text.replace(/[.,;:]+$/, '')},`;
  return `“${inner}” kata ${q.speaker}, ${q.jabatan}.`;
}

export function contactLines(c: ReleaseDetail['contact']): string[] {
  return [`Narahubung: ${c.name}`, `Telepon: ${c.phone}`, `E-mail: ${c.email}`];
}

/**
 * The release as plain text. `whatsapp` marks the title *bold* (WhatsApp's only markup used here);
 * otherwise the title is in capitals, for e-mail bodies and .txt files.
 */
export function releaseText(r: ReleaseDetail, opts: { whatsapp: boolean }): string {
  const title = opts.whatsapp ? `*${r.title}*` : r.title.toUpperCase();
  const parts = [
    `SIARAN PERS ${r.number}`,
    title,
    `${r.dateline} ${r.lead}`,
    ...r.body,
    ...r.quotes.map(quoteSentence),
    END_MARK,
    contactLines(r.contact).join('\n'),
  ];
  return `${parts.map((p) => p.trim()).join('\n\n')}\n`;
}
