// Disputes at the Komisi Informasi: the window of UU KIP Ps 37(2) (was it filed in time?) and the
// KI's own dates of Ps 38 (start within 14, settle within 100 working days).
import { formatTanggal } from '../../../shared/domain/calendar/format';
import { APPEALABLE_OUTCOMES, COURT_STAGE_LABEL, DISPUTE_OUTCOME_LABEL } from '../../../shared/domain/disputes/outcome';
import { compareDates } from '../../../shared/domain/calendar/localDate';
import { disputeTransitionProblem, DISPUTE_STATUS_LABEL, OPEN_DISPUTE_STATUSES } from '../../../shared/domain/requests/fields';
import { dueStanding } from '../../../shared/domain/requests/inboxState';
import type { ParsedInput } from '../../../shared/ipc/contract';
import type { DisputeDetail } from '../../../shared/ipc/channels/disputes';
import { disputeWindow, kiDeadlines, officeClock, todayLocal } from '../calendar/clocks';
import { loadCalendar } from '../calendar/effective';
import type { Ctx } from '../context';
import { mutate } from '../db/mutate';
import { claimVersion } from '../db/versions';
import { AppError, invalidField, isUniqueViolation, notFound } from '../errors';
import { recordClientKey } from '../idempotency/keys';
import { disputeWindowStart, requireObjection } from '../objections/service';
import { insertObjectionEvent } from '../objections/repo';
import { reopenForOutcome } from '../requests/reopen';
import { getDispute, insertDispute, updateDispute, type DisputePatch, type DisputeWithCase } from './repo';

export function createDispute(ctx: Ctx, input: ParsedInput<'disputes:create'>): DisputeDetail {
  const clock = officeClock(ctx);
  const today = todayLocal(ctx.clock.now().getTime(), clock.zone);
  if (compareDates(input.filedDate, today) > 0) {
    throw invalidField('filedDate', `Tanggal pengajuan sengketa (${formatTanggal(input.filedDate)}) tidak boleh di masa depan.`);
  }
  const id = guardUnique(() =>
    mutate(ctx, (tx) => {
      const { at } = tx;
      const objection = requireObjection(ctx, input.objectionId);
      if (compareDates(input.filedDate, objection.registered_local) < 0) {
        throw invalidField('filedDate', `Sengketa tidak mungkin diajukan sebelum keberatan ${objection.number} dicatat (${formatTanggal(objection.registered_local)}).`);
      }
      const cal = loadCalendar(ctx.db);
      const windowStart = disputeWindowStart(objection);
      // UU KIP Ps 37(2): 14 working days after the Atasan's answer or the lapse of the 30 days.
      const window = disputeWindow(windowStart, clock, cal);
      const filedLate = compareDates(input.filedDate, window.due) > 0;
      const ki = kiDeadlines(input.filedDate, cal);
      const disputeId = insertDispute(ctx.db, {
        objection_id: objection.id,
        request_id: objection.request_id,
        ki_register_number: input.kiRegisterNumber,
        filed_date: input.filedDate,
        window_start: windowStart,
        window_due: window.due,
        filed_late: filedLate ? 1 : 0,
        ki_start_due: ki.start,
        ki_settle_due: ki.settle,
        calendar_version: cal.version,
        zone: clock.zone,
        status: 'filed',
        recorded_at: at,
        created_at: at,
        updated_at: at,
      });
      recordClientKey(ctx, disputeId);
      insertObjectionEvent(ctx.db, {
        request_id: objection.request_id,
        at,
        actor: ctx.actor,
        action: 'dispute_created',
        subject_kind: 'dispute',
        subject_id: disputeId,
        from_status: null,
        to_status: 'filed',
        note:
          `Sengketa atas keberatan ${objection.number} diajukan ke Komisi Informasi pada ${formatTanggal(input.filedDate)}` +
          (filedLate ? `, melewati batas ${formatTanggal(window.due)} (UU KIP Pasal 37 ayat (2)).` : '.') +
          (input.note ? ` ${input.note}` : ''),
      });
      tx.audit({
        action: 'dispute.create',
        entity: 'dispute',
        entityId: String(disputeId),
        data: { objectionId: objection.id, requestId: objection.request_id, kiRegisterNumber: input.kiRegisterNumber, filedDate: input.filedDate, windowDue: window.due, filedLate, kiStartDue: ki.start, kiSettleDue: ki.settle, calendarVersion: cal.version },
      });
      tx.emit('cases:changed', { kind: 'dispute', id: disputeId });
      return disputeId;
    }),
  );
  return getDisputeDetail(ctx, id);
}

