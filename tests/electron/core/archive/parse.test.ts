// The parser child process on generated and hostile files: DOCX text and a safe preview, PDF text,
// pages and metadata, zip bombs refused from the zip directory alone, broken and disguised files
// refused with a reason, encrypted files reported, a hung parse killed ("waktu habis").
import { afterAll, describe, expect, it } from 'vitest';
import { PDFDocument } from 'pdf-lib';
import { ParserProcess } from '../../../../electron/core/archive/parse/pool';
import type { ParseOutcome } from '../../../../electron/core/archive/parse/types';
import { makeDocx, makePdf } from '../../../helpers/archiveFixtures';
import { makeZip, minimalDocx, para, wordXml } from '../../../helpers/zip';

const parser = new ParserProcess({ timeoutMs: 20_000 });
afterAll(() => parser.close());

function ok(outcome: ParseOutcome) {
  if (outcome.status !== 'ok') throw new Error(`expected ok, got ${JSON.stringify(outcome)}`);
  return outcome;
}
function rejected(outcome: ParseOutcome): string {
  if (outcome.status !== 'rejected') throw new Error(`expected rejected, got ${outcome.status}`);
  return outcome.reason;
}

describe('archive parser process', () => {
  it('reads a generated DOCX: text for search, sanitised HTML preview, core properties', async () => {
    const bytes = await makeDocx({
      title: 'Laporan Dana Desa 2025',
      paragraphs: ['Realisasi Dana Desa Kecamatan Tenggarong tahun 2025.', 'Rekapitulasi anggaran pendapatan dan belanja.'],
      link: { text: 'klik di sini', href: 'javascript:alert(1)' },
    });
    const out = ok(await parser.parse('laporan.docx', bytes));
    expect(out.fileType).toBe('docx');
    expect(out.text).toContain('Realisasi Dana Desa Kecamatan Tenggarong');
    expect(out.html).toContain('<p>Realisasi Dana Desa');
    expect(out.html).not.toMatch(/javascript:/i);
    expect(out.html).toContain('klik di sini');
    expect(out.meta.title).toBe('Laporan Dana Desa 2025');
  });

  it('strips scripts, event handlers and javascript: links that reach the HTML', async () => {
    const xml = wordXml(para('&lt;script&gt;alert(1)&lt;/script&gt; Teks aman'));
    const out = ok(await parser.parse('skrip.docx', minimalDocx(xml)));
    expect(out.text).toContain('Teks aman');
    // The text is escaped by mammoth; the preview never carries a live <script>.
    expect(out.html).not.toMatch(/<script/i);
  });

  it('reads a generated PDF: text of every page, page count, title, author and date', async () => {
    const bytes = await makePdf({ title: 'SOP Pelayanan Informasi', author: 'PPID Kaltim', pages: [['Standar Operasional Prosedur'], ['Halaman kedua: keberatan']] });
    const out = ok(await parser.parse('sop.pdf', bytes));
    expect(out.fileType).toBe('pdf');
    expect(out.pageCount).toBe(2);
    expect(out.text).toContain('Standar Operasional Prosedur');
    expect(out.text).toContain('Halaman kedua: keberatan');
    expect(out.meta).toMatchObject({ title: 'SOP Pelayanan Informasi', author: 'PPID Kaltim', created: '2025-03-14' });
  });

  it('refuses a zip bomb from its central directory: one entry inflating 1000x', async () => {
    const zeros = new Uint8Array(8 * 1024 * 1024);
    const bomb = minimalDocx(wordXml(para('x')), [{ name: 'word/media/zeros.bin', data: zeros }]);
    expect(bomb.length).toBeLessThan(100_000);
    expect(rejected(await parser.parse('bom.docx', bomb))).toMatch(/mengembang \d+ kali lipat.*bom ZIP/);
  });

  it('refuses an entry that declares a huge size, and a zip with too many entries', async () => {
    const liar = minimalDocx(wordXml(para('x')), [{ name: 'word/big.xml', data: 'x', declaredSize: 3_000_000_000 }]);
    expect(rejected(await parser.parse('besar.docx', liar))).toMatch(/mengaku berukuran .* MB.*bom ZIP/);
    const many = makeZip(Array.from({ length: 2100 }, (_, i) => ({ name: `p/${i}.xml`, data: '<a/>' })));
    expect(rejected(await parser.parse('banyak.docx', many))).toMatch(/2100 bagian.*bom ZIP/);
  });

  it('refuses a truncated zip and a file named .docx that is not a zip', async () => {
    const whole = await makeDocx({ paragraphs: ['Utuh'] });
    expect(rejected(await parser.parse('potong.docx', whole.subarray(0, Math.floor(whole.length / 2))))).toMatch(/^Berkas DOCX rusak atau bukan DOCX: .*terpotong/);
    expect(rejected(await parser.parse('palsu.docx', Buffer.from('bukan zip sama sekali')))).toMatch(/bukan dokumen Word/);
  });

  it('survives an XML entity bomb (billion laughs) and keeps serving the next file', async () => {
    const lol = `<!DOCTYPE w:document [<!ENTITY a "ha"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;"><!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;"><!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;"><!ENTITY g "&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;"><!ENTITY h "&g;&g;&g;&g;&g;&g;&g;&g;&g;&g;"><!ENTITY i "&h;&h;&h;&h;&h;&h;&h;&h;&h;&h;">]>`;
    const bomb = minimalDocx(wordXml(para('&i;'), lol));
    const out = await parser.parse('tawa.docx', bomb);
    // Refused or read without the expansion: never hours of work or a billion characters.
    if (out.status === 'ok') expect(out.text.length).toBeLessThan(10_000);
    else expect(out.status).toBe('rejected');
    expect(ok(await parser.parse('berikut.docx', await makeDocx({ paragraphs: ['Masih jalan'] }))).text).toContain('Masih jalan');
  });

  it('refuses a file named .pdf that is not a PDF, and a PDF without its trailer', async () => {
    expect(rejected(await parser.parse('surat.pdf', Buffer.from('<html>bukan pdf</html>')))).toMatch(/bukan PDF/);
    const broken = Buffer.from('%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n%%EOF');
    expect(rejected(await parser.parse('rusak.pdf', broken))).toMatch(/PDF rusak/);
  });

  it('reports a password-protected PDF as encrypted', async () => {
    // A PDF whose trailer names an /Encrypt dictionary that needs a user password.
    const doc = await PDFDocument.create();
    doc.addPage();
    const plain = Buffer.from(await doc.save({ useObjectStreams: false })).toString('latin1');
    const encrypt = '99 0 obj\n<< /Filter /Standard /V 1 /R 2 /O <' + 'ab'.repeat(32) + '> /U <' + 'cd'.repeat(32) + '> /P -4 >>\nendobj\n';
    const withEncrypt = plain.replace(/trailer\s*<</, (m) => `${m} /Encrypt 99 0 R /ID [<0123456789abcdef0123456789abcdef> <0123456789abcdef0123456789abcdef>]`).replace('xref', `${encrypt}xref`);
    const out = await parser.parse('rahasia.pdf', Buffer.from(withEncrypt, 'latin1'));
    expect(out.status).toBe('encrypted');
  });

  it('stores other file types without text', async () => {
    const out = ok(await parser.parse('tabel.xlsx', Buffer.from('PK\u0003\u0004whatever')));
    expect(out).toMatchObject({ fileType: 'other', text: '', html: null });
  });

  it('one child process serves a whole batch', async () => {
    const local = new ParserProcess();
    for (let i = 0; i < 5; i += 1) ok(await local.parse(`d${i}.docx`, await makeDocx({ paragraphs: [`Dokumen ${i}`] })));
    expect(local.starts).toBe(1);
    local.close();
  });

  it('kills a parse that runs past the timeout ("waktu habis") and restarts for the next file', async () => {
    const slow = new ParserProcess({ timeoutMs: 1 });
    const pdf = await makePdf({ pages: [['Satu']] });
    expect(rejected(await slow.parse('lambat.pdf', pdf))).toMatch(/^Waktu habis/);
    slow.setTimeoutMs(20_000);
    expect(ok(await slow.parse('cepat.pdf', pdf)).text).toContain('Satu');
    expect(slow.starts).toBe(2);
    slow.close();
  });
});
