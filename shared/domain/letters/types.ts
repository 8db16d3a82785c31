// The formal letters of a KIP case (DOMAIN.md, "Records and their fields"; UU KIP Ps 22, 35-36)
// and the registers. Which case each letter belongs to and which case state it needs live here so
// that the core, the CLI and the renderer name the same missing step.

export const LETTER_TYPES = [
  'tanda-bukti',
  'pemberitahuan',
  'perpanjangan',
  'penolakan',
  'keberatan-tanda-bukti',
  'keberatan-tanggapan',
  'penyerahan',
  'pemberitahuan-kelengkapan',
  'kuitansi',
] as const;
export type LetterType = (typeof LETTER_TYPES)[number];

/**
 * Letters laid out as a surat, with the Nomor/Sifat/Lampiran/Perihal head (letters/builders
 * surat()); receipts and the refusal decree are forms without one, so Sifat and Lampiran are not
 * asked for them.
 */
export const LETTERS_WITH_HEAD: readonly LetterType[] = ['pemberitahuan', 'perpanjangan', 'keberatan-tanggapan', 'pemberitahuan-kelengkapan'];

export const CASE_KINDS = ['request', 'objection'] as const;
export type CaseKind = (typeof CASE_KINDS)[number];

/** The case a letter is written for: a request (permohonan) or an objection (keberatan). */
export const LETTER_CASE_KIND: Record<LetterType, CaseKind> = {
  'tanda-bukti': 'request',
  pemberitahuan: 'request',
  perpanjangan: 'request',
  penolakan: 'request',
  'keberatan-tanda-bukti': 'objection',
  'keberatan-tanggapan': 'objection',
  penyerahan: 'request',
  'pemberitahuan-kelengkapan': 'request',
  kuitansi: 'request',
};

/** The letter's name as the officer reads it (also the Perihal of the letter). */
export const LETTER_LABEL: Record<LetterType, string> = {
  'tanda-bukti': 'Tanda Bukti Penerimaan Permohonan Informasi Publik',
  pemberitahuan: 'Pemberitahuan Tertulis atas Permohonan Informasi Publik',
  perpanjangan: 'Pemberitahuan Perpanjangan Jangka Waktu',
  penolakan: 'Keputusan PPID tentang Penolakan Permohonan Informasi Publik',
  'keberatan-tanda-bukti': 'Tanda Bukti Penerimaan Keberatan',
  'keberatan-tanggapan': 'Tanggapan Atasan PPID atas Keberatan',
  penyerahan: 'Tanda Bukti Penyerahan Informasi Publik',
  'pemberitahuan-kelengkapan': 'Pemberitahuan Kelengkapan Permohonan dan Biaya',
  kuitansi: 'Kuitansi Pembayaran Biaya Salinan Informasi',
};

/**
 * Letters made from an archive document's classification rather than from a case: the PPID's
 * decree classifying information as exempt (PP 61/2010 Ps 5-6: jenis informasi, PPID, badan
 * publik/unit, jangka waktu, alasan with the consequence analysis, tempat/tanggal) and the lembar
 * uji konsekuensi (Perki 1/2021 Ps 49(2)). Numbered like the case letters, from the same patterns.
 */
export const DOCUMENT_LETTER_TYPES = ['penetapan-klasifikasi', 'uji-konsekuensi'] as const;
export type DocumentLetterType = (typeof DOCUMENT_LETTER_TYPES)[number];

export const DOCUMENT_LETTER_LABEL: Record<DocumentLetterType, string> = {
  'penetapan-klasifikasi': 'Keputusan PPID tentang Penetapan Klasifikasi Informasi yang Dikecualikan',
  'uji-konsekuensi': 'Lembar Uji Konsekuensi Informasi yang Dikecualikan',
};

/** Every type with a number pattern in Pengaturan › Penomoran. */
export const NUMBERED_LETTER_TYPES = [...LETTER_TYPES, ...DOCUMENT_LETTER_TYPES] as const;
export type NumberedLetterType = (typeof NUMBERED_LETTER_TYPES)[number];

export function isDocumentLetterType(value: string): value is DocumentLetterType {
  return (DOCUMENT_LETTER_TYPES as readonly string[]).includes(value);
}

export const REGISTER_KINDS = ['permohonan', 'keberatan'] as const;
export type RegisterKind = (typeof REGISTER_KINDS)[number];
export const REGISTER_FORMATS = ['pdf', 'docx', 'xlsx', 'csv'] as const;
export type RegisterFormat = (typeof REGISTER_FORMATS)[number];
export const LETTER_FORMATS = ['pdf', 'docx'] as const;
export type LetterFormat = (typeof LETTER_FORMATS)[number];
