// What follows an answer: attachments from the archive, the coverage it produced, and hak jawab /
// hak koreksi sent to an outlet (UU 40/1999 tentang Pers Ps 5(2)-(3)). Each one audited.
import { PRESS_RIGHT_LABEL } from '../../../shared/domain/inquiries';
import type { ParsedInput } from '../../../shared/ipc/contract';
import type { InquiryDetail } from '../../../shared/ipc/channels/inquiries';
import { officeClock, todayLocal } from '../calendar/clocks';
import type { Ctx } from '../context';
import { mutate } from '../db/mutate';
import { claimVersion } from '../db/versions';
import { invalidField } from '../errors';
import { recordClientKey } from '../idempotency/keys';
import { requireOutlet } from '../media/service';
import { insertCoverage, insertInquiryEvent, insertPressRight, updateInquiry } from './repo';
import { getInquiryDetail, requireInquiry } from './service';

function today(ctx: Ctx): string {
  return todayLocal(ctx.clock.now().getTime(), officeClock(ctx).zone);
}

export function setAttachments(ctx: Ctx, input: ParsedInput<'inquiries:setAttachments'>): InquiryDetail {
  mutate(ctx, (tx) => {
    const { at } = tx;
    const row = requireInquiry(ctx, input.id);
    claimVersion(ctx, 'inquiries', row.id, input.version);
    // Archive document ids, kept as plain ids until the archive lands (no foreign key yet).
    updateInquiry(ctx.db, row.id, { attachments: JSON.stringify(input.documentIds), updated_at: at });
    insertInquiryEvent(ctx.db, row.id, { at, actor: ctx.actor, action: 'attachments', from_status: null, to_status: null, note: `Lampiran: ${input.documentIds.length} dokumen arsip.` });
    tx.audit({ action: 'inquiry.attachments', entity: 'inquiry', entityId: String(row.id), data: { documentIds: input.documentIds } });
    tx.emit('cases:changed', { kind: 'inquiry', id: input.id });
  });
  return getInquiryDetail(ctx, input.id);
}

export function addCoverage(ctx: Ctx, input: ParsedInput<'inquiries:addCoverage'>): InquiryDetail {
  if (input.publishedOn > today(ctx)) throw invalidField('publishedOn', 'Tanggal terbit tidak boleh di masa depan.');
  mutate(ctx, (tx) => {
    const { at } = tx;
    const row = requireInquiry(ctx, input.inquiryId);
    const outlet = requireOutlet(ctx, input.outletId ?? row.outlet_id);
    const id = insertCoverage(ctx.db, { inquiry_id: row.id, link: input.link, published_on: input.publishedOn, outlet_id: outlet.id, tone: input.tone, note: input.note, created_at: at });
    recordClientKey(ctx, row.id);
    insertInquiryEvent(ctx.db, row.id, { at, actor: ctx.actor, action: 'coverage', from_status: null, to_status: null, note: `Liputan ${outlet.name} ${input.publishedOn} (${input.tone}).` });
    tx.audit({ action: 'inquiry.coverage.add', entity: 'inquiry', entityId: String(row.id), data: { coverageId: id, outletId: outlet.id, tone: input.tone } });
    tx.emit('cases:changed', { kind: 'inquiry', id: input.inquiryId });
  });
  return getInquiryDetail(ctx, input.inquiryId);
}

export function addPressRight(ctx: Ctx, input: ParsedInput<'inquiries:addPressRight'>): InquiryDetail {
  if (input.sentOn > today(ctx)) throw invalidField('sentOn', 'Tanggal dikirim tidak boleh di masa depan.');
  mutate(ctx, (tx) => {
    const { at } = tx;
    const row = requireInquiry(ctx, input.inquiryId);
    const outlet = requireOutlet(ctx, input.outletId ?? row.outlet_id);
    const id = insertPressRight(ctx.db, { inquiry_id: row.id, kind: input.kind, sent_on: input.sentOn, outlet_id: outlet.id, text: input.text, created_at: at });
    recordClientKey(ctx, row.id);
    insertInquiryEvent(ctx.db, row.id, { at, actor: ctx.actor, action: input.kind, from_status: null, to_status: null, note: `${PRESS_RIGHT_LABEL[input.kind]} dikirim ke ${outlet.name} ${input.sentOn}.` });
    tx.audit({ action: 'inquiry.pressRight.add', entity: 'inquiry', entityId: String(row.id), data: { pressRightId: id, kind: input.kind, outletId: outlet.id } });
    tx.emit('cases:changed', { kind: 'inquiry', id: input.inquiryId });
  });
  return getInquiryDetail(ctx, input.inquiryId);
}
