// The anonymisation job: at the end of retention (UU 27/2022 Ps 44(1) huruf a; DOMAIN.md "delete at
// the end of retention") the identity on a closed case is replaced with '[dihapus]', and everything
// the registers and the annual report count stays: numbers, dates, channel, kind of requester
// (NIK or legal entity) and occupation, the information asked, decisions, reasons, objections,
// disputes and their outcomes (UU KIP Ps 12). One IMMEDIATE transaction per run, with one audit
// entry; a dry run reads the same list and writes nothing.
//
// Search indexes: the name leaves the FTS rows through the triggers of migrations 002 and 005 (and
// the inquiry index is rebuilt here for the journalist's inquiries); 'optimize' then merges each
// index into fresh segments, so the old terms are not kept in older segments, and secure_delete
// (db/connection.ts) zeroes the pages they leave. A TRUNCATE checkpoint after the commit empties the WAL.
//
// Issued letters: the row's snapshot (letters.data) loses the identity like the case; the PDF and
// DOCX that were sent stay in blobs/ unchanged. They are the office's outgoing correspondence, an
// archive record whose destruction follows the office's JRA and a berita acara (UU 43/2009), not a
// setting in this app; see README "Data pribadi (UU 27/2022)".
import { ERASED, retentionCutoff } from '../../../shared/domain/pdp/retention';
import { ERASED_NIK } from '../../../shared/domain/requests/nik';
import { formatTanggal } from '../../../shared/domain/calendar/format';
import type { AnonymiseCounts, AnonymiseReport } from '../../../shared/ipc/channels/pdp';
import { officeClock, todayLocal } from '../calendar/clocks';
import type { Ctx } from '../context';
import type { Db } from '../db/connection';
import { mutate } from '../db/mutate';
import { insertObjectionEvent } from '../objections/repo';
import { insertEvent } from '../requests/repo';
import { dueCases, dueJournalists, dueObjections, type DueCase, type DueJournalist, type DueObjection } from './candidates';
import { getRetention } from './retention';

/** Every FTS5 table that holds a requester's or a journalist's name (migrations 002 and 005). */
const CASE_INDEXES = ['requests_fts', 'objections_fts', 'disputes_fts'] as const;
const MEDIA_INDEXES = ['inquiries_fts', 'directory_fts'] as const;

interface Plan {
  today: string;
  cutoff: string;
  years: number;
  zone: string;
  cases: DueCase[];
  /** Objections without a request (migration 014): their objector is on a row of its own. */
  objections: DueObjection[];
  journalists: DueJournalist[];
}

function plan(ctx: Ctx, nowMs: number): Plan {
  const { years } = getRetention(ctx.db);
  const zone = officeClock(ctx).zone;
  const today = todayLocal(nowMs, zone);
  return {
    today,
    cutoff: retentionCutoff(today, years),
    years,
    zone,
    cases: dueCases(ctx.db, today, zone, years),
    objections: dueObjections(ctx.db, today, zone, years),
    journalists: dueJournalists(ctx.db, today, zone, years),
  };
}

function countsOf(p: Plan): AnonymiseCounts {
  return {
    requests: p.cases.length,
    requesters: new Set([...p.cases.map((c) => c.requesterId), ...p.objections.map((o) => o.requesterId)]).size,
    objections: p.cases.reduce((n, c) => n + c.objections.length, 0) + p.objections.length,
    disputes: p.cases.reduce((n, c) => n + c.disputeIds.length, 0) + p.objections.reduce((n, o) => n + o.disputeIds.length, 0),
    letters: p.cases.reduce((n, c) => n + c.letterIds.length, 0) + p.objections.reduce((n, o) => n + o.letterIds.length, 0),
    journalists: p.journalists.length,
    inquiries: p.journalists.reduce((n, j) => n + j.inquiries.length, 0),
    objectionsWithoutRequest: p.objections.length,
  };
}

