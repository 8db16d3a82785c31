// Objections and disputes in the fake backend: objections:create/decide/get, disputes:create/
// update/get, and deadline:explain for their clocks; due dates from the real shared deadline code.
// They appear in inbox:list through the cases state's extraItems.
import { computeDeadline } from '../../../shared/domain/clocks';
import { createCalendar, SHIPPED_CALENDAR } from '../../../shared/domain/calendar';
import { dueStanding, localDateOf } from '../../../shared/domain/requests';
import type { ParsedInput } from '../../../shared/ipc/contract';
import type { ObjectionDetail } from '../../../shared/ipc/channels/objections';
import type { DisputeDetail } from '../../../shared/ipc/channels/disputes';
import type { InboxItem } from '../../../shared/ipc/channels/inbox';
import { casesHandlers, FAKE_NOW, ZONE } from './fakeCases';
import type { FakeState } from './fakeTransport';

const cal = createCalendar(SHIPPED_CALENDAR);
const today = () => localDateOf(Date.parse(FAKE_NOW), ZONE);
const standing = (due: string) => ({ today: today(), ...dueStanding(today(), due, true, cal) });

export interface ObjectionsState {
  objections: ObjectionDetail[];
  disputes: DisputeDetail[];
}

export function objectionHandlers(state: FakeState, emit: (event: string, payload: unknown) => void) {
  const cases = state.cases as FakeState['cases'] & { objectionsState?: ObjectionsState };
  const store = (cases.objectionsState ??= { objections: [], disputes: [] });
  const base = casesHandlers(cases, emit);
  const findObjection = (id: number) => {
    const o = store.objections.find((x) => x.id === id);
    if (!o) throw new Error(`no objection ${id}`);
    return o;
  };
  const findDispute = (id: number) => {
    const d = store.disputes.find((x) => x.id === id);
    if (!d) throw new Error(`no dispute ${id}`);
    return d;
  };
  const title = (requestId: number | null) => cases.requests.find((r) => r.id === requestId)?.information.slice(0, 120) ?? '';
  const setItem = (item: InboxItem | null, kind: InboxItem['kind'], id: number) => {
    cases.extraItems = cases.extraItems.filter((i) => !(i.kind === kind && i.id === id));
    if (item) cases.extraItems.push(item);
  };
  const objectionItem = (o: ObjectionDetail): InboxItem => ({
    kind: 'objection', id: o.id, number: o.number, title: title(o.requestId), requesterName: o.requesterName, status: o.status,
    due: o.atasanDue, workingDaysLeft: standing(o.atasanDue).workingDaysLeft, state: standing(o.atasanDue).state,
    receivedAt: o.registeredAt, unit: '', officer: '',
  });
  const disputeItem = (d: DisputeDetail): InboxItem => ({
    kind: 'dispute', id: d.id, number: d.kiRegisterNumber || d.objectionNumber, title: title(d.requestId), requesterName: d.requesterName,
    status: d.status, due: d.currentDueDate, workingDaysLeft: standing(d.currentDueDate).workingDaysLeft, state: standing(d.currentDueDate).state,
    receivedAt: d.createdAt, unit: '', officer: '',
  });
  const days = (clock: 'objection-answer' | 'dispute', from: string) => computeDeadline({ clock, from, zone: ZONE, cutoff: '16:00' }, cal).due;

  return {
    'objections:create': (input: ParsedInput<'objections:create'>) => {
      const request = cases.requests.find((r) => r.id === input.requestId);
      if (!request && !input.objector) throw new Error(`no request ${input.requestId}`);
      const registeredAt = new Date(Date.parse(input.registeredAt ?? FAKE_NOW)).toISOString();
      const d = computeDeadline({ clock: 'objection-answer', from: registeredAt, zone: ZONE, cutoff: '16:00' }, cal);
      const id = store.objections.length + 1;
      const o: ObjectionDetail = {
        id, number: `${String(id).padStart(3, '0')}/KEB/PPID/XI/2026`, requestId: request?.id ?? null, requestNumber: request?.number ?? null,
        requesterName: request?.requester.name ?? input.objector!.name,
        objector: request ? null : { id: 900 + id, name: input.objector!.name, idType: input.objector!.idType, idNumberMasked: `************${input.objector!.idNumber.slice(-4)}`, address: input.objector!.address, phone: input.objector!.phone, email: input.objector!.email, occupation: input.objector!.occupation, proxyName: input.objector!.proxyName },
        information: request?.information ?? input.information, purpose: request?.purpose ?? input.purpose,
        releaseDue: null, releaseDoneAt: null, releaseDoneBy: null, releaseOpen: false, grounds: input.grounds, caseSummary: input.caseSummary, proxyName: input.proxyName,
        registeredAt, registeredLocalDate: d.receivedLocalDate, atasanDue: d.due, calendarVersion: d.calendarVersion, status: 'registered',
        decision: null, decisionReason: null, answerDate: null, atasanName: null, atasanPosition: null, requesterReply: null,
        disputeWindowDue: days('dispute', d.due), standing: standing(d.due), createdAt: FAKE_NOW, updatedAt: FAKE_NOW, version: 1,
      };
      store.objections.push(o);
      setItem(objectionItem(o), 'objection', id);
      emit('cases:changed', { kind: 'objection', id });
      return o;
    },
    'objections:decide': (input: ParsedInput<'objections:decide'>) => {
      const o = findObjection(input.id);
      const answerDate = input.answerDate ?? today();
      Object.assign(o, {
        status: 'answered', decision: input.decision, decisionReason: input.reason, answerDate,
        atasanName: input.atasanName || state.profile?.atasan.name || '', atasanPosition: input.atasanPosition || state.profile?.atasan.title || '',
        requesterReply: input.requesterReply, disputeWindowDue: days('dispute', answerDate), standing: null,
        releaseDue: input.releaseBy ?? null, releaseOpen: input.releaseBy !== undefined,
      });
      setItem(null, 'objection', o.id);
      emit('cases:changed', { kind: 'objection', id: o.id });
      return o;
    },
    'objections:withdraw': (input: ParsedInput<'objections:withdraw'>) => {
      const o = findObjection(input.id);
      Object.assign(o, { status: 'withdrawn', standing: null });
      setItem(null, 'objection', o.id);
      emit('cases:changed', { kind: 'objection', id: o.id });
      return o;
    },
    'objections:recordReply': (input: ParsedInput<'objections:recordReply'>) => {
      const o = findObjection(input.id);
      o.requesterReply = input.reply;
      emit('cases:changed', { kind: 'objection', id: o.id });
      return o;
    },
    'objections:markReleased': (input: ParsedInput<'objections:markReleased'>) => {
      const o = findObjection(input.id);
      Object.assign(o, { releaseDoneAt: FAKE_NOW, releaseDoneBy: 'petugas', releaseOpen: false });
      emit('cases:changed', { kind: 'objection', id: o.id });
      return o;
    },
    'objections:get': (input: { id: number }) => findObjection(input.id),
    'disputes:create': (input: ParsedInput<'disputes:create'>) => {
      const o = findObjection(input.objectionId);
      const id = store.disputes.length + 1;
      const kiStartDue = days('dispute', input.filedDate);
      const d: DisputeDetail = {
        id, objectionId: o.id, objectionNumber: o.number, requestId: o.requestId, requestNumber: o.requestNumber, requesterName: o.requesterName,
        kiRegisterNumber: input.kiRegisterNumber, filedDate: input.filedDate, windowStart: o.answerDate ?? o.atasanDue, windowDue: o.disputeWindowDue,
        filedLate: input.filedDate > o.disputeWindowDue, kiStartDue, kiSettleDue: kiStartDue, nextHearingDate: null, currentDueDate: kiStartDue,
        status: 'filed', outcomeKind: null, courtStage: 'none', outcome: '', outcomeDate: null, calendarVersion: SHIPPED_CALENDAR.version, standing: standing(kiStartDue),
        createdAt: FAKE_NOW, updatedAt: FAKE_NOW, version: 1,
      };
      store.disputes.push(d);
      setItem(disputeItem(d), 'dispute', id);
      emit('cases:changed', { kind: 'dispute', id });
      return d;
    },
    'disputes:update': (input: ParsedInput<'disputes:update'>) => {
      const d = findDispute(input.id);
      const { id: _id, note: _note, ...patch } = input;
      Object.assign(d, Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)));
      if (d.nextHearingDate) d.currentDueDate = d.nextHearingDate;
      const open = d.status !== 'decided' && d.status !== 'withdrawn';
      d.standing = open ? standing(d.currentDueDate) : null;
      setItem(open ? disputeItem(d) : null, 'dispute', d.id);
      emit('cases:changed', { kind: 'dispute', id: d.id });
      return d;
    },
    'disputes:get': (input: { id: number }) => findDispute(input.id),
    'deadline:explain': (input: ParsedInput<'deadline:explain'>) => {
      if (input.kind === 'request') return base['deadline:explain'](input);
      if (input.kind === 'objection') {
        const o = findObjection(input.id);
        const result = computeDeadline({ clock: 'objection-answer', from: o.registeredAt, zone: ZONE, cutoff: '16:00' }, cal);
        return { kind: 'objection', id: o.id, number: o.number, clocks: [{ storedDue: o.atasanDue, storedCalendarVersion: o.calendarVersion, result }] };
      }
      const d = findDispute(input.id);
      const result = computeDeadline({ clock: 'dispute', from: d.filedDate, zone: ZONE, cutoff: '16:00' }, cal);
      return { kind: 'dispute', id: d.id, number: d.objectionNumber, clocks: [{ storedDue: d.kiStartDue, storedCalendarVersion: d.calendarVersion, result }] };
    },
  };
}
