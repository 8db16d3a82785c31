// Objections (keberatan) to the Atasan PPID (UU KIP Ps 35-36): registered in the period and their
// grounds, answers in the period (within the 30 working days of Ps 36(2)? upheld?), withdrawals,
// and those still unanswered at the period's end.
import { GROUND_KEYS, type ReportFigures } from '../../../../shared/ipc/channels/reports';
import type { Db } from '../../db/connection';
import { rangeParams, type FigureRange } from '../range';
import type { FigureDef } from './defs';

const RECEIVED = 'o.registered_local BETWEEN @from AND @to';
const ANSWERED = 'o.answer_date BETWEEN @from AND @to';
// atasan_due is the Ps 36(2) clock's result, stored when the objection was registered.
const IN_TIME = `${ANSWERED} AND o.answer_date <= o.atasan_due`;
const UPHELD = `${ANSWERED} AND o.decision IN ('dikabulkan', 'dikabulkan_sebagian')`;
const NOT_UPHELD = `${ANSWERED} AND o.decision = 'ditolak'`;
const WITHDRAWAL = (bound: string) =>
  `EXISTS (SELECT 1 FROM request_events e WHERE e.subject_kind = 'objection' AND e.to_status = 'withdrawn' AND e.subject_id = o.id AND ${bound})`;
const WITHDRAWN = WITHDRAWAL('e.at >= @fromUtc AND e.at < @endUtc');
const WITHDRAWN_AT = "(SELECT max(e.at) FROM request_events e WHERE e.subject_kind = 'objection' AND e.to_status = 'withdrawn' AND e.subject_id = o.id)";
const OPEN_AT_END = `o.registered_local <= @to AND (o.answer_date IS NULL OR o.answer_date > @to) AND NOT ${WITHDRAWAL('e.at < @endUtc')}`;
const GROUND = `${RECEIVED} AND EXISTS (SELECT 1 FROM json_each(o.grounds) WHERE value = @key)`;

export function objectionFigures(db: Db, range: FigureRange): ReportFigures['objections'] {
  const p = rangeParams(range);
  const count = (where: string) => db.prepare(`SELECT count(*) FROM objections o WHERE ${where}`).pluck().get(p) as number;
  const byGround = Object.fromEntries(GROUND_KEYS.map((g) => [g, 0])) as ReportFigures['objections']['by_ground'];
  const grounds = db.prepare(`SELECT j.value AS g, count(*) AS n FROM objections o, json_each(o.grounds) j WHERE ${RECEIVED} GROUP BY j.value`).all(p) as { g: string; n: number }[];
  for (const { g, n } of grounds) if (g in byGround) byGround[g as keyof typeof byGround] += n;
  const answers = db
    .prepare(
      `SELECT count(*) AS answered, count(*) FILTER (WHERE o.answer_date <= o.atasan_due) AS inTime,
         count(*) FILTER (WHERE o.decision IN ('dikabulkan', 'dikabulkan_sebagian')) AS upheld, count(*) FILTER (WHERE o.decision = 'ditolak') AS notUpheld
       FROM objections o WHERE ${ANSWERED}`,
    )
    .get(p) as { answered: number; inTime: number; upheld: number; notUpheld: number };
  return {
    received: count(RECEIVED),
    by_ground: byGround,
    answered: answers.answered,
    answered_in_time: answers.inTime,
    upheld: answers.upheld,
    not_upheld: answers.notUpheld,
    withdrawn: count(WITHDRAWN),
    open_at_end: count(OPEN_AT_END),
  };
}

export function objectionDef(parts: string[]): FigureDef | null {
  const [name, key] = parts;
  const def = (where: string, date: string, extra: Partial<FigureDef> = {}): FigureDef => ({ kind: 'objection', where, date, ...extra });
  if (name === 'by_ground') return key && (GROUND_KEYS as readonly string[]).includes(key) ? def(GROUND, 'o.registered_local', { params: { key } }) : null;
  if (key !== undefined) return null;
  switch (name) {
    case 'received':
      return def(RECEIVED, 'o.registered_local');
    case 'answered':
      return def(ANSWERED, 'o.answer_date');
    case 'answered_in_time':
      return def(IN_TIME, 'o.answer_date');
    case 'upheld':
      return def(UPHELD, 'o.answer_date');
    case 'not_upheld':
      return def(NOT_UPHELD, 'o.answer_date');
    case 'withdrawn':
      return def(WITHDRAWN, WITHDRAWN_AT, { instant: true });
    case 'open_at_end':
      return def(OPEN_AT_END, 'o.registered_local');
    default:
      return null;
  }
}
