// The PDF a user opens, prints and archives: text in reading order, pages and "Halaman x dari y",
// only embedded fonts, the metadata, and glyphs that really draw (OCR of the rendered page).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PDFDocument, PDFName } from 'pdf-lib';
import { renderPdf } from '../../../../electron/core/documents';
import { FOREIGN, LONG_WORD, SPECIAL, letterSpec, registerSpec } from './specs';
import { ocrRecall, pdfFonts, pdfInfo, pdfText, run } from './tools';

let dir: string;
const files = { letter: '', long: '', register: '', noLogo: '' };
const pages = { letter: 0, long: 0, register: 0 };

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ppid-pdf-'));
  const write = async (name: keyof typeof files, spec: Parameters<typeof renderPdf>[0]) => {
    const out = await renderPdf(spec);
    files[name] = path.join(dir, `${name}.pdf`);
    fs.writeFileSync(files[name], out.bytes);
    expect(out.mime).toBe('application/pdf');
    return out.pages ?? 0;
  };
  pages.letter = await write('letter', letterSpec());
  pages.long = await write('long', letterSpec({ paragraphs: 20 }));
  pages.register = await write('register', registerSpec(200));
  await write('noLogo', letterSpec({ logo: false, size: 'F4' }));
}, 60_000);

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const squash = (s: string) => s.replace(/\s+/g, ' ');

describe('PDF letter', () => {
  it('prints the kop surat, title, fields, body and signature in reading order', () => {
    const text = squash(pdfText(files.letter));
    const order = [
      'PEMERINTAH PROVINSI KALIMANTAN TIMUR',
      'DINAS KOMUNIKASI DAN INFORMATIKA',
      'Jl. Basuki Rahmat No. 41',
      'TANDA BUKTI PENERIMAAN PERMOHONAN INFORMASI PUBLIK',
      'Nomor: 001/PPID/XI/2026',
      'Nama Pemohon',
      'Muhammad Rizky Pratama Wijayakusuma Hadiningrat',
      'Realisasi dana desa 2025 (rincian per desa)',
      'Berdasarkan Undang-Undang Nomor 14 Tahun 2008',
      'Hak Pemohon',
      'Mengajukan sengketa ke Komisi Informasi',
      'Samarinda, 23 November 2026',
      'Dra. Siti Rahmawati, M.Si.',
      'NIP. 19750312 200003 2 004',
      'Halaman 1 dari 1',
    ];
    let at = 0;
    for (const piece of order) {
      const found = text.indexOf(piece, at);
      expect(found, `"${piece}" after position ${at}`).toBeGreaterThanOrEqual(0);
      at = found + piece.length;
    }
    expect(pages.letter).toBe(1);
  });

  it('prints typographic quotes, dashes, ½ and № as typed, and a stand-in for characters Arimo lacks', () => {
    const text = squash(pdfText(files.letter));
    for (const ch of ['’', 'é', '—', '–', '“', '”', '½', '№']) expect(text).toContain(ch);
    expect(text).toContain(squash(SPECIAL).slice(0, 20));
    // CJK and emoji have no glyph in Arimo: each becomes "?" instead of a blank box or a crash.
    expect(text).toContain('?? ?? ??');
    expect(text).not.toContain(FOREIGN.slice(0, 2));
  });

  it('breaks a word too long for its column instead of running off the page', () => {
    const text = pdfText(files.letter).replace(/\s+/g, '');
    expect(text).toContain(LONG_WORD);
    // pdftotext -bbox would show coordinates; the layout test checks widths, here it is the text.
  });

  it('runs a long body onto three pages with "Halaman x dari 3" on each', () => {
    expect(pages.long).toBe(3);
    expect(pdfInfo(files.long).Pages).toBe('3');
    for (const page of [1, 2, 3]) expect(pdfText(files.long, page)).toContain(`Halaman ${page} dari 3`);
    // The kop surat is on page 1 only.
    expect(pdfText(files.long, 1)).toContain('DINAS KOMUNIKASI DAN INFORMATIKA');
    expect(pdfText(files.long, 2)).not.toContain('DINAS KOMUNIKASI DAN INFORMATIKA');
    // The signature block stays whole on the last page.
    const last = pdfText(files.long, 3);
    for (const line of ['Samarinda, 23 November 2026', 'Dra. Siti Rahmawati, M.Si.', 'NIP. 19750312 200003 2 004']) expect(last).toContain(line);
  });

  it('passes qpdf --check and embeds every font (no standard-14 fallback)', () => {
    for (const file of Object.values(files)) {
      expect(run('qpdf', ['--check', file])).toContain('No syntax or stream encoding errors');
      const fonts = pdfFonts(file);
      expect(fonts.length).toBeGreaterThan(0);
      for (const font of fonts) {
        expect(font.embedded, font.name).toBe(true);
        expect(font.name).toMatch(/^[A-Z]{6}\+Arimo-/);
      }
    }
  });

  it('carries title, author, subject, keywords, creator, creation date and language id-ID', async () => {
    const info = pdfInfo(files.letter);
    expect(info.Title).toBe('Tanda Bukti Penerimaan Permohonan 001/PPID/XI/2026');
    expect(info.Author).toBe('Dinas Komunikasi dan Informatika Provinsi Kalimantan Timur');
    expect(info.Subject).toBe('Tanda bukti penerimaan permohonan informasi publik');
    expect(info.Keywords).toContain('UU KIP');
    expect(info.Creator).toBe('PPID Desk');
    expect(info['Page size']).toMatch(/^595\.\d+ x 841\.\d+ pts \(A4\)/);
    const doc = await PDFDocument.load(fs.readFileSync(files.letter), { updateMetadata: false });
    expect(doc.getCreationDate()?.toISOString()).toBe('2026-11-23T02:00:00.000Z');
    expect(doc.catalog.get(PDFName.of('Lang'))?.toString()).toBe('(id-ID)');
  });

  it('gives the same bytes for the same letter (an issued letter is a record)', async () => {
    const again = await renderPdf(letterSpec());
    expect(Buffer.from(again.bytes).equals(fs.readFileSync(files.letter))).toBe(true);
  });

  it('uses F4 paper (215 × 330 mm) and prints a kop surat without a logo', () => {
    expect(pdfInfo(files.noLogo)['Page size']).toMatch(/^609\.\d+ x 935\.\d+ pts/);
    expect(pdfText(files.noLogo)).toContain('DINAS KOMUNIKASI DAN INFORMATIKA');
  });

  it('draws real glyphs: OCR of the rendered page reads at least 80% of the words', () => {
    const { recall, missing } = ocrRecall(files.letter, 1, dir);
    expect(recall, `OCR missed: ${missing.join(', ')}`).toBeGreaterThanOrEqual(0.8);
  });
});

