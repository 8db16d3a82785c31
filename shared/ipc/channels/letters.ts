// Formal letters of a case (issued once, numbered, kept as records) and the registers of requests
// and objections for a period (UU KIP Ps 22(7), 22(8), 36(2); Perki 1/2021; DOMAIN.md).
import { z } from '../zod';
import { defineChannels } from '../define';
import { Id, LocalDate, optionalText } from '../fields';
import { cleanText, textProblem } from '../text';
import {
  CASE_KINDS,
  LETTER_FORMATS,
  LETTER_TYPES,
  REGISTER_FORMATS,
  REGISTER_KINDS,
  patternProblem,
} from '../../domain/letters';

const list = (values: readonly string[]) => values.join(', ');

const LetterTypeField = z.enum(LETTER_TYPES, { error: `Jenis surat harus salah satu dari: ${list(LETTER_TYPES)}.` });
const CaseKindField = z.enum(CASE_KINDS, { error: 'Jenis perkara harus request (permohonan) atau objection (keberatan).' });
const CaseRef = z.object({ caseKind: CaseKindField, caseId: Id });

/** What the officer may add to a letter; everything else comes from the case. */
export const LetterDetailsInput = z.object({
  sifat: optionalText('Sifat surat', 40),
  lampiran: optionalText('Lampiran', 120),
  tembusan: z
    .array(cleanText('Setiap baris tembusan', 200, 'line', false), {
      error: 'Tembusan harus berupa daftar.',
    })
    .max(10, { error: 'Tembusan paling banyak 10 baris.' })
    .default([])
    .transform((lines) => lines.filter((l) => l !== '')),
  /** UU KIP Ps 22(7) huruf d. */
  materi: optionalText('Materi informasi yang akan diberikan', 2000, 'multiline'),
  /** UU KIP Ps 22(7) huruf e. */
  hitam: optionalText('Bagian yang dihitamkan dan alasannya', 2000, 'multiline'),
  /** UU KIP Ps 22(7) huruf f. */
  media: optionalText('Alat penyampai dan format informasi', 500),
  waktu: optionalText('Waktu penyediaan informasi', 200),
});
export type LetterDetailsInput = z.input<typeof LetterDetailsInput>;

export const LetterIssueInput = CaseRef.extend({
  type: LetterTypeField,
  details: LetterDetailsInput.optional(),
  /**
   * Re-issue after the case was edited: a new version under the same number; the old version and
   * its files stay as they were. Without it, issuing a letter that exists is refused.
   */
  newVersion: z.boolean({ error: 'newVersion harus true atau false.' }).default(false),
});
export type LetterIssueInput = z.input<typeof LetterIssueInput>;

export const LetterView = z.object({
  id: z.number().int(),
  type: z.enum(LETTER_TYPES),
  label: z.string(),
  caseKind: z.enum(CASE_KINDS),
  requestId: z.number().int().nullable(),
  objectionId: z.number().int().nullable(),
  number: z.string(),
  version: z.number().int(),
  issuedDate: z.string(),
  issuedAt: z.string(),
  issuedBy: z.string(),
  supersededBy: z.number().int().nullable(),
  pdfSha256: z.string(),
  docxSha256: z.string(),
});
export type LetterView = z.infer<typeof LetterView>;

export const LetterOption = z.object({
  type: z.enum(LETTER_TYPES),
  label: z.string(),
  available: z.boolean(),
  /** Why the case does not allow it yet, naming the missing step; null when available. */
  reason: z.string().nullable(),
  /** The current version when already issued. */
  issued: LetterView.nullable(),
});
export type LetterOption = z.infer<typeof LetterOption>;

export const FileOut = z.object({
  filename: z.string(),
  mime: z.string(),
  base64: z.string(),
  sha256: z.string(),
});
export type FileOut = z.infer<typeof FileOut>;

const LetterPattern = (label: string) =>
  z
    .string({ error: `Pola nomor ${label} wajib diisi.` })
    .trim()
    .superRefine((value, ctx) => {
      const unclean = textProblem(value, `Pola nomor ${label}`, 'line', false);
      const problem = unclean ? null : patternProblem(value);
      if (unclean) ctx.addIssue({ code: 'custom', message: unclean });
      if (problem) ctx.addIssue({ code: 'custom', message: `Pola nomor ${label}: ${problem}` });
    });

