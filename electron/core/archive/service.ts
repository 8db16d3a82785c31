// DIP classification of archive documents (UU KIP Ps 7(3); categories Ps 9-11, exemptions Ps 17
// and Ps 19), and the documents provided for a request. Every change is audited in its transaction.
import type { ExemptionLetter } from '../../../shared/domain/archive/fields';
import { basisLetters, type DocumentDetail, type LinkedDocument } from '../../../shared/ipc/channels/archive';
import type { ParsedInput } from '../../../shared/ipc/contract';
import type { Ctx } from '../context';
import { mutate } from '../db/mutate';
import { claimVersion } from '../db/versions';
import { notFound } from '../errors';
import { requireRequest } from '../requests/service';
import { deleteLink, documentText, getDocument, insertLink, listLinks, updateDip, type ArchiveRow, type DipUpdate } from './repo';

const EXCERPT_CHARS = 20_000;

export function requireDocument(ctx: Pick<Ctx, 'db'>, id: number): ArchiveRow {
  const row = getDocument(ctx.db, id);
  if (!row) throw notFound(`Dokumen arsip dengan id ${id} tidak ditemukan.`);
  return row;
}

/** The Ps 17 letters of an exempt document's basis, a-j. */
export function lettersOf(row: Pick<ArchiveRow, 'exemption_letters'>): ExemptionLetter[] {
  return JSON.parse(row.exemption_letters) as ExemptionLetter[];
}

export function fieldsOf(row: ArchiveRow): DocumentDetail['fields'] {
  return {
    dipNumber: row.dip_number,
    title: row.title,
    summary: row.summary,
    unit: row.unit,
    responsible: row.responsible,
    producedDate: row.produced_date,
    producedPlace: row.produced_place,
    form: row.form,
    retention: row.retention,
    category: row.category,
    exemptionLetter: row.exemption_letter,
    exemptionLetters: lettersOf(row),
    exemptionLaw: row.exemption_law,
    consequenceInformation: row.ct_information,
    consequenceHarm: row.ct_harm,
    consequencePublicInterest: row.ct_public_interest,
    consequenceTest: row.consequence_test,
    exemptionYears: row.exemption_years,
    exemptionPermanent: row.exemption_permanent === 1,
    decreeNumber: row.decree_number,
    decreeDate: row.decree_date,
    reviewDate: row.review_date,
  };
}

export function getDocumentDetail(ctx: Ctx, id: number): DocumentDetail {
  const row = requireDocument(ctx, id);
  return {
    id: row.id,
    sha256: row.sha256,
    fileName: row.file_name,
    fileType: row.file_type,
    mimeType: row.mime_type,
    size: row.size,
    encrypted: row.encrypted === 1,
    pageCount: row.page_count,
    metaTitle: row.meta_title,
    metaAuthor: row.meta_author,
    metaCreated: row.meta_created,
    textChars: row.text_chars,
    textTruncated: row.text_truncated === 1,
    previewHtml: row.preview_html,
    textExcerpt: row.preview_html ? '' : documentText(ctx.db, row.id, EXCERPT_CHARS),
    importNotes: JSON.parse(row.import_notes) as string[],
    importedAt: row.imported_at,
    year: row.year,
    updatedAt: row.updated_at,
    version: row.row_version,
    fields: fieldsOf(row),
  };
}

export function updateDocument(ctx: Ctx, input: ParsedInput<'archive:update'>): DocumentDetail {
  const exempt = input.category === 'dikecualikan';
  const letters = exempt ? basisLetters(input) : [];
  // Exemption details belong to exempt items only; they are cleared when the category changes.
  const fields: Omit<DipUpdate, 'updated_at'> = {
    dip_number: input.dipNumber,
    title: input.title,
    summary: input.summary,
    unit: input.unit,
    responsible: input.responsible,
    produced_date: input.producedDate,
    produced_place: input.producedPlace,
    form: input.form,
    retention: input.retention,
    category: input.category,
    exemption_letter: letters[0] ?? null,
    exemption_letters: JSON.stringify(letters),
    exemption_law: exempt ? input.exemptionLaw : '',
    ct_information: exempt ? input.consequenceInformation : '',
    ct_harm: exempt ? input.consequenceHarm : '',
    ct_public_interest: exempt ? input.consequencePublicInterest : '',
    consequence_test: exempt ? input.consequenceTest : '',
    exemption_years: exempt && !input.exemptionPermanent ? input.exemptionYears : null,
    exemption_permanent: exempt && input.exemptionPermanent ? 1 : 0,
    decree_number: exempt ? input.decreeNumber : '',
    decree_date: exempt ? input.decreeDate : null,
    review_date: exempt ? input.reviewDate : null,
  };
  mutate(ctx, (tx) => {
    const before = requireDocument(ctx, input.id);
    claimVersion(ctx, 'archive_documents', input.id, input.version);
    updateDip(tx.db, input.id, { ...fields, updated_at: tx.at });
    const changed: Record<string, { from: unknown; to: unknown }> = {};
    for (const [key, value] of Object.entries(fields)) {
      const old = before[key as keyof ArchiveRow];
      if (old !== value) changed[key] = { from: old, to: value };
    }
    tx.audit({ action: 'archive.dip.update', entity: 'archive_document', entityId: String(input.id), data: { changed } });
    tx.emit('archive:changed', { ids: [input.id] });
  });
  return getDocumentDetail(ctx, input.id);
}

function linkedDocuments(ctx: Ctx, requestId: number): LinkedDocument[] {
  return listLinks(ctx.db, requestId).map((r) => ({ documentId: r.document_id, title: r.title, fileName: r.file_name, category: r.category, linkedAt: r.linked_at }));
}

export function getLinks(ctx: Ctx, requestId: number): LinkedDocument[] {
  requireRequest(ctx, requestId);
  return linkedDocuments(ctx, requestId);
}

/** Records that a published document was provided for (or answers) a request. */
export function linkDocument(ctx: Ctx, requestId: number, documentId: number): LinkedDocument[] {
  mutate(ctx, (tx) => {
    const request = requireRequest(ctx, requestId);
    const doc = requireDocument(ctx, documentId);
    if (insertLink(tx.db, requestId, documentId, tx.at, ctx.actor)) {
      tx.audit({ action: 'archive.link', entity: 'request', entityId: String(requestId), data: { requestNumber: request.number, documentId, title: doc.title } });
    }
    tx.emit('cases:changed', { kind: 'request', id: requestId });
  });
  return linkedDocuments(ctx, requestId);
}

export function unlinkDocument(ctx: Ctx, requestId: number, documentId: number): LinkedDocument[] {
  mutate(ctx, (tx) => {
    const request = requireRequest(ctx, requestId);
    if (deleteLink(tx.db, requestId, documentId)) {
      tx.audit({ action: 'archive.unlink', entity: 'request', entityId: String(requestId), data: { requestNumber: request.number, documentId } });
    }
    tx.emit('cases:changed', { kind: 'request', id: requestId });
  });
  return linkedDocuments(ctx, requestId);
}
