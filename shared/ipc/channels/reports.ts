// Laporan: the public-information service report (UU KIP Ps 12; Perki 1/2021 Ps 56) for any period,
// its narrative sections kept per year, the cases behind each figure, and its exports.
//
// Counting rules (README "Laporan"): a case is counted in a period by the date of the event the
// figure names, so that four quarters add up to the year and a report re-run later gives the same
// numbers:
// - requests.received / by_*: received (office-local date) in the period;
// - granted_*, refused, refusal_reasons, extended, late, fulfilment_days: the decision's notice date
//   (pemberitahuan tertulis) in the period, whenever the request came in; `late` = notice after the
//   due date that applied (10, or 10 + 7 working days when extended; UU KIP Ps 22(7), 22(8));
//   `extended` = extension recorded in the period;
// - withdrawn: withdrawn in the period; open_at_end: received by `to`, neither answered nor
//   withdrawn by `to` (rebuilt from dates, not today's status);
// - objections: registered in the period; answered_in_time = answered within 30 working days
//   (UU KIP Ps 36(2)) among those answered in the period; upheld/not_upheld by answer date;
// - disputes: registered (filed) in the period; outcomes by outcome date;
// - inquiries: received in the period; answered_in_time = answered by answer_due_at;
// - archive: the state at generation time (documents are not dated cases).
import { z } from '../zod';
import { defineChannels } from '../define';
import { ExpectedVersion, optionalText } from '../fields';
import { parsePeriod } from '../../domain/reports/period';

/** "2026", "2026-S1", "2026-Q3", "2026-11" or "2026-01-01..2026-06-30". */
export const PeriodText = z
  .string({ error: 'Periode laporan wajib diisi, mis. 2026.' })
  .transform((v, ctx) => {
    const r = parsePeriod(v);
    if (r.ok) return r.period;
    ctx.addIssue({ code: 'custom', message: r.message });
    return z.NEVER;
  });

const n = z.number().int().nonnegative();
const count = <K extends string>(keys: readonly K[]) => z.object(Object.fromEntries(keys.map((k) => [k, n])) as Record<K, typeof n>);

export const REFUSAL_REASON_KEYS = ['ps17_a', 'ps17_b', 'ps17_c', 'ps17_d', 'ps17_e', 'ps17_f', 'ps17_g', 'ps17_h', 'ps17_i', 'ps17_j', 'other_law', 'not_held', 'not_documented'] as const;
export const GROUND_KEYS = ['a', 'b', 'c', 'd', 'e', 'f', 'g'] as const;
export const DISPUTE_OUTCOME_KEYS = ['mediation_agreed', 'adjudication_granted', 'adjudication_granted_partly', 'adjudication_refused', 'withdrawn', 'gugur'] as const;
export const COURT_STAGES = ['none', 'ptun', 'pn', 'kasasi'] as const;
export const NARRATIVE_KEYS = ['policy', 'service', 'obstacles', 'recommendations'] as const;

export const ReportFigures = z.object({
  period: z.object({ key: z.string(), kind: z.string(), from: z.string(), to: z.string(), label: z.string() }),
  /** UTC instant the figures were computed (the archive's figures are as of this moment). */
  generated_at: z.string(),
  requests: z.object({
    received: n,
    /** One entry per month the period touches, zero included. */
    by_month: z.array(z.object({ month: z.string(), received: n })),
    by_channel: count(['langsung', 'surat', 'email', 'website', 'telepon', 'media_sosial', 'whatsapp'] as const),
    by_requester_kind: count(['perorangan', 'badan_hukum'] as const),
    /** Units in descending count; '' (no unit) is reported as "(tanpa unit)". */
    by_unit: z.array(z.object({ unit: z.string(), received: n })),
    granted_full: n,
    granted_partial: n,
    refused: n,
    /** A request may cite several Ps 17 letters; each is counted. */
    refusal_reasons: count(REFUSAL_REASON_KEYS),
    extended: n,
    late: n,
    withdrawn: n,
    open_at_end: n,
    /** Working days from receipt to the notice (the deadline clock's count), over decisions in the period. */
    fulfilment_days: z.object({
      count: n,
      mean: z.number().nonnegative().nullable(),
      median: z.number().nonnegative().nullable(),
      max: n.nullable(),
      /** Distribution: within the 10 days, within the extension (11-17), later. */
      within_10: n,
      within_17: n,
      later: n,
    }),
  }),
  objections: z.object({
    received: n,
    by_ground: count(GROUND_KEYS),
    answered: n,
    answered_in_time: n,
    /** dikabulkan + dikabulkan_sebagian */
    upheld: n,
    not_upheld: n,
    withdrawn: n,
    open_at_end: n,
  }),
  disputes: z.object({
    registered: n,
    by_outcome: count(DISPUTE_OUTCOME_KEYS),
    /** Disputes that went on to court (PTUN/PN, kasasi) after the KI decision (UU KIP Ps 47-50). */
    in_court: n,
    open_at_end: n,
  }),
  inquiries: z.object({
    received: n,
    by_priority: count(['biasa', 'mendesak', 'krisis'] as const),
    answered: n,
    answered_in_time: n,
  }),
  archive: z.object({
    dip_by_category: count(['berkala', 'serta_merta', 'setiap_saat'] as const),
    exempt: n,
    unclassified: n,
    /** Exempt documents whose review was done in the period / whose review date has passed undone. */
    reviews_done: n,
    reviews_overdue: n,
  }),
});
export type ReportFigures = z.infer<typeof ReportFigures>;

