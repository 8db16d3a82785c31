// Issuing the letters of an archive document's classification (penetapan klasifikasi, lembar uji
// konsekuensi), the way case letters are issued (letters/service.ts): the number is read first,
// the files rendered outside the write lock, and one IMMEDIATE transaction checks that the seq is
// still free and the classification unchanged, then writes the row, the blob index and the audit
// entry. Issuing the penetapan records its number and date as the document's exemption decree,
// in the same transaction, so the refusal letters and the exempt list cite it.
import { DOCUMENT_LETTER_LABEL, DOCUMENT_LETTER_TYPES, documentLetterProblem, type DocumentFacts, type DocumentLetterType } from '../../../shared/domain/letters';
import { toUtcIso } from '../../../shared/domain/requests/instant';
import type { DocumentLetterOption, DocumentLetterView } from '../../../shared/ipc/channels/archiveDip';
import type { FileOut } from '../../../shared/ipc/channels/letters';
import type { ArchiveRow } from '../archive/repo';
import { requireDocument } from '../archive/service';
import { officeClock, todayLocal } from '../calendar/clocks';
import type { Ctx } from '../context';
import { letterheadFromProfile, requireCompleteProfile } from '../documents/letterhead';
import { AppError, notFound } from '../errors';
import { buildDocumentLetter } from './builders/classification';
import { currentDocumentLetter, getDocumentLetter, insertDocumentLetter, listDocumentLetters, nextDocumentLetterSeq, supersedeDocumentLetter, type DocumentLetterRow } from './documentRepo';
import { classifiedDocument, type DocumentLetterSnapshot } from './documentSnapshot';
import { issuedView, issueWithRetry, letterNumber } from './issuing';
import { fileSafe, MIME } from './render';
import { officeOf } from './snapshot';

export function toDocumentLetterView(row: DocumentLetterRow): DocumentLetterView {
  return {
    id: row.id,
    type: row.type,
    label: DOCUMENT_LETTER_LABEL[row.type],
    documentId: row.document_id,
    ...issuedView(row),
  };
}

function factsOf(ctx: Pick<Ctx, 'db'>, row: ArchiveRow): DocumentFacts {
  return {
    title: row.title,
    category: row.category,
    harmGiven: row.ct_harm.trim() !== '',
    publicInterestGiven: row.ct_public_interest.trim() !== '',
    decreeNumber: row.decree_number,
    issuedDecreeNumber: currentDocumentLetter(ctx.db, row.id, 'penetapan-klasifikasi')?.number ?? null,
  };
}

export function documentLetters(ctx: Ctx, documentId: number): { options: DocumentLetterOption[]; letters: DocumentLetterView[] } {
  const row = requireDocument(ctx, documentId);
  const facts = factsOf(ctx, row);
  const options = DOCUMENT_LETTER_TYPES.map((type) => {
    const reason = documentLetterProblem(type, facts);
    const issued = currentDocumentLetter(ctx.db, documentId, type);
    return { type, label: DOCUMENT_LETTER_LABEL[type], available: reason === null, reason, issued: issued ? toDocumentLetterView(issued) : null };
  });
  return { options, letters: listDocumentLetters(ctx.db, documentId).map(toDocumentLetterView) };
}

export function documentLetterFile(ctx: Ctx, id: number, format: 'pdf' | 'docx'): FileOut {
  const row = getDocumentLetter(ctx.db, id);
  if (!row) throw notFound(`Surat klasifikasi dengan id ${id} tidak ditemukan.`);
  const sha = format === 'pdf' ? row.pdf_sha256 : row.docx_sha256;
  if (!ctx.blobs.has(sha)) {
    throw new AppError('not_found', `Berkas ${format.toUpperCase()} surat ${row.number} tidak ada di folder data (blobs). Pulihkan folder blobs dari cadangan, lalu jalankan ppid-desk check.`);
  }
  const filename = `${row.type}-${fileSafe(row.number)}${row.version > 1 ? `-v${row.version}` : ''}.${format}`;
  return { filename, mime: MIME[format], base64: ctx.blobs.read(sha).toString('base64'), sha256: sha };
}

