// Journalists' inquiries: intake with hour clocks, the status machine, the approved answer. Every
// change is audited in its transaction, and written to the inquiry's own timeline with who/when.
import {
  currentDueMs,
  inquiryClock,
  inquiryMoveProblem,
  INQUIRY_STATUS_LABEL,
  minutesLeft,
  type InquiryHours,
  type InquiryStatus,
} from '../../../shared/domain/inquiries';
import { yearOf } from '../../../shared/domain/calendar/localDate';
import { zoneLabel } from '../../../shared/domain/clocks';
import { localDateOf, localDateTimeOf, parseInstant, toUtcIso } from '../../../shared/domain/requests/instant';
import type { ParsedInput } from '../../../shared/ipc/contract';
import type { InquiryDetail, InquirySummary } from '../../../shared/ipc/channels/inquiries';
import { officeClock } from '../calendar/clocks';
import { assertReceiptCovered } from '../calendar/coverage';
import { loadCalendar } from '../calendar/effective';
import type { Ctx } from '../context';
import { mutate } from '../db/mutate';
import { claimVersion } from '../db/versions';
import { AppError, invalidField, notFound } from '../errors';
import { recordClientKey } from '../idempotency/keys';
import { toMatchExpression } from '../db/fts';
import { getInquiryHours } from '../media/hours';
import { journalistById, outletById } from '../media/repo';
import { findOrAddJournalist, toJournalistView, toOutletView } from '../media/service';
import { requireStatement } from '../media/statements';
import { futureMessage } from '../requests/service';
import { getRequestRow } from '../requests/repo';
import {
  coverageOf,
  getInquiryRow,
  inquiryEvents,
  insertInquiry,
  insertInquiryEvent,
  listInquiryRows,
  nextInquirySeq,
  pressRightsOf,
  updateInquiry,
  type InquiryRow,
} from './repo';

export const inquiryNumber = (seq: number, year: number) => `${String(seq).padStart(3, '0')}/MEDIA/${year}`;

export function createInquiry(ctx: Ctx, input: ParsedInput<'inquiries:create'>): InquiryDetail {
  const nowMs = ctx.clock.now().getTime();
  const { zone } = officeClock(ctx);
  const receivedMs = input.receivedAt ? parseInstant(input.receivedAt)! : nowMs;
  if (receivedMs > nowMs) throw invalidField('receivedAt', futureMessage('Waktu diterima', receivedMs, nowMs, zone));
  const deadlineMs = input.deadlineAt ? parseInstant(input.deadlineAt)! : null;
  if (deadlineMs !== null && deadlineMs <= receivedMs) {
    throw invalidField('deadlineAt', 'Tenggat media harus sesudah waktu pertanyaan diterima.');
  }
  const id = mutate(ctx, (tx) => {
    const { at } = tx;
    // Hour clocks need no holidays, but a conversion into a KIP request counts working days from
    // this receipt: refuse it here rather than at conversion.
    assertReceiptCovered(loadCalendar(ctx.db), localDateOf(receivedMs, zone), 'receivedAt', 'Waktu diterima');
    const hours = getInquiryHours(ctx.db);
    const clock = inquiryClock(receivedMs, input.priority, hours, deadlineMs);
    const status: InquiryStatus = 'baru';
    const dueMs = currentDueMs(status, clock);
    const { row: journalist } = findOrAddJournalist(ctx, tx, input.journalist);
    const year = yearOf(localDateOf(receivedMs, zone));
    const seq = nextInquirySeq(ctx.db, year);
    const number = inquiryNumber(seq, year);
    const inquiryId = insertInquiry(ctx.db, {
      number,
      year,
      seq,
      journalist_id: journalist.id,
      outlet_id: journalist.outlet_id,
      channel: input.channel,
      received_at: toUtcIso(receivedMs),
      topic: input.topic,
      question: input.question,
      outlet_deadline_at: deadlineMs === null ? null : toUtcIso(deadlineMs),
      priority: input.priority,
      answer_format: input.format,
      record_mode: input.recordMode,
      spokesperson: input.spokesperson,
      unit: input.unit,
      status,
      ack_due_at: toUtcIso(clock.ackDueMs),
      answer_due_at: toUtcIso(clock.answerDueMs),
      clock_hours: JSON.stringify(hours),
      zone,
      due_at: toUtcIso(dueMs),
      due_local: localDateOf(dueMs, zone),
      created_at: at,
      updated_at: at,
    });
    recordClientKey(ctx, inquiryId);
    const z = zoneLabel(zone);
    insertInquiryEvent(ctx.db, inquiryId, {
      at,
      actor: ctx.actor,
      action: 'created',
      from_status: null,
      to_status: status,
      note:
        `Nomor ${number}; tanggapan awal paling lambat ${localDateTimeOf(clock.ackDueMs, zone)} ${z}, ` +
        `jawaban paling lambat ${localDateTimeOf(clock.answerDueMs, zone)} ${z}` +
        (deadlineMs !== null && clock.answerDueMs === deadlineMs ? ' (tenggat media).' : ` (${hours.answer[input.priority]} jam, prioritas ${input.priority}).`),
    });
    tx.audit({
      action: 'inquiry.create',
      entity: 'inquiry',
      entityId: String(inquiryId),
      data: { number, journalistId: journalist.id, priority: input.priority, receivedAt: toUtcIso(receivedMs), ackDueAt: toUtcIso(clock.ackDueMs), answerDueAt: toUtcIso(clock.answerDueMs), hours },
    });
    tx.emit('cases:changed', { kind: 'inquiry', id: inquiryId });
    return inquiryId;
  });
  return getInquiryDetail(ctx, id);
}

