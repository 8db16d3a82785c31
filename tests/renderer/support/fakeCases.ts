// The request lifecycle in the fake backend: requests:create/get/revealNik/extend/transition/
// timeline, inbox:list and deadline:explain, with due dates from the real shared deadline code.
import { computeDeadline } from '../../../shared/domain/clocks';
import { createCalendar, SHIPPED_CALENDAR } from '../../../shared/domain/calendar';
import { localDateOf, maskIdNumber, dueStanding, isOverdueCounting, type RequestStatus } from '../../../shared/domain/requests';
import type { ParsedInput } from '../../../shared/ipc/contract';
import type { RequestDetail, TimelineEvent } from '../../../shared/ipc/channels/requests';
import type { InboxItem } from '../../../shared/ipc/channels/inbox';
import { costLines, costTotal, type Tariff } from '../../../shared/domain/costs';
import { FakeRefusal } from './fakeRefusal';

export const ZONE = 'Asia/Makassar';
export const FAKE_NOW = '2026-11-23T02:00:00.000Z'; // Monday 23 November 2026, 10:00 WITA
const cal = createCalendar(SHIPPED_CALENDAR);
const today = () => localDateOf(Date.parse(FAKE_NOW), ZONE);

export interface CasesState {
  requests: (RequestDetail & { fullId: string })[];
  timeline: TimelineEvent[];
  /** Extra inbox items (objections, disputes, many rows); listed after the requests, by due. */
  extraItems: InboxItem[];
  reveals: number;
}

export function emptyCases(): CasesState {
  return { requests: [], timeline: [], extraItems: [], reveals: 0 };
}

/** The core's row-version check (electron/core/db/versions.ts): a stale version is refused, else bumped. */
function claim(r: { version: number }, expected: number | undefined): void {
  if (expected !== undefined && expected !== r.version) throw new FakeRefusal('conflict', 'Sudah diubah oleh Rina Marlina pukul 10.05; muat ulang.');
  r.version += 1;
}

function standing(due: string, status: RequestStatus) {
  const s = dueStanding(today(), due, isOverdueCounting(status), cal);
  return { today: today(), ...s };
}

function view(r: CasesState['requests'][number]): RequestDetail {
  const { fullId: _full, ...detail } = r;
  const closed = r.status === 'done' || r.status === 'withdrawn';
  return { ...detail, standing: closed ? null : standing(r.currentDueDate, r.status) };
}

export function toItem(r: RequestDetail): InboxItem {
  const s = standing(r.currentDueDate, r.status);
  return {
    kind: 'request',
    id: r.id,
    number: r.number,
    title: r.information.slice(0, 120),
    requesterName: r.requester.name,
    status: r.status,
    due: r.currentDueDate,
    workingDaysLeft: s.workingDaysLeft,
    state: s.state,
    receivedAt: r.receivedAt,
    unit: r.unit,
    officer: r.officer,
  };
}

/** The tariff in force, when the fake prices cost items as the core does (costItems win over costRp). */
type TariffOf = () => Tariff;