function report(p: Plan, dryRun: boolean, auditSeq: number | null): AnonymiseReport {
  return {
    dryRun,
    today: p.today,
    cutoff: p.cutoff,
    years: p.years,
    cases: p.cases.map((c) => ({ requestId: c.requestId, number: c.number, closedOn: c.closedOn, objections: c.objections.map((o) => o.number), disputes: c.disputeIds.length })),
    journalists: p.journalists.map((j) => ({ journalistId: j.journalistId, inquiries: j.inquiries.map((i) => i.number), closedOn: j.closedOn })),
    objectionsWithoutRequest: p.objections.map((o) => ({ objectionId: o.objectionId, number: o.number, closedOn: o.closedOn, disputes: o.disputeIds.length })),
    counts: countsOf(p),
    auditSeq,
  };
}

/** '' stays '' (nothing was there); anything else becomes '[dihapus]'. */
const erasedOrEmpty = (column: string) => `CASE WHEN ${column} = '' THEN '' ELSE '${ERASED}' END`;

/**
 * The identity on a requesters row, and the same fields in the stored snapshots of one case's
 * letters (a request's, or an objection's without a request: its letters hold the objector where a
 * request's hold the requester). Nothing else of the letter changes.
 */
function identityEraser(db: Db, letterCase: 'request_id' | 'objection_id') {
  const requester = db.prepare(
    `UPDATE requesters SET name = @erased, address = @erased, phone = @erased,
       id_number = CASE id_type WHEN 'nik' THEN @erasedNik ELSE @erased END,
       email = ${erasedOrEmpty('email')}, proxy_name = ${erasedOrEmpty('proxy_name')}, anonymised_at = @at
     WHERE id = @id AND anonymised_at IS NULL`,
  );
  const who = '$.request.requester';
  const letters = db.prepare(
    `UPDATE letters SET data = json_set(data,
       '${who}.name', @erased, '${who}.idNumberMasked', @erased, '${who}.address', @erased, '${who}.phone', @erased,
       '${who}.email', CASE WHEN json_extract(data, '${who}.email') = '' THEN '' ELSE @erased END,
       '${who}.proxyName', CASE WHEN json_extract(data, '${who}.proxyName') = '' THEN '' ELSE @erased END)
     WHERE ${letterCase} = @id AND json_type(data, '${who}') = 'object'`,
  );
  const objectionLetters = db.prepare(
    `UPDATE letters SET data = json_set(data, '$.objection.proxyName', @erased)
     WHERE ${letterCase} = @id AND json_type(data, '$.objection') = 'object' AND json_extract(data, '$.objection.proxyName') <> ''`,
  );
  return {
    requester: (id: number, at: string) => requester.run({ erased: ERASED, erasedNik: ERASED_NIK, at, id }),
    letters: (caseId: number) => {
      letters.run({ erased: ERASED, id: caseId });
      objectionLetters.run({ erased: ERASED, id: caseId });
    },
  };
}

/** The statements of one run, prepared once: a first run may erase thousands of cases. */
function caseEraser(db: Db): (c: DueCase, at: string) => void {
  const identity = identityEraser(db, 'request_id');
  const request = db.prepare('UPDATE requests SET anonymised_at = ? WHERE id = ?');
  const objections = db.prepare(`UPDATE objections SET proxy_name = ${erasedOrEmpty('proxy_name')} WHERE request_id = ?`);
  return (c, at) => {
    identity.requester(c.requesterId, at);
    request.run(at, c.requestId);
    objections.run(c.requestId);
    if (c.letterIds.length > 0) identity.letters(c.requestId);
  };
}

/**
 * An objection without a request: its objector's own requesters row (the name leaves the objection
 * and dispute indexes through requesters_fts_name, migration 014), the proxy on the objection, and
 * its letters' snapshots.
 */
function objectionEraser(db: Db): (o: DueObjection, at: string) => void {
  const identity = identityEraser(db, 'objection_id');
  const objection = db.prepare(`UPDATE objections SET proxy_name = ${erasedOrEmpty('proxy_name')} WHERE id = ?`);
  return (o, at) => {
    identity.requester(o.requesterId, at);
    objection.run(o.objectionId);
    if (o.letterIds.length > 0) identity.letters(o.objectionId);
  };
}