export function requireInquiry(ctx: Pick<Ctx, 'db'>, id: number): InquiryRow {
  const row = getInquiryRow(ctx.db, id);
  if (!row) throw notFound(`Pertanyaan media dengan id ${id} tidak ditemukan.`);
  return row;
}

export function isClockRunning(status: InquiryStatus): boolean {
  return status === 'baru' || status === 'ditugaskan' || status === 'menunggu_persetujuan';
}

export function moveInquiry(ctx: Ctx, input: ParsedInput<'inquiries:move'>): InquiryDetail {
  mutate(ctx, (tx) => {
    const { at } = tx;
    const row = requireInquiry(ctx, input.id);
    claimVersion(ctx, 'inquiries', row.id, input.version);
    const problem = inquiryMoveProblem(row.status, input.to);
    if (problem) throw new AppError('precondition', problem);
    const fields: Partial<InquiryRow> = { status: input.to, updated_at: at };
    if (input.to === 'ditugaskan') {
      const spokesperson = input.spokesperson || row.spokesperson;
      if (spokesperson === '') throw invalidField('spokesperson', 'Juru bicara wajib diisi untuk menugaskan pertanyaan.');
      Object.assign(fields, { spokesperson, unit: input.unit || row.unit });
    }
    if (input.to === 'menunggu_persetujuan' || input.to === 'dijawab') {
      const answer = input.answer || row.answer;
      if (answer === '') throw invalidField('answer', 'Jawaban wajib diisi sebelum diajukan untuk disetujui.');
      fields.answer = answer;
      if (input.statementId !== undefined) {
        requireStatement(ctx, input.statementId);
        fields.answer_statement_id = input.statementId;
      }
    }
    if (input.to === 'dijawab') Object.assign(fields, { approved_by: ctx.actor, answered_at: at });
    // Leaving 'baru' means it was acknowledged: the answer clock counts from now on.
    const clock = { ackDueMs: parseInstant(row.ack_due_at)!, answerDueMs: parseInstant(row.answer_due_at)! };
    const dueMs = currentDueMs(input.to, clock);
    Object.assign(fields, { due_at: toUtcIso(dueMs), due_local: localDateOf(dueMs, row.zone) });
    updateInquiry(ctx.db, row.id, fields);
    const late = isClockRunning(row.status) && at > row.due_at;
    insertInquiryEvent(ctx.db, row.id, {
      at,
      actor: ctx.actor,
      action: 'status',
      from_status: row.status,
      to_status: input.to,
      note:
        `${INQUIRY_STATUS_LABEL[row.status]} → ${INQUIRY_STATUS_LABEL[input.to]}` +
        (input.to === 'ditugaskan' ? `; juru bicara ${fields.spokesperson}` : '') +
        (late ? '; melewati tenggat' : '') +
        (input.note ? `. ${input.note}` : '.'),
    });
    tx.audit({
      action: 'inquiry.move',
      entity: 'inquiry',
      entityId: String(row.id),
      data: { number: row.number, from: row.status, to: input.to, late, statementId: fields.answer_statement_id ?? null },
    });
    tx.emit('cases:changed', { kind: 'inquiry', id: input.id });
  });
  return getInquiryDetail(ctx, input.id);
}

