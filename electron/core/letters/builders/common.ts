// The frame every letter shares (Tata Naskah Dinas practice): kop surat, place and date, the
// Nomor/Sifat/Lampiran/Perihal block, the addressee, the body, the signature with room for a wet
// signature or stamp, and the tembusan.
import { formatTanggal } from '../../../../shared/domain/calendar/format';
import { LETTER_LABEL } from '../../../../shared/domain/letters';
import type { Block, DocumentSpec, Letterhead, Run } from '../../documents/model';
import type { LetterSnapshot, Official } from '../snapshot';

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

/** "Yth. Sdr. …", the address, "di Tempat". A proxy (kuasa) receives it on the requester's behalf. */
export function addressee(s: LetterSnapshot, proxyName = s.request.requester.proxyName): Block[] {
  const r = s.request.requester;
  return [
    line('Kepada'),
    line(`Yth. Sdr. ${r.name}`, true),
    ...(proxyName ? [line(`melalui kuasanya, Sdr. ${proxyName}`)] : []),
    line(r.address),
    { type: 'paragraph', runs: [{ text: 'di Tempat' }], align: 'left', spaceAfterPt: 12 },
  ];
}

export function signature(official: Official, titleLines: string[], withPlaceDate?: LetterSnapshot): Block {
  return {
    type: 'signature',
    ...(withPlaceDate ? { placeDate: placeDate(withPlaceDate) } : {}),
    titleLines,
    name: official.name,
    ...(official.nip ? { nip: `NIP. ${official.nip}` } : {}),
  };
}

export const ppidSignature = (s: LetterSnapshot, withPlaceDate = false): Block =>
  signature(s.office.ppid, ['Pejabat Pengelola Informasi dan Dokumentasi', `${s.office.unit},`], withPlaceDate ? s : undefined);

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
      subject: `${label} — permohonan ${s.request.number}`,
      keywords: ['PPID', 'UU 14/2008', s.request.number, s.number],
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
