// What the maklumat poster added to the document model, on its own: the A3 page, sizePt on titles,
// headings, lists and signatures, a larger kop (scale), and the columns block — side by side in
// the PDF layout (or one after the other when a column is taller than a page), a continuous
// section of Word columns in the DOCX with a column break between them and lists numbered afresh.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderDocx, renderPdf } from '../../../../electron/core/documents';
import type { Block, DocumentSpec } from '../../../../electron/core/documents/model';
import { layoutDocument } from '../../../../electron/core/documents/pdf/render';
import { tempDir } from '../../../helpers/tempDir';
import { letterSpec } from './specs';
import { pdfInfo, unzipText } from './tools';

type TextOp = { kind: 'text'; x: number; y: number; text: string; size: number };
const texts = (spec: DocumentSpec, page = 0) => layoutDocument(spec).pages[page]!.filter((o): o is TextOp & typeof o => o.kind === 'text') as TextOp[];
const first = (ops: TextOp[], word: string) => ops.find((o) => o.text.includes(word))!;

const para = (text: string): Block => ({ type: 'paragraph', runs: [{ text }] });
const words = (n: number, tag: string) => Array.from({ length: n }, (_, i) => `${tag}${i}`).join(' ');

function spec(blocks: Block[], over: Partial<DocumentSpec> = {}): DocumentSpec {
  return { ...letterSpec({ logo: false }), blocks, ...over };
}

describe('the A3 page, sizePt and the kop scale', () => {
  it('sets an A3 page of 841.89 × 1190.55 pt in the PDF and 297 × 420 mm in the DOCX', async () => {
    const a3 = spec([para('Maklumat')], { page: { size: 'A3', orientation: 'portrait' } });
    const file = path.join(tempDir(), 'a3.pdf');
    fs.writeFileSync(file, (await renderPdf(a3)).bytes);
    expect(pdfInfo(file)['Page size']).toMatch(/^841\.89 x 1190\.55 pts/);
    const docx = path.join(tempDir(), 'a3.docx');
    fs.writeFileSync(docx, (await renderDocx(a3)).bytes);
    expect(unzipText(docx, 'word/document.xml')).toMatch(/<w:pgSz w:w="1683\d" w:h="2381\d"/);
  });

  it('draws titles, headings, list items and signatures at their sizePt, and a scaled kop larger', () => {
    const blocks: Block[] = [
      { type: 'title', text: 'JUDULBESAR', sizePt: 22 },
      { type: 'heading', text: 'BAGIANSATU', level: 1, sizePt: 15 },
      { type: 'list', style: 'decimal', items: ['butirsatu'], sizePt: 13 },
      { type: 'signature', placeDate: 'Samarinda', titleLines: ['Jabatan'], name: 'NAMAPENANDA', sizePt: 12.5 },
    ];
    const ops = texts(spec(blocks));
    expect([first(ops, 'JUDULBESAR').size, first(ops, 'BAGIANSATU').size, first(ops, 'butirsatu').size, first(ops, '1.').size, first(ops, 'NAMAPENANDA').size]).toEqual([22, 15, 13, 13, 12.5]);
    const plain = first(texts(spec(blocks)), 'DINAS').size;
    const scaled = first(texts(spec(blocks, { letterhead: { ...letterSpec({ logo: false }).letterhead!, scale: 1.5 } })), 'DINAS').size;
    expect(scaled).toBeCloseTo(plain * 1.5, 5);
  });
});

