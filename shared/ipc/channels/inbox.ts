// The inbox: every open request, objection, dispute and press inquiry in one list, by time left
// (KIP items at the end of their due date, inquiries at their due instant), paged with a keyset cursor so that a page never repeats or skips an item while the officer scrolls.
import { z } from '../zod';
import { defineChannels } from '../define';
import { Instant } from '../fields';
import { OPEN_DISPUTE_STATUSES } from '../../domain/requests/fields';
import { INBOX_STATES } from '../../domain/requests/inboxState';
import { OPEN_REQUEST_STATUSES } from '../../domain/requests/status';
import { OPEN_INQUIRY_STATUSES } from '../../domain/inquiries/status';

/** The KIP cases, on working-day clocks (UU KIP Ps 22, 36, 37). */
export const KIP_KINDS = ['request', 'objection', 'dispute'] as const;
export type KipKind = (typeof KIP_KINDS)[number];
/** Press inquiries run on hour clocks instead. */
export const INBOX_KINDS = [...KIP_KINDS, 'inquiry'] as const;
export type InboxKind = (typeof INBOX_KINDS)[number];
/**
 * An objection the Atasan granted, while the PPID has not yet handed the information over (UU KIP
 * Ps 36(2)): the inbox's "Pelaksanaan tanggapan atasan" task, due on the date the Atasan set.
 */
export const RELEASE_STATUS = 'release_ordered';
/** The statuses an open item can have, across the kinds. */
export const INBOX_STATUSES = [...OPEN_REQUEST_STATUSES, ...OPEN_DISPUTE_STATUSES, ...OPEN_INQUIRY_STATUSES, RELEASE_STATUS] as const;
export const INBOX_MAX_LIMIT = 200;

export const InboxFilters = z.object({
  kind: z.enum(INBOX_KINDS, { error: 'Jenis harus request, objection, dispute atau inquiry.' }).optional(),
  status: z.enum(INBOX_STATUSES, { error: `Status harus salah satu dari: ${INBOX_STATUSES.join(', ')}.` }).optional(),
  unit: z.string().trim().max(160).optional(),
  officer: z.string().trim().max(120).optional(),
  /** Due within this many working days (overdue items included). */
  dueWithinDays: z
    .number({ error: 'Jumlah hari kerja harus angka.' })
    .int({ error: 'Jumlah hari kerja harus bilangan bulat.' })
    .min(0, { error: 'Jumlah hari kerja tidak boleh negatif.' })
    .max(366, { error: 'Jumlah hari kerja paling banyak 366.' })
    .optional(),
  /** Words in the requester's name, the registration number or the information requested. */
  search: z.string().trim().max(200, { error: 'Kata pencarian paling banyak 200 karakter.' }).optional(),
});
export type InboxFilters = z.input<typeof InboxFilters>;

export const InboxListInput = z.object({
  cursor: z.string().max(500).optional(),
  limit: z
    .number({ error: 'Batas jumlah (limit) harus angka.' })
    .int({ error: 'Batas jumlah (limit) harus bilangan bulat.' })
    .min(1, { error: 'Batas jumlah (limit) sedikitnya 1.' })
    .max(INBOX_MAX_LIMIT, { error: `Batas jumlah (limit) paling banyak ${INBOX_MAX_LIMIT}.` })
    .default(50),
  filters: InboxFilters.default({}),
  /** For "what did the inbox say then" and tests; default now. */
  now: Instant('Waktu acuan (now)').optional(),
});
export type InboxListInput = z.input<typeof InboxListInput>;

export const InboxItem = z.object({
  kind: z.enum(INBOX_KINDS),
  id: z.number().int(),
  number: z.string(),
  /** The information requested (objections and disputes: of their request), shortened. */
  title: z.string(),
  requesterName: z.string(),
  status: z.string(),
  /** Office-local due date 'YYYY-MM-DD'. */
  due: z.string(),
  /** Signed working days from today: 0 = due today, negative = overdue. */
  workingDaysLeft: z.number().int(),
  state: z.enum(INBOX_STATES),
  receivedAt: z.string(),
  unit: z.string(),
  officer: z.string(),
  /** Inquiries: the due instant and whole minutes left (negative = late); null for KIP items. */
  dueAt: z.string().nullable().optional(),
  minutesLeft: z.number().int().nullable().optional(),
});
export type InboxItem = z.infer<typeof InboxItem>;

export const InboxPage = z.object({
  items: z.array(InboxItem),
  /** Pass back as `cursor` for the next page; null on the last page. */
  nextCursor: z.string().nullable(),
  /** The office-local date the numbers were counted from. */
  today: z.string(),
  calendarVersion: z.string(),
});
export type InboxPage = z.infer<typeof InboxPage>;

export const inboxChannels = defineChannels({
  'inbox:list': {
    summary: 'Kotak masuk: permohonan, keberatan dan sengketa yang masih terbuka, urut tenggat, per halaman.',
    input: InboxListInput,
    output: InboxPage,
  },
});
