// The PDF layout module on its own: wrapping, justification, page breaks, keep-with-next and
// the "never split" rules, checked on the positioned ops before any PDF is written.
import type { Block, DocumentSpec } from '../../../../electron/core/documents/model';
import { printable, REPLACEMENT_CHAR } from '../../../../electron/core/documents/pdf/fonts';
import { textWidth } from '../../../../electron/core/documents/pdf/measure';
import { layoutDocument } from '../../../../electron/core/documents/pdf/render';
import { placeLine, wrapRuns } from '../../../../electron/core/documents/pdf/wrap';
import { LONG_WORD, letterSpec, registerSpec } from './specs';

const TEXT =
  'Informasi yang Saudara mohon mengenai realisasi anggaran dana desa tahun 2025 sedang kami proses dan pemberitahuan tertulis akan disampaikan paling lambat sepuluh hari kerja.';

function lineWidth(line: ReturnType<typeof wrapRuns>[number], width: number, align: 'left' | 'justify') {
  const { pieces } = placeLine(line, width, align);
  const last = pieces[pieces.length - 1]!;
  return last.x + last.width;
}

describe('wrapRuns', () => {
  it('fills lines up to the width and never beyond it', () => {
    const lines = wrapRuns([{ text: TEXT }], 11, 200);
    expect(lines.length).toBeGreaterThan(3);
    for (const line of lines) expect(line.naturalWidth).toBeLessThanOrEqual(200.01);
    // Greedy fill: the next line's first word would not have fitted on this one.
    for (let i = 0; i < lines.length - 1; i++) {
      const next = lines[i + 1]!.words[0]!;
      expect(lines[i]!.naturalWidth + textWidth(' ', 'regular', 11) + next.width).toBeGreaterThan(200);
    }
    const rejoined = lines.map((l) => l.words.map((w) => w.pieces.map((p) => p.text).join('')).join(' ')).join(' ');
    expect(rejoined).toBe(TEXT);
  });

  it('justifies every line but the last to the full width', () => {
    const lines = wrapRuns([{ text: TEXT }], 11, 200);
    lines.slice(0, -1).forEach((line) => expect(lineWidth(line, 200, 'justify')).toBeCloseTo(200, 1));
    expect(lineWidth(lines[lines.length - 1]!, 200, 'justify')).toBeLessThan(199);
  });

  it('cuts a word longer than the column into pieces that fit', () => {
    const lines = wrapRuns([{ text: LONG_WORD }], 11, 120);
    expect(lines.length).toBeGreaterThan(3);
    for (const line of lines) expect(line.naturalWidth).toBeLessThanOrEqual(120.01);
    expect(lines.map((l) => l.words.map((w) => w.pieces.map((p) => p.text).join('')).join('')).join('')).toBe(LONG_WORD);
  });

  it('keeps bold and italic pieces of one word together and breaks at a newline', () => {
    const lines = wrapRuns([{ text: 'Nomor ' }, { text: 'PENTING', bold: true }, { text: 'sekali\nbaris dua', italic: true }], 11, 400);
    expect(lines).toHaveLength(2);
    expect(lines[0]!.words[1]!.pieces.map((p) => [p.text, p.style])).toEqual([
      ['PENTING', 'bold'],
      ['sekali', 'italic'],
    ]);
    expect(lines[0]!.last).toBe(true); // a line before a forced break is never stretched
  });

  it('gives an empty paragraph one (empty) line', () => {
    expect(wrapRuns([{ text: '' }], 11, 200)).toHaveLength(1);
  });
});

describe('printable', () => {
  it('keeps what Arimo has and replaces the rest, one stand-in per character', () => {
    expect(printable('’é—–“”½№ Ünïcødé', 'regular')).toBe('’é—–“”½№ Ünïcødé');
    expect(printable('中文🙂', 'bold')).toBe(REPLACEMENT_CHAR.repeat(3));
    // A compatibility form Arimo has is better than a stand-in.
    expect(printable('5 ㎏ ① ＡＢ', 'regular')).toBe('5 kg 1 AB');
  });
});

function textOps(spec: DocumentSpec) {
  const layout = layoutDocument(spec);
  return { layout, pages: layout.pages.map((ops) => ops.filter((op) => op.kind === 'text')) };
}

function opsText(ops: Array<{ kind: string; text?: string }>): string {
  return ops.map((op) => op.text ?? '').join(' ');
}

