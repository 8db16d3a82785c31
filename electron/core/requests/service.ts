// Requests for information: intake, detail, the audited NIK reveal, and the timeline. Status
// changes and the extension are in transition.ts. Every change is audited in its transaction.
import { formatTanggal } from '../../../shared/domain/calendar/format';
import { zoneLabel } from '../../../shared/domain/clocks';
import { localDateOf, localDateTimeOf, parseInstant, toUtcIso } from '../../../shared/domain/requests/instant';
import { isErasedIdNumber } from '../../../shared/domain/requests/nik';
import type { ParsedInput } from '../../../shared/ipc/contract';
import type { RequestDetail, TimelineEvent } from '../../../shared/ipc/channels/requests';
import { assertReceiptCovered } from '../calendar/coverage';
import { loadCalendar } from '../calendar/effective';
import { officeClock, requestDeadline, todayLocal } from '../calendar/clocks';
import type { Ctx } from '../context';
import { mutate } from '../db/mutate';
import { AppError, invalidField, isUniqueViolation, notFound } from '../errors';
import { recordClientKey } from '../idempotency/keys';
import { nextNumber } from '../numbering/service';
import { getRequester, getRequestRow, insertEvent, insertRequest, insertRequester, listEvents, type RequestRow } from './repo';
import { toRequestDetail, toTimelineEvent } from './view';

export function futureMessage(label: string, ms: number, nowMs: number, zone: string): string {
  const z = zoneLabel(zone);
  return `${label} tidak boleh di masa depan: ${localDateTimeOf(ms, zone)} ${z}, sedangkan sekarang ${localDateTimeOf(nowMs, zone)} ${z}.`;
}

export function createRequest(ctx: Ctx, input: ParsedInput<'requests:create'>): RequestDetail {
  const nowMs = ctx.clock.now().getTime();
  const clock = officeClock(ctx);
  const receivedMs = input.receivedAt ? parseInstant(input.receivedAt)! : nowMs;
  if (receivedMs > nowMs) throw invalidField('receivedAt', futureMessage('Waktu diterima', receivedMs, nowMs, clock.zone));
  let completeAt: string | null = null;
  if (input.completeAt) {
    const completeMs = parseInstant(input.completeAt)!;
    if (completeMs > nowMs) throw invalidField('completeAt', futureMessage('Waktu permohonan lengkap', completeMs, nowMs, clock.zone));
    if (completeMs < receivedMs) throw invalidField('completeAt', 'Waktu permohonan lengkap tidak boleh sebelum waktu diterima.');
    completeAt = toUtcIso(completeMs);
  }
  const receivedAt = toUtcIso(receivedMs);
  const { requester } = input;

  let id: number;
  try {
    id = mutate(ctx, (tx) => {
      const { at } = tx;
      const cal = loadCalendar(ctx.db);
      assertReceiptCovered(cal, localDateOf(receivedMs, clock.zone), 'receivedAt', 'Waktu diterima');
      // UU KIP Ps 22(7): written notice within 10 working days of receipt.
      const deadline = requestDeadline(receivedAt, clock, cal);
      const assigned = nextNumber(ctx.db, 'requests', deadline.receivedLocalDate);
      const requesterId = insertRequester(ctx.db, {
        name: requester.name,
        id_type: requester.idType,
        id_number: requester.idNumber,
        address: requester.address,
        phone: requester.phone,
        email: requester.email,
        occupation: requester.occupation,
        proxy_name: requester.proxyName,
        created_at: at,
      });
      const requestId = insertRequest(ctx.db, {
        number: assigned.number,
        year: assigned.year,
        seq: assigned.seq,
        requester_id: requesterId,
        received_at: receivedAt,
        received_local: deadline.receivedLocalDate,
        complete_at: completeAt,
        channel: input.channel,
        information: input.information,
        purpose: input.purpose,
        access_methods: JSON.stringify(input.accessMethod),
        delivery_method: input.deliveryMethod,
        unit: input.unit,
        // The petugas penerima: as typed, else the signed-in officer who registers it (issue 14).
        officer: input.officer || ctx.officer?.name || '',
        accessibility_needs: JSON.stringify(input.accessibilityNeeds),
        accessibility_note: input.accessibilityNote,
        accessible_format: input.accessibleFormat ? 1 : 0,
        status: 'registered',
        due_date: deadline.due,
        calendar_version: deadline.calendarVersion,
        zone: deadline.zone,
        cutoff: deadline.cutoff,
        created_at: at,
        updated_at: at,
      });
      recordClientKey(ctx, requestId);
      insertEvent(ctx.db, {
        request_id: requestId,
        at,
        actor: ctx.actor,
        action: 'created',
        subject_kind: 'request',
        subject_id: requestId,
        from_status: null,
        to_status: 'registered',
        note: `Nomor registrasi ${assigned.number}; tenggat pemberitahuan tertulis ${formatTanggal(deadline.due)} (10 hari kerja, UU KIP Pasal 22 ayat (7)).`,
      });
      // Never the NIK, name or address: the audit chain cannot be erased when retention ends.
      tx.audit({
        action: 'request.create',
        entity: 'request',
        entityId: String(requestId),
        data: {
          number: assigned.number,
          requesterId,
          idType: requester.idType,
          channel: input.channel,
          receivedAt,
          dueDate: deadline.due,
          calendarVersion: deadline.calendarVersion,
          zone: deadline.zone,
          cutoff: deadline.cutoff,
        },
      });
      tx.emit('cases:changed', { kind: 'request', id: requestId });
      return requestId;
    });
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new AppError('conflict', 'Nomor registrasi yang dibentuk pola nomor sudah dipakai permohonan lain; periksa pola nomor registrasi.');
    }
    throw error;
  }
  return getRequest(ctx, id);
}

