// The report's PDF as the KI's monev reviewer gets it: valid (qpdf), fonts embedded, the six
// Perki 1/2021 Ps 56 parts with the tables' figures in the text, a daftar isi whose page numbers
// are right, at least two charts at print resolution, real glyphs (OCR) and at most 2 MB.
import fs from 'node:fs';
import { formatCell } from '../../../../../electron/core/reports/document/blocks';
import { REPORT_TITLE, SECTIONS } from '../../../../../electron/core/reports/document/spec';
import { cellKindOf, reportTables, tableList } from '../../../../../electron/core/reports/document/tables';
import { ocrRecall, pdfFonts, pdfInfo, pdfText, run } from '../../documents/tools';
import { buildFigures } from './figures';
import { renderToFile, tool, type Rendered } from './render';

let report: Rendered;
let pages = 0;
const flat = (text: string) => text.replace(/\s+/g, ' ');

beforeAll(async () => {
  report = await renderToFile('pdf');
  pages = Number(pdfInfo(report.file).Pages);
}, 60_000);

afterAll(() => fs.rmSync(report.dir, { recursive: true, force: true }));

describe('report PDF', () => {
  it.skipIf(!tool('qpdf'))('passes qpdf --check [qpdf]', () => {
    expect(run('qpdf', ['--check', report.file])).toContain('No syntax or stream encoding errors');
  });

  it('embeds every font it uses [pdffonts]', () => {
    const fonts = pdfFonts(report.file);
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.filter((f) => !f.embedded)).toEqual([]);
    expect(fonts.every((f) => f.name.includes('Arimo'))).toBe(true);
  });

  it('has the cover, the daftar isi and the six parts in the order of Perki 1/2021 Ps 56', () => {
    const text = flat(pdfText(report.file));
    const cover = flat(pdfText(report.file, 1));
    expect(cover).toContain(REPORT_TITLE);
    expect(cover).toContain(report.figures.period.label.toUpperCase());
    expect(cover).toContain('DINAS KOMUNIKASI DAN INFORMATIKA');
    expect(flat(pdfText(report.file, 2))).toContain('DAFTAR ISI');
    let at = text.indexOf('DAFTAR ISI') + 10;
    // After the daftar isi (which lists them too), each part's heading in order.
    at = text.indexOf(SECTIONS.f, at) + SECTIONS.f.length;
    for (const title of Object.values(SECTIONS)) {
      const found = text.indexOf(title, at);
      expect(found, title).toBeGreaterThan(at - 1);
      at = found + title.length;
    }
    // The empty narrative (obstacles) prints a placeholder, the others their text.
    const e = text.slice(text.lastIndexOf(SECTIONS.e), text.lastIndexOf(SECTIONS.f));
    expect(e).toContain('Belum diisi.');
    expect(text).toContain('Menyusun jadwal pemutakhiran DIP bersama unit pengolah.');
    // The PPID's signature closes the report.
    expect(flat(pdfText(report.file, pages))).toContain('Dra. Siti Rahmawati, M.Si.');
  });

  it('prints the daftar isi page numbers where the parts really start', () => {
    const toc = pdfText(report.file, 2).split('\n');
    for (const title of Object.values(SECTIONS)) {
      const line = toc.find((l) => l.includes(title.slice(0, 30)));
      const page = Number(/(\d+)\s*$/.exec(line ?? '')?.[1]);
      expect(page, title).toBeGreaterThan(2);
      expect(flat(pdfText(report.file, page)), `${title} on page ${page}`).toContain(title);
      if (page > 3) expect(flat(pdfText(report.file, page - 1))).not.toContain(title);
    }
  });

  it('carries every table figure, formatted the Indonesian way, on the row it belongs to', () => {
    const layout = run('pdftotext', ['-layout', '-enc', 'UTF-8', report.file, '-']).split('\n');
    const tables = tableList(reportTables(report.figures));
    let checked = 0;
    for (const table of tables) {
      table.rows.forEach((row, r) => {
        const label = String(row[0]).slice(0, 24);
        const value = formatCell(row[1]!, cellKindOf(table, r, 1));
        // The row's line starts with its label and shows its value (the share, if any, follows).
        const hit = layout.some((l) => l.includes(label) && new RegExp(`\\s${value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(\\s|$)`).test(l.slice(l.indexOf(label) + label.length)));
        expect(hit, `${table.title}: "${label}" ${value}`).toBe(true);
        checked++;
      });
    }
    expect(checked).toBeGreaterThan(60);
    const text = flat(pdfText(report.file));
    expect(text).toContain('Pasal 17 huruf h: mengungkap rahasia pribadi');
    expect(text).toContain('1.204'); // thousands with a dot
    expect(text).toContain('6,4'); // decimals with a comma
  });

  it.skipIf(!tool('pdfimages'))('has at least two charts at print resolution [pdfimages]', () => {
    const rows = run('pdfimages', ['-list', report.file])
      .split('\n')
      .slice(2)
      .filter((l) => l.trim())
      .map((l) => l.trim().split(/\s+/));
    // page num type width height color comp bpc enc interp object ID x-ppi y-ppi size ratio
    const charts = rows.filter((c) => c[2] === 'image' && Number(c[3]) >= 800);
    expect(charts.length).toBeGreaterThanOrEqual(2);
    for (const c of charts) expect(Number(c[12])).toBeGreaterThanOrEqual(200);
  });

  it('stays within the 2 MB the KI accepts as monev evidence', () => {
    expect(report.bytes.length).toBeLessThanOrEqual(2 * 1024 * 1024);
    console.log(`report PDF: ${pages} pages, ${(report.bytes.length / 1024).toFixed(0)} KB, rendered in ${report.ms.toFixed(0)} ms (first render, charts included)`);
  });

  it.skipIf(!tool('tesseract') || !tool('pdftoppm'))('draws real glyphs: OCR reads at least 80% of the words on the cover, a text page and a table page [tesseract]', () => {
    const tablePage = Array.from({ length: pages }, (_, i) => i + 1).find((p) => pdfText(report.file, p).includes('Pasal 17 huruf h'))!;
    for (const page of [1, 3, tablePage]) {
      const { recall, missing } = ocrRecall(report.file, page, report.dir);
      expect(recall, `page ${page}, OCR missed: ${missing.join(', ')}`).toBeGreaterThanOrEqual(0.8);
    }
  }, 60_000);
});

