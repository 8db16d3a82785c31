// Library failures become the app's own Indonesian reasons; the raw words only as the detail.
import { describe, expect, it } from 'vitest';
import { docxFailure, pdfFailure, zipFailure } from '../../../../../electron/core/archive/parse/failures';
import { fillTemplate, IMPORT_REASON_TEXT_ID, importReason } from '../../../../../shared/domain/archive/reasons';

describe('import failure reasons', () => {
  it.each([
    ['End of central directory record signature not found. Either not a zip file, or file is truncated.', 'docx_corrupt'],
    ['invalid central directory file header signature: 0xe1000001', 'docx_corrupt'],
  ])('zip directory: %s -> %s', (message, code) => {
    const reason = zipFailure(new Error(message));
    expect(reason).toMatchObject({ code, detail: message });
    expect(reason.reason).toBe(IMPORT_REASON_TEXT_ID.docx_corrupt);
    expect(reason.reason).toMatch(/^Berkas DOCX rusak atau bukan DOCX/);
  });

  it.each([
    ['[xmldom error]\tentity not found:&testent;\n@#[line:undefined,col:undefined]', 'docx_external_entity'],
    ['Could not find main document part. Are you sure this is a valid .docx file?', 'docx_not_word'],
    ["Can't find end of central directory : is this a zip file ?", 'docx_corrupt'],
    ['Corrupted zip : CRC32 mismatch', 'docx_corrupt'],
    ['[xmldom error]\tunclosed xml attribute', 'docx_unreadable'],
  ] as const)('mammoth: %j -> %s', (message, code) => {
    const reason = docxFailure(new Error(message));
    expect(reason.code).toBe(code);
    expect(reason.reason).toBe(IMPORT_REASON_TEXT_ID[code]);
    // The detail is one line: whitespace of the library's message collapsed.
    expect(reason.detail).toBe(message.replace(/\s+/g, ' ').trim());
  });

  it('pdf.js: an invalid structure is "PDF rusak", anything else "tidak dapat dibaca"; a non-Error is handled', () => {
    expect(pdfFailure(Object.assign(new Error('Invalid PDF structure.'), { name: 'InvalidPDFException' }))).toMatchObject({ code: 'pdf_corrupt', detail: 'Invalid PDF structure.' });
    expect(pdfFailure({ name: 'FormatError', message: 'Bad FCHECK in flate stream: 120, 239' }).code).toBe('pdf_corrupt');
    expect(pdfFailure({ name: 'UnknownErrorException', message: 'Worker was destroyed' })).toMatchObject({ code: 'pdf_unreadable', reason: IMPORT_REASON_TEXT_ID.pdf_unreadable });
    expect(pdfFailure('aneh').detail).toBe('aneh');
  });

  it('fills parameters into the Indonesian sentence and leaves an unknown placeholder visible', () => {
    expect(importReason('too_large', { size: '61.0 MB', limit: 50 }).reason).toBe('Berkas berukuran 61.0 MB, lebih besar dari batas 50 MB per berkas. Pisahkan atau kecilkan dahulu.');
    expect(fillTemplate('a {{x}} b {{y}}', { x: 1 })).toBe('a 1 b {{y}}');
    expect(importReason('empty')).toEqual({ code: 'empty', params: {}, reason: 'Berkas kosong (0 bita).' });
  });
});
