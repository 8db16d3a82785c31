// Klarifikasi hoaks: numbered per year like the registers, crisis mode with its holding-statement
// clock, and the checklist (who did each step and when). Every change is audited in its transaction.
import { CRISIS_STEPS, CRISIS_STEP_LABELS, type CrisisStep } from '../../../../shared/domain/newsroom/clarifications';
import { formatNumber } from '../../../../shared/domain/requests/numbering';
import { localDateOf, parseInstant } from '../../../../shared/domain/requests/instant';
import { minutesLeft } from '../../../../shared/domain/inquiries/clocks';
import { toPlainDate, yearOf } from '../../../../shared/domain/calendar/localDate';
import type { ParsedInput } from '../../../../shared/ipc/contract';
import type { ClarificationDetail, ClarificationItem } from '../../../../shared/ipc/channels/clarifications';
import { officeClock } from '../../calendar/clocks';
import type { Ctx } from '../../context';
import { mutate } from '../../db/mutate';
import { AppError, invalidField, notFound } from '../../errors';
import { toMatchExpression } from '../../db/fts';
import { getNumbering } from '../../numbering/service';
import * as repo from './repo';
import { getCrisisSettings } from './settings';

/** The pattern of clarification numbers: the unit code and year of the numbering settings. */
export const CLARIFICATION_PATTERN = '{seq}/KLR/{unit}/{roman_month}/{year}';
const HOUR_MS = 3_600_000;

function detail(ctx: Ctx, row: repo.ClarificationRow, nowMs = ctx.clock.now().getTime()): ClarificationDetail {
  const done = new Map(repo.stepRows(ctx.db, row.id).map((s) => [s.step, s]));
  return {
    id: row.id,
    number: row.number,
    label: row.label,
    title: row.title,
    claim: row.claim,
    facts: row.facts,
    source: row.source,
    links: JSON.parse(row.links) as string[],
    opd: row.opd,
    altText: row.alt_text,
    status: row.status,
    approvedBy: row.approved_by,
    publishedAt: row.published_at,
    createdAt: row.created_at,
    crisis: crisisOf(row, nowMs),
    steps: CRISIS_STEPS.map((step) => {
      const s = done.get(step);
      return { step, doneBy: s?.done_by ?? null, doneAt: s?.done_at ?? null, note: s?.note ?? '' };
    }),
  };
}

function crisisOf(row: repo.ClarificationRow, nowMs: number): ClarificationDetail['crisis'] {
  if (row.crisis_opened_at === null || row.holding_due_at === null) return null;
  return {
    openedAt: row.crisis_opened_at,
    holdingDueAt: row.holding_due_at,
    holdingStatement: row.holding_statement,
    holdingIssuedAt: row.holding_issued_at,
    closedAt: row.crisis_closed_at,
    minutesLeft: row.holding_issued_at === null ? minutesLeft(nowMs, Date.parse(row.holding_due_at)) : null,
  };
}

export function requireRow(ctx: Ctx, id: number): repo.ClarificationRow {
  const row = repo.getClarificationRow(ctx.db, id);
  if (!row) throw notFound(`Klarifikasi dengan id ${id} tidak ditemukan.`);
  return row;
}

export function getClarification(ctx: Ctx, id: number): ClarificationDetail {
  return detail(ctx, requireRow(ctx, id));
}

/** The opening instant (default now), never in the future, and the holding-statement deadline it sets. */
function crisisTimes(ctx: Ctx, openedAt: string | undefined): { opened: string; due: string } {
  const nowMs = ctx.clock.now().getTime();
  const openedMs = openedAt === undefined ? nowMs : parseInstant(openedAt)!;
  if (openedMs > nowMs + 60_000) throw invalidField('openedAt', 'Waktu krisis dibuka tidak boleh di masa depan.');
  const hours = getCrisisSettings(ctx.db).holdingHours;
  return { opened: new Date(openedMs).toISOString(), due: new Date(openedMs + hours * HOUR_MS).toISOString() };
}

export function createClarification(ctx: Ctx, input: ParsedInput<'clarifications:create'>): ClarificationDetail {
  const crisis = input.crisis ? crisisTimes(ctx, input.openedAt) : null;
  const id = mutate(ctx, (tx) => {
    const local = localDateOf(Date.parse(tx.at), officeClock(ctx).zone);
    const year = yearOf(local);
    const seq = repo.nextClarificationSeq(tx.db, year);
    const numbering = getNumbering(tx.db);
    const number = formatNumber(CLARIFICATION_PATTERN, numbering.seqWidth, { seq, year, month: toPlainDate(local).month, unit: numbering.unitCode });
    const newId = repo.insertClarification(tx.db, {
      ...contentOf(input),
      number,
      year,
      seq,
      crisisOpenedAt: crisis?.opened ?? null,
      holdingDueAt: crisis?.due ?? null,
      at: tx.at,
    });
    tx.audit({
      action: 'clarification.create',
      entity: 'clarification',
      entityId: String(newId),
      data: { number, label: input.label, title: input.title, crisis: crisis ? { openedAt: crisis.opened, holdingDueAt: crisis.due } : null },
    });
    tx.emit('newsroom:changed', { kind: 'clarification', id: newId });
    return newId;
  });
  return getClarification(ctx, id);
}

function contentOf(input: ParsedInput<'clarifications:create'> | ParsedInput<'clarifications:update'>): repo.ClarificationContent {
  return { label: input.label, title: input.title, claim: input.claim, facts: input.facts, source: input.source, links: input.links, opd: input.opd, altText: input.altText };
}

