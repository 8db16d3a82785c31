// The DOCX an officer opens in Word or LibreOffice to adjust a letter: body text (mammoth),
// the kop surat in a first-page-only header and page fields in the footer (read from the zip,
// since mammoth ignores headers and footers), styles in Indonesian, and LibreOffice opening it.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import mammoth from 'mammoth';
import { renderDocx } from '../../../../electron/core/documents';
import { FOREIGN, LONG_WORD, SPECIAL, letterSpec, registerSpec } from './specs';
import { hasTool, pdfInfo, pdfText, sofficeToPdf, unzipText, zipEntries } from './tools';

let dir: string;
const files = { letter: '', register: '' };

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ppid-docx-'));
  for (const [name, spec] of [
    ['letter', letterSpec({ paragraphs: 20 })],
    ['register', registerSpec(200)],
  ] as const) {
    const out = await renderDocx(spec);
    expect(out.mime).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    files[name] = path.join(dir, `${name}.docx`);
    fs.writeFileSync(files[name], out.bytes);
  }
}, 60_000);

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** The header or footer part a section uses for `type` ('first' | 'default'). */
function partFor(file: string, kind: 'header' | 'footer', type: 'first' | 'default'): string {
  const doc = unzipText(file, 'word/document.xml');
  const id = new RegExp(`<w:${kind}Reference w:type="${type}" r:id="([^"]+)"`).exec(doc)?.[1];
  expect(id, `${type} ${kind} reference`).toBeTruthy();
  const rels = unzipText(file, 'word/_rels/document.xml.rels');
  const target = new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1];
  return unzipText(file, `word/${target}`);
}

