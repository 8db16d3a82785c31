// The frame every letter shares (Tata Naskah Dinas practice): kop surat, place and date, the
// Nomor/Sifat/Lampiran/Perihal block, the addressee, the body, the signature with room for a wet
// signature or stamp, and the tembusan.
import { formatTanggal } from '../../../../shared/domain/calendar/format';
import { LETTER_LABEL } from '../../../../shared/domain/letters';
import type { Block, DocumentSpec, Letterhead, Run } from '../../documents/model';
import type { LetterSnapshot } from '../snapshot';
import { ppidSignatureBlock, type SignedAt } from '../signature';

export interface BuildEnv {
  letterhead?: Letterhead;
  /** The issue time: fixed so that the same record renders to the same bytes. */
  createdAt: Date;
}

/** A value the case left empty prints as '-', never as a blank the reader cannot tell from an omission. */
export const orDash = (value: string | null | undefined): string => (value && value.trim() !== '' ? value : '-');

export const tanggal = (date: string | null | undefined): string => (date ? formatTanggal(date) : '-');

export function placeDate(s: LetterSnapshot): string {
  return `${s.office.city}, ${formatTanggal(s.issuedDate)}`;
}

export const para = (text: string | Run[], extra: Partial<Extract<Block, { type: 'paragraph' }>> = {}): Block => ({
  type: 'paragraph',
  runs: typeof text === 'string' ? [{ text }] : text,
  align: 'justify',
  ...extra,
});

export const line = (text: string, bold = false): Block => ({ type: 'paragraph', runs: [{ text, bold }], align: 'left', spaceAfterPt: 0 });

/** Nomor/Sifat/Lampiran/Perihal, the head of every official letter. */
export function headFields(s: LetterSnapshot, perihal: string = LETTER_LABEL[s.type]): Block {
  return {
    type: 'fields',
    labelWidthMm: 25,
    rows: [
      { label: 'Nomor', value: s.number },
      { label: 'Sifat', value: orDash(s.details.sifat) },
      { label: 'Lampiran', value: orDash(s.details.lampiran) },
      { label: 'Perihal', value: [{ text: perihal, bold: true }] },
    ],
  };
}

/**
 * The salutation line by requester kind. A legal entity (id_type badan_hukum: a yayasan, a
 * perkumpulan, a PT) is addressed through its leadership, "Yth. Pimpinan Yayasan …", as letters
 * to an organisation are (Tata Naskah Dinas); never "Sdr." before an organisation's name. A
 * person is "Yth. Sdr. NAME": Tata Naskah Dinas (Permendagri 1/2023, Perka ANRI 2/2014) writes
 * "Sdr." (Saudara, for men and women alike) before a name without a title, and the body of every
 * letter here says "Saudara"; "Bapak/Ibu" is for correspondence between officials, and the app
 * records no sex to choose "Sdri.".
 */
export function salutation(requester: { name: string; idType: 'nik' | 'badan_hukum' }): string {
  const name = requester.name.trim();
  if (requester.idType === 'badan_hukum') {
    // "Pimpinan PT …", unless the name already says who leads it ("Ketua Yayasan …", "Direktur …").
    return /^(pimpinan|ketua|direktur|direksi|pengurus|kepala)\b/i.test(name) ? `Yth. ${name}` : `Yth. Pimpinan ${name}`;
  }
  return `Yth. Sdr. ${name}`;
}

/** "Yth. …", the address, "di Tempat". A proxy (kuasa) receives it on the requester's behalf. */
export function addressee(s: LetterSnapshot, proxyName = s.request.requester.proxyName): Block[] {
  const r = s.request.requester;
  return [
    line('Kepada'),
    line(salutation(r), true),
    ...(proxyName ? [line(`melalui kuasanya, Sdr. ${proxyName}`)] : []),
    line(r.address),
    { type: 'paragraph', runs: [{ text: 'di Tempat' }], align: 'left', spaceAfterPt: 12 },
  ];
}

/** Place and date of a letter as the signature block prints it. */
export const signedAt = (s: LetterSnapshot, decree = false): SignedAt => ({ place: s.office.city, date: formatTanggal(s.issuedDate), ...(decree ? { decree } : {}) });

/** The PPID's signature, dated when the letter has no date line of its own (forms and decrees). */
export const ppidSignature = (s: LetterSnapshot, at: 'none' | 'dated' | 'decree' = 'none'): Block =>
  ppidSignatureBlock(s.office, at === 'none' ? undefined : signedAt(s, at === 'decree'));

export function tembusan(s: LetterSnapshot): Block[] {
  const items = s.details.tembusan.filter((t) => t.trim() !== '');
  if (items.length === 0) return [];
  return [{ type: 'spacer', heightMm: 6 }, line('Tembusan:'), { type: 'list', style: 'decimal', items }];
}

/** A surat: place and date at the top right, head fields, addressee, then the body and signature. */
export function surat(s: LetterSnapshot, env: BuildEnv, body: Block[], sign: Block, perihal?: string): DocumentSpec {
  return frame(s, env, [
    { type: 'paragraph', runs: [{ text: placeDate(s) }], align: 'right' },
    headFields(s, perihal),
    { type: 'spacer', heightMm: 4 },
    ...addressee(s),
    ...body,
    sign,
    ...tembusan(s),
  ]);
}

/** A form or decree: a centred title with its number, the body, and the dated signature. */
export function formulir(s: LetterSnapshot, env: BuildEnv, title: string, subtitle: string, body: Block[], sign: Block): DocumentSpec {
  return frame(s, env, [{ type: 'title', text: title, subtitle }, ...body, sign, ...tembusan(s)]);
}

function frame(s: LetterSnapshot, env: BuildEnv, blocks: Block[]): DocumentSpec {
  const label = LETTER_LABEL[s.type];
  const spec: DocumentSpec = {
    meta: {
      title: `${label} ${s.number}`,
      author: s.office.instansiLines.join(' '),
      subject: s.objection?.withoutRequest ? `${label} — keberatan ${s.objection.number}` : `${label} — permohonan ${s.request.number}`,
      keywords: ['PPID', 'UU 14/2008', ...(s.request.number ? [s.request.number] : []), s.number],
      language: 'id-ID',
      createdAt: env.createdAt,
    },
    page: { size: 'A4', orientation: 'portrait' },
    footer: { pageNumbers: true, text: `Nomor ${s.number}${s.version > 1 ? ` (versi ${s.version})` : ''}` },
    blocks,
  };
  if (env.letterhead) spec.letterhead = env.letterhead;
  return spec;
}
