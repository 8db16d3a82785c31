// Objections (keberatan): registered against a request on a Ps 35(1) ground — or without one on a
// ground that needs none (huruf b), the objector then recorded on the objection — answered by the
// Atasan PPID within 30 working days (UU KIP Ps 36(2)). Audited in the transaction of the change.
import type { WorkingCalendar } from '../../../shared/domain/calendar';
import { formatTanggal } from '../../../shared/domain/calendar/format';
import { compareDates } from '../../../shared/domain/calendar/localDate';
import { dueStanding } from '../../../shared/domain/requests/inboxState';
import { localDateOf, parseInstant, toUtcIso } from '../../../shared/domain/requests/instant';
import type { ParsedInput } from '../../../shared/ipc/contract';
import type { ObjectionDetail } from '../../../shared/ipc/channels/objections';
import { disputeWindow, objectionDeadline, officeClock, todayLocal } from '../calendar/clocks';
import { assertReceiptCovered } from '../calendar/coverage';
import { loadCalendar } from '../calendar/effective';
import type { Ctx } from '../context';
import { mutate } from '../db/mutate';
import { claimVersion } from '../db/versions';
import { AppError, invalidField, notFound } from '../errors';
import { recordClientKey } from '../idempotency/keys';
import { nextNumber } from '../numbering/service';
import { getRequester, insertRequester, type RequesterRow } from '../requests/repo';
import { toRequesterView } from '../requests/view';
import { reopenForOutcome } from '../requests/reopen';
import { futureMessage, requireRequest } from '../requests/service';
import { getProfile } from '../settings/service';
import { withoutRequestProblem } from '../../../shared/domain/requests/objectionGrounds';
import { RELEASE_DEFAULT_WORKING_DAYS } from '../../../shared/domain/requests/objectionRelease';
import { addWorkingDays } from '../../../shared/domain/calendar/calendar';
import { getObjection, insertObjection, insertObjectionEvent, updateObjection, type ObjectionWithRequest } from './repo';

export function createObjection(ctx: Ctx, input: ParsedInput<'objections:create'>): ObjectionDetail {
  const nowMs = ctx.clock.now().getTime();
  const clock = officeClock(ctx);
  const registeredMs = input.registeredAt ? parseInstant(input.registeredAt)! : nowMs;
  if (registeredMs > nowMs) {
    throw invalidField('registeredAt', futureMessage('Waktu keberatan diterima', registeredMs, nowMs, clock.zone));
  }
  // UU KIP Ps 35(1): only some grounds stand without a request (shared/domain/requests/objectionGrounds.ts);
  // the input schema says so too, this guards every other caller.
  if (input.requestId === undefined) {
    const problem = withoutRequestProblem(input.grounds);
    if (problem) throw invalidField('requestId', problem);
    if (!input.objector) throw invalidField('objector', 'Keberatan tanpa permohonan: identitas pemohon keberatan wajib diisi.');
  }
  const registeredAt = toUtcIso(registeredMs);
  const id = mutate(ctx, (tx) => {
    const { at } = tx;
    const request = input.requestId === undefined ? null : requireRequest(ctx, input.requestId);
    if (request && registeredAt < request.received_at) {
      throw invalidField('registeredAt', `Keberatan tidak mungkin diterima sebelum permohonannya (${request.number}) diterima.`);
    }
    const cal = loadCalendar(ctx.db);
    assertReceiptCovered(cal, localDateOf(registeredMs, clock.zone), 'registeredAt', 'Waktu keberatan diterima');
    // UU KIP Ps 36(1)-(2): counted from the objection's receipt — with or without a request.
    const deadline = objectionDeadline(registeredAt, clock, cal);
    const assigned = nextNumber(ctx.db, 'objections', deadline.receivedLocalDate);
    const objector = input.objector;
    const requesterId =
      request || !objector
        ? null
        : insertRequester(ctx.db, {
            name: objector.name,
            id_type: objector.idType,
            id_number: objector.idNumber,
            address: objector.address,
            phone: objector.phone,
            email: objector.email,
            occupation: objector.occupation,
            proxy_name: objector.proxyName,
            created_at: at,
          });
    const objectionId = insertObjection(ctx.db, {
      number: assigned.number,
      year: assigned.year,
      seq: assigned.seq,
      request_id: request ? request.id : null,
      requester_id: requesterId,
      information: request ? '' : input.information,
      purpose: request ? '' : input.purpose,
      grounds: JSON.stringify(input.grounds),
      case_summary: input.caseSummary,
      proxy_name: input.proxyName || (objector?.proxyName ?? ''),
      registered_at: registeredAt,
      registered_local: deadline.receivedLocalDate,
      atasan_due: deadline.due,
      calendar_version: deadline.calendarVersion,
      zone: deadline.zone,
      cutoff: deadline.cutoff,
      status: 'registered',
      created_at: at,
      updated_at: at,
    });
    recordClientKey(ctx, objectionId);
    insertObjectionEvent(ctx.db, {
      request_id: request ? request.id : null,
      at,
      actor: ctx.actor,
      action: 'objection_created',
      subject_kind: 'objection',
      subject_id: objectionId,
      from_status: null,
      to_status: 'registered',
      note: `Keberatan ${assigned.number} (Pasal 35 ayat (1) huruf ${input.grounds.join(', ')}); tanggapan atasan PPID paling lambat ${formatTanggal(deadline.due)} (30 hari kerja, UU KIP Pasal 36 ayat (2)).`,
    });
    tx.audit({
      action: 'objection.create',
      entity: 'objection',
      entityId: String(objectionId),
      data: {
        number: assigned.number,
        requestId: request ? request.id : null,
        // Without a request the objector's identity is on its own requesters row; the audit names the row, never the NIK.
        requesterId,
        grounds: input.grounds,
        registeredAt,
        atasanDue: deadline.due,
        calendarVersion: deadline.calendarVersion,
      },
    });
    tx.emit('cases:changed', { kind: 'objection', id: objectionId });
    return objectionId;
  });
  return getObjectionDetail(ctx, id);
}