export function casesHandlers(state: CasesState, emit: (event: string, payload: unknown) => void, tariffOf: TariffOf = () => ({ decreeNumber: '', decreeDate: null, items: [] })) {
  const find = (id: number) => {
    const r = state.requests.find((x) => x.id === id);
    if (!r) throw new Error(`no request ${id}`);
    return r;
  };
  const log = (id: number, from: string | null, to: string | null, note = '') =>
    state.timeline.push({ id: state.timeline.length + 1, at: FAKE_NOW, actor: 'petugas', action: 'status', subjectKind: 'request', subjectId: id, fromStatus: from, toStatus: to, note });
  const changed = (id: number) => emit('cases:changed', { kind: 'request', id });

  return {
    'requests:create': (input: ParsedInput<'requests:create'>) => {
      const receivedAt = input.receivedAt ?? FAKE_NOW;
      const d = computeDeadline({ clock: 'request', from: receivedAt, zone: ZONE, cutoff: '16:00' }, cal);
      const id = state.requests.length + 1;
      const detail = {
        id, number: `${String(id).padStart(3, '0')}/PPID/XI/2026`, year: 2026, seq: id, status: 'registered' as const,
        receivedAt: new Date(Date.parse(receivedAt)).toISOString(), receivedLocalDate: d.receivedLocalDate, completeAt: null,
        channel: input.channel,
        requester: { id, name: input.requester.name, idType: input.requester.idType, idNumberMasked: maskIdNumber(input.requester.idNumber), address: input.requester.address, phone: input.requester.phone, email: input.requester.email, occupation: input.requester.occupation, proxyName: input.requester.proxyName },
        information: input.information, purpose: input.purpose, accessMethod: input.accessMethod, deliveryMethod: input.deliveryMethod,
        unit: input.unit, officer: input.officer, dueDate: d.due, extendedDueDate: null, extensionReason: null, currentDueDate: d.due,
        calendarVersion: d.calendarVersion, zone: ZONE, cutoff: '16:00', waitingReason: null, waitingFrom: null, decision: null,
        heldStatus: null, heldBy: null, refusalPs17: [], refusalOtherLaw: null, consequenceTest: null, consequence: null, noticeDate: null,
        deliveredDate: null, costRp: null, costItems: [], accessibilityNeeds: input.accessibilityNeeds, accessibilityNote: input.accessibilityNote, accessibleFormat: input.accessibleFormat, paymentMethod: null, standing: null, createdAt: FAKE_NOW, updatedAt: FAKE_NOW, version: 1,
        fullId: input.requester.idNumber,
      };
      state.requests.push(detail);
      log(id, null, 'registered');
      changed(id);
      return view(detail);
    },
    'requests:get': (input: { id: number }) => view(find(input.id)),
    'requests:revealNik': (input: { id: number }) => {
      const r = find(input.id);
      state.reveals += 1;
      return { idType: r.requester.idType, idNumber: r.fullId };
    },
    'requests:consequenceDraft': () => null,
    'requests:timeline': (input: { id: number }) => state.timeline.filter((e) => e.subjectId === input.id),
    'requests:transition': (input: ParsedInput<'requests:transition'>) => {
      const r = find(input.id);
      claim(r, input.version);
      // The one extension of UU KIP Ps 22(8), 7 working days from the original due date.
      if (input.to === 'extended' && r.status !== 'waiting_requester') {
        const d = computeDeadline({ clock: 'extension', from: r.dueDate, zone: ZONE, cutoff: '16:00' }, cal);
        Object.assign(r, { status: 'extended', extendedDueDate: d.due, currentDueDate: d.due, extensionReason: input.reason });
        log(r.id, 'in_process', 'extended', input.reason);
        changed(r.id);
        return view(r);
      }
      const from = r.status;
      r.status = input.to;
      if (input.to === 'answered') Object.assign(r, { decision: input.decision, heldStatus: input.heldStatus, noticeDate: input.noticeDate ?? today() });
      if ((input.to === 'answered' || input.to === 'done') && input.costItems && input.costItems.length > 0) {
        const lines = costLines(tariffOf(), input.costItems);
        if (typeof lines === 'string') throw new FakeRefusal('invalid_input', lines);
        Object.assign(r, { costItems: lines, costRp: costTotal(lines) });
      } else if ((input.to === 'answered' || input.to === 'done') && input.costRp !== undefined) Object.assign(r, { costItems: [], costRp: input.costRp });
      if (input.to === 'done') Object.assign(r, { deliveredDate: input.deliveredDate ?? null, paymentMethod: input.paymentMethod || r.paymentMethod });
      log(r.id, from, input.to, 'note' in input ? input.note : '');
      changed(r.id);
      return view(r);
    },
    'requests:reopen': (input: ParsedInput<'requests:reopen'>) => {
      const r = find(input.id);
      claim(r, input.version);
      const from = r.status;
      r.status = from === 'done' ? 'answered' : 'in_process';
      if (from === 'done') r.deliveredDate = null;
      log(r.id, from, r.status, input.reason);
      changed(r.id);
      return view(r);
    },
    'inbox:list': (input: ParsedInput<'inbox:list'>) => {
      const f = input.filters;
      const all = [...state.requests.filter((r) => r.status !== 'done' && r.status !== 'withdrawn').map((r) => toItem(view(r))), ...state.extraItems]
        .filter((i) => !f.kind || i.kind === f.kind)
        .filter((i) => !f.status || i.status === f.status)
        .filter((i) => f.dueWithinDays === undefined || i.workingDaysLeft <= f.dueWithinDays)
        .filter((i) => !f.unit || i.unit === f.unit) // exact, as in the core's inbox repo
        .filter((i) => !f.officer || i.officer === f.officer)
        .filter((i) => !f.search || `${i.number} ${i.requesterName} ${i.title}`.toLowerCase().includes(f.search.toLowerCase()))
        .sort((a, b) => a.due.localeCompare(b.due) || a.id - b.id);
      const start = input.cursor ? Number(input.cursor) : 0;
      const items = all.slice(start, start + input.limit);
      const next = start + input.limit < all.length ? String(start + input.limit) : null;
      return { items, nextCursor: next, today: today(), calendarVersion: SHIPPED_CALENDAR.version };
    },
    'deadline:explain': (input: { kind: 'request' | 'objection' | 'dispute'; id: number }) => {
      const r = find(input.id);
      const result = computeDeadline({ clock: 'request', from: r.receivedAt, zone: ZONE, cutoff: '16:00' }, cal);
      return { kind: input.kind, id: r.id, number: r.number, clocks: [{ storedDue: r.dueDate, storedCalendarVersion: r.calendarVersion, result }] };
    },
  };
}

/** Inbox rows in every state, for list tests (ids from 1000 so they never clash with requests). */
export function sampleItems(n: number): InboxItem[] {
  const states = [
    { state: 'overdue', workingDaysLeft: -3, due: '2026-11-18' },
    { state: 'due_today', workingDaysLeft: 0, due: '2026-11-23' },
    { state: 'due_soon', workingDaysLeft: 2, due: '2026-11-25' },
    { state: 'paused', workingDaysLeft: 5, due: '2026-11-30' },
    { state: 'on_track', workingDaysLeft: 8, due: '2026-12-03' },
  ] as const;
  return Array.from({ length: n }, (_, i) => {
    const s = states[i % states.length]!;
    return {
      kind: i % 7 === 3 ? 'objection' : 'request',
      id: 1000 + i,
      number: `${String(i + 1).padStart(3, '0')}/PPID/XI/2026`,
      title: `Dokumen anggaran nomor ${i + 1}`,
      requesterName: `Pemohon ${i + 1}`,
      status: s.state === 'paused' ? 'waiting_requester' : 'in_process',
      due: s.due,
      workingDaysLeft: s.workingDaysLeft,
      state: s.state,
      receivedAt: '2026-11-10T02:00:00.000Z',
      unit: '',
      officer: '',
    };
  });
}

