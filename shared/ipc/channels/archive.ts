// The public-information archive (Daftar Informasi Publik, UU KIP Ps 7(3), Ps 9-11, Ps 17):
// import files, classify them as DIP entries, search them in full text, link them to requests.
import { z } from '../zod';
import { defineChannels } from '../define';
import { ExpectedVersion, Id, LocalDate, optionalText, requiredText } from '../fields';
import {
  DIP_CATEGORIES,
  DIP_FORMS,
  EXEMPTION_LETTERS,
  type ExemptionLetter,
  FILE_TYPES,
  IMPORT_VERDICTS,
  MAX_IMPORT_BYTES,
} from '../../domain/archive/fields';
import { CONSEQUENCE_STEP_FIELDS, consequenceIssues } from '../consequence';
import { IMPORT_REASON_CODES } from '../../domain/archive/reasons';
import { archiveRecordChannels } from './archiveRecords';
import { archiveDipChannels } from './archiveDip';

const BatchId = z.string({ error: 'Nomor impor wajib diisi.' }).trim().min(1, { error: 'Nomor impor wajib diisi.' }).max(100);

export const ImportItem = z.object({
  name: z.string(),
  /** Where it was in the chosen folder (or the path given), for the report. */
  relativePath: z.string(),
  verdict: z.enum(IMPORT_VERDICTS),
  /** Indonesian reason when rejected; why it is a duplicate. */
  reason: z.string().nullable(),
  /** The same reason as a code and parameters, for the page to say it in the UI language (shared/domain/archive/reasons.ts). */
  reasonCode: z.enum(IMPORT_REASON_CODES).nullable().default(null),
  reasonParams: z.record(z.string(), z.union([z.string(), z.number()])).default({}),
  /** The failing library's own words (often English): a technical detail for support, never shown as the reason. */
  detail: z.string().nullable().default(null),
  documentId: z.number().int().nullable(),
  title: z.string().nullable(),
  fileType: z.enum(FILE_TYPES).nullable(),
  notes: z.array(z.string()),
});
export type ImportItem = z.infer<typeof ImportItem>;

export const ImportReport = z.object({
  batchId: z.string(),
  items: z.array(ImportItem),
  cancelled: z.boolean(),
  counts: z.object({ imported: z.number().int(), duplicate: z.number().int(), rejected: z.number().int(), encrypted: z.number().int(), skipped: z.number().int() }),
});
export type ImportReport = z.infer<typeof ImportReport>;

// base64 carries 4 characters per 3 bytes.
const MAX_BASE64 = Math.ceil(MAX_IMPORT_BYTES / 3) * 4;

/**
 * A file's name or path as the file system spells it: any character a file system allows (the
 * importer's verdict lines escape what a terminal would act on), but never NUL, which none allows.
 */
const FileName = (label: string, max: number, required = true) =>
  z
    .string({ error: `${label} wajib diisi.` })
    .trim()
    .min(required ? 1 : 0, { error: `${label} wajib diisi.` })
    .max(max, { error: `${label} paling banyak ${max} karakter.` })
    .refine((v) => !v.includes('\0'), { error: `${label} mengandung karakter NUL yang tidak diizinkan.` });

export const ImportFileInput = z.object({
  batchId: BatchId.optional(),
  name: FileName('Nama berkas', 500),
  relativePath: FileName('Letak berkas', 2000, false).default(''),
  dataBase64: z
    .string({ error: 'Isi berkas wajib dikirim (base64).' })
    .max(MAX_BASE64, { error: `Berkas lebih besar dari ${MAX_IMPORT_BYTES / 1024 / 1024} MB; pisahkan atau kecilkan dahulu.` })
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, { error: 'Isi berkas bukan base64 yang sah.' }),
});

export const ImportPathsInput = z.object({
  batchId: BatchId,
  paths: z.array(FileName('Letak berkas atau folder', 4000)).min(1, { error: 'Pilih sedikitnya satu berkas atau folder.' }).max(1000),
});

export const Segment = z.object({ text: z.string(), hit: z.boolean() });
export type Segment = z.infer<typeof Segment>;