export function updateClarification(ctx: Ctx, input: ParsedInput<'clarifications:update'>): ClarificationDetail {
  mutate(ctx, (tx) => {
    const row = requireRow(ctx, input.id);
    if (row.status !== 'draf') throw new AppError('precondition', `Klarifikasi ${row.number} sudah ${row.status === 'terbit' ? 'terbit' : 'disetujui'}; isinya tidak diubah lagi. Buat klarifikasi baru bila perlu ralat.`);
    repo.updateContent(tx.db, row.id, contentOf(input), tx.at);
    tx.audit({ action: 'clarification.update', entity: 'clarification', entityId: String(row.id), data: { number: row.number, title: input.title } });
    tx.emit('newsroom:changed', { kind: 'clarification', id: input.id });
  });
  return getClarification(ctx, input.id);
}

export function openCrisis(ctx: Ctx, input: ParsedInput<'clarifications:openCrisis'>): ClarificationDetail {
  const times = crisisTimes(ctx, input.openedAt);
  mutate(ctx, (tx) => {
    const row = requireRow(ctx, input.id);
    if (row.crisis_opened_at !== null) throw new AppError('conflict', `Mode krisis klarifikasi ${row.number} sudah dibuka pada ${row.crisis_opened_at}.`);
    repo.setFields(tx.db, row.id, { crisis_opened_at: times.opened, holding_due_at: times.due, updated_at: tx.at });
    tx.audit({ action: 'clarification.crisis.open', entity: 'clarification', entityId: String(row.id), data: { number: row.number, openedAt: times.opened, holdingDueAt: times.due } });
    tx.emit('newsroom:changed', { kind: 'clarification', id: input.id });
  });
  return getClarification(ctx, input.id);
}

export function recordHolding(ctx: Ctx, input: ParsedInput<'clarifications:holding'>): ClarificationDetail {
  mutate(ctx, (tx) => {
    const row = requireRow(ctx, input.id);
    if (row.crisis_opened_at === null) throw new AppError('precondition', `Klarifikasi ${row.number} tidak dalam mode krisis; buka mode krisis dulu.`);
    if (row.holding_issued_at !== null) throw new AppError('conflict', `Pernyataan sementara krisis ${row.number} sudah dicatat pada ${row.holding_issued_at}.`);
    repo.setFields(tx.db, row.id, { holding_statement: input.text, holding_issued_at: tx.at, updated_at: tx.at });
    const late = Date.parse(tx.at) > Date.parse(row.holding_due_at!);
    tx.audit({ action: 'clarification.crisis.holding', entity: 'clarification', entityId: String(row.id), data: { number: row.number, dueAt: row.holding_due_at, late } });
    tx.emit('newsroom:changed', { kind: 'clarification', id: input.id });
  });
  return getClarification(ctx, input.id);
}

/** What a step needs done before it (approval before publication, publication before distribution). */
const NEEDS: Partial<Record<CrisisStep, CrisisStep>> = { publikasi: 'persetujuan', distribusi: 'publikasi', pemantauan: 'publikasi' };

export function completeStep(ctx: Ctx, input: ParsedInput<'clarifications:step'>): ClarificationDetail {
  mutate(ctx, (tx) => {
    const row = requireRow(ctx, input.id);
    const done = new Set(repo.stepRows(tx.db, row.id).map((s) => s.step));
    if (done.has(input.step)) throw new AppError('conflict', `Langkah "${CRISIS_STEP_LABELS[input.step]}" klarifikasi ${row.number} sudah ditandai selesai.`);
    const need = NEEDS[input.step];
    if (need && !done.has(need)) {
      throw new AppError('precondition', `Langkah "${CRISIS_STEP_LABELS[input.step]}" menunggu langkah "${CRISIS_STEP_LABELS[need]}" selesai.`);
    }
    repo.insertStep(tx.db, row.id, input.step, tx.actor, tx.at, input.note);
    const fields: Partial<repo.ClarificationRow> = { updated_at: tx.at };
    if (input.step === 'persetujuan') Object.assign(fields, { status: 'disetujui', approved_by: tx.actor, approved_at: tx.at });
    if (input.step === 'publikasi') Object.assign(fields, { status: 'terbit', published_at: tx.at });
    // Every step done: the crisis is over (its clock leaves the inbox).
    if (row.crisis_opened_at !== null && done.size + 1 === CRISIS_STEPS.length) fields.crisis_closed_at = tx.at;
    repo.setFields(tx.db, row.id, fields);
    tx.audit({
      action: `clarification.step.${input.step}`,
      entity: 'clarification',
      entityId: String(row.id),
      data: { number: row.number, step: input.step, note: input.note, ...(fields.crisis_closed_at ? { crisisClosed: true } : {}) },
    });
    tx.emit('newsroom:changed', { kind: 'clarification', id: input.id });
  });
  return getClarification(ctx, input.id);
}

export function listClarifications(ctx: Ctx, input: ParsedInput<'clarifications:list'>): ClarificationItem[] {
  const match = input.search ? toMatchExpression(input.search) : null;
  if (input.search && match === null) return [];
  const nowMs = ctx.clock.now().getTime();
  return repo.listRows(ctx.db, match).map((row) => {
    const d = { id: row.id, number: row.number, label: row.label, title: row.title, status: row.status, createdAt: row.created_at, crisis: crisisOf(row, nowMs) };
    return d;
  });
}
