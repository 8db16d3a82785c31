// The archive in the fake backend: imports (a name ending in ".rusak" is rejected), a simple
// case-insensitive word search with marked snippets, detail, DIP update (the real zod schema
// validates it before it gets here), links to requests, and the XLSX export.
import { addDays } from '../../../shared/domain/calendar/localDate';
import type { ParsedInput } from '../../../shared/ipc/contract';
import { DOCUMENT_LETTER_LABEL } from '../../../shared/domain/letters';
import type { DocumentDetail, ImportItem, LinkedDocument, SearchHit } from '../../../shared/ipc/channels/archive';
import type { FakeState } from './fakeTransport';
import { archiveHistoryHandlers, recordFakeVerdict } from './fakeArchiveHistory';

export interface FakeDoc {
  detail: DocumentDetail;
  text: string;
}

export interface ArchiveState {
  docs: FakeDoc[];
  links: Map<number, LinkedDocument[]>;
}

export function archiveState(state: FakeState): ArchiveState {
  const cases = state.cases as FakeState['cases'] & { archiveState?: ArchiveState };
  return (cases.archiveState ??= { docs: [], links: new Map() });
}

const emptyFields: DocumentDetail['fields'] = {
  dipNumber: '', title: '', summary: '', unit: '', responsible: '', producedDate: null, producedPlace: '', form: 'softcopy', retention: '', category: null,
  exemptionLetter: null, exemptionLetters: [], exemptionLaw: '', consequenceInformation: '', consequenceHarm: '', consequencePublicInterest: '', consequenceTest: '', exemptionYears: null, exemptionPermanent: false, decreeNumber: '', decreeDate: null, reviewDate: null,
};

export function addFakeDocument(state: FakeState, doc: { title: string; text: string; fileName?: string; previewHtml?: string | null }): number {
  const store = archiveState(state);
  const id = store.docs.length + 1;
  const fileName = doc.fileName ?? `${doc.title}.pdf`;
  store.docs.push({
    text: doc.text,
    detail: {
      id, sha256: String(id).padStart(64, '0'), fileName, fileType: fileName.endsWith('.docx') ? 'docx' : 'pdf', mimeType: 'application/pdf', size: 2048, encrypted: false,
      pageCount: 1, metaTitle: '', metaAuthor: '', metaCreated: null, textChars: doc.text.length, textTruncated: false, previewHtml: doc.previewHtml ?? null,
      textExcerpt: doc.previewHtml ? '' : doc.text, importNotes: [], importedAt: '2026-11-23T02:00:00.000Z', year: 2026, updatedAt: '2026-11-23T02:00:00.000Z', version: 1,
      fields: { ...emptyFields, title: doc.title },
    },
  });
  return id;
}

function snippet(text: string, words: string[]) {
  const lower = text.toLowerCase();
  const at = words.map((w) => lower.indexOf(w)).filter((i) => i >= 0).sort((a, b) => a - b)[0] ?? 0;
  const w = words.find((x) => lower.startsWith(x, at)) ?? '';
  return [
    { text: text.slice(Math.max(0, at - 30), at), hit: false },
    { text: text.slice(at, at + w.length), hit: true },
    { text: text.slice(at + w.length, at + w.length + 60), hit: false },
  ].filter((s) => s.text !== '');
}