describe('report PDF, other inputs', () => {
  it('renders an empty quarter (no cases at all) and a profile not yet filled in', async () => {
    const zero = buildFigures({ period: '2026-Q3', monthly: [0] });
    const out = await renderToFile('pdf', { figures: zero, narrative: { policy: '', service: '', obstacles: '', recommendations: '' }, profile: false });
    try {
      const text = flat(pdfText(out.file));
      expect(text).toContain('TRIWULAN III 2026');
      expect(text).toContain('Juli 2026');
      expect(text).toContain('September 2026');
      expect(text).not.toContain('Juni 2026');
      expect(text).not.toContain('Oktober 2026');
      expect(text.match(/Belum diisi\./g)).toHaveLength(4);
      // No kop surat and no signature without a complete office profile.
      expect(text).not.toContain('NIP.');
    } finally {
      fs.rmSync(out.dir, { recursive: true, force: true });
    }
  });

  it('renders a year well under 5 s once the fonts and ECharts are loaded, to the same bytes', async () => {
    const again = await renderToFile('pdf');
    fs.rmSync(again.dir, { recursive: true, force: true });
    // The same figures, narrative and time give the same file (an exported report is evidence).
    expect(Buffer.from(again.bytes).equals(Buffer.from(report.bytes))).toBe(true);
    console.log(`report PDF (warm): ${again.ms.toFixed(0)} ms`);
    expect(again.ms).toBeLessThan(5000);
  });
});
