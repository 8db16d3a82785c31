// Objections (keberatan, UU KIP Ps 35-36): registered against a request — or, on a ground that
// needs none (shared/domain/requests/objectionGrounds.ts), by an objector of its own — answered by
// the Atasan PPID within 30 working days (UU KIP Ps 36(2)).
import { z } from '../zod';
import { defineChannels } from '../define';
import { ClientKey, ExpectedVersion, Id, LocalDate, optionalText, ReceiptInstant, requiredText } from '../fields';
import {
  OBJECTION_DECISIONS,
  OBJECTION_GROUNDS,
  OBJECTION_STATUSES,
} from '../../domain/requests/fields';
import { withoutRequestProblem } from '../../domain/requests/objectionGrounds';
import { DueStandingView, RequesterInput, RequesterView } from './requests';

export const ObjectionCreateInput = z.object({
  /** The request objected to; absent only on grounds that need none (UU KIP Ps 35(1) huruf b). */
  requestId: Id.optional(),
  /** Without a request: the objector, with the identity rules of the request intake. */
  objector: RequesterInput.optional(),
  /** Without a request: the information the objection is about, and what it is for. */
  information: optionalText('Informasi yang dimaksud', 4000, 'multiline'),
  purpose: optionalText('Tujuan penggunaan informasi', 2000, 'multiline'),
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
}).superRefine((v, ctx) => {
  if (v.requestId !== undefined) {
    if (v.objector !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['objector'], message: 'Identitas pemohon keberatan diambil dari permohonannya; jangan diisi lagi.' });
    }
    return;
  }
  const problem = withoutRequestProblem(v.grounds);
  if (problem) ctx.addIssue({ code: 'custom', path: ['requestId'], message: problem });
  if (v.objector === undefined) {
    ctx.addIssue({ code: 'custom', path: ['objector'], message: 'Keberatan tanpa permohonan: identitas pemohon keberatan wajib diisi (nama, identitas, alamat, telepon).' });
  }
  if (v.information === '') {
    ctx.addIssue({ code: 'custom', path: ['information'], message: 'Keberatan tanpa permohonan: sebutkan informasi berkala yang tidak disediakan.' });
  }
});
export type ObjectionCreateInput = z.input<typeof ObjectionCreateInput>;

export const ObjectionDecideInput = z.object({
  id: Id,
  version: ExpectedVersion,
  decision: z.enum(OBJECTION_DECISIONS, { error: 'Tanggapan atasan harus dikabulkan, dikabulkan_sebagian atau ditolak.' }),
  reason: requiredText('Pertimbangan tanggapan atasan PPID', 8000, 'multiline'),
  /** Date of the Atasan's written answer; default today, office-local. */
  answerDate: LocalDate('Tanggal tanggapan atasan').optional(),
  /**
   * UU KIP Ps 36(2): a granted answer orders the PPID to release the information by this date (on
   * or after the answer). Default: 10 working days after the answer (shared/domain/requests/
   * objectionRelease.ts). Refused with ditolak.
   */
  releaseBy: LocalDate('Batas waktu pelaksanaan tanggapan atasan').optional(),
  /** Default: the Atasan PPID of the office profile. */
  atasanName: optionalText('Nama atasan PPID', 120),
  atasanPosition: optionalText('Jabatan atasan PPID', 160),
  requesterReply: optionalText('Tanggapan pemohon', 4000, 'multiline'),
}).superRefine((v, ctx) => {
  if (v.decision === 'ditolak' && v.releaseBy !== undefined) {
    ctx.addIssue({ code: 'custom', path: ['releaseBy'], message: 'Keberatan yang ditolak tidak memuat perintah pemberian informasi; kosongkan batas waktunya.' });
  }
});
export type ObjectionDecideInput = z.input<typeof ObjectionDecideInput>;

export const ObjectionDetail = z.object({
  id: z.number().int(),
  number: z.string(),
  /** Null for an objection without a request (UU KIP Ps 35(1) huruf b). */
  requestId: z.number().int().nullable(),
  requestNumber: z.string().nullable(),
  requesterName: z.string(),
  /** The objector of an objection without a request (NIK masked); null when the request names them. */
  objector: RequesterView.nullable(),
  /** The information concerned and its purpose (the request's, or the objection's own). */
  information: z.string(),
  purpose: z.string(),
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
  /** The Atasan's order to release the information by this date (granted answers). */
  releaseDue: z.string().nullable(),
  /** When the release was done: the request's handover date, or the instant the officer marked it (no request). */
  releaseDoneAt: z.string().nullable(),
  /** Who marked it (objection without a request); null when the request's handover closed it. */
  releaseDoneBy: z.string().nullable(),
  /** The release task is still on the inbox. */
  releaseOpen: z.boolean(),
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
    summary: 'Catat keberatan atas permohonan, atau tanpa permohonan dengan alasan huruf b (UU KIP Pasal 35 ayat (1)); tenggat atasan 30 hari kerja dihitung otomatis.',
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
  'objections:markReleased': {
    summary: 'Catat bahwa PPID telah memberikan informasi sesuai tanggapan atasan (keberatan tanpa permohonan); tugas pelaksanaan selesai.',
    input: z.object({ id: Id, note: requiredText('Keterangan pelaksanaan', 2000, 'multiline') }),
    output: ObjectionDetail,
  },
  'objections:get': {
    summary: 'Rincian satu keberatan dengan tenggat atasan dan batas pengajuan sengketa.',
    input: z.object({ id: Id }),
    output: ObjectionDetail,
  },
});
