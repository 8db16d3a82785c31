// An inquiry that is really a request for public information becomes one (DOMAIN.md, "Media
// inquiries"). The request goes through the requests service itself, so numbering, the 10-working-
// day clock (UU KIP Ps 22(7)) and the audit stay one path; the clock starts at the inquiry's
// receipt, and both records link to each other — all in one transaction.
import type { ParsedInput } from '../../../shared/ipc/contract';
import { RequestCreateInput } from '../../../shared/ipc/channels/requests';
import type { InquiryDetail } from '../../../shared/ipc/channels/inquiries';
import type { Ctx } from '../context';
import { mutate } from '../db/mutate';
import { claimVersion } from '../db/versions';
import { AppError } from '../errors';
import { journalistById, outletById } from '../media/repo';
import { createRequest } from '../requests/service';
import { getInquiryDetail, requireInquiry } from './service';
import { insertInquiryEvent, updateInquiry } from './repo';

export function requestDraft(ctx: Ctx, input: ParsedInput<'inquiries:requestDraft'>) {
  const row = requireInquiry(ctx, input.id);
  const journalist = journalistById(ctx.db, row.journalist_id)!;
  const outlet = outletById(ctx.db, row.outlet_id)!;
  return {
    receivedAt: row.received_at,
    channel: row.channel,
    requester: { name: journalist.name, phone: journalist.phone, email: journalist.email, occupation: `Wartawan ${outlet.name}` },
    information: row.question,
  };
}

export function convertInquiry(ctx: Ctx, input: ParsedInput<'inquiries:convert'>): { inquiry: InquiryDetail; requestId: number; requestNumber: string } {
  const result = mutate(ctx, (tx) => {
    const { at } = tx;
    const row = requireInquiry(ctx, input.id);
    claimVersion(ctx, 'inquiries', row.id, undefined);
    if (row.request_id !== null) {
      throw new AppError('conflict', `Pertanyaan ${row.number} sudah dijadikan permohonan informasi; buka permohonan yang tertaut.`);
    }
    const request = RequestCreateInput.parse({
      receivedAt: row.received_at,
      channel: row.channel,
      requester: input.requester,
      information: input.information || row.question,
      purpose: input.purpose,
      accessMethod: input.accessMethod,
      deliveryMethod: input.deliveryMethod,
      unit: input.unit,
      officer: input.officer || ctx.officer?.name || '',
    });
    // Nested: runs as a savepoint of this transaction, so a failure below undoes the request too.
    const created = createRequest(ctx, request);
    updateInquiry(ctx.db, row.id, { request_id: created.id, updated_at: at });
    insertInquiryEvent(ctx.db, row.id, {
      at,
      actor: ctx.actor,
      action: 'converted',
      from_status: null,
      to_status: null,
      note: `Dijadikan permohonan informasi ${created.number}; tenggat 10 hari kerja ${created.dueDate} dihitung dari waktu pertanyaan diterima (UU KIP Pasal 22 ayat (7)).`,
    });
    tx.audit({
      action: 'inquiry.convert',
      entity: 'inquiry',
      entityId: String(row.id),
      data: { number: row.number, requestId: created.id, requestNumber: created.number },
    });
    tx.emit('cases:changed', { kind: 'inquiry', id: input.id });
    return { requestId: created.id, requestNumber: created.number };
  });
  return { inquiry: getInquiryDetail(ctx, input.id), ...result };
}

export function inquiryForRequest(ctx: Ctx, input: ParsedInput<'inquiries:forRequest'>): { inquiryId: number; number: string } | null {
  const row = ctx.db.prepare('SELECT id, number FROM inquiries WHERE request_id = ?').get(input.requestId) as { id: number; number: string } | undefined;
  return row ? { inquiryId: row.id, number: row.number } : null;
}
