// The report's blocks in the PDF layout: a chart is scaled to fit the page and kept with its
// caption, a short table marked keepTogether moves whole to the next page instead of leaving a
// header and a row behind, and bookmarked headings report the page they landed on (daftar isi).
import type { Block, DocumentSpec } from '../../../../electron/core/documents/model';
import { bookmarkPages, layoutDocument } from '../../../../electron/core/documents/pdf/render';

const PNG = { bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47]), widthPx: 1000, heightPx: 500 };

function spec(blocks: Block[]): DocumentSpec {
  return { meta: { title: 't', author: 'a', language: 'id-ID', createdAt: new Date(0) }, page: { size: 'A4', orientation: 'portrait' }, blocks };
}

const filler = (lines: number): Block => ({ type: 'paragraph', runs: [{ text: Array.from({ length: lines }, (_, i) => `Baris ${i + 1}`).join('\n') }], align: 'left' });
const table = (rows: number, keepTogether: boolean): Block => ({
  type: 'table',
  keepTogether,
  columns: [{ header: 'Uraian', widthPct: 70 }, { header: 'Jumlah', widthPct: 30, align: 'right' }],
  rows: Array.from({ length: rows }, (_, i) => [`Baris-tabel-${i + 1}`, String(i)]),
});
const pageOf = (pages: ReturnType<typeof layoutDocument>['pages'], text: string) => pages.findIndex((ops) => ops.some((op) => op.kind === 'text' && op.text === text));

describe('chart, toc and keepTogether in the PDF layout', () => {
  it('scales a chart taller than the page down to fit, caption under it, on one page', () => {
    const layout = layoutDocument(spec([{ type: 'chart', svg: '<svg/>', png: PNG, widthMm: 160, heightMm: 400, caption: 'Gambar 1. Tinggi', altText: 'x' }]));
    expect(layout.pages).toHaveLength(1);
    const image = layout.pages[0]!.find((op) => op.kind === 'image')!;
    expect(image.kind === 'image' && image.y + image.height).toBeLessThan(layout.bottom);
    const caption = layout.pages[0]!.find((op) => op.kind === 'text' && op.text === 'Tinggi')!;
    expect(caption.kind === 'text' && image.kind === 'image' && caption.y).toBeGreaterThan(image.kind === 'image' ? image.y + image.height : 0);
    // Proportions kept: 160 x 400 mm scaled as a whole.
    expect(image.kind === 'image' && image.width / image.height).toBeCloseTo(160 / 400, 3);
  });

  it('moves a short keepTogether table whole to the next page, where a plain table splits', () => {
    for (const keep of [false, true]) {
      const layout = layoutDocument(spec([filler(52), table(10, keep)]));
      const first = pageOf(layout.pages, 'Baris-tabel-1');
      const last = pageOf(layout.pages, 'Baris-tabel-10');
      if (keep) expect([first, last]).toEqual([1, 1]);
      else expect(first).toBeLessThan(last);
    }
  });

  it('tells the page each bookmarked heading starts on', () => {
    const layout = layoutDocument(
      spec([
        { type: 'toc', entries: [{ text: 'A. Satu', bookmark: 'a' }, { text: 'B. Dua', bookmark: 'b', level: 2 }] },
        { type: 'heading', text: 'A. Satu', level: 1, bookmark: 'a' },
        { type: 'pageBreak' },
        filler(5),
        { type: 'pageBreak' },
        { type: 'heading', text: 'B. Dua', level: 1, bookmark: 'b' },
      ]),
    );
    expect(Object.fromEntries(bookmarkPages(layout))).toEqual({ a: 1, b: 3 });
  });
});
