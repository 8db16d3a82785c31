// The case a letter is written for, read for the availability rules and frozen as a snapshot.
import { letterProblem, type CaseFacts, type CaseKind, type LetterType } from '../../../shared/domain/letters';
import { computeDeadline } from '../../../shared/domain/clocks';
import { disputeWindow, officeClock } from '../calendar/clocks';
import { loadCalendar } from '../calendar/effective';
import type { Ctx } from '../context';
import { AppError, notFound } from '../errors';
import { getObjection, type ObjectionWithRequest } from '../objections/repo';
import { disputeWindowStart } from '../objections/service';
import { getRequester, getRequestRow, type RequesterRow, type RequestRow } from '../requests/repo';
import { getTariff } from '../costs/tariff';
import type { OfficeProfile } from '../../../shared/domain/settings/officeProfile';
import { officerName } from '../app/officer';
import { officerNipByName } from '../auth/officersRepo';
import type { Db } from '../db/connection';
import type { Ps17Letter } from '../../../shared/domain/requests/fields';
import { objectionSnapshot, objectorSnapshot, officeOf, requestSnapshot, type ClassificationSnapshot, type LetterDetails, type LetterSnapshot } from './snapshot';

export interface LoadedCase {
  kind: CaseKind;
  /** Null only for an objection filed without a request (UU KIP Ps 35(1) huruf b). */
  request: RequestRow | null;
  /** The requester, or the objector of an objection without a request. */
  requester: RequesterRow;
  objection: ObjectionWithRequest | null;
  facts: CaseFacts;
}

export function loadCase(ctx: Pick<Ctx, 'db'>, kind: CaseKind, id: number): LoadedCase {
  let objection: ObjectionWithRequest | null = null;
  let requestId: number | null = id;
  if (kind === 'objection') {
    objection = getObjection(ctx.db, id) ?? null;
    if (!objection) throw notFound(`Keberatan dengan id ${id} tidak ditemukan.`);
    requestId = objection.request_id;
  }
  if (requestId === null) {
    // An objection without a request: its objector has a requesters row of its own.
    const objector = getRequester(ctx.db, objection!.requester_id!)!;
    return { kind, request: null, requester: objector, objection, facts: { kind: 'objection', objection: { number: objection!.number, status: objection!.status } } };
  }
  const request = getRequestRow(ctx.db, requestId);
  if (!request) throw notFound(`Permohonan dengan id ${requestId} tidak ditemukan.`);
  const requester = getRequester(ctx.db, request.requester_id)!;
  const facts: CaseFacts = objection
    ? { kind: 'objection', objection: { number: objection.number, status: objection.status } }
    : {
        kind: 'request',
        request: {
          number: request.number,
          status: request.status,
          decision: request.decision,
          heldStatus: request.held_status,
          extendedDueDate: request.extended_due_date,
          deliveredDate: request.delivered_date,
          costRp: request.cost_rp,
          paymentMethod: request.payment_method,
        },
      };
  return { kind, request, requester, objection, facts };
}

/** Throws the 'precondition' error naming the missing step when the case does not allow the letter. */
export function requireAllowed(loaded: LoadedCase, type: LetterType): void {
  const problem = letterProblem(type, loaded.facts);
  if (problem) throw new AppError('precondition', problem);
}

export function snapshotOf(
  ctx: Pick<Ctx, 'db' | 'officer'>,
  loaded: LoadedCase,
  profile: OfficeProfile,
  letter: { type: LetterType; number: string; issuedDate: string; version: number; details: LetterDetails },
): LetterSnapshot {
  const clock = officeClock(ctx);
  const cal = loadCalendar(ctx.db);
  // Signed in: the officer issuing it; else the name set at this desk.
  const deskOfficer = ctx.officer?.name ?? officerName(ctx.db);
  const request = loaded.request
    ? requestSnapshot(loaded.request, loaded.requester, {
        deskOfficer,
        classifications: letter.type === 'penolakan' || letter.type === 'pemberitahuan' ? linkedClassifications(ctx.db, loaded.request.id) : [],
      })
    : objectorSnapshot(loaded.objection!, loaded.requester, deskOfficer);
  request.receivingOfficerNip = officerNipByName(ctx.db, request.receivingOfficer);
  if (loaded.request?.status === 'waiting_requester') request.waitingNote = waitingNote(ctx, loaded.request.id);
  // UU KIP Ps 35, 36(1); Perki 1/2021 Ps 39: 30 working days to object, from the written notice.
  const objectionWindowDue =
    (letter.type === 'penolakan' || letter.type === 'pemberitahuan') && request.noticeDate
      ? computeDeadline({ clock: 'objection-window', from: request.noticeDate, zone: clock.zone, cutoff: clock.cutoff }, cal).due
      : null;
  const o = loaded.objection;
  return {
    type: letter.type,
    number: letter.number,
    issuedDate: letter.issuedDate,
    version: letter.version,
    office: officeOf(profile),
    request,
    objection: o ? objectionSnapshot(o, disputeWindow(disputeWindowStart(o), clock, cal).due) : null,
    objectionWindowDue,
    details: letter.details,
    ...(letter.type === 'pemberitahuan-kelengkapan' || letter.type === 'kuitansi' ? { tariffDecree: tariffDecreeOf(ctx) } : {}),
  };
}

