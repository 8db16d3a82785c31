// The report's figures for a period (reports:figures) and the cases behind any one of them
// (reports:cases). Read-only: one snapshot transaction so that every number is of the same moment.
import type { ReportPeriod } from '../../../../shared/domain/reports/period';
import { localDateOf } from '../../../../shared/domain/requests/instant';
import { ReportFigures, type ReportCase } from '../../../../shared/ipc/channels/reports';
import { loadCalendar } from '../../calendar/effective';
import type { Ctx } from '../../context';
import { AppError } from '../../errors';
import { figureRange, rangeParams, type FigureRange } from '../range';
import { archiveDef, archiveFigures } from './archive';
import { CASE_SOURCES, type FigureDef } from './defs';
import { disputeDef, disputeFigures } from './disputes';
import { inquiryDef, inquiryFigures } from './inquiries';
import { objectionDef, objectionFigures } from './objections';
import { requestDef, requestFigures } from './requests';

function build(ctx: Pick<Ctx, 'db'>, range: FigureRange, units: string[] = []): ReportFigures {
  const cal = loadCalendar(ctx.db);
  const { period } = range;
  return ReportFigures.parse({
    period: { key: period.key, kind: period.kind, from: period.from, to: period.to, label: period.label },
    generated_at: range.generatedAt,
    requests: requestFigures(ctx.db, range, cal, units),
    objections: objectionFigures(ctx.db, range),
    disputes: disputeFigures(ctx.db, range),
    inquiries: inquiryFigures(ctx.db, range),
    archive: archiveFigures(ctx.db, range),
  });
}

export function computeFigures(ctx: Pick<Ctx, 'db' | 'clock'>, period: ReportPeriod): ReportFigures {
  const range = figureRange(ctx, period);
  // A read, not a write (so not mutate): one DEFERRED transaction gives every figure the same snapshot.
  return ctx.db.transaction(() => build(ctx, range)).deferred();
}

/** The FigureDef of a dotted path, or AppError invalid_input in Indonesian. */
function defOf(ctx: Pick<Ctx, 'db'>, range: FigureRange, path: string): FigureDef {
  const [section, ...parts] = path.split('.');
  const cal = loadCalendar(ctx.db);
  let def: FigureDef | null = null;
  if (section === 'requests') {
    def = requestDef(parts, range, ctx.db, cal, () => {
      const units: string[] = [];
      requestFigures(ctx.db, range, cal, units);
      return units;
    });
  } else if (section === 'objections') def = objectionDef(parts);
  else if (section === 'disputes') def = disputeDef(parts);
  else if (section === 'inquiries') def = inquiryDef(parts);
  else if (section === 'archive') def = archiveDef(parts);
  if (!def) {
    throw new AppError('invalid_input', `Angka "${path}" tidak ada dalam laporan; pilih angka dari dasbor Laporan (mis. requests.refused atau objections.by_ground.b).`);
  }
  return def;
}

export function listCases(ctx: Pick<Ctx, 'db' | 'clock'>, period: ReportPeriod, path: string, limit: number): { figure: string; total: number; cases: ReportCase[] } {
  const range = figureRange(ctx, period);
  // A read (not mutate): the count and the rows from one snapshot.
  return ctx.db.transaction(() => {
    const def = defOf(ctx, range, path);
    const source = CASE_SOURCES[def.kind];
    const params = { ...rangeParams(range), ...def.params, limit };
    const total = ctx.db.prepare(`SELECT count(*) ${source.from} WHERE ${def.where}`).pluck().get(params) as number;
    const rows = ctx.db
      .prepare(`SELECT ${source.columns}, ${def.date} AS date ${source.from} WHERE ${def.where} ORDER BY date, id LIMIT @limit`)
      .all(params) as (Omit<ReportCase, 'kind' | 'date'> & { date: string | null })[];
    const cases = rows.map((r) => ({
      kind: def.kind,
      ...r,
      date: r.date === null ? '' : def.instant ? localDateOf(Date.parse(r.date), range.zone) : r.date,
    }));
    return { figure: path, total, cases };
  }).deferred();
}
