// Disputes at the Komisi Informasi (UU KIP Ps 37-39) and in court (Ps 47-50): filed in the period,
// how those that ended in the period ended (by the outcome's date), which went on to court, and
// those still running at the period's end.
import { DISPUTE_OUTCOME_KEYS, type ReportFigures } from '../../../../shared/ipc/channels/reports';
import type { Db } from '../../db/connection';
import { rangeParams, type FigureRange } from '../range';
import type { FigureDef } from './defs';

const REGISTERED = 'd.filed_date BETWEEN @from AND @to';
// A withdrawal recorded before outcomes were dated has no outcome_date: its event's time counts.
const WITHDRAWAL = (bound: string) =>
  `(d.outcome_date IS NULL AND d.status = 'withdrawn' AND EXISTS (SELECT 1 FROM request_events e
     WHERE e.subject_kind = 'dispute' AND e.to_status = 'withdrawn' AND e.subject_id = d.id AND ${bound}))`;
const ENDED = `(d.outcome_date BETWEEN @from AND @to OR ${WITHDRAWAL('e.at >= @fromUtc AND e.at < @endUtc')})`;
const ENDED_ON = "coalesce(d.outcome_date, (SELECT max(e.at) FROM request_events e WHERE e.subject_kind = 'dispute' AND e.to_status = 'withdrawn' AND e.subject_id = d.id))";
const IN_COURT = `${ENDED} AND d.court_stage <> 'none'`;
const OPEN_AT_END = `d.filed_date <= @to AND (d.outcome_date IS NULL OR d.outcome_date > @to) AND NOT ${WITHDRAWAL('e.at < @endUtc')}`;

export function disputeFigures(db: Db, range: FigureRange): ReportFigures['disputes'] {
  const p = rangeParams(range);
  const count = (where: string) => db.prepare(`SELECT count(*) FROM disputes d WHERE ${where}`).pluck().get(p) as number;
  const byOutcome = Object.fromEntries(DISPUTE_OUTCOME_KEYS.map((k) => [k, 0])) as ReportFigures['disputes']['by_outcome'];
  const rows = db.prepare(`SELECT d.outcome_kind AS k, count(*) AS n FROM disputes d WHERE ${ENDED} AND d.outcome_kind IS NOT NULL GROUP BY 1`).all(p) as { k: keyof typeof byOutcome; n: number }[];
  for (const { k, n } of rows) byOutcome[k] += n;
  return { registered: count(REGISTERED), by_outcome: byOutcome, in_court: count(IN_COURT), open_at_end: count(OPEN_AT_END) };
}

export function disputeDef(parts: string[]): FigureDef | null {
  const [name, key] = parts;
  const def = (where: string, date: string, extra: Partial<FigureDef> = {}): FigureDef => ({ kind: 'dispute', where, date, ...extra });
  if (name === 'by_outcome') {
    return key && (DISPUTE_OUTCOME_KEYS as readonly string[]).includes(key) ? def(`${ENDED} AND d.outcome_kind = @key`, ENDED_ON, { params: { key } }) : null;
  }
  if (key !== undefined) return null;
  if (name === 'registered') return def(REGISTERED, 'd.filed_date');
  if (name === 'in_court') return def(IN_COURT, ENDED_ON);
  if (name === 'open_at_end') return def(OPEN_AT_END, 'd.filed_date');
  return null;
}
