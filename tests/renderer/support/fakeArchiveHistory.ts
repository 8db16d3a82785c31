// The archive's history, download and withdrawal in the fake backend: runs keyed by the page's
// batchId with their verdict lines, the original bytes of a document (its fake text), and a
// withdrawal that takes the document out of the fake archive.
import type { ParsedInput } from '../../../shared/ipc/contract';
import type { ImportItem } from '../../../shared/ipc/channels/archive';
import type { ImportHistoryItem, ImportRun } from '../../../shared/ipc/channels/archiveRecords';
import { importReason } from '../../../shared/domain/archive/reasons';
import { IMPORT_VERDICTS } from '../../../shared/domain/archive/fields';
import { archiveState } from './fakeArchive';
import type { FakeState } from './fakeTransport';

interface FakeRun {
  run: Omit<ImportRun, 'total' | 'counts'>;
  lines: ImportHistoryItem[];
}

interface HistoryState {
  runs: FakeRun[];
  nextLine: number;
  withdrawn: Map<number, string>;
}

function historyState(state: FakeState): HistoryState {
  const cases = state.cases as FakeState['cases'] & { archiveHistory?: HistoryState };
  return (cases.archiveHistory ??= { runs: [], nextLine: 1, withdrawn: new Map() });
}

const AT = '2026-11-23T02:00:00.000Z';

function runOf(state: FakeState, batchId: string): FakeRun {
  const history = historyState(state);
  let run = history.runs.find((r) => r.run.batchId === batchId);
  if (!run) {
    run = { run: { id: history.runs.length + 1, batchId, source: 'upload', actor: 'petugas', startedAt: AT, finishedAt: null, cancelled: false }, lines: [] };
    history.runs.push(run);
  }
  return run;
}

/** Called by the fake's archive:importFile: the line goes into the page's run. */
export function recordFakeVerdict(state: FakeState, batchId: string | undefined, item: ImportItem): void {
  const history = historyState(state);
  const run = runOf(state, batchId ?? `tunggal-${history.nextLine}`);
  run.lines.push({ ...item, id: history.nextLine++, runId: run.run.id, at: AT, documentExists: item.documentId !== null, withdrawnAt: null });
}

function view(state: FakeState, fake: FakeRun): ImportRun {
  const counts = { imported: 0, duplicate: 0, rejected: 0, encrypted: 0, skipped: 0 };
  for (const line of fake.lines) counts[line.verdict] += 1;
  return { ...fake.run, total: fake.lines.length, counts };
}

export function archiveHistoryHandlers(state: FakeState, emit: (event: string, payload: unknown) => void) {
  const history = historyState(state);
  const store = archiveState(state);
  const withState = (line: ImportHistoryItem): ImportHistoryItem => {
    const withdrawnAt = line.documentId !== null ? (history.withdrawn.get(line.documentId) ?? null) : null;
    return { ...line, documentExists: line.documentId !== null && store.docs.some((d) => d.detail.id === line.documentId), withdrawnAt };
  };
  return {
    'archive:finishImport': (input: ParsedInput<'archive:finishImport'>) => {
      const run = runOf(state, input.batchId);
      for (const file of input.unsent) {
        const why = file.reasonCode === 'too_large' ? importReason('too_large', { size: `${((file.size ?? 0) / 1024 / 1024).toFixed(1)} MB`, limit: 50 }) : importReason('upload_failed', { message: file.message ?? '' });
        run.lines.push({
          id: history.nextLine++, runId: run.run.id, at: AT, name: file.name, relativePath: file.relativePath || file.name, verdict: 'rejected', reason: why.reason,
          reasonCode: why.code, reasonParams: why.params, detail: null, documentId: null, title: null, fileType: null, notes: [], documentExists: false, withdrawnAt: null,
        });
      }
      run.run = { ...run.run, finishedAt: AT, cancelled: input.cancelled };
      return view(state, run);
    },
    'archive:importRuns': (input: ParsedInput<'archive:importRuns'>) => {
      const runs = [...history.runs].reverse().filter((r) => input.beforeId === undefined || r.run.id < input.beforeId);
      return { runs: runs.slice(0, input.limit).map((r) => view(state, r)), hasMore: runs.length > input.limit };
    },
    'archive:importItems': (input: ParsedInput<'archive:importItems'>) => {
      const run = input.runId === undefined ? null : history.runs.find((r) => r.run.id === input.runId)!;
      const all = run ? run.lines : history.runs.flatMap((r) => r.lines).reverse();
      const counts = Object.fromEntries(IMPORT_VERDICTS.map((v) => [v, all.filter((l) => l.verdict === v).length])) as ImportRun['counts'];
      const matching = all.filter((l) => !input.verdicts || input.verdicts.includes(l.verdict)).filter((l) => input.cursor === undefined || (run ? l.id > input.cursor : l.id < input.cursor));
      return { run: run ? view(state, run) : null, items: matching.slice(0, input.limit).map(withState), hasMore: matching.length > input.limit, counts };
    },
    'archive:download': (input: ParsedInput<'archive:download'>) => {
      const doc = store.docs.find((d) => d.detail.id === input.id)!;
      const bytes = Buffer.from(doc.text, 'utf8');
      return { fileName: doc.detail.fileName, mimeType: doc.detail.mimeType, size: bytes.length, dataBase64: bytes.toString('base64') };
    },
    'archive:withdraw': (input: ParsedInput<'archive:withdraw'>) => {
      const index = store.docs.findIndex((d) => d.detail.id === input.id);
      const [doc] = store.docs.splice(index, 1);
      history.withdrawn.set(input.id, AT);
      emit('archive:changed', { ids: [input.id] });
      return { documentId: input.id, title: doc!.detail.fields.title, fileName: doc!.detail.fileName, reason: input.reason, actor: 'petugas', withdrawnAt: AT, blobRemoved: true, unlinkedRequests: [] };
    },
  };
}
