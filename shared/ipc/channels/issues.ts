// Isu (issue 15): what is spreading on social media and in the news, its owner and status
// (dipantau → perlu respons → ditangani → selesai, audited, with a timeline), links to press
// inquiries, releases and (by id) hoax clarifications, and the one-page daily issue brief.
import { z } from '../zod';
import { defineChannels } from '../define';
import { ClientKey, Id, Instant, LocalDate, optionalText, requiredText } from '../fields';
import { ISSUE_PLATFORMS, ISSUE_STATUSES, SENTIMENTS } from '../../domain/newsroom/issues';
import { HttpUrl } from './releases';

export const IssueStatus = z.enum(ISSUE_STATUSES, { error: `Status harus salah satu dari: ${ISSUE_STATUSES.join(', ')}.` });

export const IssueFields = z.object({
  title: requiredText('Judul isu', 300),
  summary: optionalText('Ringkasan', 4000, 'multiline'),
  sourceUrls: z.array(HttpUrl('Tautan sumber')).max(30, { error: 'Paling banyak 30 tautan sumber.' }).default([]),
  platform: z.enum(ISSUE_PLATFORMS, { error: `Platform harus salah satu dari: ${ISSUE_PLATFORMS.join(', ')}.` }),
  /** When the office first saw it. */
  firstSeenAt: Instant('Pertama terlihat'),
  estimatedReach: z
    .number({ error: 'Perkiraan jangkauan harus angka.' })
    .int({ error: 'Perkiraan jangkauan harus bilangan bulat.' })
    .min(0, { error: 'Perkiraan jangkauan tidak boleh negatif.' })
    .max(1_000_000_000, { error: 'Perkiraan jangkauan terlalu besar.' })
    .default(0),
  sentiment: z.enum(SENTIMENTS, { error: 'Sentimen harus positif, netral atau negatif.' }),
  category: optionalText('Kategori', 120),
  /** The OPD (perangkat daerah) the issue concerns. */
  opd: optionalText('OPD terkait', 200),
  owner: optionalText('Penanggung jawab', 120),
});
export type IssueFields = z.input<typeof IssueFields>;

const IssueSummary = z.object({
  id: z.number().int(),
  title: z.string(),
  platform: z.enum(ISSUE_PLATFORMS),
  firstSeenAt: z.string(),
  estimatedReach: z.number().int(),
  sentiment: z.enum(SENTIMENTS),
  category: z.string(),
  opd: z.string(),
  owner: z.string(),
  status: IssueStatus,
  updatedAt: z.string(),
});
export type IssueSummary = z.infer<typeof IssueSummary>;

export const IssueDetail = IssueSummary.extend({
  summary: z.string(),
  sourceUrls: z.array(z.string()),
  clarificationId: z.number().int().nullable(),
  inquiries: z.array(z.object({ id: z.number().int(), number: z.string(), topic: z.string() })),
  releases: z.array(z.object({ id: z.number().int(), number: z.string(), title: z.string(), status: z.string() })),
  events: z.array(z.object({ at: z.string(), actor: z.string(), action: z.string(), fromStatus: z.string().nullable(), toStatus: z.string().nullable(), note: z.string() })),
});
export type IssueDetail = z.infer<typeof IssueDetail>;

export const issuesChannels = defineChannels({
  'issues:list': {
    summary: 'Daftar isu yang dipantau (terbaru dulu), dapat disaring menurut status.',
    input: z.object({ status: IssueStatus.optional(), open: z.boolean().optional() }),
    output: z.array(IssueSummary),
  },
  'issues:get': {
    summary: 'Satu isu dengan sumber, tautan ke pertanyaan media dan siaran pers, dan riwayatnya.',
    input: z.object({ id: Id }),
    output: IssueDetail,
  },
  'issues:create': {
    summary: 'Catat isu baru (status dipantau).',
    input: IssueFields.extend({ clientKey: ClientKey.optional() }),
    output: IssueDetail,
  },
  'issues:update': {
    summary: 'Ubah data isu (sumber, jangkauan, sentimen, OPD, penanggung jawab, ...).',
    input: IssueFields.extend({ id: Id }),
    output: IssueDetail,
  },
  'issues:move': {
    summary: 'Pindahkan status isu: dipantau → perlu respons → ditangani → selesai (atau kembali dipantau).',
    input: z.object({ id: Id, to: IssueStatus, note: optionalText('Catatan', 2000, 'multiline') }),
    output: IssueDetail,
  },
  'issues:link': {
    summary: 'Kaitkan isu dengan pertanyaan media, siaran pers, atau klarifikasi (id), atau lepaskan kaitannya.',
    input: z.object({
      id: Id,
      kind: z.enum(['inquiry', 'release', 'clarification'], { error: 'Jenis kaitan harus inquiry, release atau clarification.' }),
      targetId: Id,
      remove: z.boolean().default(false),
    }),
    output: IssueDetail,
  },
  'issues:brief': {
    summary: 'Ringkasan isu harian satu halaman untuk pimpinan (PDF/DOCX).',
    input: z.object({ date: LocalDate('Tanggal ringkasan'), format: z.enum(['pdf', 'docx'], { error: 'Format harus pdf atau docx.' }) }),
    output: z.object({ fileName: z.string(), mimeType: z.string(), dataBase64: z.string(), count: z.number().int() }),
  },
});
