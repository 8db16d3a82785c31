// The archive's side of the report: the Daftar Informasi Publik by category (UU KIP Ps 9-11), the
// exempt documents (Ps 17) and their reviews (Ps 20). Documents are not dated cases, so this is the
// state when the report is made; only "reviews done" reads the period, from the audit trail: an
// edit of an exempt document that moved (or cleared) its review date.
import type { ReportFigures } from '../../../../shared/ipc/channels/reports';
import type { Db } from '../../db/connection';
import { rangeParams, type FigureRange } from '../range';
import type { FigureDef } from './defs';

const CATEGORIES = ['berkala', 'serta_merta', 'setiap_saat'] as const;
const EXEMPT = "a.category = 'dikecualikan'";
const OVERDUE = `${EXEMPT} AND a.review_date < @today`;
const REVIEWED = `a.id IN (SELECT CAST(l.entity_id AS INTEGER) FROM audit_log l WHERE l.action = 'archive.dip.update'
  AND l.at >= @fromUtc AND l.at < @endUtc AND json_extract(l.data, '$.changed.review_date.from') IS NOT NULL)`;
const REVIEWED_AT = `(SELECT max(l.at) FROM audit_log l WHERE l.action = 'archive.dip.update' AND l.entity = 'archive_document'
  AND l.entity_id = CAST(a.id AS TEXT) AND json_extract(l.data, '$.changed.review_date.from') IS NOT NULL)`;

export function archiveFigures(db: Db, range: FigureRange): ReportFigures['archive'] {
  const p = rangeParams(range);
  const byCategory = { berkala: 0, serta_merta: 0, setiap_saat: 0 };
  let exempt = 0;
  let unclassified = 0;
  for (const r of db.prepare('SELECT a.category AS c, count(*) AS n FROM archive_documents a GROUP BY 1').all() as { c: string | null; n: number }[]) {
    if (r.c === null) unclassified += r.n;
    else if (r.c === 'dikecualikan') exempt += r.n;
    else byCategory[r.c as keyof typeof byCategory] += r.n;
  }
  const count = (where: string) => db.prepare(`SELECT count(*) FROM archive_documents a WHERE ${where}`).pluck().get(p) as number;
  return { dip_by_category: byCategory, exempt, unclassified, reviews_done: count(REVIEWED), reviews_overdue: count(OVERDUE) };
}

export function archiveDef(parts: string[]): FigureDef | null {
  const [name, key] = parts;
  const def = (where: string, date: string, extra: Partial<FigureDef> = {}): FigureDef => ({ kind: 'document', where, date, ...extra });
  const imported = 'a.imported_at';
  if (name === 'dip_by_category') return key && (CATEGORIES as readonly string[]).includes(key) ? def('a.category = @key', imported, { instant: true, params: { key } }) : null;
  if (key !== undefined) return null;
  if (name === 'exempt') return def(EXEMPT, 'a.review_date');
  if (name === 'unclassified') return def('a.category IS NULL', imported, { instant: true });
  if (name === 'reviews_done') return def(REVIEWED, REVIEWED_AT, { instant: true });
  if (name === 'reviews_overdue') return def(OVERDUE, 'a.review_date');
  return null;
}
