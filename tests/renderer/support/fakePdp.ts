// The personal-data channels of the fake backend: retention in memory, a dry run that lists the
// closed requests of the fake cases, a real run that marks them anonymised, and a small export file.
import type { ParsedInput } from '../../../shared/ipc/contract';
import type { AnonymiseReport, RetentionView } from '../../../shared/ipc/channels/pdp';
import type { CasesState } from './fakeCases';

export function pdpHandlers(cases: CasesState) {
  let retention: RetentionView = { years: 5, defaultYears: 5, isDefault: true, updatedAt: null };
  let seq = 40;
  const due = () => cases.requests.filter((r) => (r.status === 'done' || r.status === 'withdrawn') && r.requester.name !== '[dihapus]');
  const report = (dryRun: boolean, list: ReturnType<typeof due>): AnonymiseReport => ({
    dryRun,
    today: '2026-11-23',
    cutoff: `${2026 - retention.years}-11-23`,
    years: retention.years,
    cases: list.map((r) => ({ requestId: r.id, number: r.number, closedOn: '2020-03-05', objections: [], disputes: 0 })),
    journalists: [],
    objectionsWithoutRequest: [],
    counts: { requests: list.length, requesters: list.length, objections: 0, disputes: 0, letters: 0, journalists: 0, inquiries: 0, objectionsWithoutRequest: 0 },
    auditSeq: dryRun ? null : ++seq,
  });
  return {
    'pdp:retention': () => retention,
    'pdp:setRetention': (input: ParsedInput<'pdp:setRetention'>) => (retention = { ...retention, years: input.years, isDefault: false, updatedAt: '2026-11-23T02:00:00.000Z' }),
    'pdp:anonymise': (input: ParsedInput<'pdp:anonymise'>) => {
      const list = due();
      if (!input.dryRun) {
        for (const r of list) {
          Object.assign(r.requester, { name: '[dihapus]', idNumberMasked: '[dihapus]', address: '[dihapus]', phone: '[dihapus]' });
          (r as { fullId?: string }).fullId = '0000000000000000';
        }
      }
      return report(input.dryRun, list);
    },
    'pdp:export': (input: ParsedInput<'pdp:export'>) => {
      const body = Buffer.from(JSON.stringify({ kind: 'ppid-desk/data-pribadi-pemohon', requesterId: input.requesterId ?? null }));
      return {
        filename: `data-pribadi-uji.${input.format}`,
        mime: input.format === 'pdf' ? 'application/pdf' : 'application/json',
        base64: body.toString('base64'),
        sha256: 'b'.repeat(64),
        counts: { requesters: 1, requests: 1, objections: 0, disputes: 0, letters: 2, events: 3, auditEntries: 4 },
      };
    },
  };
}