export const SearchInput = z.object({
  /** Any string: it becomes quoted prefix terms, never raw FTS syntax. Blank lists the newest. */
  query: z.string().max(10_000, { error: 'Kata pencarian terlalu panjang (paling banyak 10.000 karakter).' }).default(''),
  category: z.enum(DIP_CATEGORIES).or(z.literal('none')).optional(),
  unit: z.string().trim().max(200).optional(),
  year: z.number().int().min(1900).max(2199).optional(),
  fileType: z.enum(FILE_TYPES).optional(),
  limit: z.number().int().min(1).max(100).default(20),
  offset: z.number().int().min(0).max(10_000).default(0),
});
export type SearchInput = z.input<typeof SearchInput>;

export const SearchHit = z.object({
  id: z.number().int(),
  title: z.string(),
  fileName: z.string(),
  fileType: z.enum(FILE_TYPES),
  category: z.enum(DIP_CATEGORIES).nullable(),
  unit: z.string(),
  year: z.number().int().nullable(),
  encrypted: z.boolean(),
  importedAt: z.string(),
  /** The best passage, hits marked; the renderer shows hits as <mark> without parsing HTML. */
  snippet: z.array(Segment),
});
export type SearchHit = z.infer<typeof SearchHit>;

export const SearchResult = z.object({ hits: z.array(SearchHit), hasMore: z.boolean() });
export type SearchResult = z.infer<typeof SearchResult>;

const NullableDate = (label: string) => LocalDate(label).nullable().default(null);

export const DipFields = z.object({
  dipNumber: optionalText('Nomor DIP', 100),
  title: requiredText('Judul informasi', 500),
  summary: optionalText('Ringkasan isi informasi', 4000, 'multiline'),
  unit: optionalText('Unit penguasa informasi', 200),
  responsible: optionalText('Penanggung jawab', 200),
  producedDate: NullableDate('Tanggal pembuatan'),
  producedPlace: optionalText('Tempat pembuatan', 200),
  form: z.enum(DIP_FORMS, { error: 'Bentuk informasi harus softcopy, hardcopy atau keduanya.' }).default('softcopy'),
  retention: optionalText('Jangka waktu penyimpanan', 200),
  category: z.enum(DIP_CATEGORIES, { error: 'Kategori harus berkala, serta-merta, tersedia setiap saat atau dikecualikan.' }).nullable().default(null),
  /** The first Ps 17 letter of the basis; kept for callers that name one letter only. */
  exemptionLetter: z.enum(EXEMPTION_LETTERS, { error: 'Dasar pengecualian harus huruf a sampai j (UU KIP Pasal 17).' }).nullable().default(null),
  /** Every Ps 17 letter the exemption rests on (a-j); merged with exemptionLetter. */
  exemptionLetters: z
    .array(z.enum(EXEMPTION_LETTERS, { error: 'Dasar pengecualian harus huruf a sampai j (UU KIP Pasal 17).' }), { error: 'Dasar pengecualian harus berupa daftar huruf a-j.' })
    .max(EXEMPTION_LETTERS.length)
    .default([]),
  exemptionLaw: optionalText('Peraturan yang menjadi dasar pengecualian', 500),
  // Uji konsekuensi in its steps and its period (shared with a request's refusal: shared/ipc/consequence.ts).
  ...CONSEQUENCE_STEP_FIELDS,
  /** The note of the test; before the steps existed, the whole test as free text (migration 012). */
  consequenceTest: optionalText('Catatan uji konsekuensi', 8000, 'multiline'),
  decreeNumber: optionalText('Nomor penetapan pengecualian', 200),
  decreeDate: NullableDate('Tanggal penetapan pengecualian'),
  reviewDate: NullableDate('Tanggal peninjauan ulang'),
});

/**
 * The same fields as stored, for output: a title taken from a file's name or metadata at import may
 * hold characters DipFields refuses, and must still be shown so that the officer can correct it.
 */