interface IssueInput {
  documentId: number;
  type: DocumentLetterType;
  newVersion: boolean;
}

interface Plan {
  snapshot: DocumentLetterSnapshot;
  year: number;
  seq: number;
  issuedAt: string;
  previous: DocumentLetterRow | undefined;
}

function planIssue(ctx: Ctx, input: IssueInput, fixedAt?: string): Plan {
  const profile = requireCompleteProfile(ctx);
  const row = requireDocument(ctx, input.documentId);
  const problem = documentLetterProblem(input.type, factsOf(ctx, row));
  if (problem) throw new AppError('precondition', problem);
  const previous = currentDocumentLetter(ctx.db, row.id, input.type);
  if (previous && !input.newVersion) {
    throw new AppError(
      'conflict',
      `${DOCUMENT_LETTER_LABEL[input.type]} untuk dokumen ini sudah diterbitkan dengan nomor ${previous.number} (versi ${previous.version}); buka surat yang tersimpan, atau terbitkan versi baru bila klasifikasinya berubah.`,
    );
  }
  const issuedAt = fixedAt ?? toUtcIso(ctx.clock.now().getTime());
  const issuedDate = todayLocal(Date.parse(issuedAt), officeClock(ctx).zone);
  const { year, seq, number } = letterNumber(ctx, input.type, issuedDate, previous, (y) => nextDocumentLetterSeq(ctx.db, input.type, y));
  const snapshot: DocumentLetterSnapshot = {
    type: input.type,
    number,
    issuedDate,
    version: previous ? previous.version + 1 : 1,
    office: officeOf(profile),
    document: classifiedDocument(row),
  };
  return { snapshot, year, seq, issuedAt, previous };
}

export async function issueDocumentLetter(ctx: Ctx, input: IssueInput): Promise<DocumentLetterView> {
  const id = await issueWithRetry(
    ctx,
    {
      plan: (fixedAt) => planIssue(ctx, input, fixedAt),
      spec: (plan) => buildDocumentLetter(plan.snapshot, { createdAt: new Date(plan.issuedAt), letterhead: letterheadFromProfile(ctx, requireCompleteProfile(ctx)) }),
      commit(plan, again, { pdfSha, docxSha }, tx) {
        const s = plan.snapshot;
        const letterId = insertDocumentLetter(ctx.db, {
          type: input.type,
          document_id: input.documentId,
          number: s.number,
          year: plan.year,
          seq: plan.seq,
          version: s.version,
          issued_date: s.issuedDate,
          issued_at: plan.issuedAt,
          issued_by: ctx.actor,
          data: JSON.stringify(s),
          pdf_sha256: pdfSha,
          docx_sha256: docxSha,
        });
        if (again.previous) supersedeDocumentLetter(ctx.db, again.previous.id, letterId);
        let decree: { from: { number: string; date: string | null }; to: { number: string; date: string } } | null = null;
        if (input.type === 'penetapan-klasifikasi') {
          // The decree is this letter: the document now names it (PP 61/2010 Ps 5-6).
          decree = { from: { number: s.document.decreeNumber, date: s.document.decreeDate }, to: { number: s.number, date: s.issuedDate } };
          ctx.db.prepare('UPDATE archive_documents SET decree_number = ?, decree_date = ?, updated_at = ? WHERE id = ?').run(s.number, s.issuedDate, plan.issuedAt, input.documentId);
        }
        tx.audit({
          action: 'document_letter.issue',
          entity: 'document_letter',
          entityId: String(letterId),
          data: { type: input.type, number: s.number, version: s.version, documentId: input.documentId, pdfSha256: pdfSha, docxSha256: docxSha, supersedes: again.previous?.id ?? null, decree },
        });
        tx.emit('archive:changed', { ids: [input.documentId] });
        return letterId;
      },
    },
    'Surat tidak dapat diterbitkan karena klasifikasi dokumen terus berubah saat surat dibuat; coba lagi.',
  );
  return toDocumentLetterView(getDocumentLetter(ctx.db, id)!);
}