const xmlText = (xml: string) => [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');

describe('DOCX letter', () => {
  it('reads back the fields, body, lists and signature in order (mammoth)', async () => {
    const { value } = await mammoth.extractRawText({ path: files.letter });
    const text = value.replace(/\s+/g, ' ');
    const order = [
      'TANDA BUKTI PENERIMAAN PERMOHONAN INFORMASI PUBLIK',
      'Nomor: 001/PPID/XI/2026',
      'Muhammad Rizky Pratama Wijayakusuma Hadiningrat',
      LONG_WORD,
      'Berdasarkan Undang-Undang Nomor 14 Tahun 2008',
      'Mengajukan sengketa ke Komisi Informasi',
      'Samarinda, 23 November 2026',
      'Dra. Siti Rahmawati, M.Si.',
      'NIP. 19750312 200003 2 004',
    ];
    let at = 0;
    for (const piece of order) {
      const found = text.indexOf(piece, at);
      expect(found, `"${piece}" after ${at}`).toBeGreaterThanOrEqual(0);
      at = found + piece.length;
    }
    // Word has its own font fallback: the DOCX keeps every character as typed.
    expect(text).toContain(SPECIAL);
    expect(text).toContain(FOREIGN);
  });

  it('puts the kop surat in a first-page-only header with a ruled last paragraph', () => {
    const doc = unzipText(files.letter, 'word/document.xml');
    expect(doc).toContain('<w:titlePg/>');
    const first = partFor(files.letter, 'header', 'first');
    const firstText = xmlText(first);
    for (const line of ['PEMERINTAH PROVINSI KALIMANTAN TIMUR', 'DINAS KOMUNIKASI DAN INFORMATIKA', 'Jl. Basuki Rahmat No. 41', 'ppid@kaltimprov.go.id']) expect(firstText).toContain(line);
    expect(first).toMatch(/<w:pBdr><w:bottom w:val="thickThinSmallGap"/);
    expect(first).toContain('<w:drawing>'); // the logo
    expect(xmlText(partFor(files.letter, 'header', 'default'))).toBe('');
  });

  it('has "Halaman {PAGE} dari {NUMPAGES}" as fields in the footer of every page', () => {
    for (const type of ['first', 'default'] as const) {
      const footer = partFor(files.letter, 'footer', type);
      expect(xmlText(footer)).toContain('Nomor 001/PPID/XI/2026');
      expect(xmlText(footer)).toContain('Halaman ');
      expect(footer).toMatch(/<w:instrText[^>]*>PAGE<\/w:instrText>/);
      expect(footer).toMatch(/<w:instrText[^>]*>NUMPAGES<\/w:instrText>/);
    }
  });

  it('uses real styles: Normal in Arial 11 pt, language id-ID, Title and headings', () => {
    const styles = unzipText(files.letter, 'word/styles.xml');
    const defaults = /<w:docDefaults>.*<\/w:docDefaults>/.exec(styles)?.[0] ?? '';
    expect(defaults).toContain('<w:lang w:val="id-ID"');
    expect(defaults).toContain('w:ascii="Arial"');
    expect(defaults).toContain('<w:sz w:val="22"/>');
    const doc = unzipText(files.letter, 'word/document.xml');
    expect(doc).toContain('<w:pStyle w:val="Title"/>');
    expect(doc).toContain('<w:pStyle w:val="Heading2"/>');
    expect(doc).toContain('<w:numPr>'); // lists are Word lists, not typed numbers
    expect(doc).toMatch(/<w:jc w:val="both"\/>/); // justified body
  });

  it('carries title, creator, subject and keywords in docProps/core.xml', () => {
    const core = unzipText(files.letter, 'docProps/core.xml');
    expect(core).toContain('<dc:title>Tanda Bukti Penerimaan Permohonan 001/PPID/XI/2026</dc:title>');
    expect(core).toContain('<dc:creator>Dinas Komunikasi dan Informatika Provinsi Kalimantan Timur</dc:creator>');
    expect(core).toContain('<dc:subject>Tanda bukti penerimaan permohonan informasi publik</dc:subject>');
    expect(core).toContain('<cp:keywords>PPID, permohonan, UU KIP</cp:keywords>');
    expect(zipEntries(files.letter)).toContain('word/media/image1.png');
  });
});

describe('DOCX register (200 rows, F4 landscape)', () => {
  it('is F4 landscape with a repeated header row and rows that never split', () => {
    const doc = unzipText(files.register, 'word/document.xml');
    // 330 × 215 mm in twentieths of a point.
    expect(doc).toMatch(/<w:pgSz w:w="1870\d" w:h="1218\d" w:orient="landscape"\/>/);
    expect(doc.match(/<w:tblHeader\/>/g)).toHaveLength(1);
    expect((doc.match(/<w:cantSplit\/>/g) ?? []).length).toBeGreaterThanOrEqual(201);
    expect(xmlText(doc)).toContain('200/PPID/XI/2026');
  });

  it('uses the "Tabel PPID" table style, defined next to the built-in Word styles', () => {
    const styles = unzipText(files.register, 'word/styles.xml');
    expect(styles).toMatch(/<w:style w:type="table" w:styleId="TabelPPID"><w:name w:val="Tabel PPID"\/>/);
    for (const id of ['Normal', 'Title', 'Heading1', 'Heading2']) expect(styles).toContain(`w:styleId="${id}"`);
    expect(unzipText(files.register, 'word/document.xml')).toContain('<w:tblStyle w:val="TabelPPID"/>');
  });
});

describe.skipIf(!hasTool('soffice'))('DOCX in LibreOffice', () => {
  // The DOCX names Arial; without a font of Arial's metrics LibreOffice falls back to DejaVu, whose
  // wider glyphs wrap the kop and move the page breaks. Debian's fonts-liberation2 provides it
  // (a *recommended* package that `--no-install-recommends` skips: .ci/run installs it by name).
  it('has an Arial-metric font to lay the DOCX out with (Debian package fonts-liberation2)', () => {
    const match = spawnSync('fc-match', ['Arial'], { encoding: 'utf8' });
    expect(match.stdout, 'install fonts-liberation2: LibreOffice would substitute Arial with a wider font').toMatch(/Liberation Sans/);
  });

  it('opens both files; the letter runs to several pages with the kop on page 1 and page numbers', () => {
    sofficeToPdf([files.letter, files.register], dir);
    const letterPdf = path.join(dir, 'letter.pdf');
    const pages = Number(pdfInfo(letterPdf).Pages);
    expect(pages).toBeGreaterThanOrEqual(2);
    const first = pdfText(letterPdf, 1);
    expect(first).toContain('DINAS KOMUNIKASI DAN INFORMATIKA');
    expect(first).toContain(`Halaman 1 dari ${pages}`);
    expect(pdfText(letterPdf, 2)).not.toContain('DINAS KOMUNIKASI DAN INFORMATIKA');
    expect(pdfText(letterPdf, pages)).toContain('NIP. 19750312 200003 2 004');
    const registerPdf = path.join(dir, 'register.pdf');
    expect(pdfInfo(registerPdf)['Page size']).toMatch(/^935\.\d+ x 609\.\d+ pts/);
    expect(pdfText(registerPdf, 2)).toContain('Nomor Registrasi');
  }, 120_000);
});

if (!hasTool('soffice')) {
  it.skip('LibreOffice (soffice) is not installed: the DOCX was not opened in an office suite', () => {});
}
