// Reopening a closed request: only with a written reason, audited, and onto the step it was closed
// from — a done request goes back to 'answered' (the handover is recorded again when it happens), a
// withdrawn one to where it was when withdrawn (its legal due dates unchanged). The registers keep
// every closed case, so a mistaken "Selesai" is corrected here, never by deleting the case.
import { REQUEST_STATUS_LABEL, type RequestStatus } from '../../../shared/domain/requests/status';
import type { ParsedInput } from '../../../shared/ipc/contract';
import type { RequestDetail } from '../../../shared/ipc/channels/requests';
import type { Ctx } from '../context';
import { mutate, type Tx } from '../db/mutate';
import { claimVersion } from '../db/versions';
import { AppError } from '../errors';
import { insertEvent, updateRequest, type RequestPatch, type RequestRow } from './repo';
import { getRequest, requireRequest } from './service';

/** The status a withdrawn request returns to: the one it was withdrawn from (a pause resumes its work). */
function statusBeforeWithdrawal(ctx: Ctx, row: RequestRow): RequestStatus {
  const from = ctx.db
    .prepare("SELECT from_status FROM request_events WHERE request_id = ? AND subject_kind = 'request' AND to_status = 'withdrawn' ORDER BY id DESC LIMIT 1")
    .pluck()
    .get(row.id) as RequestStatus | undefined;
  if (from === 'registered' || from === 'in_process') return from;
  return row.extended_due_date ? 'extended' : 'in_process';
}

/** Moves a closed request to `to`, with its timeline event and audit entry, inside the change `tx`. */
function reopenRow(ctx: Ctx, tx: Tx, row: RequestRow, to: RequestStatus, reason: string): void {
  const patch: RequestPatch = { status: to, closed_at: null, updated_at: tx.at };
  // The handover is recorded again when it happens.
  if (row.status === 'done') patch.delivered_date = null;
  updateRequest(ctx.db, row.id, patch);
  insertEvent(ctx.db, {
    request_id: row.id,
    at: tx.at,
    actor: ctx.actor,
    action: 'reopened',
    subject_kind: 'request',
    subject_id: row.id,
    from_status: row.status,
    to_status: to,
    note: reason,
  });
  tx.audit({
    action: 'request.reopen',
    entity: 'request',
    entityId: String(row.id),
    data: { number: row.number, from: row.status, to, reason, deliveredDate: row.delivered_date },
  });
}

/**
 * A granted objection (UU KIP Ps 36) or a KI decision or mediation in the requester's favour
 * (Ps 39, 46) orders the information released: a request already closed as done goes back to
 * 'answered' so it is on the inbox again until the handover is recorded. Runs inside the caller's
 * change `tx` (same instant, same audit trail). Returns whether the request was reopened.
 */
export function reopenForOutcome(ctx: Ctx, tx: Tx, requestId: number, reason: string): boolean {
  const row = requireRequest(ctx, requestId);
  if (row.status !== 'done') return false;
  claimVersion(ctx, 'requests', row.id, undefined);
  reopenRow(ctx, tx, row, 'answered', reason);
  return true;
}

export function reopenRequest(ctx: Ctx, input: ParsedInput<'requests:reopen'>): RequestDetail {
  mutate(ctx, (tx) => {
    const row = requireRequest(ctx, input.id);
    claimVersion(ctx, 'requests', row.id, input.version);
    if (row.status !== 'done' && row.status !== 'withdrawn') {
      throw new AppError('conflict', `Permohonan ${row.number} masih berjalan (${REQUEST_STATUS_LABEL[row.status]}); hanya permohonan yang selesai atau ditarik yang dapat dibuka kembali.`);
    }
    reopenRow(ctx, tx, row, row.status === 'done' ? 'answered' : statusBeforeWithdrawal(ctx, row), input.reason);
    tx.emit('cases:changed', { kind: 'request', id: input.id });
  });
  return getRequest(ctx, input.id);
}