/** The exempt (dikecualikan) archive documents linked to a request, with their penetapan klasifikasi. */
export function linkedClassifications(db: Db, requestId: number): ClassificationSnapshot[] {
  const rows = db
    .prepare(
      `SELECT d.title, d.exemption_letter, d.exemption_law, d.exemption_years, d.exemption_permanent, d.decree_number, d.decree_date, d.review_date
       FROM archive_request_links l JOIN archive_documents d ON d.id = l.document_id
       WHERE l.request_id = ? AND d.category = 'dikecualikan' AND d.exemption_letter IS NOT NULL
       ORDER BY d.id`,
    )
    .all(requestId) as Array<{
    title: string;
    exemption_letter: Ps17Letter;
    exemption_law: string;
    exemption_years: number | null;
    exemption_permanent: 0 | 1;
    decree_number: string;
    decree_date: string | null;
    review_date: string | null;
  }>;
  return rows.map((r) => ({
    title: r.title,
    letter: r.exemption_letter,
    law: r.exemption_law,
    years: r.exemption_years,
    permanent: r.exemption_permanent === 1,
    decreeNumber: r.decree_number,
    decreeDate: r.decree_date,
    reviewDate: r.review_date,
  }));
}

function tariffDecreeOf(ctx: Pick<Ctx, 'db'>): { number: string; date: string | null } {
  const t = getTariff(ctx.db);
  return { number: t.decreeNumber, date: t.decreeDate };
}

/** The note of the step that put the request in wait: what the requester is asked for. */
function waitingNote(ctx: Pick<Ctx, 'db'>, requestId: number): string | null {
  const note = ctx.db
    .prepare("SELECT note FROM request_events WHERE request_id = ? AND subject_kind = 'request' AND to_status = 'waiting_requester' ORDER BY id DESC LIMIT 1")
    .pluck()
    .get(requestId) as string | null | undefined;
  return note ?? null;
}

/**
 * The case behind a registration number: the request itself, or for an objection letter the
 * objection with that number, else the latest objection of the request with that number. An
 * objection without a request (UU KIP Ps 35(1) huruf b) is found only by its own number.
 */
export function findCase(ctx: Pick<Ctx, 'db'>, number: string, kind: CaseKind): { caseKind: CaseKind; caseId: number; requestId: number | null; number: string } {
  if (kind === 'objection') {
    const own = ctx.db.prepare('SELECT id, number, request_id FROM objections WHERE number = ?').get(number) as
      | { id: number; number: string; request_id: number | null }
      | undefined;
    if (own) return { caseKind: kind, caseId: own.id, requestId: own.request_id, number: own.number };
  }
  const request = ctx.db.prepare('SELECT id, number FROM requests WHERE number = ?').get(number) as { id: number; number: string } | undefined;
  if (!request) {
    throw notFound(
      kind === 'objection'
        ? `Keberatan atau permohonan dengan nomor ${number} tidak ditemukan.`
        : `Permohonan dengan nomor pendaftaran ${number} tidak ditemukan.`,
    );
  }
  if (kind === 'request') return { caseKind: kind, caseId: request.id, requestId: request.id, number: request.number };
  const objection = ctx.db
    .prepare('SELECT id, number FROM objections WHERE request_id = ? ORDER BY id DESC LIMIT 1')
    .get(request.id) as { id: number; number: string } | undefined;
  if (!objection) {
    throw new AppError('precondition', `Permohonan ${number} belum memiliki keberatan: catat dulu keberatannya (Keberatan → Catat keberatan).`);
  }
  return { caseKind: kind, caseId: objection.id, requestId: request.id, number: objection.number };
}
