// One full-text search over the newsroom's kinds (FTS5, the same tokenizer as the archive and the
// media desk). Each kind is one entry of SEARCHABLE: its FTS table and how a hit reads; siaran pers
// adds its own entry. Hits are ranked by bm25 across kinds.
import type { ParsedInput } from '../../../shared/ipc/contract';
import type { SearchHit, SearchKind } from '../../../shared/ipc/channels/newsroom';
import type { Ctx } from '../context';
import { toMatchExpression } from '../db/fts';

export interface SearchableKind {
  kind: SearchKind;
  /** SELECT id, number, title, snippet, rank for `?` = the MATCH expression. */
  sql: string;
}

export const SEARCHABLE: SearchableKind[] = [
  {
    kind: 'clarification',
    sql: `SELECT c.id, c.number, '[' || c.label || '] ' || c.title AS title, snippet(clarifications_fts, 2, '«', '»', '…', 12) AS snippet, bm25(clarifications_fts) AS rank
          FROM clarifications_fts JOIN clarifications c ON c.id = clarifications_fts.rowid WHERE clarifications_fts MATCH ?`,
  },
  {
    kind: 'narasi',
    sql: `SELECT n.id, 'v' || n.version AS number, n.title, snippet(narasi_fts, 1, '«', '»', '…', 12) AS snippet, bm25(narasi_fts) AS rank
          FROM narasi_fts JOIN narasi n ON n.id = narasi_fts.rowid WHERE narasi_fts MATCH ?`,
  },
  {
    kind: 'release',
    sql: `SELECT r.id, r.number, r.title, snippet(press_releases_fts, 2, '«', '»', '…', 12) AS snippet, bm25(press_releases_fts) AS rank
          FROM press_releases_fts JOIN press_releases r ON r.id = press_releases_fts.rowid WHERE press_releases_fts MATCH ?`,
  },
];

export function searchNewsroom(ctx: Ctx, input: ParsedInput<'newsroom:search'>): SearchHit[] {
  const match = toMatchExpression(input.query);
  if (match === null) return [];
  const hits: Array<SearchHit & { rank: number }> = [];
  for (const k of SEARCHABLE) {
    const rows = ctx.db.prepare(`${k.sql} ORDER BY rank LIMIT ?`).all(match, input.limit) as Array<{ id: number; number: string; title: string; snippet: string; rank: number }>;
    // The JSON of key messages and Q&A is indexed as is: its quotes and brackets are not shown.
    for (const r of rows) hits.push({ kind: k.kind, id: r.id, number: r.number, title: r.title, snippet: r.snippet.replace(/[[\]{}"]+/g, ' ').replace(/\s+/g, ' ').trim(), rank: r.rank });
  }
  return hits
    .sort((a, b) => a.rank - b.rank)
    .slice(0, input.limit)
    .map(({ rank: _rank, ...hit }) => hit);
}
