// The clarification as files, checked like the letters: the PDF passes qpdf, embeds its fonts, reads
// back label/claim/facts with pdftotext and OCRs at 80 %+; the DOCX holds the same; the PNG card is
// 1080×1080, OCRs its label and carries its alt text.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cardSvg, layoutCard, readDescription, wrapText } from '../../../../../electron/core/newsroom/clarifications/card';
import { call, fixedClock, testCore, validProfile } from '../../../../helpers/core';
import { clarificationInput } from '../../../../helpers/clarificationInput';
import { docxText } from '../../../../helpers/exportedFiles';
import { makePng } from '../../../../helpers/images';
import { tempDir } from '../../../../helpers/tempDir';
import { hasTool, ocrRecall, pdfFonts, pdfText, run } from '../../documents/tools';

const NOW = '2026-12-02T02:00:00Z';
const flat = (s: string) => s.replace(/\s+/g, ' ').trim();

async function published() {
  const core = testCore({ clock: fixedClock(NOW) });
  await call(core, 'settings:saveProfile', validProfile);
  await call(core, 'settings:setLogo', { fileName: 'logo.png', dataBase64: makePng(120, 120).toString('base64') });
  const c = await call(core, 'clarifications:create', clarificationInput({ crisis: true }));
  for (const step of ['verifikasi', 'draf', 'persetujuan', 'publikasi'] as const) await call(core, 'clarifications:step', { id: c.id, step });
  return { core, c };
}

describe('clarification files', () => {
  it('writes a PDF on the letterhead that passes qpdf, embeds its fonts, reads back label, claim and facts and OCRs at 80 %+', async () => {
    const { core, c } = await published();
    const out = await call(core, 'clarifications:export', { id: c.id, format: 'pdf' });
    expect(out).toMatchObject({ fileName: 'klarifikasi-001-KLR-PPID-XII-2026.pdf', mimeType: 'application/pdf' });
    const dir = tempDir();
    const file = path.join(dir, out.fileName);
    fs.writeFileSync(file, Buffer.from(out.dataBase64, 'base64'));
    run('qpdf', ['--check', file]);
    const fonts = pdfFonts(file);
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.every((f) => f.embedded)).toBe(true);
    const text = flat(pdfText(file));
    for (const expected of ['KLARIFIKASI [HOAKS]', `Nomor: ${c.number}`, flat(c.claim), flat(c.facts), c.source, 'BPBD Kota Samarinda', validProfile.instansiLines[1]!, validProfile.ppid.name, 'Samarinda, 2 Desember 2026']) {
      expect(text).toContain(expected);
    }
    if (hasTool('tesseract')) expect(ocrRecall(file, 1, dir).recall).toBeGreaterThanOrEqual(0.8);
  });

  it('writes the same content as DOCX', async () => {
    const { core, c } = await published();
    const out = await call(core, 'clarifications:export', { id: c.id, format: 'docx' });
    const text = await docxText(out.dataBase64);
    for (const expected of ['KLARIFIKASI [HOAKS]', flat(c.claim), flat(c.facts), c.links[0]!]) expect(text).toContain(expected);
  });

  it('draws a 1080×1080 PNG card whose label OCRs and which carries its alt text', async () => {
    const { core, c } = await published();
    const out = await call(core, 'clarifications:export', { id: c.id, format: 'png' });
    const png = Buffer.from(out.dataBase64, 'base64');
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1080, 1080]);
    expect(out.altText).toContain('[HOAKS]');
    expect(out.altText).toContain('Bendungan Benanga');
    expect(readDescription(png)).toBe(out.altText);
    if (hasTool('tesseract')) {
      const dir = tempDir();
      const file = path.join(dir, 'card.png');
      fs.writeFileSync(file, png);
      const ocr = execFileSync('tesseract', [file, '-', '-l', 'ind'], { encoding: 'utf8' });
      expect(ocr).toContain('HOAKS');
      expect(ocr.toUpperCase()).toContain('FAKTA');
      expect(ocr).toMatch(/Benanga/);
    }
  });

  it('wraps Indonesian text inside the card width with the app font, hyphenating a word too long for a line', () => {
    const lines = wrapText('Pemerintah Provinsi Kalimantan Timur memastikan pertanggungjawabannya', 40, 300);
    expect(lines.length).toBeGreaterThan(2);
    expect(lines.join(' ').replace(/- /g, '')).toContain('Pemerintah');
    const long = wrapText('pertanggungjawabannya', 40, 200);
    expect(long.length).toBeGreaterThan(1);
  });

  it('shrinks the type for long facts and clips only past the smallest size, with an ellipsis', () => {
    const short = layoutCard('Klaim pendek.', 'Fakta pendek.');
    expect(short.size).toBe(44);
    const facts = 'Balai Wilayah Sungai Kalimantan IV memastikan bendungan dalam kondisi aman. '.repeat(12);
    const mid = layoutCard('Klaim beredar di WhatsApp.', facts.slice(0, 600));
    expect(mid.size).toBeLessThan(44);
    expect(mid.facts.join(' ')).not.toContain('…');
    const huge = layoutCard('Klaim beredar di WhatsApp.', facts.repeat(3));
    expect(huge.size).toBe(24);
    expect(huge.facts.at(-1)).toMatch(/…$/);
    // What is drawn stays above the footer band (y = 950).
    const ys = [...cardSvg({ clarification: { number: '001/KLR/PPID/XII/2026', label: 'DISINFORMASI', title: 'x', claim: 'Klaim.', facts: facts.repeat(3), source: '' }, office: 'Diskominfo', dateText: '2 Desember 2026' }).matchAll(/<text x="[\d.]+" y="([\d.]+)" font-size="24" fill="#111111"/g)].map((m) => Number(m[1]));
    expect(ys.length).toBe(huge.facts.length);
    expect(Math.max(...ys)).toBeLessThan(950);
  });
});
