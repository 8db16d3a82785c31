// Personal data of requesters and journalists (UU 27/2022 PDP; DOMAIN.md "Personal data"): the
// retention period, the anonymisation of closed cases whose retention ended, and a data subject's
// copy of everything the archive holds about them (hak akses, UU 27/2022 Ps 7 and 32).
import { z } from '../zod';
import { defineChannels } from '../define';
import { Id } from '../fields';
import { DEFAULT_RETENTION_YEARS, MAX_RETENTION_YEARS, MIN_RETENTION_YEARS } from '../../domain/pdp/retention';
import { nikProblem, normalizeNik } from '../../domain/requests/nik';
import { FileOut } from './letters';

export const RetentionView = z.object({
  /** Whole years after a case closes (office-local date). */
  years: z.number().int(),
  defaultYears: z.literal(DEFAULT_RETENTION_YEARS),
  /** True until an administrator saves a number. */
  isDefault: z.boolean(),
  updatedAt: z.string().nullable(),
});
export type RetentionView = z.infer<typeof RetentionView>;

export const RetentionInput = z.object({
  years: z
    .number({ error: 'Masa retensi harus angka tahun.' })
    .int({ error: 'Masa retensi harus bilangan bulat tahun.' })
    .min(MIN_RETENTION_YEARS, { error: `Masa retensi sedikitnya ${MIN_RETENTION_YEARS} tahun.` })
    .max(MAX_RETENTION_YEARS, { error: `Masa retensi paling lama ${MAX_RETENTION_YEARS} tahun.` }),
});

export const AnonymiseInput = z.object({
  /** Default true: only a caller that says so in as many words changes anything. */
  dryRun: z.boolean({ error: 'dryRun harus true atau false.' }).default(true),
});

export const AnonymiseCounts = z.object({
  requests: z.number().int(),
  requesters: z.number().int(),
  objections: z.number().int(),
  disputes: z.number().int(),
  /** Issued letters whose stored snapshot loses the identity (their PDF/DOCX files stay: see README). */
  letters: z.number().int(),
  journalists: z.number().int(),
  inquiries: z.number().int(),
  /** Of `objections`: those filed without a request (UU KIP Ps 35(1) huruf b), each with its own objector. */
  objectionsWithoutRequest: z.number().int(),
});
export type AnonymiseCounts = z.infer<typeof AnonymiseCounts>;

export const AnonymiseReport = z.object({
  dryRun: z.boolean(),
  /** Office-local today, and the last close date whose retention has ended. */
  today: z.string(),
  cutoff: z.string(),
  years: z.number().int(),
  /** Cases by their numbers and close dates only: the list itself names nobody. */
  cases: z.array(z.object({ requestId: z.number().int(), number: z.string(), closedOn: z.string(), objections: z.array(z.string()), disputes: z.number().int() })),
  journalists: z.array(z.object({ journalistId: z.number().int(), inquiries: z.array(z.string()), closedOn: z.string() })),
  /** Objections filed without a request: the objection is the whole case (its objector's own row). */
  objectionsWithoutRequest: z.array(z.object({ objectionId: z.number().int(), number: z.string(), closedOn: z.string(), disputes: z.number().int() })),
  counts: AnonymiseCounts,
  /** The audit entry of the run; null for a dry run, which writes nothing. */
  auditSeq: z.number().int().nullable(),
});
export type AnonymiseReport = z.infer<typeof AnonymiseReport>;

export const EXPORT_FORMATS = ['json', 'pdf'] as const;

export const SubjectExportInput = z
  .object({
    /** Every request by the person with this NIK. */
    nik: z
      .string({ error: 'NIK harus berupa teks.' })
      .trim()
      .transform(normalizeNik)
      .superRefine((value, ctx) => {
        const problem = nikProblem(value);
        if (problem) ctx.addIssue({ code: 'custom', message: problem });
      })
      .optional(),
    /** The requester of a request, and every other request under the same identity number. */
    requesterId: Id.optional(),
    format: z.enum(EXPORT_FORMATS, { error: 'Format ekspor harus json atau pdf.' }),
  })
  .refine((v) => (v.nik === undefined) !== (v.requesterId === undefined), {
    error: 'Sebutkan salah satu: NIK pemohon atau nomor data pemohon (requesterId).',
  });
export type SubjectExportInput = z.input<typeof SubjectExportInput>;

export const SubjectCounts = z.object({
  requesters: z.number().int(),
  requests: z.number().int(),
  objections: z.number().int(),
  disputes: z.number().int(),
  letters: z.number().int(),
  events: z.number().int(),
  auditEntries: z.number().int(),
});

const None = z.object({}).strict();

export const pdpChannels = defineChannels({
  'pdp:retention': {
    summary: 'Masa retensi data pribadi pemohon (tahun setelah perkara ditutup).',
    input: None,
    output: RetentionView,
  },
  'pdp:setRetention': {
    summary: 'Ubah masa retensi data pribadi (UU 27/2022 Pasal 44 ayat (1) huruf a; sesuaikan dengan jadwal retensi arsip kantor).',
    input: RetentionInput,
    output: RetentionView,
  },
  'pdp:anonymise': {
    summary: 'Anonimkan identitas pada perkara tertutup yang masa retensinya berakhir; dryRun (bawaan) hanya menampilkan daftarnya.',
    input: AnonymiseInput,
    output: AnonymiseReport,
  },
  'pdp:export': {
    summary: 'Salinan semua data seorang pemohon (hak akses subjek data, UU 27/2022 Pasal 7) sebagai JSON atau PDF.',
    input: SubjectExportInput,
    output: FileOut.extend({ counts: SubjectCounts }),
  },
});
