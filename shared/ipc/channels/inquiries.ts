// Journalists' inquiries (DOMAIN.md, "Media inquiries"): hour clocks, the status machine, the
// approved answer, coverage, hak jawab / hak koreksi, and conversion into a KIP request.
import { z } from '../zod';
import { defineChannels } from '../define';
import { ClientKey, ExpectedVersion, Id, Instant, LocalDate, optionalText, ReceiptInstant, requiredText } from '../fields';
import {
  ANSWER_FORMATS,
  COVERAGE_TONES,
  INQUIRY_CHANNELS,
  INQUIRY_STATUSES,
  PRESS_RIGHTS,
  PRIORITIES,
  RECORD_MODES,
} from '../../domain/inquiries';
import { ACCESS_METHODS, DELIVERY_METHODS } from '../../domain/requests/fields';
import { JournalistInput, JournalistView, OutletView } from './media';
import { RequesterInput } from './requests';

const list = <T extends readonly string[]>(values: T) => values.join(', ');

export const InquiryCreateInput = z.object({
  /** When the question reached the office; default now, never in the future. */
  receivedAt: ReceiptInstant('Waktu diterima').optional(),
  channel: z.enum(INQUIRY_CHANNELS, { error: `Saluran harus salah satu dari: ${list(INQUIRY_CHANNELS)}.` }),
  /** Found in the directory (same name+outlet or phone) or added to it. */
  journalist: JournalistInput,
  topic: requiredText('Topik', 200),
  question: requiredText('Pertanyaan', 8000, 'multiline'),
  /** The outlet's own deadline; the hour clocks never run past it. */
  deadlineAt: Instant('Tenggat media').optional(),
  priority: z.enum(PRIORITIES, { error: `Prioritas harus salah satu dari: ${list(PRIORITIES)}.` }),
  format: z.enum(ANSWER_FORMATS, { error: 'Bentuk jawaban harus tertulis atau wawancara.' }).default('tertulis'),
  recordMode: z.enum(RECORD_MODES, { error: 'Sifat jawaban harus on_record atau off_record.' }).default('on_record'),
  spokesperson: optionalText('Juru bicara', 120),
  unit: optionalText('Unit', 160),
  /** Same key on a retry: the first inquiry is returned, never a second one. */
  clientKey: ClientKey.optional(),
});
export type InquiryCreateInput = z.input<typeof InquiryCreateInput>;

export const InquiryMoveInput = z.object({
  id: Id,
  version: ExpectedVersion,
  to: z.enum(INQUIRY_STATUSES, { error: `Status harus salah satu dari: ${list(INQUIRY_STATUSES)}.` }),
  /** Needed to assign (→ ditugaskan). */
  spokesperson: optionalText('Juru bicara', 120),
  unit: optionalText('Unit', 160),
  /** The draft answer (→ menunggu_persetujuan); may be edited on approval (→ dijawab). */
  answer: optionalText('Jawaban', 20000, 'multiline'),
  /** The library statement the answer was taken from. */
  statementId: Id.optional(),
  note: optionalText('Catatan', 2000, 'multiline'),
});
export type InquiryMoveInput = z.input<typeof InquiryMoveInput>;

export const CoverageInput = z.object({
  inquiryId: Id,
  link: optionalText('Tautan berita', 1000),
  publishedOn: LocalDate('Tanggal terbit'),
  /** Default the inquiry's outlet. */
  outletId: Id.optional(),
  tone: z.enum(COVERAGE_TONES, { error: 'Nada pemberitaan harus positif, netral atau negatif.' }),
  note: optionalText('Catatan', 2000, 'multiline'),
  clientKey: ClientKey.optional(),
});

export const PressRightInput = z.object({
  inquiryId: Id,
  kind: z.enum(PRESS_RIGHTS, { error: 'Jenis harus hak_jawab atau hak_koreksi.' }),
  sentOn: LocalDate('Tanggal dikirim'),
  outletId: Id.optional(),
  text: requiredText('Isi hak jawab/hak koreksi', 20000, 'multiline'),
  clientKey: ClientKey.optional(),
});

export const ConvertInput = z.object({
  id: Id,
  /** What the inquiry does not know: identity and address (UU KIP Ps 22(1); Perki 1/2021). */
  requester: RequesterInput,
  information: optionalText('Informasi yang diminta', 4000, 'multiline'),
  purpose: requiredText('Tujuan penggunaan informasi', 2000, 'multiline'),
  accessMethod: z
    .array(z.enum(ACCESS_METHODS, { error: `Cara memperoleh informasi harus salah satu dari: ${list(ACCESS_METHODS)}.` }))
    .min(1, { error: 'Pilih sedikitnya satu cara memperoleh informasi.' }),
  deliveryMethod: z.enum(DELIVERY_METHODS, { error: `Cara mendapatkan salinan harus salah satu dari: ${list(DELIVERY_METHODS)}.` }),
  unit: optionalText('Unit pengolah', 160),
  officer: optionalText('Petugas', 120),
});
export type ConvertInput = z.input<typeof ConvertInput>;

export const InquiryEvent = z.object({
  at: z.string(),
  actor: z.string(),
  action: z.string(),
  fromStatus: z.string().nullable(),
  toStatus: z.string().nullable(),
  note: z.string(),
});

