// Issuing letters: the number is assigned once, the files are rendered from a frozen snapshot of
// the case, stored content-addressed, and the row, the blob index, the timeline event and the
// audit entry commit in one IMMEDIATE transaction.
//
// Rendering is async and must not hold the write lock, so the number is read first (next seq of
// the type and year), the files are rendered with it, and the transaction checks that the seq is
// still free and the case unchanged; if another issue took the seq or the case changed meanwhile,
// it starts over (the UNIQUE index refuses a duplicate in any case). Numbers stay gap-free: a seq
// is only consumed by a committed row.
import { LETTER_CASE_KIND, LETTER_LABEL, LETTER_TYPES, letterProblem, type CaseKind } from '../../../shared/domain/letters';
import { toUtcIso } from '../../../shared/domain/requests/instant';
import type { ParsedInput } from '../../../shared/ipc/contract';
import type { FileOut, LetterOption, LetterView } from '../../../shared/ipc/channels/letters';
import { officeClock, todayLocal } from '../calendar/clocks';
import type { Ctx } from '../context';
import { letterheadFromProfile, requireCompleteProfile } from '../documents/letterhead';
import { AppError, notFound } from '../errors';
import { insertObjectionEvent } from '../objections/repo';
import { buildLetter } from './builders';
import { issuedView, issueWithRetry, letterNumber } from './issuing';
import { loadCase, requireAllowed, snapshotOf } from './cases';
import { fileSafe, MIME } from './render';
import { currentLetter, getLetter, insertLetter, listLetters, nextLetterSeq, supersede, type LetterRow } from './repo';
import type { LetterDetails, LetterSnapshot } from './snapshot';

export function toLetterView(row: LetterRow): LetterView {
  return {
    id: row.id,
    type: row.type,
    label: LETTER_LABEL[row.type],
    caseKind: row.case_kind,
    requestId: row.request_id,
    objectionId: row.objection_id,
    ...issuedView(row),
  };
}

export function availableLetters(ctx: Ctx, kind: CaseKind, caseId: number): LetterOption[] {
  const loaded = loadCase(ctx, kind, caseId);
  return LETTER_TYPES.filter((t) => LETTER_CASE_KIND[t] === kind).map((type) => {
    const reason = letterProblem(type, loaded.facts);
    const issued = currentLetter(ctx.db, kind, caseId, type);
    return { type, label: LETTER_LABEL[type], available: reason === null, reason, issued: issued ? toLetterView(issued) : null };
  });
}

export function lettersOfCase(ctx: Ctx, kind: CaseKind, caseId: number): LetterView[] {
  loadCase(ctx, kind, caseId);
  return listLetters(ctx.db, kind, caseId).map(toLetterView);
}

export function requireLetter(ctx: Pick<Ctx, 'db'>, id: number): LetterRow {
  const row = getLetter(ctx.db, id);
  if (!row) throw notFound(`Surat dengan id ${id} tidak ditemukan.`);
  return row;
}

export function letterFile(ctx: Ctx, id: number, format: 'pdf' | 'docx'): FileOut {
  const row = requireLetter(ctx, id);
  const sha = format === 'pdf' ? row.pdf_sha256 : row.docx_sha256;
  if (!ctx.blobs.has(sha)) {
    throw new AppError('not_found', `Berkas ${format.toUpperCase()} surat ${row.number} tidak ada di folder data (blobs). Pulihkan folder blobs dari cadangan, lalu jalankan ppid-desk check.`);
  }
  const bytes = ctx.blobs.read(sha);
  return { filename: letterFilename(row, format), mime: MIME[format], base64: bytes.toString('base64'), sha256: sha };
}

export function letterFilename(row: Pick<LetterRow, 'type' | 'number' | 'version'>, format: 'pdf' | 'docx'): string {
  return `${row.type}-${fileSafe(row.number)}${row.version > 1 ? `-v${row.version}` : ''}.${format}`;
}

type IssueInput = ParsedInput<'letters:issue'>;