describe('layoutDocument', () => {
  it('lays out degenerate specs without throwing: no blocks, empty table, empty lists, huge spacer', async () => {
    const base = letterSpec();
    const odd: DocumentSpec = {
      ...base,
      letterhead: { lines: [], address: '', contacts: '', logo: { bytes: new Uint8Array([1, 2, 3]), mime: 'image/png' } },
      blocks: [
        { type: 'table', columns: [], rows: [['a']] },
        { type: 'table', columns: [{ header: 'Kolom', widthPct: 0 }], rows: [] },
        { type: 'fields', rows: [] },
        { type: 'list', style: 'alpha', items: [] },
        { type: 'title', text: '' },
        { type: 'spacer', heightMm: 100_000 },
        { type: 'spacer', heightMm: -5 },
        { type: 'signature', titleLines: [], name: '' },
        { type: 'pageBreak' },
      ],
    };
    for (const spec of [odd, { ...base, blocks: [] }]) {
      const layout = layoutDocument(spec);
      expect(layout.pages.length).toBeGreaterThanOrEqual(1);
      for (const ops of layout.pages) for (const op of ops) if (op.kind === 'text') expect(op.y).toBeLessThan(layout.height);
    }
  });

  it('keeps every text line of every page inside the text area (footer excepted)', () => {
    const huge = registerSpec(3);
    const table = huge.blocks[1]!;
    if (table.type !== 'table') throw new Error('table expected');
    // A cell with pages of text, and a field value longer than a page.
    table.rows[1]![4] = TEXT.repeat(60);
    const letter = letterSpec();
    const fields = letter.blocks[1]!;
    if (fields.type !== 'fields') throw new Error('fields expected');
    fields.rows[3]!.value = TEXT.repeat(40);
    for (const spec of [letterSpec({ paragraphs: 20 }), registerSpec(200), huge, letter]) {
      const { layout, pages } = textOps(spec);
      pages.forEach((ops, page) => {
        for (const op of ops) {
          if (op.kind !== 'text') continue;
          if (op.size < 9) continue; // footer text (8.5 pt) lives in the bottom margin
          // Page 1 starts with the kop surat, which sits above the top margin like Word's header.
          expect(op.y).toBeGreaterThan(page === 0 ? layout.headTop : layout.top);
          expect(op.y).toBeLessThanOrEqual(layout.bottom);
          expect(op.x).toBeGreaterThanOrEqual(layout.frame.left - 0.01);
          expect(op.x + textWidth(op.text, op.style, op.size)).toBeLessThanOrEqual(layout.frame.left + layout.frame.width + 0.01);
        }
      });
    }
  });

  it('moves a heading to the next page with the paragraph it introduces', () => {
    const base = letterSpec({ logo: false });
    const probe = layoutDocument({ ...base, letterhead: undefined, blocks: [] });
    const available = (probe.bottom - probe.top) / (72 / 25.4);
    const blocks: Block[] = [
      // Leaves room for the heading but not for the heading and the first line under it.
      { type: 'spacer', heightMm: available - 9 },
      { type: 'heading', text: 'Hak Pemohon', level: 2 },
      { type: 'paragraph', runs: [{ text: TEXT }] },
    ];
    const { pages } = textOps({ ...base, letterhead: undefined, footer: undefined, blocks });
    expect(pages).toHaveLength(2);
    expect(opsText(pages[0]!)).not.toContain('Hak');
    expect(opsText(pages[1]!)).toContain('Hak Pemohon');
  });

  it('moves the whole signature block to the next page rather than splitting it', () => {
    const base = letterSpec({ logo: false });
    const probe = layoutDocument({ ...base, letterhead: undefined, blocks: [] });
    const available = (probe.bottom - probe.top) / (72 / 25.4);
    const signature = base.blocks.find((b) => b.type === 'signature')!;
    const { pages } = textOps({ ...base, letterhead: undefined, footer: undefined, blocks: [{ type: 'spacer', heightMm: available - 30 }, signature] });
    expect(pages).toHaveLength(2);
    expect(pages[0]).toHaveLength(0);
    expect(opsText(pages[1]!)).toContain('Samarinda');
    expect(opsText(pages[1]!)).toContain('19750312');
  });

  it('starts a new page at a page break and draws the kop surat on page 1 only', () => {
    const base = letterSpec();
    const { pages } = textOps({ ...base, blocks: [{ type: 'paragraph', runs: [{ text: 'Halaman pertama' }] }, { type: 'pageBreak' }, { type: 'paragraph', runs: [{ text: 'Lampiran' }] }] });
    expect(pages).toHaveLength(2);
    expect(opsText(pages[0]!)).toContain('INFORMATIKA');
    expect(opsText(pages[1]!)).not.toContain('INFORMATIKA');
    expect(opsText(pages[1]!)).toContain('Lampiran');
  });

  it('wraps the kop contact line between items, never inside one', () => {
    const { layout } = textOps(letterSpec());
    const small = layout.pages[0]!.filter((op) => op.kind === 'text' && op.size === 9);
    const yOf = (needle: string) => {
      const op = small.find((o) => o.kind === 'text' && o.text.includes(needle));
      return op?.kind === 'text' ? op.y : undefined;
    };
    expect(yOf('Laman')).toBeDefined();
    expect(yOf('Laman')).toBe(yOf('ppid.kaltimprov.go.id'));
    expect(yOf('Telepon')).toBe(yOf('741041'));
    // The no-break spaces print as plain spaces.
    expect(small.some((op) => op.kind === 'text' && op.text === 'Laman ppid.kaltimprov.go.id')).toBe(true);
  });

  it('centres the last kop line on the page and puts a double rule under the kop', () => {
    const { layout } = textOps(letterSpec());
    const page = layout.pages[0]!;
    const last = page.filter((op) => op.kind === 'text' && op.style === 'bold' && op.size === 15);
    expect(last.map((op) => (op.kind === 'text' ? op.text : '')).join(' ')).toBe('DINAS KOMUNIKASI DAN INFORMATIKA');
    const first = last[0]!;
    const end = last[last.length - 1]!;
    if (first.kind !== 'text' || end.kind !== 'text') throw new Error('text expected');
    const centre = (first.x + end.x + textWidth(end.text, 'bold', 15)) / 2;
    expect(centre).toBeCloseTo(layout.width / 2, 0);
    const rules = page.filter((op) => op.kind === 'line' && op.x1 === layout.frame.left && op.x2 === layout.frame.left + layout.frame.width);
    expect(rules.length).toBeGreaterThanOrEqual(2);
  });
});
