// Siaran pers (issue 15): drafting in the standard shape, numbering, the approval flow, the
// published links, the PDF/DOCX on the letterhead, the plain-text/WhatsApp version and the
// distribution to journalists of the media directory as one .eml per recipient.
import { z } from '../zod';
import { defineChannels } from '../define';
import { ClientKey, Email, Id, LocalDate, optionalText, requiredText } from '../fields';
import { textProblem } from '../text';
import { patternProblem } from '../../domain/requests/numbering';
import { RELEASE_STATUSES } from '../../domain/newsroom/releases';

export const HttpUrl = (label: string) =>
  requiredText(label, 1000).refine((v) => /^https?:\/\/[^\s/]+\.[^\s]+$/i.test(v), {
    error: `${label} harus alamat web lengkap, mis. https://kaltimpost.id/berita/123.`,
  });

export const QuoteInput = z.object({
  text: requiredText('Kutipan', 4000, 'multiline'),
  speaker: requiredText('Nama narasumber', 160),
  jabatan: requiredText('Jabatan narasumber', 200),
});
export type QuoteInput = z.input<typeof QuoteInput>;

export const ContactInput = z.object({
  name: requiredText('Nama narahubung Humas', 160),
  phone: requiredText('Telepon narahubung', 40).refine((v) => /^[+()0-9\s-]{6,}$/.test(v), {
    error: 'Telepon narahubung tidak sah: gunakan angka, spasi, tanda kurung atau tanda hubung, mis. 0812-3456-7890.',
  }),
  email: Email('E-mail narahubung').refine((v) => v !== '', { error: 'E-mail narahubung wajib diisi.' }),
});

export const ReleaseFields = z.object({
  title: requiredText('Judul', 300),
  /** The dateline's date (office-local), "Samarinda, 3 Desember 2026 –". */
  releaseOn: LocalDate('Tanggal siaran pers'),
  /** The first paragraph after the dateline: who, what, when, where. */
  lead: requiredText('Teras (paragraf pembuka)', 4000, 'multiline'),
  body: z.array(requiredText('Paragraf isi', 8000, 'multiline')).max(60, { error: 'Paling banyak 60 paragraf isi.' }).default([]),
  quotes: z.array(QuoteInput).max(20, { error: 'Paling banyak 20 kutipan.' }).default([]),
  contact: ContactInput,
});
export type ReleaseFields = z.input<typeof ReleaseFields>;

export const ReleaseCreateInput = ReleaseFields.extend({ clientKey: ClientKey.optional() });
export type ReleaseCreateInput = z.input<typeof ReleaseCreateInput>;

export const ReleaseStatus = z.enum(RELEASE_STATUSES, { error: `Status harus salah satu dari: ${RELEASE_STATUSES.join(', ')}.` });

export const PublishedLinkInput = z.object({
  url: HttpUrl('Tautan terbit'),
  /** The outlet by name as the officer knows it; matched to the directory when it is there. */
  outlet: requiredText('Nama media', 160),
  publishedOn: LocalDate('Tanggal terbit'),
});
export type PublishedLinkInput = z.input<typeof PublishedLinkInput>;

const Quote = z.object({ text: z.string(), speaker: z.string(), jabatan: z.string() });
const Contact = z.object({ name: z.string(), phone: z.string(), email: z.string() });

export const ReleaseSummary = z.object({
  id: z.number().int(),
  number: z.string(),
  title: z.string(),
  releaseOn: z.string(),
  status: ReleaseStatus,
  approvedBy: z.string().nullable(),
  links: z.number().int(),
  updatedAt: z.string(),
});
export type ReleaseSummary = z.infer<typeof ReleaseSummary>;

export const ReleaseEvent = z.object({
  at: z.string(),
  actor: z.string(),
  action: z.string(),
  fromStatus: z.string().nullable(),
  toStatus: z.string().nullable(),
  note: z.string(),
});

export const ReleaseDetail = ReleaseSummary.extend({
  lead: z.string(),
  body: z.array(z.string()),
  quotes: z.array(Quote),
  contact: Contact,
  approvedAt: z.string().nullable(),
  publishedAt: z.string().nullable(),
  createdBy: z.string(),
  createdAt: z.string(),
  /** "Samarinda, 3 Desember 2026 –": the city of the office profile ('' until it is saved). */
  dateline: z.string(),
  publishedLinks: z.array(z.object({ id: z.number().int(), url: z.string(), outlet: z.string(), outletId: z.number().int().nullable(), publishedOn: z.string() })),
  events: z.array(ReleaseEvent),
});
export type ReleaseDetail = z.infer<typeof ReleaseDetail>;

