// Odd input must never stop a letter that is due today: both renderers finish and write a valid
// file for empty parts, a damaged logo, and a JPEG logo.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { renderDocx, renderPdf } from '../../../../electron/core/documents';
import type { DocumentSpec } from '../../../../electron/core/documents/model';
import { makePng } from '../../../helpers/images';
import { letterSpec } from './specs';
import { pdfInfo, pdfText, run, unzipText } from './tools';

let dir: string;
let jpeg: Uint8Array;
beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ppid-edge-'));
  // A real, decodable JPEG: a rendered page of a small PDF, through pdftoppm.
  const source = path.join(dir, 'source.pdf');
  fs.writeFileSync(source, (await renderPdf({ ...letterSpec(), letterhead: undefined })).bytes);
  run('pdftoppm', ['-jpeg', '-scale-to', '90', '-singlefile', source, path.join(dir, 'logo')]);
  jpeg = new Uint8Array(fs.readFileSync(path.join(dir, 'logo.jpg')));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function withLogo(bytes: Uint8Array, mime: 'image/png' | 'image/jpeg'): DocumentSpec {
  const spec = letterSpec();
  return { ...spec, letterhead: { ...spec.letterhead!, logo: { bytes, mime } } };
}

const odd: DocumentSpec = {
  ...letterSpec(),
  letterhead: { lines: [], address: '', contacts: '' },
  footer: { pageNumbers: false },
  blocks: [
    { type: 'table', columns: [], rows: [['a']] },
    { type: 'table', columns: [{ header: 'Kolom', widthPct: 0 }], rows: [] },
    { type: 'fields', rows: [] },
    { type: 'list', style: 'alpha', items: [] },
    { type: 'title', text: '' },
    { type: 'paragraph', runs: [] },
    { type: 'paragraph', runs: [{ text: 'Satu-satunya kalimat.\u0000\u0007\uD800' }] },
    { type: 'signature', titleLines: [], name: '' },
  ],
};

describe('renderers on odd input', () => {
  it.each([
    ['damaged PNG logo', withLogo(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]), 'image/png')],
    ['PNG with garbage after a valid header', withLogo(new Uint8Array([...makePng(40, 40).subarray(0, 33), 0, 0, 0, 0]), 'image/png')],
    ['JPEG logo', 'jpeg' as const],
    ['empty parts and control characters', odd],
  ])('%s: a valid PDF and DOCX', async (name, given) => {
    const spec = given === 'jpeg' ? withLogo(jpeg, 'image/jpeg') : given;
    const pdfFile = path.join(dir, `${name}.pdf`);
    fs.writeFileSync(pdfFile, (await renderPdf(spec)).bytes);
    expect(run('qpdf', ['--check', pdfFile])).toContain('No syntax or stream encoding errors');
    expect(Number(pdfInfo(pdfFile).Pages)).toBeGreaterThanOrEqual(1);
    const docxFile = path.join(dir, `${name}.docx`);
    fs.writeFileSync(docxFile, (await renderDocx(spec)).bytes);
    const xml = unzipText(docxFile, 'word/document.xml');
    // Characters XML forbids would make Word refuse the whole file.
    // eslint-disable-next-line no-control-regex -- these are exactly what must not appear
    expect(xml).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
    if (given === 'jpeg') expect(unzipText(docxFile, 'word/_rels/header2.xml.rels') + unzipText(docxFile, 'word/_rels/header1.xml.rels')).toMatch(/media\/image1\.jpe?g/);
    if (spec === odd) {
      expect(pdfText(pdfFile)).toContain('Satu-satunya kalimat.');
      expect(xml).toContain('Satu-satunya kalimat.</w:t>');
    } else {
      expect(pdfText(pdfFile)).toContain('DINAS KOMUNIKASI DAN INFORMATIKA');
    }
  });
});
