// The media desk in the fake backend: inquiries with the real hour clocks (shared/domain), the
// status machine, the directory and the statement library, in memory. Inquiries join the inbox.
import { currentDueMs, DEFAULT_INQUIRY_HOURS, inquiryClock, inquiryMoveProblem, minutesLeft, type InquiryHours } from '../../../shared/domain/inquiries';
import type { ParsedInput } from '../../../shared/ipc/contract';
import type { InquiryDetail } from '../../../shared/ipc/channels/inquiries';
import type { JournalistView, StatementView } from '../../../shared/ipc/channels/media';
import type { InboxItem } from '../../../shared/ipc/channels/inbox';
import type { CasesState } from './fakeCases';
import { FAKE_NOW } from './fakeCases';

const EXPORT_MIME = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
} as const;

export function inquiryHandlers(cases: CasesState, emit: (event: string, payload: unknown) => void) {
  const inquiries: InquiryDetail[] = [];
  // The register (fakeRegister) lists every inquiry, answered ones too.
  (cases as CasesState & { inquiriesList?: InquiryDetail[] }).inquiriesList = inquiries;
  const journalists: JournalistView[] = [];
  const statements: StatementView[] = [];
  let hours: InquiryHours = DEFAULT_INQUIRY_HOURS;
  const nowMs = Date.parse(FAKE_NOW);
  const iso = (ms: number) => new Date(ms).toISOString();
  const find = (id: number) => {
    const i = inquiries.find((x) => x.id === id);
    if (!i) throw new Error(`no inquiry ${id}`);
    return i;
  };
  const sync = (i: InquiryDetail) => {
    cases.extraItems = cases.extraItems.filter((x) => !(x.kind === 'inquiry' && x.id === i.id));
    const open = ['baru', 'ditugaskan', 'menunggu_persetujuan'].includes(i.status);
    i.dueAt = open ? (i.status === 'baru' ? i.ackDueAt : i.answerDueAt) : null;
    i.minutesLeft = i.dueAt ? minutesLeft(nowMs, Date.parse(i.dueAt)) : null;
    if (open && i.dueAt) {
      const item: InboxItem = {
        kind: 'inquiry', id: i.id, number: i.number, title: i.topic, requesterName: i.journalist.name, status: i.status,
        due: i.dueAt.slice(0, 10), workingDaysLeft: 0, state: (i.minutesLeft ?? 0) < 0 ? 'overdue' : 'due_today', receivedAt: i.receivedAt,
        unit: i.unit, officer: i.spokesperson, dueAt: i.dueAt, minutesLeft: i.minutesLeft,
      };
      cases.extraItems.push(item);
    }
    emit('cases:changed', { kind: 'inquiry', id: i.id });
    return i;
  };
  const journalist = (input: ParsedInput<'media:saveJournalist'>) => {
    const same = journalists.find((j) => j.name.toLowerCase() === input.name.toLowerCase() && j.outlet.name.toLowerCase() === input.outlet.toLowerCase());
    if (same) return { journalist: same, created: false, matchedBy: 'name_outlet' as const };
    const j: JournalistView = {
      id: journalists.length + 1, name: input.name, phone: input.phone, email: input.email, notes: input.notes,
      outlet: { id: journalists.length + 1, name: input.outlet, type: input.outletType, region: input.region },
    };
    journalists.push(j);
    return { journalist: j, created: true, matchedBy: null };
  };

  return {
    'inquiries:create': (input: ParsedInput<'inquiries:create'>) => {
      const received = input.receivedAt ? Date.parse(input.receivedAt) : nowMs;
      const clock = inquiryClock(received, input.priority, hours, input.deadlineAt ? Date.parse(input.deadlineAt) : null);
      const j = journalist(input.journalist).journalist;
      const i: InquiryDetail = {
        id: inquiries.length + 1, number: `${String(inquiries.length + 1).padStart(3, '0')}/MEDIA/2026`, journalist: j, outlet: j.outlet,
        channel: input.channel, receivedAt: iso(received), topic: input.topic, question: input.question, deadlineAt: input.deadlineAt ?? null,
        priority: input.priority, format: input.format, recordMode: input.recordMode, spokesperson: input.spokesperson, unit: input.unit,
        status: 'baru', ackDueAt: iso(clock.ackDueMs), answerDueAt: iso(clock.answerDueMs), dueAt: iso(currentDueMs('baru', clock)), minutesLeft: null,
        answer: '', statementId: null, approvedBy: null, answeredAt: null, attachments: [], requestId: null, requestNumber: null,
        coverage: [], pressRights: [], events: [{ at: FAKE_NOW, actor: 'petugas', action: 'created', fromStatus: null, toStatus: 'baru', note: 'Dicatat.' }],
        createdAt: FAKE_NOW, updatedAt: FAKE_NOW, version: 1,
      };
      inquiries.push(i);
      return sync(i);
    },
    'inquiries:get': (input: { id: number }) => find(input.id),
    'inquiries:forRequest': (input: { requestId: number }) => {
      const i = inquiries.find((x) => x.requestId === input.requestId);
      return i ? { inquiryId: i.id, number: i.number } : null;
    },
    'inquiries:exportStatement': (input: ParsedInput<'inquiries:exportStatement'>) => ({
      fileName: `pernyataan-tertulis-${find(input.id).number.replace(/\//g, '-')}.${input.format}`,
      mimeType: EXPORT_MIME[input.format],
      dataBase64: 'JVBERi0=',
    }),
    'inquiries:move': (input: ParsedInput<'inquiries:move'>) => {
      const i = find(input.id);
      const problem = inquiryMoveProblem(i.status, input.to);
      if (problem) throw new Error(problem);
      i.events.push({ at: FAKE_NOW, actor: 'petugas', action: 'status', fromStatus: i.status, toStatus: input.to, note: `${i.status} → ${input.to}` });
      Object.assign(i, { status: input.to, spokesperson: input.spokesperson || i.spokesperson, unit: input.unit || i.unit, answer: input.answer || i.answer });
      if (input.statementId) i.statementId = input.statementId;
      return sync(i);
    },
    'media:journalists': (input: { search: string }) => journalists.filter((j) => `${j.name} ${j.outlet.name}`.toLowerCase().includes(input.search.toLowerCase())),
    'media:saveJournalist': journalist,
    'media:statements': (input: { search: string }) => statements.filter((s) => `${s.title} ${s.body}`.toLowerCase().includes(input.search.toLowerCase())),
    'media:saveStatement': (input: ParsedInput<'media:saveStatement'>) => {
      const s: StatementView = { id: statements.length + 1, title: input.title, body: input.body, topic: input.topic, approvedBy: input.approvedBy || 'petugas', approvedOn: '2026-11-23', updatedAt: FAKE_NOW };
      statements.push(s);
      return s;
    },
    'media:exportLog': (input: ParsedInput<'media:exportLog'>) => ({
      fileName: `log-media-${input.from}-${input.to}.${input.format}`,
      mimeType: EXPORT_MIME[input.format],
      dataBase64: 'UEsDBA==',
      rows: inquiries.length,
    }),
    'media:getHours': () => hours,
    'media:setHours': (input: InquiryHours) => (hours = input),
  };
}