export function requireRequest(ctx: Pick<Ctx, 'db'>, id: number): RequestRow {
  const row = getRequestRow(ctx.db, id);
  if (!row) throw notFound(`Permohonan dengan id ${id} tidak ditemukan.`);
  return row;
}

export function getRequest(ctx: Ctx, id: number): RequestDetail {
  const row = requireRequest(ctx, id);
  const requester = getRequester(ctx.db, row.requester_id)!;
  const today = todayLocal(ctx.clock.now().getTime(), officeClock(ctx).zone);
  return toRequestDetail(row, requester, today, loadCalendar(ctx.db));
}

/** The full identity number, for the officer who must see it; every reveal is audited (UU 27/2022 PDP). */
export function revealNik(ctx: Ctx, input: ParsedInput<'requests:revealNik'>): { idType: 'nik' | 'badan_hukum'; idNumber: string } {
  return mutate(ctx, (tx) => {
    const row = requireRequest(ctx, input.id);
    const requester = getRequester(ctx.db, row.requester_id)!;
    if (isErasedIdNumber(requester.id_number)) {
      throw new AppError('precondition', `Identitas pemohon ${row.number} sudah dianonimkan (masa retensi berakhir); nomor identitasnya tidak disimpan lagi.`);
    }
    insertEvent(ctx.db, {
      request_id: row.id,
      at: tx.at,
      actor: ctx.actor,
      action: 'nik_revealed',
      subject_kind: 'request',
      subject_id: row.id,
      from_status: null,
      to_status: null,
      note: `Nomor identitas pemohon dibuka: ${input.reason}`,
    });
    tx.audit({
      action: 'request.requester.revealNik',
      entity: 'request',
      entityId: String(row.id),
      data: { requesterId: requester.id, idType: requester.id_type, reason: input.reason },
    });
    return { idType: requester.id_type, idNumber: requester.id_number };
  });
}

export function timeline(ctx: Ctx, id: number): TimelineEvent[] {
  requireRequest(ctx, id);
  return listEvents(ctx.db, id).map(toTimelineEvent);
}
