// Full-text search of the archive: FTS5 over title, summary and body, bm25-ranked (title counts
// most), with a snippet whose hits are marked by two private-use characters and returned as
// segments, so no consumer ever parses HTML out of a document. User input becomes quoted prefix
// terms (the inbox's toMatchExpression): any string is a valid query (raw MATCH failed on 13 of 20
// ordinary strings, STACK.md).
import type { SearchHit, SearchResult, Segment } from '../../../shared/ipc/channels/archive';
import type { ParsedInput } from '../../../shared/ipc/contract';
import type { Db } from '../db/connection';
import { toMatchExpression } from '../db/fts';
import { prepared } from '../db/statements';

const HIT_OPEN = '\uE000';
const HIT_CLOSE = '\uE001';
const MAX_TERMS = 12;
const MAX_TERM_CHARS = 64;

/** What the officer typed -> an FTS5 expression of quoted prefix terms, or null when nothing is searchable. */
export function archiveMatch(query: string): string | null {
  const terms = query
    .slice(0, 2000)
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001F\u007F\uE000\uE001]/g, ' ')
    .split(/\s+/)
    .filter((t) => /[\p{L}\p{N}]/u.test(t))
    .slice(0, MAX_TERMS)
    .map((t) => t.slice(0, MAX_TERM_CHARS));
  return toMatchExpression(terms.join(' '));
}

export function toSegments(snippet: string): Segment[] {
  const segments: Segment[] = [];
  let hit = false;
  let buf = '';
  const flush = () => {
    if (buf !== '') segments.push({ text: buf, hit });
    buf = '';
  };
  for (const ch of snippet) {
    if (ch === HIT_OPEN || ch === HIT_CLOSE) {
      flush();
      hit = ch === HIT_OPEN;
    } else buf += ch;
  }
  flush();
  return segments;
}

interface HitRow {
  id: number;
  title: string;
  file_name: string;
  file_type: SearchHit['fileType'];
  category: SearchHit['category'];
  unit: string;
  year: number | null;
  encrypted: 0 | 1;
  imported_at: string;
  snip: string;
}

type Filters = Pick<ParsedInput<'archive:search'>, 'category' | 'unit' | 'year' | 'fileType'>;

function filterSql(f: Filters): { where: string[]; params: unknown[] } {
  const where: string[] = [];
  const params: unknown[] = [];
  if (f.category === 'none') where.push('d.category IS NULL');
  else if (f.category) {
    where.push('d.category = ?');
    params.push(f.category);
  }
  if (f.unit) {
    where.push('d.unit = ?');
    params.push(f.unit);
  }
  if (f.year !== undefined) {
    where.push('d.year = ?');
    params.push(f.year);
  }
  if (f.fileType) {
    where.push('d.file_type = ?');
    params.push(f.fileType);
  }
  return { where, params };
}

/**
 * Ranking every match costs ~3 µs per match (bm25 over 50,000 hits took 150-300 ms here). Up to
 * this many matches all are ranked; a broader query ranks the documents whose TITLE matches, then
 * lists the other matches newest first, which keeps p95 within 50 ms at 50,000 documents.
 */
export const RANK_ALL_LIMIT = 2000;

export function searchSql(match: string | null, f: Filters, order: 'rank' | 'newest' = 'rank'): { sql: string; params: unknown[] } {
  const { where, params } = filterSql(f);
  if (match === null) {
    // No words: the newest documents (with the filters), the summary as the passage.
    const sql = `SELECT d.id, d.title, d.file_name, d.file_type, d.category, d.unit, d.year, d.encrypted, d.imported_at, substr(d.summary, 1, 240) AS snip
      FROM archive_documents d ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
      ORDER BY d.imported_at DESC, d.id DESC LIMIT ? OFFSET ?`;
    return { sql, params };
  }
  // The page first (MATERIALIZED: the snippet is computed for the page only, not for every match).
  const sql = `WITH page AS MATERIALIZED (
      SELECT f.rowid AS id, ${order === 'rank' ? 'f.rank' : '-f.rowid'} AS score FROM archive_fts f JOIN archive_documents d ON d.id = f.rowid
      WHERE archive_fts MATCH ? ${where.length ? `AND ${where.join(' AND ')}` : ''}
      ORDER BY ${order === 'rank' ? 'f.rank' : 'f.rowid DESC'} LIMIT ? OFFSET ?)
    SELECT d.id, d.title, d.file_name, d.file_type, d.category, d.unit, d.year, d.encrypted, d.imported_at,
      snippet(archive_fts, -1, char(57344), char(57345), '…', 24) AS snip
    FROM page JOIN archive_fts ON archive_fts.rowid = page.id JOIN archive_documents d ON d.id = page.id
    WHERE archive_fts MATCH ? ORDER BY page.score`;
  return { sql, params: [match, ...params] };
}

function run(db: Db, match: string | null, f: Filters, order: 'rank' | 'newest', limit: number, offset: number): HitRow[] {
  const { sql, params } = searchSql(match, f, order);
  const args = match === null ? [...params, limit, offset] : [...params, limit, offset, match];
  return prepared(db, sql).all(...args) as HitRow[];
}

function matchesMoreThan(db: Db, match: string, n: number): boolean {
  return (prepared(db, 'SELECT count(*) FROM (SELECT 1 FROM archive_fts WHERE archive_fts MATCH ? LIMIT ?)').pluck().get(match, n + 1) as number) > n;
}

export function searchArchive(db: Db, input: ParsedInput<'archive:search'>): SearchResult {
  const match = archiveMatch(input.query);
  // Typed something, but nothing searchable in it (only quotes or signs): nothing matches.
  if (match === null && input.query.trim() !== '') return { hits: [], hasMore: false };
  const want = input.limit + 1;
  let rows: HitRow[];
  if (match === null || !matchesMoreThan(db, match, RANK_ALL_LIMIT)) {
    rows = run(db, match, input, 'rank', want, input.offset);
  } else {
    // Broad query: title matches ranked first, then the other matches newest first.
    const inTitle = `{title} : (${match})`;
    const titled = run(db, inTitle, input, 'rank', input.offset + want, 0);
    const rest = titled.length >= input.offset + want ? [] : run(db, `(${match}) NOT (${inTitle})`, input, 'newest', input.offset + want - titled.length, 0);
    rows = [...titled, ...rest].slice(input.offset);
  }
  const hasMore = rows.length > input.limit;
  return {
    hasMore,
    hits: rows.slice(0, input.limit).map((r) => ({
      id: r.id,
      title: r.title,
      fileName: r.file_name,
      fileType: r.file_type,
      category: r.category,
      unit: r.unit,
      year: r.year,
      encrypted: r.encrypted === 1,
      importedAt: r.imported_at,
      snippet: toSegments(r.snip ?? ''),
    })),
  };
}
