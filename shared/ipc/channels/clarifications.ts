// Klarifikasi hoaks (issue 15): the claim, the facts and their official source, numbered per year;
// crisis mode with its holding-statement clock and checklist; PDF/DOCX on the letterhead and a
// 1080×1080 PNG card for social media (its alt text kept with it).
import { z } from '../zod';
import { defineChannels } from '../define';
import { Id, Instant, optionalText, requiredText } from '../fields';
import { CLARIFICATION_LABELS, CLARIFICATION_STATUSES, CRISIS_STEPS, MAX_HOLDING_HOURS } from '../../domain/newsroom/clarifications';

const Link = z
  .string({ error: 'Tautan harus berupa teks.' })
  .trim()
  .max(1000, { error: 'Tautan paling banyak 1000 karakter.' })
  .refine((v) => /^https?:\/\/\S+$/i.test(v), { error: 'Tautan harus alamat web lengkap, mis. https://contoh.go.id/berita.' });

const ClarificationFields = {
  label: z.enum(CLARIFICATION_LABELS, { error: 'Label harus HOAKS, DISINFORMASI atau MISINFORMASI.' }),
  title: requiredText('Judul', 200),
  claim: requiredText('Klaim beredar', 4000, 'multiline'),
  facts: requiredText('Fakta', 8000, 'multiline'),
  source: optionalText('Sumber resmi', 500),
  links: z.array(Link).max(20, { error: 'Paling banyak 20 tautan.' }).default([]),
  opd: optionalText('OPD tempat verifikasi', 200),
  altText: optionalText('Teks alternatif kartu', 1000, 'multiline'),
};

export const ClarificationCreateInput = z.object({
  ...ClarificationFields,
  /** Open crisis mode now (or at `openedAt`): the holding-statement clock starts. */
  crisis: z.boolean({ error: 'Mode krisis harus true atau false.' }).default(false),
  openedAt: Instant('Waktu krisis dibuka').optional(),
});
export type ClarificationCreateInput = z.input<typeof ClarificationCreateInput>;

export const ClarificationUpdateInput = z.object({ id: Id, ...ClarificationFields });
export type ClarificationUpdateInput = z.input<typeof ClarificationUpdateInput>;

export const ClarificationStepView = z.object({
  step: z.enum(CRISIS_STEPS),
  doneBy: z.string().nullable(),
  doneAt: z.string().nullable(),
  note: z.string(),
});

export const CrisisView = z.object({
  openedAt: z.string(),
  holdingDueAt: z.string(),
  holdingStatement: z.string(),
  holdingIssuedAt: z.string().nullable(),
  closedAt: z.string().nullable(),
  /** Whole minutes to the holding statement (negative = late); null once it was issued. */
  minutesLeft: z.number().int().nullable(),
});

export const ClarificationDetail = z.object({
  id: z.number().int(),
  number: z.string(),
  label: z.enum(CLARIFICATION_LABELS),
  title: z.string(),
  claim: z.string(),
  facts: z.string(),
  source: z.string(),
  links: z.array(z.string()),
  opd: z.string(),
  altText: z.string(),
  status: z.enum(CLARIFICATION_STATUSES),
  approvedBy: z.string().nullable(),
  publishedAt: z.string().nullable(),
  createdAt: z.string(),
  crisis: CrisisView.nullable(),
  steps: z.array(ClarificationStepView),
});
export type ClarificationDetail = z.infer<typeof ClarificationDetail>;

export const ClarificationItem = ClarificationDetail.pick({ id: true, number: true, label: true, title: true, status: true, createdAt: true, crisis: true });
export type ClarificationItem = z.infer<typeof ClarificationItem>;

export const OpenCrisis = z.object({
  id: z.number().int(),
  number: z.string(),
  label: z.enum(CLARIFICATION_LABELS),
  title: z.string(),
  openedAt: z.string(),
  holdingDueAt: z.string(),
  holdingIssuedAt: z.string().nullable(),
  /** Minutes to the holding statement; null once it was issued. */
  minutesLeft: z.number().int().nullable(),
  stepsDone: z.number().int(),
  stepsTotal: z.number().int(),
});
export type OpenCrisis = z.infer<typeof OpenCrisis>;

