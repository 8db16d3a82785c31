// Archive search: Indonesian words with prefixes, diacritics folded, ranked (title first),
// snippets with the hits marked as segments, filters, a fuzz of odd strings with 0 errors, and
// the query plan (FTS index, then the row by primary key).
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../../../electron/core/db/connection';
import { migrate } from '../../../../electron/core/db/migrate';
import { archiveMatch, searchArchive, searchSql, toSegments } from '../../../../electron/core/archive/search';
import { SearchInput } from '../../../../shared/ipc/channels/archive';
import { tempDir } from '../../../helpers/tempDir';
import { seedDocument, syntheticDoc } from '../../../helpers/seedArchive';

function db(): Db {
  const d = openDatabase(path.join(tempDir(), 'archive.db'));
  migrate(d);
  return d;
}

const search = (d: Db, input: Record<string, unknown>) => searchArchive(d, SearchInput.parse(input));

describe('archive search', () => {
  it('finds Indonesian words by prefix and without diacritics, the title ranking first', () => {
    const d = db();
    const inBody = seedDocument(d, { title: 'Laporan Tahunan', text: 'Realisasi anggaran Dana Desa di Kecamatan Loa Janan mencapai 98 persen.' });
    const inTitle = seedDocument(d, { title: 'Anggaran Dana Desa 2025', text: 'Rincian per desa.' });
    seedDocument(d, { title: 'SOP Keberatan', text: 'Tata cara pengajuan keberatan atas informasi publik.' });
    seedDocument(d, { title: 'Pengumuman', text: 'Résumé kegiatan Pemerintah Daerah' });
    expect(search(d, { query: 'dana desa' }).hits.map((h) => h.id)).toEqual([inTitle, inBody]);
    expect(search(d, { query: 'anggar' }).hits.map((h) => h.id)).toEqual([inTitle, inBody]);
    expect(search(d, { query: 'resume' }).hits).toHaveLength(1);
    expect(search(d, { query: 'pengajuan keberatan' }).hits.map((h) => h.title)).toEqual(['SOP Keberatan']);
    expect(search(d, { query: 'tidakada' }).hits).toEqual([]);
  });

  it('returns the passage around the hit as segments, hits marked, never HTML', () => {
    const d = db();
    seedDocument(d, { title: 'Surat', text: 'Pembuka. <script>alert(1)</script> Realisasi belanja modal tahun 2025 adalah Rp 1,2 miliar. Penutup.' });
    const [hit] = search(d, { query: 'belanja' }).hits;
    expect(hit!.snippet.filter((s) => s.hit).map((s) => s.text)).toEqual(['belanja']);
    expect(hit!.snippet.map((s) => s.text).join('')).toContain('<script>alert(1)</script> Realisasi belanja modal');
    expect(toSegments('a\uE000b\uE001c')).toEqual([{ text: 'a', hit: false }, { text: 'b', hit: true }, { text: 'c', hit: false }]);
  });

  it('filters by category, unit, year and file type, with and without words', () => {
    const d = db();
    const a = seedDocument(d, { title: 'Laporan keuangan', text: 'laporan', category: 'berkala', unit: 'Sekretariat', producedDate: '2024-03-01', fileType: 'pdf' });
    const b = seedDocument(d, { title: 'Laporan kinerja', text: 'laporan', category: 'setiap_saat', unit: 'Bidang TI', producedDate: '2025-03-01', fileType: 'docx' });
    const c = seedDocument(d, { title: 'Laporan lain', text: 'laporan' });
    const ids = (input: Record<string, unknown>) => search(d, input).hits.map((h) => h.id).sort();
    expect(ids({ query: 'laporan', category: 'berkala' })).toEqual([a]);
    expect(ids({ query: 'laporan', category: 'none' })).toEqual([c]);
    expect(ids({ query: 'laporan', unit: 'Bidang TI' })).toEqual([b]);
    expect(ids({ query: 'laporan', year: 2024 })).toEqual([a]);
    expect(ids({ query: 'laporan', fileType: 'docx' })).toEqual([b]);
    expect(ids({ query: '', year: 2025 })).toEqual([b]);
    expect(ids({ query: '' })).toEqual([a, b, c]);
  });

  it('pages with hasMore', () => {
    const d = db();
    for (let i = 0; i < 5; i += 1) seedDocument(d, { title: `Dokumen ${i}`, text: 'pengadaan barang' });
    const first = search(d, { query: 'pengadaan', limit: 3 });
    const second = search(d, { query: 'pengadaan', limit: 3, offset: 3 });
    expect([first.hits.length, first.hasMore, second.hits.length, second.hasMore]).toEqual([3, true, 2, false]);
    expect(new Set([...first.hits, ...second.hits].map((h) => h.id)).size).toBe(5);
  });

  it('accepts any string: a fuzz of odd queries gives 0 errors', () => {
    const d = db();
    for (let i = 0; i < 30; i += 1) seedDocument(d, syntheticDoc(i));
    seedDocument(d, { title: 'Perda 12/2024 dana-desa', text: "don't NOT AND OR NEAR(a b) \"kutip\" 😀 emoji" });
    const odd = [
      '"', '""', "'", "don't", 'NOT', 'NOT dana', 'AND', 'OR OR', 'NEAR(a b)', 'dana-desa', '12/2024', '*', 'a*', '^dana', 'title:dana', '(', ')', '{a b}',
      '😀', '👨‍👩‍👧', '\u0000', '\u0001dana\u0007', '\uE000', '\uE001x', 'x'.repeat(10_000), 'kata '.repeat(2000), '- + : ; ,', '\\', '%_', 'ـ', 'ー', '\u0301',
      'ÉLAN', 'İstanbul', 'ß', '中文 搜索', 'عربى', '\t\n\r', '   ', 'null', 'undefined', 'SELECT * FROM archive_documents', "'); DROP TABLE x; --",
    ];
    // and some random strings from an alphabet of troublemakers
    const alphabet = ['"', "'", '*', '-', '+', '(', ')', ':', '^', 'NOT', 'AND', 'OR', 'dana', 'désa', '😀', '\u0000', ' ', '\uE000', '/', '.', 'ー', '\u0301'];
    let seed = 7;
    for (let n = 0; n < 300; n += 1) {
      let s = '';
      for (let k = 0; k < 1 + (n % 12); k += 1) s += alphabet[(seed = (seed * 48271) % 2147483647) % alphabet.length];
      odd.push(s);
    }
    const errors: string[] = [];
    for (const q of odd) {
      try {
        search(d, { query: q.slice(0, 10_000) });
      } catch (error) {
        errors.push(`${JSON.stringify(q.slice(0, 40))}: ${(error as Error).message}`);
      }
    }
    expect(errors).toEqual([]);
    expect(search(d, { query: 'dana-desa' }).hits.map((h) => h.title)).toContain('Perda 12/2024 dana-desa');
    expect(search(d, { query: '12/2024' }).hits.map((h) => h.title)).toContain('Perda 12/2024 dana-desa');
    expect(search(d, { query: 'NOT' }).hits.map((h) => h.title)).toContain('Perda 12/2024 dana-desa');
  });

  it('never passes raw syntax to MATCH', () => {
    expect(archiveMatch('dana NOT desa')).toBe('"dana"* "NOT"* "desa"*');
    expect(archiveMatch('"a" OR b*')).toBe('"a"* "OR"* "b*"*');
    expect(archiveMatch('  ')).toBeNull();
    expect(archiveMatch('x '.repeat(100))!.split(' ')).toHaveLength(12);
  });

  it('uses the FTS index and then each row by primary key (query plan)', () => {
    const d = db();
    const { sql, params } = searchSql('"dana"*', { category: 'berkala' });
    const plan = d.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params, 21, 0, '"dana"*') as { detail: string }[];
    const details = plan.map((p) => p.detail).join('\n');
    expect(details).toMatch(/SCAN f VIRTUAL TABLE INDEX/);
    expect(details).toMatch(/SEARCH d USING INTEGER PRIMARY KEY/);
    expect(details).not.toMatch(/SCAN d\b/);
    const newest = searchSql(null, {});
    const plan2 = (d.prepare(`EXPLAIN QUERY PLAN ${newest.sql}`).all(21, 0) as { detail: string }[]).map((p) => p.detail).join('\n');
    expect(plan2).toMatch(/archive_documents_imported/);
  });
});

describe('archive search on a broad query', () => {
  it('past RANK_ALL_LIMIT matches: title matches first (ranked), then the others newest first, paged without gaps', async () => {
    const { RANK_ALL_LIMIT } = await import('../../../../electron/core/archive/search');
    const d = db();
    const ids: number[] = [];
    d.transaction(() => {
      for (let i = 0; i < RANK_ALL_LIMIT + 5; i += 1) ids.push(seedDocument(d, { title: `Dokumen ${i}`, text: `laporan umum nomor ${i}` }));
    })();
    const inTitle = seedDocument(d, { title: 'Laporan Tahunan', text: 'laporan' });
    const first = search(d, { query: 'laporan', limit: 5 });
    expect(first.hits[0]!.id).toBe(inTitle);
    expect(first.hits.slice(1).map((h) => h.id)).toEqual([...ids].reverse().slice(0, 4));
    const second = search(d, { query: 'laporan', limit: 5, offset: 5 });
    expect(second.hits.map((h) => h.id)).toEqual([...ids].reverse().slice(4, 9));
    expect(second.hasMore).toBe(true);
    expect(second.hits[0]!.snippet.some((s) => s.hit && /laporan/i.test(s.text))).toBe(true);
  });
});
