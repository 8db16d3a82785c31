// The registers: every request, objection and press inquiry of every status and year, newest
// first, with filters and search, paged by keyset. Unlike the inbox (open cases by deadline), a
// closed case stays here for good: a requester returning with a number, the Komisi Informasi
// asking for the file during a dispute (UU KIP Ps 37-38), the year-end report (UU KIP Ps 7(3)).
import { z } from '../zod';
import { defineChannels } from '../define';
import { DECISIONS, OBJECTION_DECISIONS, OBJECTION_STATUSES, REQUEST_CHANNELS } from '../../domain/requests/fields';
import { OPEN_REQUEST_STATUSES, REQUEST_STATUSES } from '../../domain/requests/status';
import { INQUIRY_STATUSES, OPEN_INQUIRY_STATUSES } from '../../domain/inquiries/status';
import { INQUIRY_CHANNELS } from '../../domain/inquiries/fields';

export const CASE_REGISTER_KINDS = ['request', 'objection', 'inquiry'] as const;
export type CaseRegisterKind = (typeof CASE_REGISTER_KINDS)[number];

/** Per kind: its statuses, which of them are open, its channels and its decisions. */
export const REGISTER_SPEC = {
  request: { statuses: REQUEST_STATUSES, open: OPEN_REQUEST_STATUSES, channels: REQUEST_CHANNELS, decisions: DECISIONS },
  objection: { statuses: OBJECTION_STATUSES, open: ['registered'] as const, channels: [] as const, decisions: OBJECTION_DECISIONS },
  inquiry: { statuses: INQUIRY_STATUSES, open: OPEN_INQUIRY_STATUSES, channels: INQUIRY_CHANNELS, decisions: [] as const },
} as const satisfies Record<CaseRegisterKind, { statuses: readonly string[]; open: readonly string[]; channels: readonly string[]; decisions: readonly string[] }>;

/** 'any' every case; 'open' still in the office's hands; 'closed' done, withdrawn, decided, answered. */
export const STATUS_GROUPS = ['any', 'open', 'closed'] as const;
export const REGISTER_MAX_LIMIT = 200;

const words = (list: readonly string[]) => list.join(', ');

export const RegisterFilters = z.object({
  year: z
    .number({ error: 'Tahun harus angka, mis. 2026.' })
    .int({ error: 'Tahun harus bilangan bulat.' })
    .min(2000, { error: 'Tahun paling awal 2000.' })
    .max(2199, { error: 'Tahun paling akhir 2199.' })
    .optional(),
  /** A status group, or one status of the kind. */
  status: z.string().trim().max(40).default('any'),
  channel: z.string().trim().max(40).optional(),
  unit: z.string().trim().max(160).optional(),
  officer: z.string().trim().max(120).optional(),
  decision: z.string().trim().max(40).optional(),
  /** Words of the number, the requester's (journalist's) name or the text; 4 digits also match the end of a NIK. */
  search: z.string().trim().max(200, { error: 'Kata pencarian paling banyak 200 karakter.' }).optional(),
});
export type RegisterFilters = z.input<typeof RegisterFilters>;

export const RegisterListInput = z
  .object({
    kind: z.enum(CASE_REGISTER_KINDS, { error: 'Jenis register harus request, objection atau inquiry.' }),
    filters: RegisterFilters.default({ status: 'any' }),
    cursor: z.string().max(500).optional(),
    limit: z
      .number({ error: 'Batas jumlah (limit) harus angka.' })
      .int({ error: 'Batas jumlah (limit) harus bilangan bulat.' })
      .min(1, { error: 'Batas jumlah (limit) sedikitnya 1.' })
      .max(REGISTER_MAX_LIMIT, { error: `Batas jumlah (limit) paling banyak ${REGISTER_MAX_LIMIT}.` })
      .default(50),
  })
  .superRefine((value, ctx) => {
    const spec = REGISTER_SPEC[value.kind];
    const f = value.filters;
    const allowed: readonly string[] = [...STATUS_GROUPS, ...spec.statuses];
    if (!allowed.includes(f.status)) {
      ctx.addIssue({ code: 'custom', path: ['filters', 'status'], message: `Status harus salah satu dari: ${words(allowed)}.` });
    }
    if (f.channel && !(spec.channels as readonly string[]).includes(f.channel)) {
      ctx.addIssue({
        code: 'custom',
        path: ['filters', 'channel'],
        message: spec.channels.length ? `Saluran harus salah satu dari: ${words(spec.channels)}.` : 'Register ini tidak dapat disaring menurut saluran.',
      });
    }
    if (f.decision && !(spec.decisions as readonly string[]).includes(f.decision)) {
      ctx.addIssue({
        code: 'custom',
        path: ['filters', 'decision'],
        message: spec.decisions.length ? `Keputusan harus salah satu dari: ${words(spec.decisions)}.` : 'Register ini tidak dapat disaring menurut keputusan.',
      });
    }
  });
export type RegisterListInput = z.input<typeof RegisterListInput>;

export const RegisterItem = z.object({
  kind: z.enum(CASE_REGISTER_KINDS),
  id: z.number().int(),
  number: z.string(),
  year: z.number().int(),
  /** The information requested (objections: of their request; inquiries: the topic), shortened. */
  title: z.string(),
  /** The requester, or the journalist and outlet. */
  requesterName: z.string(),
  status: z.string(),
  open: z.boolean(),
  receivedAt: z.string(),
  /** The office-local date of receipt 'YYYY-MM-DD'. */
  receivedDate: z.string(),
  channel: z.string(),
  unit: z.string(),
  officer: z.string(),
  decision: z.string().nullable(),
  /** The legal due date that counts (office-local), or the due instant of an inquiry. */
  due: z.string(),
  /** When the case was closed: handed over / answered / decided; null while open. */
  closedOn: z.string().nullable(),
  /** The number of the request an objection is about (or an inquiry became). */
  requestNumber: z.string().nullable(),
});
export type RegisterItem = z.infer<typeof RegisterItem>;

export const RegisterPage = z.object({
  items: z.array(RegisterItem),
  nextCursor: z.string().nullable(),
  /** How many cases match the filters (all pages). */
  total: z.number().int(),
  /** The years that have cases of this kind, newest first, for the year filter. */
  years: z.array(z.number().int()),
});
export type RegisterPage = z.infer<typeof RegisterPage>;

export const casesChannels = defineChannels({
  'cases:register': {
    summary: 'Register permohonan, keberatan atau pertanyaan media: semua status dan tahun, terbaru dulu, dengan saringan dan pencarian.',
    input: RegisterListInput,
    output: RegisterPage,
  },
});
