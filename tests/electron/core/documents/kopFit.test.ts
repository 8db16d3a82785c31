// Kop lines shrink to fit (down to 85%) before they wrap, alike in the PDF and the DOCX.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderDocx } from '../../../../electron/core/documents';
import { KOP_SHRINK_FLOOR, kopLineSize } from '../../../../electron/core/documents/kopFit';
import type { DocumentSpec } from '../../../../electron/core/documents/model';
import { textWidth } from '../../../../electron/core/documents/pdf/measure';
import { layoutDocument } from '../../../../electron/core/documents/pdf/render';
import { KOP } from '../../../../electron/core/documents/typography';
import { letterSpec } from './specs';
import { hasTool, run, sofficeToPdf, unzipText } from './tools';

const KUTAI = 'PEMERINTAH KABUPATEN KUTAI KARTANEGARA';
const TOO_LONG = 'PEMERINTAH KABUPATEN PENAJAM PASER UTARA DAN KABUPATEN MAHAKAM ULU PROVINSI KALIMANTAN TIMUR';

function spec(lines: string[], logo = true): DocumentSpec {
  const base = letterSpec({ logo });
  return { ...base, letterhead: { ...base.letterhead!, lines } };
}

function kopOps(s: DocumentSpec) {
  const layout = layoutDocument(s);
  return layout.pages[0]!.filter((op) => op.kind === 'text' && op.size > KOP.addressPt && op.size <= KOP.lastLinePt && op.y < 120);
}

describe('kop surat lines', () => {
  it('sets a line that nearly fits a little smaller, on one line, centred', () => {
    const ops = kopOps(spec([KUTAI, 'DINAS KOMUNIKASI DAN INFORMATIKA']));
    const kutai = ops.filter((op) => op.kind === 'text' && KUTAI.includes(op.text));
    expect(new Set(kutai.map((op) => (op.kind === 'text' ? op.y : 0))).size).toBe(1);
    const size = kutai[0]!.kind === 'text' ? kutai[0]!.size : 0;
    expect(size).toBeLessThan(KOP.linePt);
    expect(size).toBeGreaterThanOrEqual(KOP.linePt * KOP_SHRINK_FLOOR);
    expect(kutai.map((op) => (op.kind === 'text' ? op.text : '')).join(' ')).toBe(KUTAI);
  });

  it('keeps the full size for a line that fits, and wraps at the floor size what would need more', () => {
    const ops = kopOps(spec(['PEMERINTAH PROVINSI KALIMANTAN TIMUR', TOO_LONG, 'DINAS KOMINFO']));
    const sizeOf = (word: string) => {
      const op = ops.find((o) => o.kind === 'text' && o.text.includes(word));
      return op?.kind === 'text' ? op.size : undefined;
    };
    expect(sizeOf('PROVINSI')).toBe(KOP.linePt);
    expect(sizeOf('PENAJAM')).toBe(Math.ceil(KOP.linePt * KOP_SHRINK_FLOOR * 2) / 2);
    const ys = new Set(ops.filter((op) => op.kind === 'text' && /PENAJAM|MAHAKAM|ULU/.test(op.text)).map((op) => (op.kind === 'text' ? op.y : 0)));
    expect(ys.size).toBeGreaterThan(1);
  });

  it('computes the size from the measured width', () => {
    const width = textWidth(KUTAI, 'regular', 13);
    expect(kopLineSize(KUTAI, false, 13, width + 2)).toBe(13);
    const fitted = kopLineSize(KUTAI, false, 13, width * 0.9);
    expect(fitted).toBeLessThan(13);
    expect(textWidth(KUTAI, 'regular', fitted)).toBeLessThanOrEqual(width * 0.9);
  });

  it('shrinks the line in the DOCX kop too (its own column width), and LibreOffice prints it whole', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ppid-kop-'));
    try {
      const s = spec([KUTAI, 'DINAS KOMUNIKASI DAN INFORMATIKA']);
      const file = path.join(dir, 'kop.docx');
      fs.writeFileSync(file, (await renderDocx(s)).bytes);
      const headers = unzipText(file, 'word/header1.xml') + (run('unzip', ['-Z1', file]).includes('word/header2.xml') ? unzipText(file, 'word/header2.xml') : '');
      const para = /<w:p\b(?:(?!<\/w:p>).)*KUTAI KARTANEGARA(?:(?!<\/w:p>).)*<\/w:p>/s.exec(headers)?.[0] ?? '';
      const halfPoints = Number(/<w:sz w:val="(\d+)"\/>/.exec(para)?.[1]);
      expect(halfPoints).toBeLessThan(KOP.linePt * 2);
      expect(halfPoints).toBeGreaterThanOrEqual(KOP.linePt * 2 * KOP_SHRINK_FLOOR);
      if (!hasTool('soffice')) return;
      sofficeToPdf([file], dir);
      const text = run('pdftotext', ['-layout', path.join(dir, 'kop.pdf'), '-']);
      expect(text).toMatch(/PEMERINTAH KABUPATEN KUTAI KARTANEGARA/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
