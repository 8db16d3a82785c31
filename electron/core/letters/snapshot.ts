// The data a letter is made from, frozen at issue: stored as JSON with the letter so that the
// record says exactly what the letter was built from, and a re-render reads the same input.
// Personal data kept to what the letter prints: the identity number only masked (UU 27/2022 PDP).
import { maskIdNumber } from '../../../shared/domain/requests/nik';
import { localDateTimeOf } from '../../../shared/domain/requests/instant';
import { formatJam } from '../../../shared/domain/calendar/format';
import { zoneLabel } from '../../../shared/domain/clocks';
import type { LetterType } from '../../../shared/domain/letters';
import type { CostLine } from '../../../shared/domain/costs';
import type { AccessMethod, DeliveryMethod, ObjectionGround, Ps17Letter, RequestChannel } from '../../../shared/domain/requests/fields';
import type { OfficeProfile } from '../../../shared/domain/settings/officeProfile';
import type { RequesterRow, RequestRow } from '../requests/repo';
import type { ObjectionRow } from '../objections/repo';
import { parseConsequence } from '../requests/consequence';
import type { ConsequenceStepsView } from '../../../shared/ipc/consequence';

export interface Official {
  name: string;
  nip: string;
  title: string;
}

export interface LetterDetails {
  /** Sifat: 'Biasa', 'Penting', 'Segera'. */
  sifat: string;
  /** Lampiran: '-' or e.g. '1 (satu) berkas'. */
  lampiran: string;
  tembusan: string[];
  /** UU KIP Ps 22(7) huruf d: the material that will be provided (default: the information requested). */
  materi: string;
  /** UU KIP Ps 22(7) huruf e: blacked-out parts and why. */
  hitam: string;
  /** UU KIP Ps 22(7) huruf f: medium and format. */
  media: string;
  /** When the information will be provided. */
  waktu: string;
}

export interface RequestSnapshot {
  id: number;
  number: string;
  receivedLocal: string;
  /** '10.00 WITA': office-local wall time with the zone. */
  receivedTime: string;
  channel: RequestChannel;
  information: string;
  purpose: string;
  accessMethod: AccessMethod[];
  deliveryMethod: DeliveryMethod;
  requester: {
    name: string;
    idType: 'nik' | 'badan_hukum';
    idNumberMasked: string;
    address: string;
    phone: string;
    email: string;
    occupation: string;
    proxyName: string;
  };
  dueDate: string;
  extendedDueDate: string | null;
  extensionReason: string | null;
  decision: 'diterima_seluruhnya' | 'diterima_sebagian' | 'ditolak' | null;
  heldStatus: 'dikuasai' | 'dikuasai_badan_lain' | 'belum_didokumentasikan' | null;
  heldBy: string | null;
  refusalPs17: Ps17Letter[];
  refusalOtherLaw: string | null;
  consequenceTest: string | null;
  /** The refusal's test in its steps (added with migration 014; absent or null: the free text above only). */
  consequence?: ConsequenceStepsView | null;
  noticeDate: string | null;
  costRp: number | null;
  paymentMethod: string | null;
  /**
   * The petugas penerima who signs the receipt: the officer on the case (requests.officer), else the
   * officer named at this desk (Pengaturan › Petugas); '' leaves a dotted line to write the name on.
   */
  receivingOfficer: string;
  /** The NIP of the officer account of that name (issue 14); absent from letters issued before. */
  receivingOfficerNip?: string;
  /** Archive documents linked to the request and classified dikecualikan: the refusal cites them. */
  classifications: ClassificationSnapshot[];
  /** Added with migration 013 (absent from letters issued before): handover, cost lines, the wait. */
  deliveredDate?: string | null;
  costItems?: CostLine[];
  officer?: string;
  waitingReason?: 'kelengkapan' | 'biaya' | null;
  /** What the request waits for, as the officer wrote it when the wait began. */
  waitingNote?: string | null;
}

/** A penetapan klasifikasi (UU KIP Ps 17, 19, 20; PP 61/2010) held in the archive for a linked document. */
export interface ClassificationSnapshot {
  title: string;
  letter: Ps17Letter;
  law: string;
  years: number | null;
  permanent: boolean;
  decreeNumber: string;
  decreeDate: string | null;
  reviewDate: string | null;
}

export interface ObjectionSnapshot {
  id: number;
  number: string;
  grounds: ObjectionGround[];
  caseSummary: string;
  proxyName: string;
  registeredLocal: string;
  registeredTime: string;
  atasanDue: string;
  decision: 'dikabulkan' | 'dikabulkan_sebagian' | 'ditolak' | null;
  decisionReason: string | null;
  answerDate: string | null;
  atasanName: string | null;
  atasanPosition: string | null;
  /** UU KIP Ps 37(2): last day to take the case to the Komisi Informasi. */
  disputeWindowDue: string;
  /**
   * The date by which the Atasan orders the PPID to release the information (a granted objection),
   * when the case holds one; the answer is worded without a date otherwise.
   */
  releaseBy?: string | null;
  /**
   * Filed without a request (UU KIP Ps 35(1) huruf b; added with migration 014): the snapshot's
   * `request` then holds the objector and the information named on the objection, number ''.
   */
  withoutRequest?: boolean;
}

