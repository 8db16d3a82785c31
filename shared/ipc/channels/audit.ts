// Log audit (issue 14): the Admin reads who did what, filtered by officer, kind and dates, and
// exports it as XLSX like the other registers.
import { z } from '../zod';
import { defineChannels } from '../define';
import { LocalDate } from '../fields';

export const AuditFilter = z
  .object({
    /** Officer id; null = entries made without a signed-in officer (CLI, before accounts). */
    officerId: z.number().int().positive().nullable().optional(),
    /** Prefix of the action, e.g. "objections." or "requests.revealNik". */
    kind: z.string().trim().max(80).default(''),
    from: LocalDate('Tanggal awal').optional(),
    to: LocalDate('Tanggal akhir').optional(),
  })
  .strict()
  .refine((f) => !f.from || !f.to || f.from <= f.to, { error: 'Tanggal awal harus sebelum atau sama dengan tanggal akhir.', path: ['to'] });

export const AuditRow = z.object({
  seq: z.number().int(),
  at: z.string(),
  actor: z.string(),
  officerId: z.number().int().nullable(),
  action: z.string(),
  entity: z.string(),
  entityId: z.string().nullable(),
  /** The recorded data as JSON text (never a full NIK). */
  data: z.string(),
});
export type AuditRow = z.infer<typeof AuditRow>;

export const auditChannels = defineChannels({
  'audit:list': {
    summary: 'Log audit, terbaru dahulu, dengan saringan petugas, jenis tindakan dan rentang tanggal; per halaman.',
    input: z.object({ filter: AuditFilter.default({ kind: '' }), limit: z.number().int().min(1).max(500).default(100), beforeSeq: z.number().int().positive().optional() }).strict(),
    output: z.object({ rows: z.array(AuditRow), total: z.number().int(), kinds: z.array(z.string()) }),
  },
  'audit:export': {
    summary: 'Ekspor log audit yang tersaring sebagai XLSX (base64).',
    input: z.object({ filter: AuditFilter.default({ kind: '' }) }).strict(),
    output: z.object({ filename: z.string(), mime: z.string(), base64: z.string(), rows: z.number().int() }),
  },
});
