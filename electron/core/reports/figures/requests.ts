// Requests for information (UU KIP Ps 12 a-d): received, decisions, refusal reasons, extensions,
// lateness, fulfilment time, withdrawals and what was still open at the period's end. Counting
// rules: shared/ipc/channels/reports.ts (header) and README "Laporan".
import { periodMonths } from '../../../../shared/domain/reports/period';
import { REFUSAL_REASON_KEYS, type ReportFigures } from '../../../../shared/ipc/channels/reports';
import { REQUEST_CHANNELS } from '../../../../shared/domain/requests/fields';
import type { WorkingCalendar } from '../../../../shared/domain/calendar';
import type { Db } from '../../db/connection';
import { rangeParams, type FigureRange } from '../range';
import type { FigureDef } from './defs';
import { MONTH_KEY } from './defs';
import { fulfilmentOf, type FulfilmentRow } from './fulfilment';

type RequestFigures = ReportFigures['requests'];

export const NO_UNIT = '(tanpa unit)';

const RECEIVED = 'r.received_local BETWEEN @from AND @to';
// The written notice (UU KIP Ps 22(7)) dated in the period, whenever the request came in.
const DECIDED = 'r.decision IS NOT NULL AND r.notice_date BETWEEN @from AND @to';
// Refusal reasons are those of what was withheld: refused requests and the refused part of partial ones.
const WITHHELD = `${DECIDED} AND r.decision <> 'diterima_seluruhnya'`;
const EXTENDED = 'r.extended_at >= @fromUtc AND r.extended_at < @endUtc';
// UU KIP Ps 22(7), 22(8): late when the notice came after the due date that applied.
const LATE = `${DECIDED} AND r.notice_date > coalesce(r.extended_due_date, r.due_date)`;
// A request's last withdrawal (a reopened one may be withdrawn again) falls in the period.
const LAST_WITHDRAWAL = `SELECT e.request_id FROM request_events e
  WHERE e.subject_kind = 'request' AND e.to_status = 'withdrawn' AND e.at >= @fromUtc AND e.at < @endUtc
    AND NOT EXISTS (SELECT 1 FROM request_events l WHERE l.request_id = e.request_id AND l.subject_kind = 'request'
      AND l.to_status = 'withdrawn' AND (l.at > e.at OR (l.at = e.at AND l.id > e.id)))`;
const WITHDRAWN = `r.id IN (${LAST_WITHDRAWAL})`;
const WITHDRAWN_AT = `(SELECT max(e.at) FROM request_events e WHERE e.request_id = r.id AND e.subject_kind = 'request' AND e.to_status = 'withdrawn')`;
// Open at the end: received by then, no notice by then, and not withdrawn as of then (its status
// at the end is the last status event before the end; a later reopening does not change the past).
const OPEN_AT_END = `r.received_local <= @to AND (r.notice_date IS NULL OR r.notice_date > @to)
  AND coalesce((SELECT e.to_status FROM request_events e WHERE e.request_id = r.id AND e.subject_kind = 'request'
      AND e.to_status IS NOT NULL AND e.at < @endUtc ORDER BY e.at DESC, e.id DESC LIMIT 1), 'registered') <> 'withdrawn'`;

const KIND_OF_ID: Record<string, 'perorangan' | 'badan_hukum'> = { nik: 'perorangan', badan_hukum: 'badan_hukum' };

function refusalWhere(key: (typeof REFUSAL_REASON_KEYS)[number]): { where: string; params?: Record<string, unknown> } {
  if (key === 'other_law') return { where: `${WITHHELD} AND r.refusal_other_law IS NOT NULL` };
  if (key === 'not_held') return { where: `${WITHHELD} AND r.held_status = 'dikuasai_badan_lain'` };
  if (key === 'not_documented') return { where: `${WITHHELD} AND r.held_status = 'belum_didokumentasikan'` };
  return { where: `${WITHHELD} AND EXISTS (SELECT 1 FROM json_each(r.refusal_ps17) WHERE value = @letter)`, params: { letter: key.slice(5) } };
}

