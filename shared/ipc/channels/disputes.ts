// Disputes (sengketa informasi) at the Komisi Informasi: filed within 14 working days of the
// Atasan's answer or of the 30 days lapsing (UU KIP Ps 37(2)); the KI starts within 14 and
// settles within 100 working days (UU KIP Ps 38).
import { z } from '../zod';
import { defineChannels } from '../define';
import { ClientKey, ExpectedVersion, Id, LocalDate, optionalText } from '../fields';
import { cleanText } from '../text';
import { DISPUTE_STATUSES } from '../../domain/requests/fields';
import { DueStandingView } from './requests';
import { COURT_STAGES, DISPUTE_OUTCOME_KEYS } from './reports';
import { COURT_STAGE_LABEL, DISPUTE_OUTCOME_LABEL } from '../../domain/disputes/outcome';

// The labels cover exactly the contract's keys (checked by the compiler).
const _labels: [Record<(typeof DISPUTE_OUTCOME_KEYS)[number], string>, Record<(typeof COURT_STAGES)[number], string>] = [DISPUTE_OUTCOME_LABEL, COURT_STAGE_LABEL];
void _labels;

const OutcomeKind = z.enum(DISPUTE_OUTCOME_KEYS, { error: 'Hasil sengketa harus salah satu dari: mediasi berhasil, ajudikasi dikabulkan, dikabulkan sebagian, ditolak, dicabut atau gugur.' });
const CourtStage = z.enum(COURT_STAGES, { error: 'Tahap pengadilan harus none, ptun, pn atau kasasi.' });

export const DisputeCreateInput = z.object({
  objectionId: Id,
  /** The day the requester filed at the KI (office-local date); not in the future. */
  filedDate: LocalDate('Tanggal pengajuan sengketa'),
  kiRegisterNumber: optionalText('Nomor register Komisi Informasi', 120),
  note: optionalText('Catatan', 2000, 'multiline'),
  /** Same key on a retry: the first dispute is returned, never a second one. */
  clientKey: ClientKey.optional(),
});
export type DisputeCreateInput = z.input<typeof DisputeCreateInput>;

export const DisputeUpdateInput = z.object({
  id: Id,
  version: ExpectedVersion,
  status: z
    .enum(DISPUTE_STATUSES, { error: 'Status sengketa harus filed, mediation, adjudication, decided atau withdrawn.' })
    .optional(),
  kiRegisterNumber: cleanText('Nomor register Komisi Informasi', 120, 'line', false).optional(),
  /** The next hearing (sidang) at the KI; null clears it. */
  nextHearingDate: LocalDate('Tanggal sidang berikutnya').nullable().optional(),
  /** How the dispute ended; required to decide it (status 'decided'). */
  outcomeKind: OutcomeKind.optional(),
  /** Court stage after an adjudication (UU KIP Ps 47-50); may be changed after the dispute is decided. */
  courtStage: CourtStage.optional(),
  /** Catatan putusan: the ruling's number or summary, optional. */
  outcome: cleanText('Catatan putusan', 4000, 'multiline', false).optional(),
  outcomeDate: LocalDate('Tanggal putusan').optional(),
  note: optionalText('Catatan', 2000, 'multiline'),
});
export type DisputeUpdateInput = z.input<typeof DisputeUpdateInput>;

export const DisputeDetail = z.object({
  id: z.number().int(),
  objectionId: z.number().int(),
  objectionNumber: z.string(),
  /** Null when its objection stands without a request (UU KIP Ps 35(1) huruf b). */
  requestId: z.number().int().nullable(),
  requestNumber: z.string().nullable(),
  requesterName: z.string(),
  kiRegisterNumber: z.string(),
  filedDate: z.string(),
  /** Day 0 of the Ps 37(2) window: the Atasan's answer date, or the lapsed Atasan due date. */
  windowStart: z.string(),
  /** UU KIP Ps 37(2): 14 working days. */
  windowDue: z.string(),
  filedLate: z.boolean(),
  /** UU KIP Ps 38(1): the KI starts mediation/adjudication within 14 working days. */
  kiStartDue: z.string(),
  /** UU KIP Ps 38(2): the KI settles within 100 working days. */
  kiSettleDue: z.string(),
  nextHearingDate: z.string().nullable(),
  /** What the inbox counts against: the next hearing, else the KI's next legal date. */
  currentDueDate: z.string(),
  status: z.enum(DISPUTE_STATUSES),
  /** null while open, and for a dispute decided before outcomes were structured whose text said nothing clear. */
  outcomeKind: OutcomeKind.nullable(),
  courtStage: CourtStage,
  /** Catatan putusan (free text). */
  outcome: z.string(),
  outcomeDate: z.string().nullable(),
  calendarVersion: z.string(),
  standing: DueStandingView.nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** Row version (db/versions.ts): sent back with every change, a stale one is refused. */
  version: z.number().int(),
});
export type DisputeDetail = z.infer<typeof DisputeDetail>;

export const disputesChannels = defineChannels({
  'disputes:create': {
    summary: 'Catat sengketa informasi di Komisi Informasi atas suatu keberatan (UU KIP Pasal 37).',
    input: DisputeCreateInput,
    output: DisputeDetail,
  },
  'disputes:update': {
    summary: 'Perbarui sengketa: nomor register KI, tahap (mediasi/ajudikasi), sidang berikutnya, hasil dan tahap pengadilan.',
    input: DisputeUpdateInput,
    output: DisputeDetail,
  },
  'disputes:get': {
    summary: 'Rincian satu sengketa informasi dengan tenggatnya.',
    input: z.object({ id: Id }),
    output: DisputeDetail,
  },
});
