// The published lists of the archive and the letters made from a document's classification:
// the SK penetapan DIP (number, date, last update), and the penetapan klasifikasi and lembar uji
// konsekuensi of an exempt document (PP 61/2010 Ps 5-6; Perki 1/2021 Ps 49(2)). Spread into
// archiveChannels (channels/archive.ts).
import { z } from '../zod';
import { defineChannels } from '../define';
import { Id, LocalDate, optionalText } from '../fields';
import { DOCUMENT_LETTER_TYPES, LETTER_FORMATS } from '../../domain/letters';
import { FileOut } from './letters';

export const DipDecree = z.object({
  /** Nomor SK penetapan Daftar Informasi Publik. */
  number: optionalText('Nomor SK penetapan DIP', 200),
  date: LocalDate('Tanggal SK penetapan DIP').nullable().default(null),
  /** Tanggal pemutakhiran terakhir (the DIP is updated at least yearly). */
  updatedDate: LocalDate('Tanggal pemutakhiran DIP').nullable().default(null),
});
export type DipDecree = z.output<typeof DipDecree>;

const DipDecreeInput = DipDecree.superRefine((v, ctx) => {
  if ((v.number === '') !== (v.date === null)) {
    ctx.addIssue({ code: 'custom', path: [v.number === '' ? 'number' : 'date'], message: 'Isi nomor dan tanggal SK penetapan DIP bersama-sama.' });
  }
  if (v.date && v.updatedDate && v.updatedDate < v.date) {
    ctx.addIssue({ code: 'custom', path: ['updatedDate'], message: 'Tanggal pemutakhiran tidak boleh sebelum tanggal SK penetapan DIP.' });
  }
});

const DocumentLetterTypeField = z.enum(DOCUMENT_LETTER_TYPES, { error: `Jenis surat harus salah satu dari: ${DOCUMENT_LETTER_TYPES.join(', ')}.` });

export const DocumentLetterView = z.object({
  id: z.number().int(),
  type: z.enum(DOCUMENT_LETTER_TYPES),
  label: z.string(),
  documentId: z.number().int(),
  number: z.string(),
  version: z.number().int(),
  issuedDate: z.string(),
  issuedAt: z.string(),
  issuedBy: z.string(),
  supersededBy: z.number().int().nullable(),
  pdfSha256: z.string(),
  docxSha256: z.string(),
});
export type DocumentLetterView = z.infer<typeof DocumentLetterView>;

export const DocumentLetterOption = z.object({
  type: z.enum(DOCUMENT_LETTER_TYPES),
  label: z.string(),
  available: z.boolean(),
  /** Why the classification does not allow it yet, naming the missing step; null when available. */
  reason: z.string().nullable(),
  issued: DocumentLetterView.nullable(),
});
export type DocumentLetterOption = z.infer<typeof DocumentLetterOption>;

export const archiveDipChannels = defineChannels({
  'archive:dipDecree': {
    summary: 'SK penetapan Daftar Informasi Publik (nomor, tanggal) dan tanggal pemutakhiran terakhirnya.',
    input: z.object({}).strict(),
    output: DipDecree,
  },
  'archive:setDipDecree': {
    summary: 'Simpan nomor dan tanggal SK penetapan DIP serta tanggal pemutakhirannya (dicetak di kepala DIP).',
    input: DipDecreeInput,
    output: DipDecree,
  },
  'archive:letters': {
    summary: 'Surat yang dapat dibuat dari klasifikasi dokumen ini (penetapan klasifikasi, lembar uji konsekuensi) dan yang sudah diterbitkan.',
    input: z.object({ documentId: Id }),
    output: z.object({ options: z.array(DocumentLetterOption), letters: z.array(DocumentLetterView) }),
  },
  'archive:issueLetter': {
    summary: 'Terbitkan penetapan klasifikasi atau lembar uji konsekuensi dari klasifikasi dokumen: nomor diberikan sekali, PDF dan DOCX disimpan.',
    input: z.object({
      documentId: Id,
      type: DocumentLetterTypeField,
      newVersion: z.boolean({ error: 'newVersion harus true atau false.' }).default(false),
    }),
    output: DocumentLetterView,
  },
  'archive:letterFile': {
    summary: 'Berkas surat klasifikasi yang tersimpan (PDF atau DOCX), persis seperti saat diterbitkan.',
    input: z.object({ id: Id, format: z.enum(LETTER_FORMATS, { error: 'Format surat harus pdf atau docx.' }) }),
    output: FileOut,
  },
});