/** One number pattern per letter type; {unit} and the width of {seq} come from Pengaturan › Penomoran. */
export const LetterPatterns = z
  .object({
    'tanda-bukti': LetterPattern('tanda bukti permohonan'),
    pemberitahuan: LetterPattern('pemberitahuan tertulis'),
    perpanjangan: LetterPattern('pemberitahuan perpanjangan'),
    penolakan: LetterPattern('keputusan penolakan'),
    'keberatan-tanda-bukti': LetterPattern('tanda bukti keberatan'),
    'keberatan-tanggapan': LetterPattern('tanggapan atasan PPID'),
    'penetapan-klasifikasi': LetterPattern('penetapan klasifikasi informasi'),
    'uji-konsekuensi': LetterPattern('lembar uji konsekuensi'),
    penyerahan: LetterPattern('tanda bukti penyerahan informasi'),
    'pemberitahuan-kelengkapan': LetterPattern('pemberitahuan kelengkapan dan biaya'),
    kuitansi: LetterPattern('kuitansi'),
  })
  .strict();
export type LetterPatterns = z.output<typeof LetterPatterns>;

export const RegisterExportInput = z
  .object({
    kind: z.enum(REGISTER_KINDS, { error: 'Jenis register harus permohonan atau keberatan.' }),
    from: LocalDate('Tanggal awal periode'),
    to: LocalDate('Tanggal akhir periode'),
    format: z.enum(REGISTER_FORMATS, { error: `Format harus salah satu dari: ${list(REGISTER_FORMATS)}.` }),
  })
  .refine((v) => v.from <= v.to, { path: ['to'], error: 'Tanggal akhir periode tidak boleh sebelum tanggal awal.' });
export type RegisterExportInput = z.input<typeof RegisterExportInput>;

export const lettersChannels = defineChannels({
  'letters:available': {
    summary: 'Jenis surat yang dapat dibuat untuk perkara ini, dan alasan bila belum dapat.',
    input: CaseRef,
    output: z.array(LetterOption),
  },
  'letters:issue': {
    summary: 'Terbitkan surat dari data perkara: nomor diberikan sekali, berkas PDF dan DOCX disimpan sebagai arsip.',
    input: LetterIssueInput,
    output: LetterView,
  },
  'letters:list': {
    summary: 'Surat yang pernah diterbitkan untuk perkara ini, semua versi.',
    input: CaseRef,
    output: z.array(LetterView),
  },
  'letters:get': {
    summary: 'Rincian satu surat yang diterbitkan.',
    input: z.object({ id: Id }),
    output: LetterView,
  },
  'letters:file': {
    summary: 'Berkas surat yang tersimpan (PDF atau DOCX), persis seperti saat diterbitkan.',
    input: z.object({ id: Id, format: z.enum(LETTER_FORMATS, { error: 'Format surat harus pdf atau docx.' }) }),
    output: FileOut,
  },
  'letters:findCase': {
    summary: 'Cari perkara dari nomor pendaftaran permohonan (untuk keberatan: nomor keberatan itu, atau keberatan terakhir atas permohonan itu).',
    input: z.object({
      requestNumber: z.string({ error: 'Nomor pendaftaran permohonan wajib diisi.' }).trim().min(1, { error: 'Nomor pendaftaran permohonan wajib diisi.' }),
      caseKind: CaseKindField,
    }),
    output: z.object({ caseKind: z.enum(CASE_KINDS), caseId: z.number().int(), requestId: z.number().int().nullable(), number: z.string() }),
  },
  'letters:patterns': {
    summary: 'Pola nomor surat per jenis surat.',
    input: z.object({}).strict(),
    output: LetterPatterns,
  },
  'letters:setPatterns': {
    summary: 'Ubah pola nomor surat (berlaku untuk surat berikutnya; nomor urut bersambung per jenis dan tahun).',
    input: LetterPatterns,
    output: LetterPatterns,
  },
  'registers:export': {
    summary: 'Ekspor register permohonan atau keberatan untuk satu periode (PDF, DOCX, XLSX, CSV); NIK disamarkan.',
    input: RegisterExportInput,
    output: FileOut.extend({ rows: z.number().int() }),
  },
});