export const DipFieldsView = z.object({
  dipNumber: z.string(),
  title: z.string(),
  summary: z.string(),
  unit: z.string(),
  responsible: z.string(),
  producedDate: z.string().nullable(),
  producedPlace: z.string(),
  form: z.enum(DIP_FORMS),
  retention: z.string(),
  category: z.enum(DIP_CATEGORIES).nullable(),
  exemptionLetter: z.enum(EXEMPTION_LETTERS).nullable(),
  exemptionLetters: z.array(z.enum(EXEMPTION_LETTERS)),
  exemptionLaw: z.string(),
  consequenceInformation: z.string(),
  consequenceHarm: z.string(),
  consequencePublicInterest: z.string(),
  consequenceTest: z.string(),
  exemptionYears: z.number().int().nullable(),
  exemptionPermanent: z.boolean(),
  decreeNumber: z.string(),
  decreeDate: z.string().nullable(),
  reviewDate: z.string().nullable(),
});

/** The Ps 17 letters of the basis, in a-j order: the list and the single letter merged. */
export function basisLetters(v: { exemptionLetter: ExemptionLetter | null; exemptionLetters: readonly ExemptionLetter[] }): ExemptionLetter[] {
  const chosen = new Set<ExemptionLetter>(v.exemptionLetters);
  if (v.exemptionLetter) chosen.add(v.exemptionLetter);
  return EXEMPTION_LETTERS.filter((l) => chosen.has(l));
}

/**
 * UU KIP Ps 17 and Ps 19; Perki 1/2021 Ps 49(2): an exempt item carries its basis, its consequence
 * test and its term. The test is its steps (harm if opened, the public-interest balance); a record
 * carried over from before the steps existed (migration 012) keeps its free text as the note and
 * stays valid until the officer fills the steps; a test half filled in is refused.
 */
export function checkExemption(v: z.output<typeof DipFields>, ctx: z.RefinementCtx): void {
  if (v.category !== 'dikecualikan') return;
  const need = (ok: boolean, path: string, message: string) => {
    if (!ok) ctx.addIssue({ code: 'custom', path: [path], message });
  };
  const letters = basisLetters(v);
  need(letters.length > 0, 'exemptionLetters', 'Pilih sedikitnya satu dasar pengecualian (UU KIP Pasal 17 huruf a-j).');
  need(v.exemptionLaw !== '', 'exemptionLaw', 'Sebutkan peraturan yang menjadi dasar pengecualian.');
  for (const i of consequenceIssues(v, letters, { noteSuffices: v.consequenceTest !== '', needPeriod: true })) need(false, i.path, i.message);
  // The decree may come later: issuing the penetapan klasifikasi from the pane fills both fields.
  need(v.decreeNumber !== '' || v.decreeDate === null, 'decreeNumber', 'Isi nomor penetapan pengecualian bersama tanggalnya.');
  need(v.decreeDate !== null || v.decreeNumber === '', 'decreeDate', 'Isi tanggal penetapan pengecualian bersama nomornya.');
  need(v.reviewDate !== null, 'reviewDate', 'Tanggal peninjauan ulang wajib diisi.');
}

export const UpdateInput = DipFields.extend({ id: Id, version: ExpectedVersion }).superRefine(checkExemption);
export type UpdateInput = z.input<typeof UpdateInput>;

export const DocumentDetail = z.object({
  id: z.number().int(),
  sha256: z.string(),
  fileName: z.string(),
  fileType: z.enum(FILE_TYPES),
  mimeType: z.string(),
  size: z.number().int(),
  encrypted: z.boolean(),
  pageCount: z.number().int().nullable(),
  metaTitle: z.string(),
  metaAuthor: z.string(),
  metaCreated: z.string().nullable(),
  textChars: z.number().int(),
  textTruncated: z.boolean(),
  /** Sanitised HTML (DOCX); the renderer sanitises it again before showing it. */
  previewHtml: z.string().nullable(),
  /** The first part of the text (PDF and others without a preview). */
  textExcerpt: z.string(),
  importNotes: z.array(z.string()),
  importedAt: z.string(),
  year: z.number().int().nullable(),
  updatedAt: z.string(),
  /** Row version (db/versions.ts): sent back with every change, a stale one is refused. */
  version: z.number().int(),
  fields: DipFieldsView,
});
export type DocumentDetail = z.infer<typeof DocumentDetail>;

export const LinkedDocument = z.object({
  documentId: z.number().int(),
  title: z.string(),
  fileName: z.string(),
  category: z.enum(DIP_CATEGORIES).nullable(),
  linkedAt: z.string(),
});
export type LinkedDocument = z.infer<typeof LinkedDocument>;

