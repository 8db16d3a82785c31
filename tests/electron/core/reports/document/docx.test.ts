// The report's DOCX, which offices edit before publishing: LibreOffice opens it, the six parts
// and the tables' figures are in it, the charts are pictures with alt text, and the daftar isi
// points at the parts' bookmarks with PAGEREF fields.
import fs from 'node:fs';
import path from 'node:path';
import mammoth from 'mammoth';
import { angka } from '../../../../../electron/core/reports/document/format';
import { SECTIONS } from '../../../../../electron/core/reports/document/spec';
import { pdfText, sofficeToPdf, unzipText, zipEntries } from '../../documents/tools';
import { renderToFile, tool, type Rendered } from './render';

let report: Rendered;
const flat = (text: string) => text.replace(/\s+/g, ' ');

beforeAll(async () => {
  report = await renderToFile('docx');
}, 60_000);

afterAll(() => fs.rmSync(report.dir, { recursive: true, force: true }));

describe('report DOCX', () => {
  it('holds the six parts in order, the narrative and the figures (mammoth)', async () => {
    const { value } = await mammoth.extractRawText({ path: report.file });
    const text = flat(value);
    let at = text.indexOf(SECTIONS.f) + SECTIONS.f.length; // past the daftar isi
    for (const title of Object.values(SECTIONS)) {
      const found = text.indexOf(title, at);
      expect(found, title).toBeGreaterThanOrEqual(at);
      at = found + title.length;
    }
    const r = report.figures.requests;
    for (const n of [r.received, r.granted_full, r.refusal_reasons.ps17_h, report.figures.objections.received]) expect(text).toContain(angka(n));
    expect(text).toContain('Pasal 17 huruf h: mengungkap rahasia pribadi');
    expect(text).toContain('Belum diisi.');
    expect(text).toContain('Dra. Siti Rahmawati, M.Si.');
  });

  it('has the charts as PNG pictures with alt text, and a daftar isi of PAGEREF fields to bookmarks', () => {
    const pictures = zipEntries(report.file).filter((e) => /^word\/media\/.+\.png$/.test(e));
    expect(pictures.length).toBeGreaterThanOrEqual(4);
    const doc = unzipText(report.file, 'word/document.xml');
    const alts = [...doc.matchAll(/<wp:docPr [^>]*descr="([^"]*)"/g)].map((m) => m[1]!);
    expect(alts.filter((a) => a.startsWith('Grafik')).length).toBeGreaterThanOrEqual(4);
    expect(alts.some((a) => a.includes(`Mei ${angka(report.figures.requests.by_month[4]!.received)}`))).toBe(true);
    for (const id of ['bagian_a', 'bagian_b', 'bagian_c', 'bagian_d', 'bagian_e', 'bagian_f']) {
      expect(doc).toContain(`w:name="${id}"`);
      expect(doc).toMatch(new RegExp(`PAGEREF ${id}\\b`));
    }
  });

  it.skipIf(!tool('soffice') || !tool('pdftotext'))('opens in LibreOffice, which prints the parts and the figures [soffice]', () => {
    const out = path.join(report.dir, 'lo');
    fs.mkdirSync(out);
    sofficeToPdf([report.file], out);
    const pdf = path.join(out, 'laporan.pdf');
    expect(fs.existsSync(pdf)).toBe(true);
    const text = flat(pdfText(pdf));
    for (const title of Object.values(SECTIONS)) expect(text).toContain(title);
    expect(text).toContain(angka(report.figures.requests.received));
    expect(text).toContain('LAPORAN LAYANAN INFORMASI PUBLIK');
  }, 120_000);
});
