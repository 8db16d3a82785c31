// What issuing a numbered letter means, whether it comes from a case (service.ts) or from an
// archive document (documentLetters.ts): the number, and the render-then-commit loop.
import { toPlainDate, yearOf } from '../../../shared/domain/calendar/localDate';
import { formatNumber } from '../../../shared/domain/requests/numbering';
import type { LetterPatterns } from '../../../shared/ipc/channels/letters';
import { recordBlob } from '../blobs/store';
import type { Ctx } from '../context';
import { mutate, type Tx } from '../db/mutate';
import { AppError, isUniqueViolation } from '../errors';
import { getNumbering } from '../numbering/service';
import { getLetterPatterns } from './patterns';
import { MIME, renderBoth } from './render';
import type { DocumentSpec } from '../documents/model';
import type { IssuedLetterColumns } from './repo';

const MAX_ATTEMPTS = 5;

export interface LetterNumber {
  year: number;
  seq: number;
  number: string;
}

/**
 * A new version keeps its letter's number: the number identifies the letter in the agenda and in
 * the requester's hands; the version says which text replaced which. A new letter takes the next
 * sequence of its type in the year it is issued, formatted by the type's pattern (Pengaturan › Penomoran).
 */
export function letterNumber(
  ctx: Ctx,
  type: keyof LetterPatterns,
  issuedDate: string,
  previous: LetterNumber | undefined,
  nextSeq: (year: number) => number,
): LetterNumber {
  if (previous) return { year: previous.year, seq: previous.seq, number: previous.number };
  const numbering = getNumbering(ctx.db);
  const pattern = getLetterPatterns(ctx.db)[type];
  if (pattern.includes('{unit}') && numbering.unitCode === '') {
    throw new AppError('precondition', 'Pola nomor surat memuat {unit}, tetapi kode unit belum diisi: isi Pengaturan → Penomoran → Kode unit.');
  }
  const year = yearOf(issuedDate);
  const seq = nextSeq(year);
  return { year, seq, number: formatNumber(pattern, numbering.seqWidth, { seq, year, month: toPlainDate(issuedDate).month, unit: numbering.unitCode }) };
}

export interface IssuePlan {
  snapshot: unknown;
  issuedAt: string;
}

export interface IssuedFiles {
  pdfSha: string;
  docxSha: string;
}

export interface IssueSteps<P extends IssuePlan> {
  /** Reads what the letter says; `fixedAt` replans inside the transaction with the first plan's time. */
  plan(fixedAt?: string): P;
  spec(plan: P): DocumentSpec;
  /** Inside the change `tx` (dated plan.issuedAt), after the files are recorded: the row, its history, audit entry and events. */
  commit(plan: P, again: P, files: IssuedFiles, tx: Tx): number;
}

/**
 * Renders outside the transaction (slow), writes the files (temp, fsync, rename), then, in one
 * immediate transaction, replans: when the case, the document or the sequence changed meanwhile,
 * or another issue took the number (unique violation), it starts again, at most five times.
 * Returns the new letter row's id.
 */
export async function issueWithRetry<P extends IssuePlan>(ctx: Ctx, steps: IssueSteps<P>, changingMessage: string): Promise<number> {
  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
    const plan = steps.plan();
    const files = await renderBoth(steps.spec(plan));
    const pdfSha = ctx.blobs.write(files.pdf);
    const docxSha = ctx.blobs.write(files.docx);
    try {
      // The change is dated with the plan's instant, not the clock's at COMMIT: the letter printed it
      // (issued date, the PDF's creation date) before the transaction began.
      const id = mutate({ ...ctx, clock: { now: () => new Date(plan.issuedAt) } }, (tx) => {
        const again = steps.plan(plan.issuedAt);
        if (JSON.stringify(again.snapshot) !== JSON.stringify(plan.snapshot)) return null;
        recordBlob(ctx.db, pdfSha, files.pdf.byteLength, MIME.pdf, tx.at);
        recordBlob(ctx.db, docxSha, files.docx.byteLength, MIME.docx, tx.at);
        return steps.commit(plan, again, { pdfSha, docxSha }, tx);
      });
      if (id !== null) return id;
    } catch (error) {
      if (isUniqueViolation(error) && attempt < MAX_ATTEMPTS) continue;
      throw error;
    }
  }
  throw new AppError('conflict', changingMessage);
}

/** An issued letter's number, version, issue and file fingerprints as the views show them. */
export function issuedView(row: IssuedLetterColumns) {
  return {
    number: row.number,
    version: row.version,
    issuedDate: row.issued_date,
    issuedAt: row.issued_at,
    issuedBy: row.issued_by,
    supersededBy: row.superseded_by,
    pdfSha256: row.pdf_sha256,
    docxSha256: row.docx_sha256,
  };
}
