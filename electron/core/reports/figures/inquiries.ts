// Press inquiries (the Humas desk): received in the period, by priority, and answered within their
// hours (answer_due_at: the hour clock capped by the outlet's deadline) among those answered by the
// period's end.
import type { ReportFigures } from '../../../../shared/ipc/channels/reports';
import type { Db } from '../../db/connection';
import { rangeParams, type FigureRange } from '../range';
import type { FigureDef } from './defs';

const PRIORITIES = ['biasa', 'mendesak', 'krisis'] as const;
const RECEIVED = 'i.received_at >= @fromUtc AND i.received_at < @endUtc';
const ANSWERED = `${RECEIVED} AND i.answered_at IS NOT NULL AND i.answered_at < @endUtc`;
const IN_TIME = `${ANSWERED} AND i.answered_at <= i.answer_due_at`;

export function inquiryFigures(db: Db, range: FigureRange): ReportFigures['inquiries'] {
  const rows = db
    .prepare(
      `SELECT i.priority AS priority, count(*) AS n, count(*) FILTER (WHERE i.answered_at IS NOT NULL AND i.answered_at < @endUtc) AS answered,
         count(*) FILTER (WHERE i.answered_at < @endUtc AND i.answered_at <= i.answer_due_at) AS inTime
       FROM inquiries i WHERE ${RECEIVED} GROUP BY 1`,
    )
    .all(rangeParams(range)) as { priority: (typeof PRIORITIES)[number]; n: number; answered: number; inTime: number }[];
  const byPriority = { biasa: 0, mendesak: 0, krisis: 0 };
  let received = 0;
  let answered = 0;
  let inTime = 0;
  for (const r of rows) {
    byPriority[r.priority] += r.n;
    received += r.n;
    answered += r.answered;
    inTime += r.inTime;
  }
  return { received, by_priority: byPriority, answered, answered_in_time: inTime };
}

export function inquiryDef(parts: string[]): FigureDef | null {
  const [name, key] = parts;
  const def = (where: string, date: string, extra: Partial<FigureDef> = {}): FigureDef => ({ kind: 'inquiry', where, date, instant: true, ...extra });
  if (name === 'by_priority') return key && (PRIORITIES as readonly string[]).includes(key) ? def(`${RECEIVED} AND i.priority = @key`, 'i.received_at', { params: { key } }) : null;
  if (key !== undefined) return null;
  if (name === 'received') return def(RECEIVED, 'i.received_at');
  if (name === 'answered') return def(ANSWERED, 'i.answered_at');
  if (name === 'answered_in_time') return def(IN_TIME, 'i.answered_at');
  return null;
}