/** A figure to drill into: a dotted path of ReportFigures, e.g. "requests.refusal_reasons.ps17_h", "requests.by_month.2026-03". */
export const FigurePath = z
  .string({ error: 'Angka yang dipilih tidak dikenal.' })
  .regex(/^(requests|objections|disputes|inquiries|archive)(\.[a-z0-9_-]+){1,2}$/, { error: 'Angka yang dipilih tidak dikenal.' });

export const ReportCase = z.object({
  kind: z.enum(['request', 'objection', 'dispute', 'inquiry', 'document']),
  id: z.number().int(),
  number: z.string(),
  /** Requester, journalist or document title. */
  name: z.string(),
  /** The office-local date the figure counted (received, notice, answer ...). */
  date: z.string(),
  status: z.string(),
  summary: z.string(),
});
export type ReportCase = z.infer<typeof ReportCase>;

export const NarrativeSections = z.object({
  /** a. Gambaran umum kebijakan pelayanan informasi publik. */
  policy: optionalText('Gambaran umum kebijakan', 20000, 'multiline'),
  /** b. Gambaran umum pelaksanaan pelayanan: sarana dan prasarana, sumber daya manusia, anggaran. */
  service: optionalText('Pelaksanaan pelayanan', 20000, 'multiline'),
  /** e. Kendala eksternal dan internal. */
  obstacles: optionalText('Kendala', 20000, 'multiline'),
  /** f. Rekomendasi dan rencana tindak lanjut. */
  recommendations: optionalText('Rekomendasi dan rencana tindak lanjut', 20000, 'multiline'),
});
export type NarrativeSections = z.infer<typeof NarrativeSections>;

const Year = z.number({ error: 'Tahun laporan wajib berupa angka.' }).int().min(2000, { error: 'Tahun laporan paling awal 2000.' }).max(2199, { error: 'Tahun laporan paling akhir 2199.' });

export const NarrativeView = z.object({
  year: z.number().int(),
  sections: NarrativeSections,
  /** null when nothing has been saved for this year yet. */
  updatedAt: z.string().nullable(),
  updatedBy: z.string().nullable(),
  /** Row version (db/versions.ts); 0 when nothing has been saved for this year yet. */
  version: z.number().int(),
  /** Last year's saved text, offered as a start when this year is still empty. */
  previous: z.object({ year: z.number().int(), sections: NarrativeSections }).nullable(),
});
export type NarrativeView = z.infer<typeof NarrativeView>;

export const REPORT_FORMATS = ['pdf', 'docx', 'xlsx', 'json'] as const;

export const reportsChannels = defineChannels({
  'reports:figures': {
    summary: 'Angka laporan layanan informasi publik untuk suatu periode (UU KIP Pasal 12).',
    input: z.object({ period: PeriodText }),
    output: ReportFigures,
  },
  'reports:cases': {
    summary: 'Daftar kasus di balik satu angka laporan.',
    input: z.object({ period: PeriodText, figure: FigurePath, limit: z.number().int().min(1).max(1000).default(200) }),
    output: z.object({ figure: z.string(), total: n, cases: z.array(ReportCase) }),
  },
  'reports:getNarrative': {
    summary: 'Bagian uraian laporan tahunan (kebijakan, pelaksanaan, kendala, rekomendasi) untuk satu tahun.',
    input: z.object({ year: Year }),
    output: NarrativeView,
  },
  'reports:saveNarrative': {
    summary: 'Simpan bagian uraian laporan tahunan untuk satu tahun.',
    input: z.object({
      year: Year,
      sections: NarrativeSections,
      /** The version the editor loaded (0: an empty year); a newer save in between is refused instead of overwritten. */
      version: ExpectedVersion,
    }),
    output: NarrativeView,
  },
  'reports:export': {
    summary: 'Laporan lengkap untuk suatu periode sebagai PDF, DOCX, XLSX atau JSON.',
    input: z.object({
      period: PeriodText,
      format: z.enum(REPORT_FORMATS, { error: 'Format laporan harus pdf, docx, xlsx atau json.' }),
    }),
    output: z.object({ filename: z.string(), mime: z.string(), base64: z.string(), sha256: z.string() }),
  },
});
