// The published DIP and the Daftar Informasi yang Dikecualikan pass the same checks as the letters
// (issue 13): qpdf, every font embedded, OCR of the first page reads what pdftotext reads (≥ 80%),
// and the DOCX opens in LibreOffice with its heading and rows. The tools come from the CI's
// packages (qpdf, poppler-utils, tesseract-ocr-ind, libreoffice-writer); a missing one is skipped.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Core } from '../../../../electron/core';
import { call, fixedClock, testCore, validProfile } from '../../../helpers/core';
import { makeDocx } from '../../../helpers/archiveFixtures';
import { tempDir } from '../../../helpers/tempDir';
import { hasTool, ocrRecall, pdfFonts, run, sofficeToPdf } from '../documents/tools';

async function importDoc(core: Core, title: string): Promise<number> {
  const bytes = await makeDocx({ title, paragraphs: [title] });
  return (await call(core, 'archive:importFile', { name: `${title}.docx`, dataBase64: bytes.toString('base64') })).documentId!;
}

async function seeded() {
  const core = testCore({ clock: fixedClock('2026-11-23T02:00:00Z') });
  await call(core, 'settings:saveProfile', validProfile);
  await call(core, 'archive:setDipDecree', { number: '188.4/12/DISKOMINFO/2026', date: '2026-01-15', updatedDate: '2026-07-01' });
  const a = await importDoc(core, 'satu');
  await call(core, 'archive:update', { id: a, dipNumber: 'DIP-002', title: 'Laporan Keuangan Tahunan 2025', unit: 'Sekretariat', producedDate: '2026-03-02', category: 'berkala' });
  const b = await importDoc(core, 'dua');
  await call(core, 'archive:update', {
    id: b, dipNumber: 'DIP-001', title: 'Data kesehatan pegawai', category: 'dikecualikan', exemptionLetter: 'h',
    exemptionLaw: 'UU 27/2022', consequenceTest: 'Membuka data kesehatan merugikan hak pribadi pegawai.', exemptionYears: 5,
    decreeNumber: '800/123/DISKOMINFO/2026', decreeDate: '2026-02-01', reviewDate: '2027-02-01',
  });
  return core;
}

function write(dir: string, file: { fileName: string; dataBase64: string }): string {
  const target = path.join(dir, file.fileName);
  fs.writeFileSync(target, Buffer.from(file.dataBase64, 'base64'));
  return target;
}

describe('DIP and exempt list files as the letters are checked', () => {
  it('pass qpdf, embed their fonts, OCR back, and open in LibreOffice', async () => {
    const core = await seeded();
    const dir = tempDir('ppid-dip-check-');
    const lists = [
      { pdf: await call(core, 'archive:exportDip', { format: 'pdf' }), docx: await call(core, 'archive:exportDip', { format: 'docx' }), heading: 'DAFTAR INFORMASI PUBLIK' },
      {
        pdf: await call(core, 'archive:exportDip', { format: 'pdf', exempt: true }),
        docx: await call(core, 'archive:exportDip', { format: 'docx', exempt: true }),
        heading: 'DAFTAR INFORMASI YANG DIKECUALIKAN',
      },
    ];
    for (const list of lists) {
      const pdfFile = write(dir, list.pdf);
      if (hasTool('qpdf')) run('qpdf', ['--check', pdfFile]);
      const fonts = pdfFonts(pdfFile);
      expect(fonts.length).toBeGreaterThan(0);
      expect(fonts.every((f) => f.embedded)).toBe(true);
      if (hasTool('tesseract')) expect(ocrRecall(pdfFile, 1, dir).recall).toBeGreaterThanOrEqual(0.8);
      const docxFile = write(dir, list.docx);
      if (hasTool('soffice')) {
        sofficeToPdf([docxFile], dir);
        const converted = path.join(dir, `${path.basename(docxFile, '.docx')}.pdf`);
        const text = execFileSync('pdftotext', [converted, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
        expect(text).toContain(list.heading);
        expect(text).toContain(list === lists[0] ? 'Laporan Keuangan Tahunan 2025' : 'Data kesehatan pegawai');
      }
    }
  }, 180_000);
});