function journalistEraser(db: Db): (j: DueJournalist, at: string) => void {
  // name_key stays unique per outlet and can never match a typed name (normalised keys have no '[').
  const journalist = db.prepare(
    `UPDATE journalists SET name = @erased, name_key = @erased || '#' || id, phone = ${erasedOrEmpty('phone')}, phone_key = '',
       email = ${erasedOrEmpty('email')}, notes = ${erasedOrEmpty('notes')}, updated_at = @at, anonymised_at = @at
     WHERE id = @id`,
  );
  // The inquiry index carries the journalist's name; its update trigger only watches the inquiry's own columns.
  const unindex = db.prepare('DELETE FROM inquiries_fts WHERE rowid IN (SELECT id FROM inquiries WHERE journalist_id = ?)');
  const reindex = db.prepare(
    `INSERT INTO inquiries_fts (rowid, number, name, body)
     SELECT i.id, i.number, j.name || ' ' || o.name, i.topic || ' ' || i.question
     FROM inquiries i JOIN journalists j ON j.id = i.journalist_id JOIN outlets o ON o.id = i.outlet_id
     WHERE i.journalist_id = ?`,
  );
  return (j, at) => {
    journalist.run({ erased: ERASED, at, id: j.journalistId });
    unindex.run(j.journalistId);
    reindex.run(j.journalistId);
  };
}

function optimize(db: Db, tables: readonly string[]): void {
  for (const table of tables) db.prepare(`INSERT INTO ${table} (${table}) VALUES ('optimize')`).run();
}

export function anonymise(ctx: Ctx, input: { dryRun: boolean }): AnonymiseReport {
  const nowMs = ctx.clock.now().getTime();
  if (input.dryRun) return report(plan(ctx, nowMs), true, null);
  const done = mutate(ctx, (tx) => {
    const { at } = tx;
    const p = plan(ctx, Date.parse(at));
    const eraseCase = caseEraser(ctx.db);
    const eraseJournalist = journalistEraser(ctx.db);
    for (const c of p.cases) {
      eraseCase(c, at);
      insertEvent(ctx.db, {
        request_id: c.requestId,
        at,
        actor: ctx.actor,
        action: 'pdp_anonymised',
        subject_kind: 'request',
        subject_id: c.requestId,
        from_status: null,
        to_status: null,
        note: `Identitas pemohon dianonimkan: masa retensi ${p.years} tahun sejak perkara ditutup (${formatTanggal(c.closedOn)}) berakhir (UU 27/2022 Pasal 44 ayat (1) huruf a).`,
      });
    }
    const eraseObjection = objectionEraser(tx.db);
    for (const o of p.objections) {
      eraseObjection(o, at);
      insertObjectionEvent(tx.db, {
        request_id: null,
        at,
        actor: ctx.actor,
        action: 'pdp_anonymised',
        subject_kind: 'objection',
        subject_id: o.objectionId,
        from_status: null,
        to_status: null,
        note: `Identitas pemohon keberatan dianonimkan: masa retensi ${p.years} tahun sejak keberatan selesai (${formatTanggal(o.closedOn)}) berakhir (UU 27/2022 Pasal 44 ayat (1) huruf a).`,
      });
    }
    for (const j of p.journalists) eraseJournalist(j, at);
    if (p.cases.length > 0 || p.objections.length > 0) optimize(ctx.db, CASE_INDEXES);
    if (p.journalists.length > 0) optimize(ctx.db, MEDIA_INDEXES);
    const entry = tx.audit({
      action: 'pdp.anonymise',
      entity: 'pdp',
      entityId: null,
      data: {
        years: p.years,
        today: p.today,
        cutoff: p.cutoff,
        counts: countsOf(p),
        requestIds: p.cases.map((c) => c.requestId),
        objectionIds: p.objections.map((o) => o.objectionId),
        journalistIds: p.journalists.map((j) => j.journalistId),
      },
    });
    for (const c of p.cases) tx.emit('cases:changed', { kind: 'request', id: c.requestId });
    for (const o of p.objections) tx.emit('cases:changed', { kind: 'objection', id: o.objectionId });
    for (const j of p.journalists) for (const i of j.inquiries) tx.emit('cases:changed', { kind: 'inquiry', id: i.id });
    return { p, seq: entry.seq };
  });
  // The pages written before the run (with the names) leave the WAL; readers may hold it, so best effort.
  try {
    ctx.db.pragma('wal_checkpoint(TRUNCATE)');
  } catch {
    // a busy checkpoint is retried by SQLite's own automatic checkpoints
  }
  return report(done.p, false, done.seq);
}