const RELEASING_OUTCOMES: readonly string[] = ['mediation_agreed', 'adjudication_granted', 'adjudication_granted_partly'];

export function updateDisputeCase(ctx: Ctx, input: ParsedInput<'disputes:update'>): DisputeDetail {
  const today = todayLocal(ctx.clock.now().getTime(), officeClock(ctx).zone);
  guardUnique(() =>
    mutate(ctx, (tx) => {
      const { at } = tx;
      const row = requireDispute(ctx, input.id);
      claimVersion(ctx, 'disputes', row.id, input.version);
      if (!(OPEN_DISPUTE_STATUSES as readonly string[]).includes(row.status) && !onlyCourtStage(input, row)) {
        throw new AppError('conflict', `Sengketa sudah '${DISPUTE_STATUS_LABEL[row.status]}'; datanya tidak dapat diubah lagi.`);
      }
      const patch: DisputePatch = {};
      if (input.status !== undefined && input.status !== row.status) {
        const problem = disputeTransitionProblem(row.status, input.status);
        if (problem) throw new AppError('conflict', problem);
        patch.status = input.status;
      }
      if (input.kiRegisterNumber !== undefined && input.kiRegisterNumber !== row.ki_register_number) {
        patch.ki_register_number = input.kiRegisterNumber;
      }
      if (input.nextHearingDate !== undefined && input.nextHearingDate !== row.next_hearing_date) {
        patch.next_hearing_date = input.nextHearingDate;
      }
      if (input.outcome !== undefined && input.outcome !== row.outcome) patch.outcome = input.outcome;
      if (input.outcomeKind !== undefined && input.outcomeKind !== row.outcome_kind) patch.outcome_kind = input.outcomeKind;
      if (input.outcomeDate !== undefined && input.outcomeDate !== row.outcome_date) {
        if (compareDates(input.outcomeDate, today) > 0) {
          throw invalidField('outcomeDate', `Tanggal putusan (${formatTanggal(input.outcomeDate)}) tidak boleh di masa depan.`);
        }
        if (compareDates(input.outcomeDate, row.filed_date) < 0) {
          throw invalidField('outcomeDate', 'Tanggal putusan tidak boleh sebelum sengketa diajukan.');
        }
        patch.outcome_date = input.outcomeDate;
      }
      settleOutcome(row, patch, input, today);
      if (input.courtStage !== undefined && input.courtStage !== row.court_stage) {
        const kind = patch.outcome_kind !== undefined ? patch.outcome_kind : row.outcome_kind;
        if (input.courtStage !== 'none' && (kind === null || !APPEALABLE_OUTCOMES.includes(kind))) {
          throw invalidField('courtStage', 'Gugatan ke pengadilan hanya dapat diajukan atas putusan ajudikasi Komisi Informasi (UU KIP Pasal 47); hasil mediasi bersifat final dan mengikat (Pasal 39).');
        }
        patch.court_stage = input.courtStage;
      }
      if (Object.keys(patch).length === 0 && input.note === '') {
        throw new AppError('invalid_input', 'Tidak ada yang diubah pada sengketa ini.');
      }
      updateDispute(ctx.db, row.id, { ...patch, updated_at: at });
      const kindNow = patch.outcome_kind !== undefined ? patch.outcome_kind : row.outcome_kind;
      const said = [
        patch.outcome_kind && kindNow ? `Hasil: ${DISPUTE_OUTCOME_LABEL[kindNow]}.` : '',
        patch.court_stage ? `Tahap pengadilan: ${COURT_STAGE_LABEL[patch.court_stage]}.` : '',
        input.note,
      ].filter((t) => t !== '');
      insertObjectionEvent(ctx.db, {
        request_id: row.request_id,
        at,
        actor: ctx.actor,
        action: 'dispute_updated',
        subject_kind: 'dispute',
        subject_id: row.id,
        from_status: row.status,
        to_status: patch.status ?? row.status,
        note: said.join(' '),
      });
      tx.audit({
        action: 'dispute.update',
        entity: 'dispute',
        entityId: String(row.id),
        data: { changed: patch, note: input.note },
      });
      tx.emit('cases:changed', { kind: 'dispute', id: input.id });
      // A mediation agreed or an adjudication granting access (UU KIP Ps 39, 46) orders the release.
      if (patch.status === 'decided' && kindNow !== null && RELEASING_OUTCOMES.includes(kindNow) && row.request_id !== null) {
        const reopened = reopenForOutcome(
          ctx,
          tx,
          row.request_id,
          `Dibuka kembali karena sengketa di Komisi Informasi berakhir '${DISPUTE_OUTCOME_LABEL[kindNow]}': berikan informasi sesuai putusan, lalu catat penyerahannya.`,
        );
        if (reopened) tx.emit('cases:changed', { kind: 'request', id: row.request_id });
      }
    }),
  );
  return getDisputeDetail(ctx, input.id);
}

