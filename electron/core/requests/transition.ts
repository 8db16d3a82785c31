// Status changes of a request, checked against the status machine (shared/domain/requests/status),
// and the one extension of UU KIP Ps 22(8). Each change writes a timeline event and an audit entry
// in the same IMMEDIATE transaction.
import { formatTanggal } from '../../../shared/domain/calendar/format';
import { compareDates } from '../../../shared/domain/calendar/localDate';
import {
  REQUEST_STATUS_LABEL,
  resumeStatus,
  transitionProblem,
  type RequestStatus,
} from '../../../shared/domain/requests/status';
import type { ParsedInput } from '../../../shared/ipc/contract';
import type { RequestDetail } from '../../../shared/ipc/channels/requests';
import { costPatch } from '../costs/charge';
import { consequenceJson } from './consequence';
import type { Db } from '../db/connection';
import { mutate } from '../db/mutate';
import { claimVersion } from '../db/versions';
import { extensionDeadline, officeClock, todayLocal } from '../calendar/clocks';
import { loadCalendar } from '../calendar/effective';
import type { Ctx } from '../context';
import { AppError, invalidField } from '../errors';
import { insertEvent, updateRequest, type RequestPatch, type RequestRow } from './repo';
import { getRequest, requireRequest } from './service';

type TransitionInput = ParsedInput<'requests:transition'>;

const label = (s: RequestStatus) => `'${REQUEST_STATUS_LABEL[s]}'`;

export function transitionRequest(ctx: Ctx, input: TransitionInput): RequestDetail {
  // 'extended' is the extension itself, except for a request returning from a pause it began while
  // extended: that one goes back to 'extended' without a second extension.
  if (input.to === 'extended' && requireRequest(ctx, input.id).status !== 'waiting_requester') {
    return extendRequest(ctx, { id: input.id, version: input.version, reason: input.reason });
  }
  const today = todayLocal(ctx.clock.now().getTime(), officeClock(ctx).zone);
  mutate(ctx, (tx) => {
    const { at } = tx;
    const row = requireRequest(ctx, input.id);
    claimVersion(ctx, 'requests', row.id, input.version);
    const from = row.status;
    checkMove(row, input.to);
    const patch: RequestPatch = { status: input.to, updated_at: at };
    let note = 'note' in input ? input.note : '';
    switch (input.to) {
      case 'extended':
        Object.assign(patch, { waiting_reason: null, waiting_from: null });
        note = input.reason;
        break;
      case 'in_process':
        Object.assign(patch, { waiting_reason: null, waiting_from: null });
        break;
      case 'waiting_requester':
        if (from === 'answered' && input.waitingReason !== 'biaya') {
          throw new AppError('conflict', 'Setelah dijawab, permohonan hanya dapat menunggu pembayaran biaya salinan (alasan: biaya).');
        }
        Object.assign(patch, { waiting_reason: input.waitingReason, waiting_from: from });
        break;
      case 'answered':
        Object.assign(patch, answerPatch(ctx.db, row, input, today));
        break;
      case 'done':
        Object.assign(patch, donePatch(ctx.db, row, input, today), { waiting_reason: null, waiting_from: null, closed_at: at });
        break;
      case 'withdrawn':
        Object.assign(patch, { waiting_reason: null, waiting_from: null, closed_at: at });
        note = input.note;
        break;
    }
    updateRequest(ctx.db, row.id, patch);
    insertEvent(ctx.db, {
      request_id: row.id,
      at,
      actor: ctx.actor,
      action: 'status',
      subject_kind: 'request',
      subject_id: row.id,
      from_status: from,
      to_status: input.to,
      note,
    });
    const { updated_at: _u, ...changed } = patch;
    tx.audit({
      action: 'request.transition',
      entity: 'request',
      entityId: String(row.id),
      data: { number: row.number, from, to: input.to, changed, note },
    });
    tx.emit('cases:changed', { kind: 'request', id: input.id });
  });
  return getRequest(ctx, input.id);
}

/** The status machine, plus the rule that a pause for the requester returns to where it began. */
function checkMove(row: RequestRow, to: RequestStatus): void {
  const problem = transitionProblem(row.status, to);
  if (problem) throw new AppError('conflict', problem);
  if (row.status === 'waiting_requester' && to !== 'withdrawn') {
    const back = resumeStatus(row.waiting_from ?? 'in_process');
    if (to !== back) {
      const since = row.waiting_from ? label(row.waiting_from) : label('in_process');
      throw new AppError(
        'conflict',
        back === 'done'
          ? `Permohonan menunggu pembayaran biaya setelah dijawab; bila biaya sudah dibayar dan informasi diserahkan, ubah statusnya menjadi ${label('done')}.`
          : `Permohonan menunggu pemohon sejak berstatus ${since}; kembalikan dulu statusnya menjadi ${label(back)}.`,
      );
    }
  }
}