export function archiveHandlers(state: FakeState, emit: (event: string, payload: unknown) => void) {
  const store = archiveState(state);
  const find = (id: number) => {
    const doc = store.docs.find((d) => d.detail.id === id);
    if (!doc) throw new Error(`no document ${id}`);
    return doc;
  };
  let decree: ParsedInput<'archive:setDipDecree'> = { number: '', date: null, updatedDate: null };
  return {
    'archive:importFile': (input: ParsedInput<'archive:importFile'>): ImportItem => {
      const base = { name: input.name, relativePath: input.relativePath || input.name, notes: [], reasonCode: null, reasonParams: {}, detail: null };
      let item: ImportItem;
      if (input.name.endsWith('.rusak')) item = { ...base, verdict: 'rejected', reason: 'Berkas rusak.', documentId: null, title: null, fileType: null };
      else {
        const text = Buffer.from(input.dataBase64, 'base64').toString('utf8');
        const id = addFakeDocument(state, { title: input.name.replace(/\.[a-z]+$/, ''), text, fileName: input.name });
        emit('archive:changed', { ids: [id] });
        item = { ...base, verdict: 'imported', reason: null, documentId: id, title: find(id).detail.fields.title, fileType: 'pdf' };
      }
      recordFakeVerdict(state, input.batchId, item);
      return item;
    },
    'archive:search': (input: ParsedInput<'archive:search'>) => {
      const words = input.query.toLowerCase().split(/\s+/).filter(Boolean);
      const matches = store.docs.filter((d) => words.every((w) => `${d.detail.fields.title} ${d.text}`.toLowerCase().includes(w)));
      const hits: SearchHit[] = matches.slice(0, input.limit).map((d) => ({
        id: d.detail.id, title: d.detail.fields.title, fileName: d.detail.fileName, fileType: d.detail.fileType, category: d.detail.fields.category,
        unit: d.detail.fields.unit, year: d.detail.year, encrypted: false, importedAt: d.detail.importedAt, snippet: words.length ? snippet(d.text, words) : [],
      }));
      return { hits, hasMore: matches.length > input.limit };
    },
    'archive:get': (input: ParsedInput<'archive:get'>) => find(input.id).detail,
    'archive:update': (input: ParsedInput<'archive:update'>) => {
      const doc = find(input.id);
      const { id: _id, ...fields } = input;
      doc.detail = { ...doc.detail, fields: { ...fields }, updatedAt: new Date().toISOString(), version: doc.detail.version + 1 };
      emit('archive:changed', { ids: [input.id] });
      return doc.detail;
    },
    'archive:link': (input: ParsedInput<'archive:link'>) => {
      const list = store.links.get(input.requestId) ?? [];
      const doc = find(input.documentId);
      if (!list.some((l) => l.documentId === input.documentId)) list.push({ documentId: input.documentId, title: doc.detail.fields.title, fileName: doc.detail.fileName, category: null, linkedAt: '2026-11-23T02:00:00.000Z' });
      store.links.set(input.requestId, list);
      return list;
    },
    'archive:links': (input: ParsedInput<'archive:links'>) => store.links.get(input.requestId) ?? [],
    // Today is the fake's 23 November 2026 (see fakeCases FAKE_NOW).
    'archive:reviewsDue': (input: ParsedInput<'archive:reviewsDue'>) => {
      const today = '2026-11-23';
      const until = addDays(today, input.withinDays);
      return store.docs
        .map((d) => d.detail)
        .filter((d) => d.fields.category === 'dikecualikan' && d.fields.reviewDate !== null && d.fields.reviewDate <= until)
        .sort((a, b) => a.fields.reviewDate!.localeCompare(b.fields.reviewDate!) || a.id - b.id)
        .map((d) => ({ id: d.id, title: d.fields.title, exemptionLetter: d.fields.exemptionLetter!, reviewDate: d.fields.reviewDate!, overdue: d.fields.reviewDate! < today }));
    },
    ...archiveHistoryHandlers(state, emit),
    'archive:dipDecree': () => decree,
    'archive:setDipDecree': (input: ParsedInput<'archive:setDipDecree'>) => (decree = input),
    // The classification letters: both offered when the fake document is exempt, none issued.
    'archive:letters': (input: ParsedInput<'archive:letters'>) => {
      const exempt = find(input.documentId).detail.fields.category === 'dikecualikan';
      const options = (['penetapan-klasifikasi', 'uji-konsekuensi'] as const).map((type) => ({
        type, label: DOCUMENT_LETTER_LABEL[type], available: exempt, reason: exempt ? null : 'Surat ini hanya untuk informasi yang dikecualikan.', issued: null,
      }));
      return { options, letters: [] };
    },
    'archive:exportDip': (input: ParsedInput<'archive:exportDip'>) => ({
      fileName: `${input.exempt ? 'daftar-informasi-dikecualikan' : 'daftar-informasi-publik'}.${input.format}`,
      mimeType: { xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', pdf: 'application/pdf', docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' }[input.format],
      dataBase64: '',
    }),
  };
}