export async function issueLetter(ctx: Ctx, input: IssueInput): Promise<LetterView> {
  if (LETTER_CASE_KIND[input.type] !== input.caseKind) {
    throw new AppError('precondition', letterProblem(input.type, loadCase(ctx, input.caseKind, input.caseId).facts) ?? 'Jenis surat tidak cocok dengan perkara.');
  }
  const id = await issueWithRetry(
    ctx,
    {
      plan: (fixedAt) => planIssue(ctx, input, fixedAt),
      spec: (plan) => buildLetter(plan.snapshot, { createdAt: new Date(plan.issuedAt), ...(plan.letterhead ? { letterhead: plan.letterhead } : {}) }),
      commit(plan, again, { pdfSha, docxSha }, tx) {
        const letterId = insertLetter(ctx.db, {
          type: input.type,
          case_kind: input.caseKind,
          request_id: again.requestId,
          objection_id: again.objectionId,
          number: plan.snapshot.number,
          year: plan.year,
          seq: plan.seq,
          version: plan.snapshot.version,
          issued_date: plan.snapshot.issuedDate,
          issued_at: plan.issuedAt,
          issued_by: ctx.actor,
          data: JSON.stringify(plan.snapshot),
          pdf_sha256: pdfSha,
          docx_sha256: docxSha,
        });
        if (again.previous) supersede(ctx.db, again.previous.id, letterId);
        const label = LETTER_LABEL[input.type];
        insertObjectionEvent(ctx.db, {
          request_id: again.requestId,
          at: plan.issuedAt,
          actor: ctx.actor,
          action: 'letter_issued',
          subject_kind: input.caseKind,
          subject_id: input.caseId,
          from_status: null,
          to_status: null,
          note: `${label} nomor ${plan.snapshot.number}${plan.snapshot.version > 1 ? ` (versi ${plan.snapshot.version}, menggantikan versi ${plan.snapshot.version - 1})` : ''} diterbitkan.`,
        });
        tx.audit({
          action: 'letter.issue',
          entity: 'letter',
          entityId: String(letterId),
          data: { type: input.type, number: plan.snapshot.number, version: plan.snapshot.version, caseKind: input.caseKind, caseId: input.caseId, pdfSha256: pdfSha, docxSha256: docxSha, supersedes: again.previous?.id ?? null },
        });
        tx.emit('cases:changed', { kind: input.caseKind, id: input.caseId });
        return letterId;
      },
    },
    'Surat tidak dapat diterbitkan karena data perkara terus berubah saat surat dibuat; coba lagi.',
  );
  return toLetterView(requireLetter(ctx, id));
}

interface Plan {
  snapshot: LetterSnapshot;
  year: number;
  seq: number;
  issuedAt: string;
  requestId: number | null;
  objectionId: number | null;
  previous: LetterRow | undefined;
  letterhead: ReturnType<typeof letterheadFromProfile> | undefined;
}

function planIssue(ctx: Ctx, input: IssueInput, fixedAt?: string): Plan {
  const profile = requireCompleteProfile(ctx);
  const loaded = loadCase(ctx, input.caseKind, input.caseId);
  requireAllowed(loaded, input.type);
  const previous = currentLetter(ctx.db, input.caseKind, input.caseId, input.type);
  if (previous && !input.newVersion) {
    throw new AppError(
      'conflict',
      `${LETTER_LABEL[input.type]} untuk perkara ini sudah diterbitkan dengan nomor ${previous.number} (versi ${previous.version}); buka surat yang tersimpan, atau terbitkan versi baru bila data perkaranya berubah.`,
    );
  }
  const issuedAt = fixedAt ?? toUtcIso(ctx.clock.now().getTime());
  const issuedDate = todayLocal(Date.parse(issuedAt), officeClock(ctx).zone);
  const { year, seq, number } = letterNumber(ctx, input.type, issuedDate, previous, (y) => nextLetterSeq(ctx.db, input.type, y));
  const details: LetterDetails = input.details ?? (previous ? (JSON.parse(previous.data) as LetterSnapshot).details : defaultDetails());
  const snapshot = snapshotOf(ctx, loaded, profile, { type: input.type, number, issuedDate, version: previous ? previous.version + 1 : 1, details });
  return {
    snapshot,
    year,
    seq,
    issuedAt,
    requestId: loaded.request?.id ?? null,
    objectionId: loaded.objection?.id ?? null,
    previous,
    letterhead: fixedAt ? undefined : letterheadFromProfile(ctx, profile),
  };
}

export function defaultDetails(): LetterDetails {
  return { sifat: 'Biasa', lampiran: '-', tembusan: [], materi: '', hitam: '', media: '', waktu: '' };
}
