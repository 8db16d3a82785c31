// Objections (keberatan, UU KIP Ps 35-36): registered against a request, answered by the Atasan
// PPID within 30 working days (UU KIP Ps 36(2)).
import { z } from '../zod';
import { defineChannels } from '../define';
import { ClientKey, ExpectedVersion, Id, LocalDate, optionalText, ReceiptInstant, requiredText } from '../fields';
import {
  OBJECTION_DECISIONS,
  OBJECTION_GROUNDS,
  OBJECTION_STATUSES,
} from '../../domain/requests/fields';
import { DueStandingView } from './requests';

export const ObjectionCreateInput = z.object({
  requestId: Id,
  /** UU KIP Ps 35(1) huruf a-g; one or more. */
  grounds: z
    .array(z.enum(OBJECTION_GROUNDS, { error: 'Alasan keberatan harus huruf a sampai g (UU KIP Pasal 35 ayat (1)).' }), {
      error: 'Alasan keberatan wajib dipilih (daftar huruf a-g).',
    })
    .min(1, { error: 'Pilih sedikitnya satu alasan keberatan (UU KIP Pasal 35 ayat (1)).' })
    .transform((grounds) => [...new Set(grounds)].sort()),
  caseSummary: requiredText('Kasus posisi (ringkasan keberatan)', 4000, 'multiline'),
  /** When the objection reached the office; default now, never in the future. */
  registeredAt: ReceiptInstant('Waktu keberatan diterima').optional(),
  proxyName: optionalText('Nama kuasa pemohon', 120),
  /** Same key on a retry: the first objection is returned, never a second one. */
  clientKey: ClientKey.optional(),
});
export type ObjectionCreateInput = z.input<typeof ObjectionCreateInput>;

export const ObjectionDecideInput = z.object({
  id: Id,
  version: ExpectedVersion,
  decision: z.enum(OBJECTION_DECISIONS, { error: 'Tanggapan atasan harus dikabulkan, dikabulkan_sebagian atau ditolak.' }),
  reason: requiredText('Pertimbangan tanggapan atasan PPID', 8000, 'multiline'),
  /** Date of the Atasan's written answer; default today, office-local. */
  answerDate: LocalDate('Tanggal tanggapan atasan').optional(),
  /** Default: the Atasan PPID of the office profile. */
  atasanName: optionalText('Nama atasan PPID', 120),
  atasanPosition: optionalText('Jabatan atasan PPID', 160),
  requesterReply: optionalText('Tanggapan pemohon', 4000, 'multiline'),
});
export type ObjectionDecideInput = z.input<typeof ObjectionDecideInput>;

export const ObjectionDetail = z.object({
  id: z.number().int(),
  number: z.string(),
  requestId: z.number().int(),
  requestNumber: z.string(),
  requesterName: z.string(),
  grounds: z.array(z.enum(OBJECTION_GROUNDS)),
  caseSummary: z.string(),
  proxyName: z.string(),
  registeredAt: z.string(),
  registeredLocalDate: z.string(),
  /** UU KIP Ps 36(2): 30 working days from registration. */
  atasanDue: z.string(),
  calendarVersion: z.string(),
  status: z.enum(OBJECTION_STATUSES),
  decision: z.enum(OBJECTION_DECISIONS).nullable(),
  decisionReason: z.string().nullable(),
  answerDate: z.string().nullable(),
  atasanName: z.string().nullable(),
  atasanPosition: z.string().nullable(),
  requesterReply: z.string().nullable(),
  /**
   * UU KIP Ps 37(2): last day for the requester to take it to the Komisi Informasi, 14 working days
   * after the Atasan's answer, or after the 30 days lapse unanswered.
   */
  disputeWindowDue: z.string(),
  standing: DueStandingView.nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** Row version (db/versions.ts): sent back with every change, a stale one is refused. */
  version: z.number().int(),
});
export type ObjectionDetail = z.infer<typeof ObjectionDetail>;

export const objectionsChannels = defineChannels({
  'objections:create': {
    summary: 'Catat keberatan atas permohonan (UU KIP Pasal 35 ayat (1)); tenggat atasan 30 hari kerja dihitung otomatis.',
    input: ObjectionCreateInput,
    output: ObjectionDetail,
  },
  'objections:decide': {
    summary: 'Catat tanggapan tertulis atasan PPID atas keberatan (UU KIP Pasal 36 ayat (2)).',
    input: ObjectionDecideInput,
    output: ObjectionDetail,
  },
  'objections:withdraw': {
    summary: 'Catat penarikan keberatan oleh pemohon (sebelum atasan PPID menanggapi).',
    input: z.object({ id: Id, version: ExpectedVersion, reason: requiredText('Keterangan penarikan', 2000, 'multiline') }),
    output: ObjectionDetail,
  },
  'objections:recordReply': {
    summary: 'Catat tanggapan pemohon atas jawaban atasan PPID (menerima, atau akan mengajukan sengketa ke Komisi Informasi).',
    input: z.object({ id: Id, version: ExpectedVersion, reply: requiredText('Tanggapan pemohon', 4000, 'multiline') }),
    output: ObjectionDetail,
  },
  'objections:get': {
    summary: 'Rincian satu keberatan dengan tenggat atasan dan batas pengajuan sengketa.',
    input: z.object({ id: Id }),
    output: ObjectionDetail,
  },
});
