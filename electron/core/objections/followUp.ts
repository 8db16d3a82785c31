// What happens to an objection after it is filed, besides the Atasan's answer: the requester may
// withdraw it, and may reply to the answer later (accepting it, or announcing a dispute at the
// Komisi Informasi — UU KIP Ps 37). Each is one event on the case timeline and one audit entry,
// in the transaction of the change.
import type { ParsedInput } from '../../../shared/ipc/contract';
import type { ObjectionDetail } from '../../../shared/ipc/channels/objections';
import type { Ctx } from '../context';
import { mutate } from '../db/mutate';
import { claimVersion } from '../db/versions';
import { AppError } from '../errors';
import { insertObjectionEvent, updateObjection } from './repo';
import { getObjectionDetail, requireObjection } from './service';

export function withdrawObjection(ctx: Ctx, input: ParsedInput<'objections:withdraw'>): ObjectionDetail {
  mutate(ctx, (tx) => {
    const { at } = tx;
    const row = requireObjection(ctx, input.id);
    claimVersion(ctx, 'objections', row.id, input.version);
    if (row.status !== 'registered') {
      throw new AppError(
        'conflict',
        row.status === 'answered'
          ? `Keberatan ${row.number} sudah ditanggapi atasan PPID; yang dapat dicatat kini tanggapan pemohon atas jawaban itu.`
          : `Keberatan ${row.number} sudah ditarik.`,
      );
    }
    updateObjection(ctx.db, row.id, { status: 'withdrawn', updated_at: at });
    insertObjectionEvent(ctx.db, {
      request_id: row.request_id,
      at,
      actor: ctx.actor,
      action: 'objection_withdrawn',
      subject_kind: 'objection',
      subject_id: row.id,
      from_status: row.status,
      to_status: 'withdrawn',
      note: `Keberatan ${row.number} ditarik pemohon: ${input.reason}`,
    });
    tx.audit({ action: 'objection.withdraw', entity: 'objection', entityId: String(row.id), data: { number: row.number, reason: input.reason } });
    tx.emit('cases:changed', { kind: 'objection', id: input.id });
  });
  return getObjectionDetail(ctx, input.id);
}

export function recordRequesterReply(ctx: Ctx, input: ParsedInput<'objections:recordReply'>): ObjectionDetail {
  mutate(ctx, (tx) => {
    const { at } = tx;
    const row = requireObjection(ctx, input.id);
    claimVersion(ctx, 'objections', row.id, input.version);
    if (row.status !== 'answered') {
      throw new AppError(
        'precondition',
        row.status === 'registered'
          ? `Keberatan ${row.number} belum ditanggapi atasan PPID: catat tanggapan atasan dulu, baru tanggapan pemohon atasnya.`
          : `Keberatan ${row.number} sudah ditarik; tidak ada jawaban yang ditanggapi pemohon.`,
      );
    }
    updateObjection(ctx.db, row.id, { requester_reply: input.reply, updated_at: at });
    insertObjectionEvent(ctx.db, {
      request_id: row.request_id,
      at,
      actor: ctx.actor,
      action: 'objection_reply',
      subject_kind: 'objection',
      subject_id: row.id,
      from_status: row.status,
      to_status: row.status,
      note: `Tanggapan pemohon atas jawaban keberatan ${row.number}: ${input.reply}`,
    });
    tx.audit({
      action: 'objection.reply',
      entity: 'objection',
      entityId: String(row.id),
      data: { number: row.number, reply: input.reply, previous: row.requester_reply },
    });
    tx.emit('cases:changed', { kind: 'objection', id: input.id });
  });
  return getObjectionDetail(ctx, input.id);
}

/**
 * UU KIP Ps 36(2): the PPID carried out the Atasan's granted answer. With a request, the request's
 * handover (penyerahan) closes the task; an objection without a request has none, so the officer
 * marks it here, with a note of what was given and how.
 */
export function markReleased(ctx: Ctx, input: ParsedInput<'objections:markReleased'>): ObjectionDetail {
  mutate(ctx, (tx) => {
    const { at } = tx;
    const row = requireObjection(ctx, input.id);
    if (row.release_due === null) {
      throw new AppError('precondition', `Keberatan ${row.number} tidak memuat perintah atasan untuk memberikan informasi.`);
    }
    if (row.request_id !== null) {
      throw new AppError(
        'precondition',
        `Keberatan ${row.number} diajukan atas permohonan ${row.request_number}: catat penyerahan informasi pada permohonan itu; tugas pelaksanaan selesai dengan sendirinya.`,
      );
    }
    if (row.release_done_at !== null) throw new AppError('conflict', `Pelaksanaan tanggapan atasan atas keberatan ${row.number} sudah dicatat.`);
    updateObjection(ctx.db, row.id, { release_done_at: at, release_done_by: ctx.actor, updated_at: at });
    tx.audit({
      action: 'objection.release',
      entity: 'objection',
      entityId: String(row.id),
      data: { number: row.number, releaseDue: row.release_due, note: input.note },
    });
    tx.emit('cases:changed', { kind: 'objection', id: input.id });
  });
  return getObjectionDetail(ctx, input.id);
}
