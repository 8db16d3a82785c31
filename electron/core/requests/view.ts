// Rows → what the contract returns. The requester's identity number leaves only masked.
import type { WorkingCalendar } from '../../../shared/domain/calendar';
import { dueStanding } from '../../../shared/domain/requests/inboxState';
import { maskIdNumber } from '../../../shared/domain/requests/nik';
import { isOpenStatus, isOverdueCounting } from '../../../shared/domain/requests/status';
import type { RequestDetail, TimelineEvent } from '../../../shared/ipc/channels/requests';
import type { EventRow, RequesterRow, RequestRow } from './repo';
import { parseConsequence } from './consequence';

/** A requester (or an objector without a request) as the contract shows it: the NIK masked. */
export function toRequesterView(requester: RequesterRow): RequestDetail['requester'] {
  return {
    id: requester.id,
    name: requester.name,
    idType: requester.id_type,
    idNumberMasked: maskIdNumber(requester.id_number),
    address: requester.address,
    phone: requester.phone,
    email: requester.email,
    occupation: requester.occupation,
    proxyName: requester.proxy_name,
  };
}

export function toRequestDetail(row: RequestRow, requester: RequesterRow, today: string, cal: WorkingCalendar): RequestDetail {
  const current = row.extended_due_date ?? row.due_date;
  return {
    id: row.id,
    number: row.number,
    year: row.year,
    seq: row.seq,
    status: row.status,
    receivedAt: row.received_at,
    receivedLocalDate: row.received_local,
    completeAt: row.complete_at,
    channel: row.channel as RequestDetail['channel'],
    requester: toRequesterView(requester),
    information: row.information,
    purpose: row.purpose,
    accessMethod: JSON.parse(row.access_methods) as RequestDetail['accessMethod'],
    deliveryMethod: row.delivery_method as RequestDetail['deliveryMethod'],
    unit: row.unit,
    officer: row.officer,
    dueDate: row.due_date,
    extendedDueDate: row.extended_due_date,
    extensionReason: row.extension_reason,
    currentDueDate: current,
    calendarVersion: row.calendar_version,
    zone: row.zone,
    cutoff: row.cutoff,
    waitingReason: row.waiting_reason,
    waitingFrom: row.waiting_from,
    decision: row.decision,
    heldStatus: row.held_status,
    heldBy: row.held_by,
    refusalPs17: JSON.parse(row.refusal_ps17) as RequestDetail['refusalPs17'],
    refusalOtherLaw: row.refusal_other_law,
    consequenceTest: row.consequence_test,
    consequence: parseConsequence(row.consequence),
    noticeDate: row.notice_date,
    deliveredDate: row.delivered_date,
    costRp: row.cost_rp,
    costItems: JSON.parse(row.cost_items) as RequestDetail['costItems'],
    accessibilityNeeds: JSON.parse(row.accessibility_needs) as RequestDetail['accessibilityNeeds'],
    accessibilityNote: row.accessibility_note,
    accessibleFormat: row.accessible_format === 1,
    paymentMethod: row.payment_method,
    standing: isOpenStatus(row.status)
      ? { today, ...dueStanding(today, current, isOverdueCounting(row.status), cal) }
      : null,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    version: row.row_version,
  };
}

export function toTimelineEvent(row: EventRow): TimelineEvent {
  return {
    id: row.id,
    at: row.at,
    actor: row.actor,
    action: row.action,
    subjectKind: row.subject_kind,
    subjectId: row.subject_id,
    fromStatus: row.from_status,
    toStatus: row.to_status,
    note: row.note,
  };
}