export function requestFigures(db: Db, range: FigureRange, cal: WorkingCalendar, units: string[] = []): RequestFigures {
  const p = rangeParams(range);
  const byMonth = new Map(periodMonths(range).map((m) => [m, 0]));
  const byChannel = Object.fromEntries(REQUEST_CHANNELS.map((c) => [c, 0])) as RequestFigures['by_channel'];
  const byKind: RequestFigures['by_requester_kind'] = { perorangan: 0, badan_hukum: 0 };
  const byUnit = new Map<string, number>();
  let received = 0;
  const groups = db
    .prepare(
      `SELECT substr(r.received_local, 1, 7) AS month, r.channel AS channel, q.id_type AS idType, r.unit AS unit, count(*) AS n
       FROM requests r JOIN requesters q ON q.id = r.requester_id WHERE ${RECEIVED} GROUP BY 1, 2, 3, 4`,
    )
    .all(p) as { month: string; channel: keyof typeof byChannel; idType: string; unit: string; n: number }[];
  for (const g of groups) {
    received += g.n;
    byMonth.set(g.month, (byMonth.get(g.month) ?? 0) + g.n);
    byChannel[g.channel] += g.n;
    byKind[KIND_OF_ID[g.idType] ?? 'perorangan'] += g.n;
    const unit = g.unit === '' ? NO_UNIT : g.unit;
    byUnit.set(unit, (byUnit.get(unit) ?? 0) + g.n);
  }

  const decisions = db
    .prepare(
      `SELECT count(*) FILTER (WHERE r.decision = 'diterima_seluruhnya') AS full, count(*) FILTER (WHERE r.decision = 'diterima_sebagian') AS partial,
         count(*) FILTER (WHERE r.decision = 'ditolak') AS refused,
         count(*) FILTER (WHERE r.notice_date > coalesce(r.extended_due_date, r.due_date)) AS late,
         count(*) FILTER (WHERE r.decision <> 'diterima_seluruhnya' AND r.refusal_other_law IS NOT NULL) AS otherLaw,
         count(*) FILTER (WHERE r.decision <> 'diterima_seluruhnya' AND r.held_status = 'dikuasai_badan_lain') AS notHeld,
         count(*) FILTER (WHERE r.decision <> 'diterima_seluruhnya' AND r.held_status = 'belum_didokumentasikan') AS notDocumented
       FROM requests r WHERE ${DECIDED}`,
    )
    .get(p) as Record<'full' | 'partial' | 'refused' | 'late' | 'otherLaw' | 'notHeld' | 'notDocumented', number>;
  const reasons = Object.fromEntries(REFUSAL_REASON_KEYS.map((k) => [k, 0])) as RequestFigures['refusal_reasons'];
  reasons.other_law = decisions.otherLaw;
  reasons.not_held = decisions.notHeld;
  reasons.not_documented = decisions.notDocumented;
  const letters = db
    .prepare(`SELECT j.value AS letter, count(*) AS n FROM requests r, json_each(r.refusal_ps17) j WHERE ${WITHHELD} GROUP BY j.value`)
    .all(p) as { letter: string; n: number }[];
  for (const l of letters) {
    const key = `ps17_${l.letter}` as keyof typeof reasons;
    if (key in reasons) reasons[key] += l.n;
  }
  const count = (where: string) => db.prepare(`SELECT count(*) FROM requests r WHERE ${where}`).pluck().get(p) as number;

  // Units in descending count, then by name; `units` (the drill-down's order) is filled in place.
  const unitList = [...byUnit].map(([unit, n]) => ({ unit, received: n })).sort((a, b) => b.received - a.received || a.unit.localeCompare(b.unit, 'id'));
  units.push(...unitList.map((u) => u.unit));
  return {
    received,
    by_month: [...byMonth].map(([month, n]) => ({ month, received: n })),
    by_channel: byChannel,
    by_requester_kind: byKind,
    by_unit: unitList,
    granted_full: decisions.full,
    granted_partial: decisions.partial,
    refused: decisions.refused,
    refusal_reasons: reasons,
    extended: count(EXTENDED),
    late: decisions.late,
    withdrawn: count(WITHDRAWN),
    open_at_end: count(OPEN_AT_END),
    fulfilment_days: fulfilmentOf(decidedRows(db, range), cal).summary,
  };
}