export const CoverageView = z.object({
  id: z.number().int(),
  link: z.string(),
  publishedOn: z.string(),
  outlet: z.string(),
  tone: z.enum(COVERAGE_TONES),
  note: z.string(),
});
export const PressRightView = z.object({
  id: z.number().int(),
  kind: z.enum(PRESS_RIGHTS),
  sentOn: z.string(),
  outlet: z.string(),
  text: z.string(),
});

export const InquiryDetail = z.object({
  id: z.number().int(),
  number: z.string(),
  journalist: JournalistView,
  outlet: OutletView,
  channel: z.enum(INQUIRY_CHANNELS),
  receivedAt: z.string(),
  topic: z.string(),
  question: z.string(),
  deadlineAt: z.string().nullable(),
  priority: z.enum(PRIORITIES),
  format: z.enum(ANSWER_FORMATS),
  recordMode: z.enum(RECORD_MODES),
  spokesperson: z.string(),
  unit: z.string(),
  status: z.enum(INQUIRY_STATUSES),
  ackDueAt: z.string(),
  answerDueAt: z.string(),
  /** The clock that counts now; null once answered. */
  dueAt: z.string().nullable(),
  minutesLeft: z.number().int().nullable(),
  answer: z.string(),
  statementId: z.number().int().nullable(),
  approvedBy: z.string().nullable(),
  answeredAt: z.string().nullable(),
  attachments: z.array(z.number().int()),
  requestId: z.number().int().nullable(),
  requestNumber: z.string().nullable(),
  coverage: z.array(CoverageView),
  pressRights: z.array(PressRightView),
  events: z.array(InquiryEvent),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** Row version (db/versions.ts): sent back with every change, a stale one is refused. */
  version: z.number().int(),
});
export type InquiryDetail = z.infer<typeof InquiryDetail>;

export const InquirySummary = InquiryDetail.pick({
  id: true,
  number: true,
  receivedAt: true,
  topic: true,
  priority: true,
  status: true,
  dueAt: true,
  minutesLeft: true,
  requestId: true,
}).extend({ journalistName: z.string(), outletName: z.string() });
export type InquirySummary = z.infer<typeof InquirySummary>;

export const inquiriesChannels = defineChannels({
  'inquiries:create': {
    summary: 'Catat pertanyaan wartawan; tenggat jam dihitung dari prioritas dan tidak melewati tenggat media.',
    input: InquiryCreateInput,
    output: InquiryDetail,
  },
  'inquiries:get': {
    summary: 'Rincian satu pertanyaan media dengan tenggat, jawaban, liputan dan riwayat.',
    input: z.object({ id: Id }),
    output: InquiryDetail,
  },
  'inquiries:list': {
    summary: 'Pertanyaan media terbaru lebih dulu, dapat dicari dan disaring status.',
    input: z.object({
      search: z.string().trim().max(200).default(''),
      status: z.enum(INQUIRY_STATUSES).optional(),
      limit: z.number().int().min(1).max(200).default(50),
    }),
    output: z.array(InquirySummary),
  },
  'inquiries:move': {
    summary: 'Ubah status pertanyaan: baru → ditugaskan → menunggu persetujuan → dijawab → selesai.',
    input: InquiryMoveInput,
    output: InquiryDetail,
  },
  'inquiries:setAttachments': {
    summary: 'Lampiran jawaban: nomor dokumen arsip.',
    input: z.object({ id: Id, version: ExpectedVersion, documentIds: z.array(Id).max(50).transform((ids) => [...new Set(ids)]) }),
    output: InquiryDetail,
  },
  'inquiries:addCoverage': {
    summary: 'Catat pemberitaan yang muncul dari pertanyaan (tautan, tanggal, media, nada).',
    input: CoverageInput,
    output: InquiryDetail,
  },
  'inquiries:addPressRight': {
    summary: 'Catat hak jawab atau hak koreksi yang dikirim ke media (UU 40/1999 Pasal 5 ayat (2)-(3)).',
    input: PressRightInput,
    output: InquiryDetail,
  },
  'inquiries:requestDraft': {
    summary: 'Isian permohonan informasi yang sudah terisi dari pertanyaan media.',
    input: z.object({ id: Id }),
    output: z.object({
      receivedAt: z.string(),
      channel: z.string(),
      requester: z.object({ name: z.string(), phone: z.string(), email: z.string(), occupation: z.string() }),
      information: z.string(),
    }),
  },
  'inquiries:convert': {
    summary: 'Jadikan pertanyaan media permohonan informasi publik; tenggat 10 hari kerja dihitung dari waktu pertanyaan diterima.',
    input: ConvertInput,
    output: z.object({ inquiry: InquiryDetail, requestId: z.number().int(), requestNumber: z.string() }),
  },
  'inquiries:exportStatement': {
    summary: 'Pernyataan tertulis dari jawaban yang sudah disetujui, di atas kop surat, sebagai PDF atau DOCX (base64).',
    input: z.object({ id: Id, format: z.enum(['pdf', 'docx'], { error: 'Format harus pdf atau docx.' }).default('pdf') }),
    output: z.object({ fileName: z.string(), mimeType: z.string(), dataBase64: z.string() }),
  },
  'inquiries:forRequest': {
    summary: 'Pertanyaan media asal sebuah permohonan (bila permohonan itu berasal dari pertanyaan media).',
    input: z.object({ requestId: Id }),
    output: z.object({ inquiryId: z.number().int(), number: z.string() }).nullable(),
  },
});