export function decideObjection(ctx: Ctx, input: ParsedInput<'objections:decide'>): ObjectionDetail {
  const today = todayLocal(ctx.clock.now().getTime(), officeClock(ctx).zone);
  const profile = getProfile(ctx);
  const atasanName = input.atasanName || profile?.atasan.name || '';
  const atasanPosition = input.atasanPosition || profile?.atasan.title || '';
  if (atasanName === '') throw invalidField('atasanName', 'Nama atasan PPID wajib diisi (profil kantor belum memuat atasan PPID).');
  if (atasanPosition === '') throw invalidField('atasanPosition', 'Jabatan atasan PPID wajib diisi (profil kantor belum memuat atasan PPID).');
  const answerDate = input.answerDate ?? today;
  if (input.decision === 'ditolak' && input.releaseBy !== undefined) {
    throw invalidField('releaseBy', 'Keberatan yang ditolak tidak memuat perintah pemberian informasi; kosongkan batas waktunya.');
  }
  // UU KIP Ps 36(2) orders the release; the default period is explained in objectionRelease.ts.
  const releaseBy =
    input.decision === 'ditolak' ? null : (input.releaseBy ?? addWorkingDays(answerDate, RELEASE_DEFAULT_WORKING_DAYS, loadCalendar(ctx.db)));
  mutate(ctx, (tx) => {
    const { at } = tx;
    const row = requireObjection(ctx, input.id);
    claimVersion(ctx, 'objections', row.id, input.version);
    if (row.status !== 'registered') {
      throw new AppError('conflict', `Keberatan ${row.number} sudah ${row.status === 'answered' ? 'ditanggapi' : 'ditarik'}; tanggapan tidak dapat dicatat lagi.`);
    }
    if (compareDates(answerDate, today) > 0) {
      throw invalidField('answerDate', `Tanggal tanggapan atasan (${formatTanggal(answerDate)}) tidak boleh di masa depan.`);
    }
    if (compareDates(answerDate, row.registered_local) < 0) {
      throw invalidField('answerDate', `Tanggal tanggapan tidak boleh sebelum keberatan dicatat (${formatTanggal(row.registered_local)}).`);
    }
    // UU KIP Ps 36(2): the granted answer orders the release by a date the Atasan sets, on or after the answer.
    if (releaseBy !== null && compareDates(releaseBy, answerDate) < 0) {
      throw invalidField('releaseBy', `Batas waktu pelaksanaan (${formatTanggal(releaseBy)}) tidak boleh sebelum tanggal tanggapan atasan (${formatTanggal(answerDate)}).`);
    }
    updateObjection(ctx.db, row.id, {
      status: 'answered',
      decision: input.decision,
      decision_reason: input.reason,
      answer_date: answerDate,
      atasan_name: atasanName,
      atasan_position: atasanPosition,
      requester_reply: input.requesterReply === '' ? null : input.requesterReply,
      release_due: releaseBy,
      updated_at: at,
    });
    const late = compareDates(answerDate, row.atasan_due) > 0;
    insertObjectionEvent(ctx.db, {
      request_id: row.request_id,
      at,
      actor: ctx.actor,
      action: 'objection_decided',
      subject_kind: 'objection',
      subject_id: row.id,
      from_status: row.status,
      to_status: 'answered',
      note:
        `Keberatan ${row.number} ditanggapi atasan PPID (${input.decision}) pada ${formatTanggal(answerDate)}` +
        (late ? `, melewati tenggat ${formatTanggal(row.atasan_due)} (UU KIP Pasal 36 ayat (2)).` : '.') +
        (releaseBy ? ` PPID memberikan informasi paling lambat ${formatTanggal(releaseBy)}.` : ''),
    });
    tx.audit({
      action: 'objection.decide',
      entity: 'objection',
      entityId: String(row.id),
      data: { number: row.number, decision: input.decision, answerDate, releaseBy, atasanName, atasanPosition, late },
    });
    tx.emit('cases:changed', { kind: 'objection', id: input.id });
    if (input.decision !== 'ditolak' && row.request_id !== null) {
      const reopened = reopenForOutcome(
        ctx,
        tx,
        row.request_id,
        `Dibuka kembali karena keberatan ${row.number} ${input.decision === 'dikabulkan' ? 'dikabulkan' : 'dikabulkan sebagian'} atasan PPID: berikan informasi sesuai tanggapan atasan, lalu catat penyerahannya.`,
      );
      if (reopened) tx.emit('cases:changed', { kind: 'request', id: row.request_id });
    }
  });
  return getObjectionDetail(ctx, input.id);
}