describe('PDF register (200 rows, F4 landscape)', () => {
  it('is F4 landscape and repeats the header row on every page', () => {
    expect(pdfInfo(files.register)['Page size']).toMatch(/^935\.\d+ x 609\.\d+ pts/);
    expect(pages.register).toBeGreaterThan(3);
    for (let page = 1; page <= pages.register; page++) {
      const text = pdfText(files.register, page);
      expect(text, `page ${page}`).toContain('Nomor Registrasi');
      expect(text, `page ${page}`).toContain(`Halaman ${page} dari ${pages.register}`);
    }
  });

  it('prints every row once, in order, each row whole on one page', () => {
    const perPage = Array.from({ length: pages.register }, (_, i) => pdfText(files.register, i + 1));
    let lastPage = 0;
    for (let row = 1; row <= 200; row++) {
      const number = `${String(row).padStart(3, '0')}/PPID/XI/2026`;
      const on = perPage.flatMap((text, i) => (text.includes(number) ? [i] : []));
      expect(on, number).toHaveLength(1);
      expect(on[0]!).toBeGreaterThanOrEqual(lastPage);
      lastPage = on[0]!;
    }
  });

  it('draws real glyphs on a continuation page', () => {
    const { recall, missing } = ocrRecall(files.register, 2, dir);
    expect(recall, `OCR missed: ${missing.join(', ')}`).toBeGreaterThanOrEqual(0.8);
  });
});