export const ReviewDue = z.object({
  id: z.number().int(),
  title: z.string(),
  exemptionLetter: z.enum(EXEMPTION_LETTERS),
  reviewDate: z.string(),
  /** The review date is before today (office-local): the review is late, not just coming. */
  overdue: z.boolean(),
});

export const ExportedFile = z.object({ fileName: z.string(), mimeType: z.string(), dataBase64: z.string() });

export const archiveChannels = defineChannels({
  'archive:importFile': {
    summary: 'Impor satu berkas (base64, paling besar 50 MB) ke arsip DIP; hasilnya diimpor, duplikat, ditolak beserta alasannya, atau terenkripsi.',
    input: ImportFileInput,
    output: ImportItem,
  },
  'archive:importPaths': {
    summary: 'Impor berkas dan folder (termasuk subfolder) dari disk komputer ini; kemajuan dikirim lewat peristiwa archive:progress.',
    input: ImportPathsInput,
    output: ImportReport,
    serverPaths: true,
  },
  'archive:cancelImport': {
    summary: 'Hentikan impor yang sedang berjalan setelah berkas yang sedang dibaca.',
    input: z.object({ batchId: BatchId }),
    output: z.object({ cancelled: z.boolean() }),
  },
  'archive:search': {
    summary: 'Cari dokumen arsip dalam teks lengkap (judul, ringkasan, isi) dengan penyaring kategori, unit, tahun dan jenis berkas.',
    input: SearchInput,
    output: SearchResult,
  },
  'archive:get': {
    summary: 'Rincian satu dokumen arsip: isian DIP, metadata berkas dan pratinjau.',
    input: z.object({ id: Id }),
    output: DocumentDetail,
  },
  'archive:update': {
    summary: 'Simpan isian Daftar Informasi Publik satu dokumen (kategori, dan untuk informasi dikecualikan: dasar Pasal 17, uji konsekuensi, jangka waktu, penetapan, peninjauan ulang).',
    input: UpdateInput,
    output: DocumentDetail,
  },
  'archive:exportDip': {
    summary: 'Ekspor Daftar Informasi Publik (hanya informasi berkala, serta-merta dan setiap saat yang sudah diklasifikasi), atau dengan exempt: Daftar Informasi yang Dikecualikan, sebagai XLSX, PDF atau DOCX (PDF dan DOCX memakai kop surat).',
    input: z.object({
      format: z.enum(['xlsx', 'pdf', 'docx'], { error: 'Format harus xlsx, pdf atau docx.' }).default('xlsx'),
      /** The Daftar Informasi yang Dikecualikan instead of the published DIP. */
      exempt: z.boolean({ error: 'exempt harus true atau false.' }).default(false),
    }),
    output: ExportedFile,
  },
  'archive:reviewsDue': {
    summary: 'Informasi dikecualikan yang perlu ditinjau ulang: tanggal peninjauannya sudah lewat atau tiba dalam N hari ke depan (tanggal kantor).',
    input: z.object({
      withinDays: z.number({ error: 'Jumlah hari harus berupa angka.' }).int('Jumlah hari harus bilangan bulat.').min(0, 'Jumlah hari tidak boleh negatif.').max(366, 'Paling banyak 366 hari.').default(14),
    }),
    output: z.array(ReviewDue),
  },
  'archive:link': {
    summary: 'Catat bahwa dokumen arsip ini diberikan untuk permohonan tersebut.',
    input: z.object({ requestId: Id, documentId: Id }),
    output: z.array(LinkedDocument),
  },
  'archive:unlink': {
    summary: 'Hapus catatan dokumen arsip dari permohonan.',
    input: z.object({ requestId: Id, documentId: Id }),
    output: z.array(LinkedDocument),
  },
  'archive:links': {
    summary: 'Dokumen arsip yang dicatat untuk satu permohonan.',
    input: z.object({ requestId: Id }),
    output: z.array(LinkedDocument),
  },
  // Download, withdrawal and the import history.
  ...archiveRecordChannels,
  // The SK penetapan DIP and the classification letters.
  ...archiveDipChannels,
});