/** After the KI's ruling a dispute may still go to court (UU KIP Ps 47-50): only that may change. */
function onlyCourtStage(input: ParsedInput<'disputes:update'>, row: DisputeWithCase): boolean {
  return (
    row.status === 'decided' &&
    input.courtStage !== undefined &&
    (input.status === undefined || input.status === row.status) &&
    input.kiRegisterNumber === undefined &&
    input.nextHearingDate === undefined &&
    input.outcome === undefined &&
    input.outcomeDate === undefined &&
    (input.outcomeKind === undefined || input.outcomeKind === row.outcome_kind)
  );
}

/**
 * The outcome goes with the end of the dispute: a withdrawal is outcome 'withdrawn' on the day it is
 * recorded (unless dated); a decision needs its kind and date. The note is optional, but migration
 * 002's CHECK wants a text on a decided dispute, so an empty note is the outcome's own name.
 */
function settleOutcome(row: DisputeWithCase, patch: DisputePatch, input: ParsedInput<'disputes:update'>, today: string): void {
  const status = patch.status ?? row.status;
  const kind = patch.outcome_kind !== undefined ? patch.outcome_kind : row.outcome_kind;
  if (status === 'withdrawn') {
    if (kind !== null && kind !== 'withdrawn' && input.outcomeKind !== undefined) {
      throw invalidField('outcomeKind', `Sengketa yang dicabut berhasil '${DISPUTE_OUTCOME_LABEL.withdrawn}', bukan '${DISPUTE_OUTCOME_LABEL[kind]}'.`);
    }
    patch.outcome_kind = 'withdrawn';
    if ((patch.outcome_date ?? row.outcome_date) === null) patch.outcome_date = today;
    return;
  }
  if (status === 'decided') {
    if (kind === null) throw invalidField('outcomeKind', 'Pilih hasil sengketa (mis. mediasi berhasil atau putusan ajudikasi) untuk sengketa yang selesai.');
    if (kind === 'withdrawn') throw invalidField('outcomeKind', "Sengketa yang dicabut dicatat dengan status 'dicabut', bukan 'diputus/selesai'.");
    if ((patch.outcome_date ?? row.outcome_date) === null) throw invalidField('outcomeDate', 'Tanggal putusan wajib diisi untuk sengketa yang selesai.');
    if ((patch.outcome ?? row.outcome) === '') patch.outcome = DISPUTE_OUTCOME_LABEL[kind];
    return;
  }
  if (patch.outcome_kind !== undefined) {
    throw invalidField('outcomeKind', "Hasil sengketa dicatat bersama status 'diputus/selesai' atau 'dicabut'.");
  }
}

function guardUnique<T>(work: () => T): T {
  try {
    return work();
  } catch (error) {
    if (isUniqueViolation(error)) throw invalidField('kiRegisterNumber', 'Nomor register Komisi Informasi ini sudah dipakai sengketa lain.');
    throw error;
  }
}

export function requireDispute(ctx: Pick<Ctx, 'db'>, id: number): DisputeWithCase {
  const row = getDispute(ctx.db, id);
  if (!row) throw notFound(`Sengketa dengan id ${id} tidak ditemukan.`);
  return row;
}

export function getDisputeDetail(ctx: Ctx, id: number): DisputeDetail {
  const row = requireDispute(ctx, id);
  const today = todayLocal(ctx.clock.now().getTime(), officeClock(ctx).zone);
  const cal = loadCalendar(ctx.db);
  const open = (OPEN_DISPUTE_STATUSES as readonly string[]).includes(row.status);
  return {
    id: row.id,
    objectionId: row.objection_id,
    objectionNumber: row.objection_number,
    requestId: row.request_id,
    requestNumber: row.request_number,
    requesterName: row.requester_name,
    kiRegisterNumber: row.ki_register_number,
    filedDate: row.filed_date,
    windowStart: row.window_start,
    windowDue: row.window_due,
    filedLate: row.filed_late === 1,
    kiStartDue: row.ki_start_due,
    kiSettleDue: row.ki_settle_due,
    nextHearingDate: row.next_hearing_date,
    currentDueDate: row.inbox_due,
    status: row.status,
    outcomeKind: row.outcome_kind,
    courtStage: row.court_stage,
    outcome: row.outcome,
    outcomeDate: row.outcome_date,
    calendarVersion: row.calendar_version,
    standing: open ? { today, ...dueStanding(today, row.inbox_due, true, cal) } : null,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    version: row.row_version,
  };
}
