// The archive's records beyond search and classification: the original file of a document
// (download), withdrawing a document with a reason, and the import history (every run and its
// per-file verdicts, filterable by verdict). Spread into archiveChannels (channels/archive.ts).
import { z } from '../zod';
import { defineChannels } from '../define';
import { Id, requiredText } from '../fields';
import { FILE_TYPES, IMPORT_VERDICTS, MAX_IMPORT_BYTES } from '../../domain/archive/fields';
import { IMPORT_REASON_CODES } from '../../domain/archive/reasons';

const BatchId = z.string({ error: 'Nomor impor wajib diisi.' }).trim().min(1, { error: 'Nomor impor wajib diisi.' }).max(100);

/** A withdrawal is permanent and audited: the reason must say something ("salah unggah" will not do). */
export const WITHDRAW_REASON_MIN = 10;
export const WithdrawReason = requiredText('Alasan penarikan', 1000, 'multiline')
  .refine((v) => v.length >= WITHDRAW_REASON_MIN, {
    error: `Tulis alasan penarikan, sedikitnya ${WITHDRAW_REASON_MIN} karakter, mis. "memuat data pribadi pemohon".`,
    abort: true,
  })
  .refine((v) => (v.match(/\p{L}/gu) ?? []).length >= 5, { error: 'Alasan penarikan harus berupa kalimat, bukan hanya angka atau tanda baca.' });

export const VerdictCounts = z.object({
  imported: z.number().int(),
  duplicate: z.number().int(),
  rejected: z.number().int(),
  encrypted: z.number().int(),
  skipped: z.number().int(),
});

export const ImportRun = z.object({
  id: z.number().int(),
  batchId: z.string(),
  /** upload: sent by the page file by file; paths: read from this computer (desktop app, CLI). */
  source: z.enum(['upload', 'paths']),
  actor: z.string(),
  startedAt: z.string(),
  /** null while running, or when the page was left before the run ended. */
  finishedAt: z.string().nullable(),
  cancelled: z.boolean(),
  total: z.number().int(),
  counts: VerdictCounts,
});
export type ImportRun = z.infer<typeof ImportRun>;

export const ImportHistoryItem = z.object({
  id: z.number().int(),
  runId: z.number().int(),
  at: z.string(),
  name: z.string(),
  relativePath: z.string(),
  verdict: z.enum(IMPORT_VERDICTS),
  reason: z.string().nullable(),
  reasonCode: z.enum(IMPORT_REASON_CODES).nullable(),
  reasonParams: z.record(z.string(), z.union([z.string(), z.number()])),
  /** The failing library's own words, for support; never shown as the reason. */
  detail: z.string().nullable(),
  documentId: z.number().int().nullable(),
  title: z.string().nullable(),
  fileType: z.enum(FILE_TYPES).nullable(),
  notes: z.array(z.string()),
  /** The document is still in the archive (false once withdrawn). */
  documentExists: z.boolean(),
  /** When the document was withdrawn, if it was. */
  withdrawnAt: z.string().nullable(),
});
export type ImportHistoryItem = z.infer<typeof ImportHistoryItem>;

/** A file the page refused before sending it (too large) or could not send: recorded with the run. */
const UnsentFile = z.object({
  name: z.string().trim().min(1).max(500).refine((v) => !v.includes('\0')),
  relativePath: z.string().trim().max(2000).refine((v) => !v.includes('\0')).default(''),
  reasonCode: z.enum(['too_large', 'upload_failed']),
  size: z.number().int().min(0).optional(),
  message: z.string().max(500).optional(),
});

export const Withdrawal = z.object({
  documentId: z.number().int(),
  title: z.string(),
  fileName: z.string(),
  reason: z.string(),
  actor: z.string(),
  withdrawnAt: z.string(),
  /** The stored file was deleted (no other record names the same bytes). */
  blobRemoved: z.boolean(),
  /** Requests the document had been recorded for; those records were removed with it (audited). */
  unlinkedRequests: z.array(z.string()),
});

export const archiveRecordChannels = defineChannels({
  'archive:download': {
    summary: 'Berkas asli satu dokumen arsip (base64) dengan nama berkas dan jenisnya, untuk diunduh.',
    input: z.object({ id: Id }),
    output: z.object({ fileName: z.string(), mimeType: z.string(), size: z.number().int().max(MAX_IMPORT_BYTES), dataBase64: z.string() }),
  },
  'archive:withdraw': {
    summary: 'Tarik (hapus) satu dokumen dari arsip dengan alasan: hilang dari pencarian dan DIP, berkasnya dihapus bila tidak dipakai catatan lain; dicatat di log audit.',
    input: z.object({ id: Id, reason: WithdrawReason }),
    output: Withdrawal,
  },
  'archive:finishImport': {
    summary: 'Tutup satu impor dari halaman: catat apakah dihentikan, dan berkas yang tidak terkirim (terlalu besar, gagal terkirim).',
    input: z.object({ batchId: BatchId, cancelled: z.boolean().default(false), unsent: z.array(UnsentFile).max(20_000).default([]) }),
    output: ImportRun,
  },
  'archive:importRuns': {
    summary: 'Riwayat impor: setiap impor (terbaru dahulu) dengan jumlah berkas per hasil.',
    input: z.object({
      limit: z.number().int().min(1).max(100).default(20),
      /** Keyset: the id of the last run of the previous page. */
      beforeId: Id.optional(),
    }),
    output: z.object({ runs: z.array(ImportRun), hasMore: z.boolean() }),
  },
  'archive:importItems': {
    summary: 'Hasil per berkas dari satu impor (urutan dibaca) atau dari semua impor (terbaru dahulu), dapat disaring per hasil (diimpor, duplikat, ditolak, terenkripsi, dilewati).',
    input: z.object({
      runId: Id.optional(),
      verdicts: z.array(z.enum(IMPORT_VERDICTS, { error: 'Hasil harus diimpor, duplikat, ditolak, terenkripsi atau dilewati (imported, duplicate, rejected, encrypted, skipped).' })).max(5).optional(),
      limit: z.number().int().min(1).max(500).default(200),
      /** Keyset: the id of the last line of the previous page. */
      cursor: Id.optional(),
    }),
    output: z.object({ run: ImportRun.nullable(), items: z.array(ImportHistoryItem), hasMore: z.boolean(), counts: VerdictCounts }),
  },
});