export const ReleaseTransitionInput = z.object({
  id: Id,
  to: ReleaseStatus,
  note: optionalText('Catatan', 2000, 'multiline'),
  /** With → published: where it appeared (more can be added later). */
  links: z.array(PublishedLinkInput).max(50).default([]),
});

export const EXPORT_FORMATS = ['pdf', 'docx', 'txt'] as const;

const FileOut = z.object({ fileName: z.string(), mimeType: z.string(), dataBase64: z.string() });

export const ReleasePattern = z.object({
  pattern: z
    .string({ error: 'Pola nomor siaran pers wajib diisi.' })
    .trim()
    .superRefine((value, ctx) => {
      const problem = textProblem(value, 'Pola nomor siaran pers', 'line', false) ?? patternProblem(value);
      if (problem) ctx.addIssue({ code: 'custom', message: problem.startsWith('Pola nomor siaran pers') ? problem : `Pola nomor siaran pers: ${problem}` });
    }),
});

export const releasesChannels = defineChannels({
  'releases:list': {
    summary: 'Daftar siaran pers (terbaru dulu), dapat disaring menurut status dan tahun atau dicari.',
    input: z.object({
      status: ReleaseStatus.optional(),
      year: z.number().int().min(1970).max(2199).optional(),
      search: z.string().trim().max(200, { error: 'Kata pencarian paling banyak 200 karakter.' }).default(''),
    }),
    output: z.array(ReleaseSummary),
  },
  'releases:get': {
    summary: 'Satu siaran pers dengan isi, persetujuan, tautan terbit dan riwayatnya.',
    input: z.object({ id: Id }),
    output: ReleaseDetail,
  },
  'releases:create': {
    summary: 'Buat draf siaran pers (judul, tanggal, teras, isi, kutipan, narahubung); diberi nomor dari pola.',
    input: ReleaseCreateInput,
    output: ReleaseDetail,
  },
  'releases:update': {
    summary: 'Ubah isi siaran pers yang masih draf atau ditinjau.',
    input: ReleaseFields.extend({ id: Id }),
    output: ReleaseDetail,
  },
  'releases:transition': {
    summary: 'Pindahkan status: draf → ditinjau → disetujui (pimpinan dicatat) → terbit (dengan tautan terbit); ditinjau dapat dikembalikan ke draf.',
    input: ReleaseTransitionInput,
    output: ReleaseDetail,
  },
  'releases:addLink': {
    summary: 'Catat tautan tempat siaran pers yang sudah terbit dimuat (URL dan media).',
    input: PublishedLinkInput.extend({ releaseId: Id }),
    output: ReleaseDetail,
  },
  'releases:export': {
    summary: 'Unduh siaran pers sebagai PDF/DOCX berkop atau teks polos/WhatsApp.',
    input: z.object({ id: Id, format: z.enum(EXPORT_FORMATS, { error: 'Format harus pdf, docx atau txt.' }) }),
    output: FileOut,
  },
  'releases:distribute': {
    summary: 'Siapkan satu berkas .eml per wartawan terpilih (PDF terlampir) dalam satu ZIP, untuk dikirim dari program surel petugas.',
    input: z.object({
      id: Id,
      journalistIds: z.array(Id).min(1, { error: 'Pilih sedikitnya satu wartawan penerima.' }).max(500, { error: 'Paling banyak 500 penerima sekaligus.' }),
      /** 'zip' (one download) or 'files' (each .eml, for a folder the CLI or desktop writes). */
      packaging: z.enum(['zip', 'files']).default('zip'),
    }),
    output: FileOut.extend({
      count: z.number().int(),
      skipped: z.array(z.object({ name: z.string(), reason: z.string() })),
      files: z.array(z.object({ name: z.string(), dataBase64: z.string() })),
    }),
  },
  'releases:byNumber': {
    summary: 'Siaran pers menurut nomornya, mis. 001/SP/PPID/XII/2026.',
    input: z.object({ number: requiredText('Nomor siaran pers', 100) }),
    output: ReleaseDetail,
  },
  'releases:getPattern': {
    summary: 'Pola nomor siaran pers.',
    input: z.object({}).strict(),
    output: z.object({ pattern: z.string(), preview: z.string() }),
  },
  'releases:setPattern': {
    summary: 'Ubah pola nomor siaran pers (berlaku untuk nomor berikutnya).',
    input: ReleasePattern,
    output: z.object({ pattern: z.string(), preview: z.string() }),
  },
});
