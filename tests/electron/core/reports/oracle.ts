// The report's figures counted a second way: plain JavaScript over the rows, following the counting
// rules of README "Laporan" without the SQL of electron/core/reports. Dates of instants are taken
// with WITA's fixed offset (+08:00, no daylight saving in Indonesia), working days by walking the
// calendar day by day.
import type { Db } from '../../../../electron/core/db/connection';
import type { WorkingCalendar } from '../../../../shared/domain/calendar';

const WITA = 8 * 3_600_000;
export const localDate = (iso: string) => new Date(Date.parse(iso) + WITA).toISOString().slice(0, 10);
const localTime = (iso: string) => new Date(Date.parse(iso) + WITA).toISOString().slice(11, 16);
const nextDay = (d: string) => new Date(Date.parse(`${d}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
const inRange = (d: string | null | undefined, from: string, to: string) => d != null && d >= from && d <= to;

type Row = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

export function loadRows(db: Db) {
  return {
    requests: db.prepare('SELECT r.*, q.id_type FROM requests r JOIN requesters q ON q.id = r.requester_id').all() as Row[],
    events: db.prepare('SELECT * FROM request_events ORDER BY id').all() as Row[],
    objections: db.prepare('SELECT * FROM objections').all() as Row[],
    disputes: db.prepare('SELECT * FROM disputes').all() as Row[],
    inquiries: db.prepare('SELECT * FROM inquiries').all() as Row[],
    documents: db.prepare('SELECT * FROM archive_documents').all() as Row[],
    audit: db.prepare('SELECT * FROM audit_log').all() as Row[],
  };
}
type Rows = ReturnType<typeof loadRows>;

/** Working days from receipt to notice: day 0 = receipt, moved to the next working day when off or at/after 16:00. */
function fulfilment(receivedAt: string, notice: string, cal: WorkingCalendar): number {
  let day0 = localDate(receivedAt);
  if (localTime(receivedAt) >= '16:00') day0 = nextDay(day0);
  while (!cal.isWorkingDay(day0)) day0 = nextDay(day0);
  let n = 0;
  for (let d = nextDay(day0); d <= notice; d = nextDay(d)) if (cal.isWorkingDay(d)) n += 1;
  return n;
}

export function oracle(rows: Rows, from: string, to: string, today: string, cal: WorkingCalendar) {
  const evLocal = (e: Row) => localDate(e.at);
  const count = <T>(list: T[], f: (x: T) => boolean) => list.filter(f).length;

  // Requests
  const received = rows.requests.filter((r) => inRange(r.received_local, from, to));
  const months: string[] = [];
  for (let m = from.slice(0, 7); m <= to.slice(0, 7); ) {
    months.push(m);
    const [y, mo] = m.split('-').map(Number) as [number, number];
    m = mo === 12 ? `${y + 1}-01` : `${y}-${String(mo + 1).padStart(2, '0')}`;
  }
  const units = new Map<string, number>();
  for (const r of received) units.set(r.unit || '(tanpa unit)', (units.get(r.unit || '(tanpa unit)') ?? 0) + 1);
  const decided = rows.requests.filter((r) => r.decision && inRange(r.notice_date, from, to));
  const withheld = decided.filter((r) => r.decision !== 'diterima_seluruhnya');
  const reasons: Record<string, number> = {};
  for (const l of 'abcdefghij') reasons[`ps17_${l}`] = count(withheld, (r) => (JSON.parse(r.refusal_ps17) as string[]).includes(l));
  reasons.other_law = count(withheld, (r) => r.refusal_other_law !== null);
  reasons.not_held = count(withheld, (r) => r.held_status === 'dikuasai_badan_lain');
  reasons.not_documented = count(withheld, (r) => r.held_status === 'belum_didokumentasikan');
  const statusEvents = (id: number) => rows.events.filter((e) => e.subject_kind === 'request' && e.request_id === id && e.to_status !== null);
  const lastWithdrawal = (id: number) => statusEvents(id).filter((e) => e.to_status === 'withdrawn').at(-1);
  const statusAtEnd = (id: number) => statusEvents(id).filter((e) => evLocal(e) <= to).at(-1)?.to_status ?? 'registered';
  const days = decided.map((r) => fulfilment(r.received_at, r.notice_date, cal)).sort((a, b) => a - b);
  const median = days.length === 0 ? null : days.length % 2 ? days[(days.length - 1) / 2]! : (days[days.length / 2 - 1]! + days[days.length / 2]!) / 2;

  // Objections
  const objReceived = rows.objections.filter((o) => inRange(o.registered_local, from, to));
  const objAnswered = rows.objections.filter((o) => inRange(o.answer_date, from, to));
  const objWithdrawnOn = (id: number) => rows.events.find((e) => e.subject_kind === 'objection' && e.subject_id === id && e.to_status === 'withdrawn');
  // Disputes
  const disputeEnd = (d: Row): string | null => d.outcome_date ?? (d.status === 'withdrawn' ? evLocal(rows.events.find((e) => e.subject_kind === 'dispute' && e.subject_id === d.id && e.to_status === 'withdrawn')!) : null);
  const ended = rows.disputes.filter((d) => inRange(disputeEnd(d), from, to));
  // Inquiries
  const inq = rows.inquiries.filter((i) => inRange(localDate(i.received_at), from, to));
  const inqAnswered = inq.filter((i) => i.answered_at !== null && localDate(i.answered_at) <= to);
  // Archive
  const reviewed = new Set(
    rows.audit
      .filter((a) => a.action === 'archive.dip.update' && inRange(localDate(a.at), from, to) && JSON.parse(a.data).changed?.review_date?.from != null)
      .map((a) => Number(a.entity_id)),
  );

  return {
    requests: {
      received: received.length,
      by_month: months.map((m) => ({ month: m, received: count(received, (r) => r.received_local.startsWith(m)) })),
      by_channel: Object.fromEntries(['langsung', 'surat', 'email', 'website', 'telepon', 'media_sosial', 'whatsapp'].map((c) => [c, count(received, (r) => r.channel === c)])),
      by_requester_kind: { perorangan: count(received, (r) => r.id_type === 'nik'), badan_hukum: count(received, (r) => r.id_type === 'badan_hukum') },
      by_unit: [...units].map(([unit, n]) => ({ unit, received: n })).sort((a, b) => b.received - a.received || a.unit.localeCompare(b.unit, 'id')),
      granted_full: count(decided, (r) => r.decision === 'diterima_seluruhnya'),
      granted_partial: count(decided, (r) => r.decision === 'diterima_sebagian'),
      refused: count(decided, (r) => r.decision === 'ditolak'),
      refusal_reasons: reasons,
      extended: count(rows.requests, (r) => r.extended_at !== null && inRange(localDate(r.extended_at), from, to)),
      late: count(decided, (r) => r.notice_date > (r.extended_due_date ?? r.due_date)),
      withdrawn: count(rows.requests, (r) => inRange(lastWithdrawal(r.id) && evLocal(lastWithdrawal(r.id)!), from, to)),
      open_at_end: count(rows.requests, (r) => r.received_local <= to && !(r.notice_date && r.notice_date <= to) && statusAtEnd(r.id) !== 'withdrawn'),
      fulfilment_days: {
        count: days.length,
        mean: days.length === 0 ? null : Math.round((days.reduce((s, d) => s + d, 0) / days.length) * 10) / 10,
        median,
        max: days.at(-1) ?? null,
        within_10: count(days, (d) => d <= 10),
        within_17: count(days, (d) => d > 10 && d <= 17),
        later: count(days, (d) => d > 17),
      },
    },
    objections: {
      received: objReceived.length,
      by_ground: Object.fromEntries([...'abcdefg'].map((g) => [g, count(objReceived, (o) => (JSON.parse(o.grounds) as string[]).includes(g))])),
      answered: objAnswered.length,
      answered_in_time: count(objAnswered, (o) => o.answer_date <= o.atasan_due),
      upheld: count(objAnswered, (o) => o.decision !== 'ditolak'),
      not_upheld: count(objAnswered, (o) => o.decision === 'ditolak'),
      withdrawn: count(rows.objections, (o) => inRange(objWithdrawnOn(o.id) && evLocal(objWithdrawnOn(o.id)!), from, to)),
      open_at_end: count(rows.objections, (o) => o.registered_local <= to && !(o.answer_date && o.answer_date <= to) && !(objWithdrawnOn(o.id) && evLocal(objWithdrawnOn(o.id)!) <= to)),
    },
    disputes: {
      registered: count(rows.disputes, (d) => inRange(d.filed_date, from, to)),
      by_outcome: Object.fromEntries(['mediation_agreed', 'adjudication_granted', 'adjudication_granted_partly', 'adjudication_refused', 'withdrawn', 'gugur'].map((k) => [k, count(ended, (d) => d.outcome_kind === k)])),
      in_court: count(ended, (d) => d.court_stage !== 'none'),
      open_at_end: count(rows.disputes, (d) => d.filed_date <= to && !(disputeEnd(d) !== null && disputeEnd(d)! <= to)),
    },
    inquiries: {
      received: inq.length,
      by_priority: { biasa: count(inq, (i) => i.priority === 'biasa'), mendesak: count(inq, (i) => i.priority === 'mendesak'), krisis: count(inq, (i) => i.priority === 'krisis') },
      answered: inqAnswered.length,
      answered_in_time: count(inqAnswered, (i) => Date.parse(i.answered_at) <= Date.parse(i.answer_due_at)),
    },
    archive: {
      dip_by_category: { berkala: count(rows.documents, (a) => a.category === 'berkala'), serta_merta: count(rows.documents, (a) => a.category === 'serta_merta'), setiap_saat: count(rows.documents, (a) => a.category === 'setiap_saat') },
      exempt: count(rows.documents, (a) => a.category === 'dikecualikan'),
      unclassified: count(rows.documents, (a) => a.category === null),
      reviews_done: count(rows.documents, (a) => reviewed.has(a.id)),
      reviews_overdue: count(rows.documents, (a) => a.category === 'dikecualikan' && a.review_date < today),
    },
  };
}
