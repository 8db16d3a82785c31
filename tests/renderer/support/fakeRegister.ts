// cases:register in the fake backend: every request, objection and inquiry the other fakes hold,
// of every status, newest first, with the contract's filters (search: number, name, text, or the
// last 4 NIK digits).
import type { ParsedInput } from '../../../shared/ipc/contract';
import { REGISTER_SPEC, type RegisterItem } from '../../../shared/ipc/channels/cases';
import type { InquiryDetail } from '../../../shared/ipc/channels/inquiries';
import type { CasesState } from './fakeCases';
import type { ObjectionsState } from './fakeObjections';

type Extended = CasesState & { objectionsState?: ObjectionsState; inquiriesList?: InquiryDetail[] };

export function registerHandlers(cases: CasesState) {
  const state = cases as Extended;
  const all = (kind: RegisterItem['kind']): (RegisterItem & { haystack: string })[] => {
    const open = (status: string) => (REGISTER_SPEC[kind].open as readonly string[]).includes(status);
    if (kind === 'request') {
      return state.requests.map((r) => ({
        kind, id: r.id, number: r.number, year: r.year, title: r.information, requesterName: r.requester.name, status: r.status, open: open(r.status),
        receivedAt: r.receivedAt, receivedDate: r.receivedLocalDate, channel: r.channel, unit: r.unit, officer: r.officer, decision: r.decision,
        due: r.currentDueDate, closedOn: open(r.status) ? null : r.updatedAt, requestNumber: null,
        haystack: `${r.number} ${r.requester.name} ${r.information} ${r.fullId.slice(-4)}`,
      }));
    }
    if (kind === 'objection') {
      return (state.objectionsState?.objections ?? []).map((o) => ({
        kind, id: o.id, number: o.number, year: Number(o.number.slice(-4)) || 2026, title: o.caseSummary, requesterName: o.requesterName, status: o.status,
        open: open(o.status), receivedAt: o.registeredAt, receivedDate: o.registeredAt.slice(0, 10), channel: '', unit: '', officer: '', decision: o.decision,
        due: o.atasanDue, closedOn: o.answerDate, requestNumber: o.requestNumber,
        haystack: `${o.number} ${o.requestNumber} ${o.requesterName} ${o.caseSummary}`,
      }));
    }
    return (state.inquiriesList ?? []).map((i) => ({
      kind, id: i.id, number: i.number, year: 2026, title: i.topic, requesterName: `${i.journalist.name} (${i.outlet.name})`, status: i.status, open: open(i.status),
      receivedAt: i.receivedAt, receivedDate: i.receivedAt.slice(0, 10), channel: i.channel, unit: i.unit, officer: i.spokesperson, decision: null,
      due: i.dueAt ?? i.answerDueAt, closedOn: i.answeredAt, requestNumber: i.requestNumber,
      haystack: `${i.number} ${i.journalist.name} ${i.topic}`,
    }));
  };
  return {
    'cases:register': (input: ParsedInput<'cases:register'>) => {
      const f = input.filters;
      const rows = all(input.kind)
        .filter((i) => f.year === undefined || i.year === f.year)
        .filter((i) => (f.status === 'any' ? true : f.status === 'open' ? i.open : f.status === 'closed' ? !i.open : i.status === f.status))
        .filter((i) => !f.channel || i.channel === f.channel)
        .filter((i) => !f.decision || i.decision === f.decision)
        .filter((i) => !f.unit || i.unit === f.unit)
        .filter((i) => !f.officer || i.officer === f.officer)
        .filter((i) => !f.search || i.haystack.toLowerCase().includes(f.search.toLowerCase()))
        .sort((a, b) => b.receivedAt.localeCompare(a.receivedAt) || b.id - a.id)
        .map(({ haystack: _h, ...item }) => item);
      const start = input.cursor ? Number(input.cursor) : 0;
      const items = rows.slice(start, start + input.limit);
      const years = [...new Set(all(input.kind).map((i) => i.year))].sort((a, b) => b - a);
      return { items, nextCursor: start + input.limit < rows.length ? String(start + input.limit) : null, total: rows.length, years };
    },
  };
}