/** The clock that counts now and the minutes left on it; none once answered. */
function clockNow(row: { status: InquiryStatus; due_at: string }, nowMs: number): { dueAt: string | null; minutesLeft: number | null } {
  if (!isClockRunning(row.status)) return { dueAt: null, minutesLeft: null };
  return { dueAt: row.due_at, minutesLeft: minutesLeft(nowMs, parseInstant(row.due_at)!) };
}

export function getInquiryDetail(ctx: Ctx, id: number): InquiryDetail {
  const row = requireInquiry(ctx, id);
  const nowMs = ctx.clock.now().getTime();
  const journalist = journalistById(ctx.db, row.journalist_id)!;
  return {
    id: row.id,
    number: row.number,
    journalist: toJournalistView(ctx.db, journalist),
    outlet: toOutletView(outletById(ctx.db, row.outlet_id)!),
    channel: row.channel,
    receivedAt: row.received_at,
    topic: row.topic,
    question: row.question,
    deadlineAt: row.outlet_deadline_at,
    priority: row.priority,
    format: row.answer_format,
    recordMode: row.record_mode,
    spokesperson: row.spokesperson,
    unit: row.unit,
    status: row.status,
    ackDueAt: row.ack_due_at,
    answerDueAt: row.answer_due_at,
    ...clockNow(row, nowMs),
    answer: row.answer,
    statementId: row.answer_statement_id,
    approvedBy: row.approved_by,
    answeredAt: row.answered_at,
    attachments: JSON.parse(row.attachments) as number[],
    requestId: row.request_id,
    requestNumber: row.request_id === null ? null : (getRequestRow(ctx.db, row.request_id)?.number ?? null),
    coverage: coverageOf(ctx.db, row.id).map((c) => ({ id: c.id, link: c.link, publishedOn: c.published_on, outlet: c.outlet, tone: c.tone, note: c.note })),
    pressRights: pressRightsOf(ctx.db, row.id).map((p) => ({ id: p.id, kind: p.kind, sentOn: p.sent_on, outlet: p.outlet, text: p.text })),
    events: inquiryEvents(ctx.db, row.id).map((e) => ({ at: e.at, actor: e.actor, action: e.action, fromStatus: e.from_status, toStatus: e.to_status, note: e.note })),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    version: row.row_version,
  };
}

export function listInquiries(ctx: Ctx, input: ParsedInput<'inquiries:list'>): InquirySummary[] {
  const match = input.search === '' ? null : toMatchExpression(input.search);
  if (input.search !== '' && match === null) return [];
  const nowMs = ctx.clock.now().getTime();
  return listInquiryRows(ctx.db, { match, status: input.status, limit: input.limit }).map((r) => ({
    id: r.id,
    number: r.number,
    receivedAt: r.received_at,
    topic: r.topic,
    priority: r.priority,
    status: r.status,
    ...clockNow(r, nowMs),
    requestId: r.request_id,
    journalistName: r.journalist_name,
    outletName: r.outlet_name,
  }));
}

export type { InquiryHours };