export interface LetterSnapshot {
  type: LetterType;
  number: string;
  /** Office-local date printed as "Samarinda, 23 November 2026". */
  issuedDate: string;
  version: number;
  office: {
    instansiLines: string[];
    unit: string;
    address: string;
    city: string;
    ppid: Official;
    atasan: Official;
  };
  request: RequestSnapshot;
  objection: ObjectionSnapshot | null;
  /** UU KIP Ps 35, 36(1): last day to file an objection (penolakan only). */
  objectionWindowDue: string | null;
  details: LetterDetails;
  /** Perki 1/2010 Ps 27-28: the decree that set the tariff (kelengkapan/biaya and kuitansi only). */
  tariffDecree?: { number: string; date: string | null };
}

export function officeOf(profile: OfficeProfile): LetterSnapshot['office'] {
  return {
    instansiLines: [...profile.instansiLines],
    unit: profile.unit,
    address: profile.address,
    city: profile.city,
    ppid: { ...profile.ppid },
    atasan: { ...profile.atasan },
  };
}

export function requestSnapshot(
  row: RequestRow,
  requester: RequesterRow,
  extra: { deskOfficer?: string | null; classifications?: ClassificationSnapshot[] } = {},
): RequestSnapshot {
  return {
    id: row.id,
    number: row.number,
    receivedLocal: row.received_local,
    receivedTime: wallTime(row.received_at, row.zone),
    channel: row.channel as RequestChannel,
    information: row.information,
    purpose: row.purpose,
    accessMethod: JSON.parse(row.access_methods) as AccessMethod[],
    deliveryMethod: row.delivery_method as DeliveryMethod,
    requester: {
      name: requester.name,
      idType: requester.id_type,
      idNumberMasked: maskIdNumber(requester.id_number),
      address: requester.address,
      phone: requester.phone,
      email: requester.email,
      occupation: requester.occupation,
      proxyName: requester.proxy_name,
    },
    dueDate: row.due_date,
    extendedDueDate: row.extended_due_date,
    extensionReason: row.extension_reason,
    decision: row.decision,
    heldStatus: row.held_status,
    heldBy: row.held_by,
    refusalPs17: JSON.parse(row.refusal_ps17) as Ps17Letter[],
    refusalOtherLaw: row.refusal_other_law,
    consequenceTest: row.consequence_test,
    consequence: parseConsequence(row.consequence),
    noticeDate: row.notice_date,
    costRp: row.cost_rp,
    paymentMethod: row.payment_method,
    receivingOfficer: row.officer.trim() || extra.deskOfficer?.trim() || '',
    classifications: extra.classifications ?? [],
    deliveredDate: row.delivered_date,
    costItems: JSON.parse(row.cost_items) as CostLine[],
    officer: row.officer,
    waitingReason: row.waiting_reason,
    waitingNote: null,
  };
}

/**
 * An objection without a request has no request to snapshot: its objector (own requesters row) and
 * the information and purpose written on the objection stand in the request's place, so the letter
 * builders address and describe the objector the same way. number '' marks it (objection.withoutRequest).
 */
export function objectorSnapshot(row: ObjectionRow, objector: RequesterRow, deskOfficer: string | null): RequestSnapshot {
  return {
    id: 0,
    number: '',
    receivedLocal: row.registered_local,
    receivedTime: wallTime(row.registered_at, row.zone),
    channel: 'langsung',
    information: row.information,
    purpose: row.purpose,
    accessMethod: [],
    deliveryMethod: 'ambil_langsung',
    requester: {
      name: objector.name,
      idType: objector.id_type,
      idNumberMasked: maskIdNumber(objector.id_number),
      address: objector.address,
      phone: objector.phone,
      email: objector.email,
      occupation: objector.occupation,
      proxyName: objector.proxy_name,
    },
    dueDate: row.atasan_due,
    extendedDueDate: null,
    extensionReason: null,
    decision: null,
    heldStatus: null,
    heldBy: null,
    refusalPs17: [],
    refusalOtherLaw: null,
    consequenceTest: null,
    noticeDate: null,
    costRp: null,
    paymentMethod: null,
    receivingOfficer: deskOfficer?.trim() ?? '',
    classifications: [],
  };
}

export function objectionSnapshot(row: ObjectionRow, disputeWindowDue: string): ObjectionSnapshot {
  return {
    id: row.id,
    number: row.number,
    grounds: JSON.parse(row.grounds) as ObjectionGround[],
    caseSummary: row.case_summary,
    proxyName: row.proxy_name,
    registeredLocal: row.registered_local,
    registeredTime: wallTime(row.registered_at, row.zone),
    atasanDue: row.atasan_due,
    decision: row.decision,
    decisionReason: row.decision_reason,
    answerDate: row.answer_date,
    atasanName: row.atasan_name,
    atasanPosition: row.atasan_position,
    disputeWindowDue,
    releaseBy: row.release_due,
    ...(row.request_id === null ? { withoutRequest: true } : {}),
  };
}

/** '2026-03-17T02:00:00.000Z' in Asia/Makassar → '10.00 WITA'. */
function wallTime(instant: string, zone: string): string {
  return `${formatJam(localDateTimeOf(Date.parse(instant), zone).slice(11))} ${zoneLabel(zone)}`;
}