/** The decided requests of the period with what their fulfilment time is counted from. */
export function decidedRows(db: Db, range: FigureRange): FulfilmentRow[] {
  return db
    .prepare(`SELECT r.id AS id, r.received_at AS receivedAt, r.zone AS zone, r.cutoff AS cutoff, r.notice_date AS noticeDate FROM requests r WHERE ${DECIDED}`)
    .all(rangeParams(range)) as FulfilmentRow[];
}

/**
 * The cases behind "requests.<name>[.<key>]"; null for a path that names no figure. A fulfilment
 * bucket is computed on the calendar, then listed by id.
 */
export function requestDef(parts: string[], range: FigureRange, db: Db, cal: WorkingCalendar, unitsOf: () => string[]): FigureDef | null {
  const [name, key] = parts;
  const def = (where: string, date: string, extra: Partial<FigureDef> = {}): FigureDef => ({ kind: 'request', where, date, ...extra });
  const one = key === undefined;
  switch (name) {
    case 'received':
      return one ? def(RECEIVED, 'r.received_local') : null;
    case 'by_month':
      return key && MONTH_KEY.test(key) && periodMonths(range).includes(key) ? def(`${RECEIVED} AND substr(r.received_local, 1, 7) = @key`, 'r.received_local', { params: { key } }) : null;
    case 'by_channel':
      return key && (REQUEST_CHANNELS as readonly string[]).includes(key) ? def(`${RECEIVED} AND r.channel = @key`, 'r.received_local', { params: { key } }) : null;
    case 'by_requester_kind':
      if (key === 'perorangan') return def(`${RECEIVED} AND q.id_type = 'nik'`, 'r.received_local');
      if (key === 'badan_hukum') return def(`${RECEIVED} AND q.id_type = 'badan_hukum'`, 'r.received_local');
      return null;
    case 'by_unit': {
      // By position in the figures' by_unit list: unit names are free text, a path segment is not.
      if (!key || !/^\d+$/.test(key)) return null;
      const unit = unitsOf()[Number(key)];
      if (unit === undefined) return null;
      return def(`${RECEIVED} AND r.unit = @key`, 'r.received_local', { params: { key: unit === NO_UNIT ? '' : unit } });
    }
    case 'granted_full':
      return one ? def(`${DECIDED} AND r.decision = 'diterima_seluruhnya'`, 'r.notice_date') : null;
    case 'granted_partial':
      return one ? def(`${DECIDED} AND r.decision = 'diterima_sebagian'`, 'r.notice_date') : null;
    case 'refused':
      return one ? def(`${DECIDED} AND r.decision = 'ditolak'`, 'r.notice_date') : null;
    case 'refusal_reasons': {
      if (!key || !(REFUSAL_REASON_KEYS as readonly string[]).includes(key)) return null;
      const r = refusalWhere(key as (typeof REFUSAL_REASON_KEYS)[number]);
      return def(r.where, 'r.notice_date', r.params ? { params: r.params } : {});
    }
    case 'extended':
      return one ? def(EXTENDED, 'r.extended_at', { instant: true }) : null;
    case 'late':
      return one ? def(LATE, 'r.notice_date') : null;
    case 'withdrawn':
      return one ? def(WITHDRAWN, WITHDRAWN_AT, { instant: true }) : null;
    case 'open_at_end':
      return one ? def(OPEN_AT_END, 'r.received_local') : null;
    case 'fulfilment_days': {
      const buckets = ['count', 'within_10', 'within_17', 'later'];
      if (!key || !buckets.includes(key)) return null;
      const { days } = fulfilmentOf(decidedRows(db, range), cal);
      const ids = [...days].filter(([, d]) => key === 'count' || bucketOf(d) === key).map(([id]) => id);
      return def('r.id IN (SELECT value FROM json_each(@ids))', 'r.notice_date', { params: { ids: JSON.stringify(ids) } });
    }
    default:
      return null;
  }
}

/** UU KIP Ps 22(7) and (8): within the 10 working days, within the extension (11-17), later. */
export function bucketOf(days: number): 'within_10' | 'within_17' | 'later' {
  return days <= 10 ? 'within_10' : days <= 17 ? 'within_17' : 'later';
}