function answerPatch(db: Db, row: RequestRow, input: Extract<TransitionInput, { to: 'answered' }>, today: string): RequestPatch {
  const noticeDate = input.noticeDate ?? today;
  if (compareDates(noticeDate, today) > 0) {
    throw invalidField('noticeDate', `Tanggal pemberitahuan tertulis (${formatTanggal(noticeDate)}) tidak boleh di masa depan.`);
  }
  if (compareDates(noticeDate, row.received_local) < 0) {
    throw invalidField('noticeDate', `Tanggal pemberitahuan tertulis tidak boleh sebelum permohonan diterima (${formatTanggal(row.received_local)}).`);
  }
  const withholds = input.decision !== 'diterima_seluruhnya' && input.heldStatus === 'dikuasai';
  return {
    decision: input.decision,
    held_status: input.heldStatus,
    held_by: input.heldStatus === 'dikuasai_badan_lain' ? input.heldBy : null,
    refusal_ps17: JSON.stringify(withholds ? input.refusalPs17 : []),
    refusal_other_law: withholds && input.refusalOtherLaw !== '' ? input.refusalOtherLaw : null,
    consequence_test: withholds ? input.consequenceTest : null,
    consequence: withholds ? consequenceJson(input) : null,
    notice_date: noticeDate,
    ...costPatch(db, row, input),
  };
}

function donePatch(db: Db, row: RequestRow, input: Extract<TransitionInput, { to: 'done' }>, today: string): RequestPatch {
  // A refusal delivers nothing; otherwise the date the information was handed over (default today).
  const delivered = row.decision === 'ditolak' ? (input.deliveredDate ?? null) : (input.deliveredDate ?? today);
  if (delivered !== null) {
    if (compareDates(delivered, today) > 0) {
      throw invalidField('deliveredDate', `Tanggal informasi diserahkan (${formatTanggal(delivered)}) tidak boleh di masa depan.`);
    }
    if (row.notice_date && compareDates(delivered, row.notice_date) < 0) {
      throw invalidField('deliveredDate', `Tanggal informasi diserahkan tidak boleh sebelum tanggal pemberitahuan tertulis (${formatTanggal(row.notice_date)}).`);
    }
  }
  return {
    delivered_date: delivered,
    ...costPatch(db, row, input),
  };
}

/**
 * UU KIP Ps 22(8): once, with written reasons, 7 working days more, counted from the end of the
 * original 10 (the original due date is day 0 of the extension). It must be decided while the
 * original period runs.
 */
function extendRequest(ctx: Ctx, input: Omit<Extract<TransitionInput, { to: 'extended' }>, 'to'>): RequestDetail {
  const today = todayLocal(ctx.clock.now().getTime(), officeClock(ctx).zone);
  mutate(ctx, (tx) => {
    const { at } = tx;
    const row = requireRequest(ctx, input.id);
    claimVersion(ctx, 'requests', row.id, input.version);
    if (row.extended_due_date !== null) {
      throw new AppError(
        'conflict',
        `Permohonan ${row.number} sudah diperpanjang sampai ${formatTanggal(row.extended_due_date)}; perpanjangan hanya boleh sekali (UU KIP Pasal 22 ayat (8)).`,
      );
    }
    checkMove(row, 'extended');
    if (compareDates(today, row.due_date) > 0) {
      throw new AppError(
        'conflict',
        `Tenggat semula ${formatTanggal(row.due_date)} sudah lewat: perpanjangan harus diberitahukan sebelum jangka waktu 10 hari kerja berakhir (UU KIP Pasal 22 ayat (8)).`,
      );
    }
    const cal = loadCalendar(ctx.db);
    const extension = extensionDeadline(row.due_date, { zone: row.zone, cutoff: row.cutoff }, cal);
    updateRequest(ctx.db, row.id, {
      status: 'extended',
      extended_due_date: extension.due,
      extension_reason: input.reason,
      extended_at: at,
      calendar_version: cal.version,
      waiting_reason: null,
      waiting_from: null,
      updated_at: at,
    });
    insertEvent(ctx.db, {
      request_id: row.id,
      at,
      actor: ctx.actor,
      action: 'extended',
      subject_kind: 'request',
      subject_id: row.id,
      from_status: row.status,
      to_status: 'extended',
      note: `Diperpanjang 7 hari kerja sampai ${formatTanggal(extension.due)} (UU KIP Pasal 22 ayat (8)). Alasan: ${input.reason}`,
    });
    tx.audit({
      action: 'request.extend',
      entity: 'request',
      entityId: String(row.id),
      data: { number: row.number, from: row.status, originalDue: row.due_date, extendedDue: extension.due, calendarVersion: cal.version, reason: input.reason },
    });
    tx.emit('cases:changed', { kind: 'request', id: input.id });
  });
  return getRequest(ctx, input.id);
}
