// The letters and registers channels of the fake backend: availability from the real shared rules
// (shared/domain/letters), letters kept in memory with small stand-in files.
import { DEFAULT_LETTER_PATTERNS, LETTER_CASE_KIND, LETTER_LABEL, LETTER_TYPES, letterProblem, type CaseFacts } from '../../../shared/domain/letters';
import type { ParsedInput } from '../../../shared/ipc/contract';
import type { LetterView } from '../../../shared/ipc/channels/letters';
import type { ObjectionDetail } from '../../../shared/ipc/channels/objections';
import type { FakeState } from './fakeTransport';

export const FAKE_PDF_BASE64 = Buffer.from('%PDF-1.7\n% surat uji\n').toString('base64');
export const FAKE_DOCX_BASE64 = Buffer.from('PK\u0003\u0004 surat uji').toString('base64');

export function letterHandlers(state: FakeState) {
  const letters: LetterView[] = [];
  let patterns = { ...DEFAULT_LETTER_PATTERNS };
  const objections = () => ((state.cases as { objectionsState?: { objections: ObjectionDetail[] } }).objectionsState?.objections ?? []);
  const facts = (kind: 'request' | 'objection', id: number): CaseFacts => {
    if (kind === 'objection') {
      const o = objections().find((x) => x.id === id);
      if (!o) throw new Error(`no objection ${id}`);
      return { kind, objection: { number: o.number, status: o.status } };
    }
    const r = state.cases.requests.find((x) => x.id === id);
    if (!r) throw new Error(`no request ${id}`);
    return { kind, request: { number: r.number, status: r.status, decision: r.decision, heldStatus: r.heldStatus, extendedDueDate: r.extendedDueDate } };
  };
  const ofCase = (kind: 'request' | 'objection', id: number) => letters.filter((l) => l.caseKind === kind && (kind === 'request' ? l.requestId === id : l.objectionId === id));
  return {
    'letters:available': (input: ParsedInput<'letters:available'>) =>
      LETTER_TYPES.filter((t) => LETTER_CASE_KIND[t] === input.caseKind).map((type) => {
        const reason = letterProblem(type, facts(input.caseKind, input.caseId));
        const issued = ofCase(input.caseKind, input.caseId).find((l) => l.type === type && l.supersededBy === null) ?? null;
        return { type, label: LETTER_LABEL[type], available: reason === null, reason, issued };
      }),
    'letters:issue': (input: ParsedInput<'letters:issue'>) => {
      const problem = letterProblem(input.type, facts(input.caseKind, input.caseId));
      if (problem) throw new Error(`precondition: ${problem}`);
      const previous = ofCase(input.caseKind, input.caseId).find((l) => l.type === input.type && l.supersededBy === null);
      const seq = letters.filter((l) => l.type === input.type && l.version === 1).length + 1;
      const letter: LetterView = {
        id: letters.length + 1,
        type: input.type,
        label: LETTER_LABEL[input.type],
        caseKind: input.caseKind,
        requestId: input.caseKind === 'request' ? input.caseId : (objections().find((o) => o.id === input.caseId)?.requestId ?? 0),
        objectionId: input.caseKind === 'objection' ? input.caseId : null,
        number: previous?.number ?? `${String(seq).padStart(3, '0')}/TB/PPID/XI/2026`,
        version: previous ? previous.version + 1 : 1,
        issuedDate: '2026-11-23',
        issuedAt: '2026-11-23T02:00:00.000Z',
        issuedBy: 'petugas',
        supersededBy: null,
        pdfSha256: 'a'.repeat(64),
        docxSha256: 'b'.repeat(64),
      };
      if (previous) previous.supersededBy = letter.id;
      letters.push(letter);
      return letter;
    },
    'letters:list': (input: ParsedInput<'letters:list'>) => ofCase(input.caseKind, input.caseId),
    'letters:get': (input: ParsedInput<'letters:get'>) => letters.find((l) => l.id === input.id),
    'letters:file': (input: ParsedInput<'letters:file'>) => {
      const l = letters.find((x) => x.id === input.id)!;
      return input.format === 'pdf'
        ? { filename: `${l.type}.pdf`, mime: 'application/pdf', base64: FAKE_PDF_BASE64, sha256: l.pdfSha256 }
        : { filename: `${l.type}.docx`, mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', base64: FAKE_DOCX_BASE64, sha256: l.docxSha256 };
    },
    'letters:patterns': () => patterns,
    'letters:setPatterns': (input: ParsedInput<'letters:setPatterns'>) => (patterns = input),
    'registers:export': (input: ParsedInput<'registers:export'>) => ({
      filename: `register-${input.kind}.${input.format}`,
      mime: 'text/csv; charset=utf-8',
      base64: Buffer.from('No.;Nomor\r\n').toString('base64'),
      sha256: 'c'.repeat(64),
      rows: state.cases.requests.length,
    }),
  };
}
