// Disputes (sengketa informasi) at the Komisi Informasi: filed within 14 working days of the
// Atasan's answer or of the 30 days lapsing (UU KIP Ps 37(2)); the KI starts within 14 and
// settles within 100 working days (UU KIP Ps 38).
import { z } from '../zod';
import { defineChannels } from '../define';
import { ClientKey, Id, LocalDate, optionalText } from '../fields';
import { cleanText } from '../text';
import { DISPUTE_STATUSES } from '../../domain/requests/fields';
import { DueStandingView } from './requests';

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
  status: z
    .enum(DISPUTE_STATUSES, { error: 'Status sengketa harus filed, mediation, adjudication, decided atau withdrawn.' })
    .optional(),
  kiRegisterNumber: cleanText('Nomor register Komisi Informasi', 120, 'line', false).optional(),
  /** The next hearing (sidang) at the KI; null clears it. */
  nextHearingDate: LocalDate('Tanggal sidang berikutnya').nullable().optional(),
  outcome: cleanText('Putusan', 4000, 'multiline', false).optional(),
  outcomeDate: LocalDate('Tanggal putusan').optional(),
  note: optionalText('Catatan', 2000, 'multiline'),
});
export type DisputeUpdateInput = z.input<typeof DisputeUpdateInput>;

export const DisputeDetail = z.object({
  id: z.number().int(),
  objectionId: z.number().int(),
  objectionNumber: z.string(),
  requestId: z.number().int(),
  requestNumber: z.string(),
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
  outcome: z.string(),
  outcomeDate: z.string().nullable(),
  calendarVersion: z.string(),
  standing: DueStandingView.nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type DisputeDetail = z.infer<typeof DisputeDetail>;

export const disputesChannels = defineChannels({
  'disputes:create': {
    summary: 'Catat sengketa informasi di Komisi Informasi atas suatu keberatan (UU KIP Pasal 37).',
    input: DisputeCreateInput,
    output: DisputeDetail,
  },
  'disputes:update': {
    summary: 'Perbarui sengketa: nomor register KI, tahap (mediasi/ajudikasi), sidang berikutnya, putusan.',
    input: DisputeUpdateInput,
    output: DisputeDetail,
  },
  'disputes:get': {
    summary: 'Rincian satu sengketa informasi dengan tenggatnya.',
    input: z.object({ id: Id }),
    output: DisputeDetail,
  },
});