describe('the columns block', () => {
  const columns = (left: Block[], right: Block[]): Block => ({ type: 'columns', columns: [left, right] });

  it('lays the columns side by side from the same top, the second starting right of the first', () => {
    const ops = texts(spec([para('Pembuka'), columns([para(words(60, 'kiri'))], [para(words(60, 'kanan'))])]));
    const left = ops.filter((o) => o.text.includes('kiri'));
    const right = ops.filter((o) => o.text.includes('kanan'));
    expect(right[0]!.y).toBeCloseTo(left[0]!.y, 5);
    expect(Math.min(...right.map((o) => o.x))).toBeGreaterThan(Math.max(...left.map((o) => o.x)));
    expect(first(ops, 'Pembuka').y).toBeLessThan(left[0]!.y);
  });

  it('flows one list of blocks through two balanced columns, repeating a table header in the second', () => {
    const rows = Array.from({ length: 40 }, (_, i) => [`baris${i}`, String(i)]);
    const table: Block = { type: 'table', columns: [{ header: 'KOLOMJUDUL', widthPct: 70 }, { header: 'Nilai', widthPct: 30 }], rows };
    const layout = layoutDocument(spec([{ type: 'columns', count: 2, columns: [[para(words(80, 'awal')), table]] }]));
    expect(layout.pages).toHaveLength(1);
    const ops = layout.pages[0]!.filter((o): o is TextOp & typeof o => o.kind === 'text') as TextOp[];
    const middle = layout.frame.left + layout.frame.width / 2;
    const rowsLeft = ops.filter((o) => o.text.startsWith('baris') && o.x < middle);
    const rowsRight = ops.filter((o) => o.text.startsWith('baris') && o.x > middle);
    expect(rowsLeft.length).toBeGreaterThan(0);
    expect(rowsRight.length).toBeGreaterThan(0);
    expect(rowsLeft.length + rowsRight.length).toBe(40);
    expect(ops.filter((o) => o.text === 'KOLOMJUDUL').map((o) => o.x < middle)).toEqual([true, false]);
    // Balanced: the two columns end within a few lines of each other.
    const bottom = (list: TextOp[]) => Math.max(...list.map((o) => o.y));
    expect(Math.abs(bottom(ops.filter((o) => o.x < middle)) - bottom(ops.filter((o) => o.x > middle)))).toBeLessThan(40);
  });

  it('lays the columns one after the other when one is taller than a page, so nothing runs off the paper', () => {
    const layout = layoutDocument(spec([columns([para(words(1500, 'kiri'))], [para('kanan')])]));
    expect(layout.pages.length).toBeGreaterThan(1);
    for (const page of layout.pages) for (const op of page) if (op.kind === 'text' && op.text.includes('kiri')) expect(op.y).toBeLessThanOrEqual(layout.bottom);
    const all = layout.pages.flat().filter((o): o is TextOp & typeof o => o.kind === 'text') as TextOp[];
    expect(first(all, 'kanan').x).toBeCloseTo(first(all, 'kiri0').x, 5);
  });

  it('writes a continuous section of two Word columns with a column break, numbering each list from 1', async () => {
    const list = (item: string): Block => ({ type: 'list', style: 'decimal', items: [item, `${item} dua`] });
    const file = path.join(tempDir(), 'cols.docx');
    fs.writeFileSync(file, (await renderDocx(spec([para('Pembuka'), list('awal'), columns([list('kiri')], [list('kanan')]), para('Penutup')]))).bytes);
    const xml = unzipText(file, 'word/document.xml');
    expect(xml.match(/<w:sectPr/g)).toHaveLength(3);
    expect(xml).toMatch(/<w:type w:val="continuous"\/>[\s\S]*<w:cols [^>]*w:num="2"/);
    expect(xml).toContain('<w:br w:type="column"/>');
    // Three lists, three numbering instances: each starts at 1.
    const numIds = [...xml.matchAll(/<w:numId w:val="(\d+)"\/>/g)].map((m) => m[1]);
    expect(new Set(numIds).size).toBe(3);
    expect(xml.indexOf('Pembuka')).toBeLessThan(xml.indexOf('kiri'));
    expect(xml.indexOf('kiri')).toBeLessThan(xml.indexOf('w:type="column"'));
    expect(xml.indexOf('w:type="column"')).toBeLessThan(xml.indexOf('kanan'));
    expect(xml.indexOf('kanan')).toBeLessThan(xml.indexOf('Penutup'));
  });

  it('writes flowing columns as a last section of two Word columns without a column break', async () => {
    const file = path.join(tempDir(), 'flow.docx');
    fs.writeFileSync(file, (await renderDocx(spec([para('Pembuka'), { type: 'columns', count: 2, columns: [[para(words(200, 'alir'))]] }]))).bytes);
    const xml = unzipText(file, 'word/document.xml');
    expect(xml).not.toContain('w:type="column"');
    expect(xml.match(/<w:sectPr/g)).toHaveLength(2);
    // Word keeps a section's properties in its last paragraph: "Pembuka" ends the one-column section.
    expect(xml.indexOf('Pembuka')).toBeLessThan(xml.indexOf('alir'));
    expect(xml.lastIndexOf('alir')).toBeLessThan(xml.lastIndexOf('<w:sectPr'));
    expect(xml.slice(xml.lastIndexOf('<w:sectPr'))).toMatch(/<w:type w:val="continuous"\/>[\s\S]*<w:cols [^>]*w:num="2"/);
  });
});