export const CrisisSettings = z.object({
  holdingHours: z
    .number({ error: 'Jam pernyataan sementara harus angka.' })
    .int({ error: 'Jam pernyataan sementara harus bilangan bulat.' })
    .min(1, { error: 'Pernyataan sementara paling cepat 1 jam.' })
    .max(MAX_HOLDING_HOURS, { error: `Pernyataan sementara paling lambat ${MAX_HOLDING_HOURS} jam.` }),
});
export type CrisisSettings = z.infer<typeof CrisisSettings>;

export const CLARIFICATION_FORMATS = ['pdf', 'docx', 'png'] as const;
export const ClarificationFile = z.object({ fileName: z.string(), mimeType: z.string(), dataBase64: z.string(), altText: z.string() });
export type ClarificationFile = z.infer<typeof ClarificationFile>;

export const clarificationsChannels = defineChannels({
  'clarifications:create': {
    summary: 'Catat klarifikasi hoaks (label, klaim beredar, fakta, sumber resmi, tautan, OPD, teks alternatif); bernomor; mode krisis bila diminta.',
    input: ClarificationCreateInput,
    output: ClarificationDetail,
  },
  'clarifications:update': {
    summary: 'Ubah isi klarifikasi yang masih draf.',
    input: ClarificationUpdateInput,
    output: ClarificationDetail,
  },
  'clarifications:get': {
    summary: 'Satu klarifikasi dengan jam krisis dan daftar periksanya.',
    input: z.object({ id: Id }),
    output: ClarificationDetail,
  },
  'clarifications:list': {
    summary: 'Daftar klarifikasi, terbaru dulu (pencarian teks lengkap bila diisi).',
    input: z.object({ search: optionalText('Kata pencarian', 200) }),
    output: z.array(ClarificationItem),
  },
  'clarifications:openCrisis': {
    summary: 'Buka mode krisis untuk klarifikasi ini: jam pernyataan sementara mulai berjalan.',
    input: z.object({ id: Id, openedAt: Instant('Waktu krisis dibuka').optional() }),
    output: ClarificationDetail,
  },
  'clarifications:holding': {
    summary: 'Catat pernyataan sementara (holding statement) krisis ini; jamnya berhenti.',
    input: z.object({ id: Id, text: requiredText('Pernyataan sementara', 4000, 'multiline') }),
    output: ClarificationDetail,
  },
  'clarifications:step': {
    summary: 'Tandai satu langkah daftar periksa selesai (siapa dan kapan dicatat); persetujuan menyetujui, publikasi menerbitkan.',
    input: z.object({ id: Id, step: z.enum(CRISIS_STEPS, { error: `Langkah harus salah satu dari: ${CRISIS_STEPS.join(', ')}.` }), note: optionalText('Catatan', 2000, 'multiline') }),
    output: ClarificationDetail,
  },
  'clarifications:export': {
    summary: 'Klarifikasi sebagai PDF/DOCX di atas kop surat, atau kartu PNG 1080×1080 untuk media sosial (dengan teks alternatifnya).',
    input: z.object({ id: Id, format: z.enum(CLARIFICATION_FORMATS, { error: 'Format harus pdf, docx atau png.' }).default('pdf') }),
    output: ClarificationFile,
  },
  'clarifications:crises': {
    summary: 'Krisis yang masih terbuka dengan jam pernyataan sementaranya (untuk Kotak Masuk).',
    input: z.object({ now: Instant('Waktu acuan (now)').optional() }).default({}),
    output: z.array(OpenCrisis),
  },
  'clarifications:settings': {
    summary: 'Pengaturan krisis: berapa jam sampai pernyataan sementara (bawaan 2).',
    input: z.object({}).default({}),
    output: CrisisSettings,
  },
  'clarifications:saveSettings': {
    summary: 'Simpan pengaturan krisis (jam pernyataan sementara).',
    input: CrisisSettings,
    output: CrisisSettings,
  },
});