export function requireObjection(ctx: Pick<Ctx, 'db'>, id: number): ObjectionWithRequest {
  const row = getObjection(ctx.db, id);
  if (!row) throw notFound(`Keberatan dengan id ${id} tidak ditemukan.`);
  return row;
}

/**
 * UU KIP Ps 37(2): day 0 of the requester's 14 working days to go to the Komisi Informasi is the
 * Atasan's answer, or — unanswered — the last day of the Atasan's 30.
 */
export function disputeWindowStart(row: Pick<ObjectionWithRequest, 'answer_date' | 'atasan_due'>): string {
  return row.answer_date ?? row.atasan_due;
}

export function getObjectionDetail(ctx: Ctx, id: number): ObjectionDetail {
  const row = requireObjection(ctx, id);
  const clock = officeClock(ctx);
  const today = todayLocal(ctx.clock.now().getTime(), clock.zone);
  const objector = row.requester_id === null ? null : getRequester(ctx.db, row.requester_id) ?? null;
  return toObjectionDetail(row, objector, today, loadCalendar(ctx.db), clock);
}

/** The release is done: the request's handover on or after the answer, or the officer's mark without a request. */
export function releaseDoneAt(row: ObjectionWithRequest): string | null {
  if (row.release_due === null) return null;
  if (row.release_done_at !== null) return row.release_done_at;
  if (row.request_id !== null && row.request_delivered !== null && row.answer_date !== null && compareDates(row.request_delivered, row.answer_date) >= 0) {
    return row.request_delivered;
  }
  return null;
}

function toObjectionDetail(
  row: ObjectionWithRequest,
  objector: RequesterRow | null,
  today: string,
  cal: WorkingCalendar,
  clock: { zone: string; cutoff: string },
): ObjectionDetail {
  return {
    id: row.id,
    number: row.number,
    requestId: row.request_id,
    requestNumber: row.request_number,
    requesterName: row.requester_name,
    objector: objector ? toRequesterView(objector) : null,
    information: row.subject_information,
    purpose: row.subject_purpose,
    grounds: JSON.parse(row.grounds) as ObjectionDetail['grounds'],
    caseSummary: row.case_summary,
    proxyName: row.proxy_name,
    registeredAt: row.registered_at,
    registeredLocalDate: row.registered_local,
    atasanDue: row.atasan_due,
    calendarVersion: row.calendar_version,
    status: row.status,
    decision: row.decision,
    decisionReason: row.decision_reason,
    answerDate: row.answer_date,
    atasanName: row.atasan_name,
    atasanPosition: row.atasan_position,
    requesterReply: row.requester_reply,
    releaseDue: row.release_due,
    releaseDoneAt: releaseDoneAt(row),
    releaseDoneBy: row.release_done_by,
    releaseOpen: row.release_due !== null && releaseDoneAt(row) === null,
    disputeWindowDue: disputeWindow(disputeWindowStart(row), clock, cal).due,
    standing: row.status === 'registered' ? { today, ...dueStanding(today, row.atasan_due, true, cal) } : null,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    version: row.row_version,
  };
}
