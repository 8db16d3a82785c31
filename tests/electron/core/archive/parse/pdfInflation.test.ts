// PDF decompression bombs become "ditolak" verdicts with bounded memory: the streams are decoded
// against a cap before pdf.js sees them (whatever filter or dictionary trick they hide behind), and
// the parser child is killed above its RSS cap (pool.test.ts covers that path without /proc).
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { ParserProcess, processRss } from '../../../../../electron/core/archive/parse/pool';
import { checkPdfInflation, MAX_PDF_INFLATED_BYTES } from '../../../../../electron/core/archive/parse/pdfInflation';
import { makePdf, realWorldCorpus } from '../../../../helpers/archiveFixtures';
import { brotliZeros, deflatedZeros, makePdfBomb, onePagePdf, scannedPdf } from '../../../../helpers/pdfBomb';
import { ascii85Encode, asciiHexEncode, lzwEncode } from '../../../../helpers/pdfEncode';

const MB = 1024 * 1024;
const GB = 1024 * MB;
const linux = processRss(process.pid) !== undefined;
const corpus = realWorldCorpus();

/** Samples this process's RSS until stopped; returns the highest value seen. */
function sampleRss(): () => number {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 10);
  return () => {
    clearInterval(timer);
    return Math.max(peak, process.memoryUsage().rss);
  };
}

describe('PDF inflation cap', () => {
  it('passes an ordinary PDF and counts what its streams inflate to', async () => {
    const pdf = await makePdf({ title: 'APBD', pages: [['Anggaran pendapatan dan belanja daerah 2026']] });
    const check = await checkPdfInflation(pdf);
    expect(check.ok).toBe(true);
    expect(check.streams).toBeGreaterThan(0);
    expect(check.inflatedBytes).toBeGreaterThan(0);
  });

  it('stops at the cap on a stream that inflates past it', async () => {
    const bomb = await makePdfBomb(64); // 64 MB of zeros in ~64 KB
    expect(bomb.length).toBeLessThan(200_000);
    expect(await checkPdfInflation(bomb, 16 * MB)).toMatchObject({ ok: false, streams: 1 });
    expect(await checkPdfInflation(bomb, 128 * MB)).toMatchObject({ ok: true, inflatedBytes: 64 * MB });
  });

  // 64 MB of zeros behind each trick a bomb can use to get past a check that only reads
  // "/Filter/FlateDecode" right before "stream"; measured against a 16 MB cap.
  const variants: [string, () => Promise<Buffer>][] = [
    ['nested /DecodeParms after /Filter', async () => onePagePdf('/Filter/FlateDecode/DecodeParms<</Columns 1>>', await deflatedZeros(64))],
    ['a dictionary longer than 1 KB', async () => onePagePdf(`/Filter/FlateDecode/Pad(${'x'.repeat(3000)})`, await deflatedZeros(64))],
    ['a name escape (/FlateDecod#65)', async () => onePagePdf('/Filter/FlateDecod#65', await deflatedZeros(64))],
    ['an indirect /Filter', async () => onePagePdf('/Filter 9 0 R', await brotliZeros(64), { before: '9 0 obj /BrotliDecode endobj\n' })],
    ['a decoy /Filter inside a string', async () => onePagePdf('/Filter/BrotliDecode/T(/Filter/DCTDecode)', await brotliZeros(64))],
    ['Brotli', async () => onePagePdf('/Filter/BrotliDecode', await brotliZeros(64))],
    ['LZW with a full dictionary', async () => onePagePdf('/Filter/LZWDecode', lzwEncode(Buffer.alloc(64 * MB)))],
    ['ASCIIHex then Flate', async () => onePagePdf('/Filter[/AHx/Fl]', asciiHexEncode(await deflatedZeros(64)))],
    ['ASCII85 then Flate', async () => onePagePdf('/Filter[/A85/Fl]', ascii85Encode(await deflatedZeros(64)))],
    ['Flate twice', async () => onePagePdf('/Filter[/Fl/Fl]', zlib.deflateSync(await deflatedZeros(64)))],
    ['a truncated stream', async () => onePagePdf('/Filter/FlateDecode', (await deflatedZeros(64)).subarray(0, -16))],
    ['a wrong checksum', async () => onePagePdf('/Filter/FlateDecode', Buffer.concat([(await deflatedZeros(64)).subarray(0, -4), Buffer.from('ABCD')]))],
    [
      'a damaged stream without endstream in front',
      async () => Buffer.concat([onePagePdf('/Filter/FlateDecode', Buffer.from('rusak'), { endstream: false }), await makePdfBomb(64)]),
    ],
  ];

  it.each(variants)('refuses a bomb behind %s', async (_label, build) => {
    const pdf = await build();
    expect(pdf.length).toBeLessThan(300_000);
    const check = await checkPdfInflation(pdf, 16 * MB);
    expect(check.ok).toBe(false);
    expect(check.inflatedBytes).toBeGreaterThan(16 * MB);
  }, 30_000);

  it('adds up many streams that each stay under the cap', async () => {
    const one = onePagePdf('/Filter/FlateDecode', await deflatedZeros(6));
    const pdf = Buffer.concat(Array.from({ length: 4 }, () => one));
    expect(await checkPdfInflation(pdf, 16 * MB)).toMatchObject({ ok: false, streams: 3 });
    expect(await checkPdfInflation(pdf, 32 * MB)).toMatchObject({ ok: true, streams: 4, inflatedBytes: 24 * MB });
  });

  it('does not count image XObjects, which text extraction never decodes (a scanned report)', async () => {
    const scan = await scannedPdf(3, 100); // 300 MB of pixels over three pages
    const check = await checkPdfInflation(scan);
    expect(check).toMatchObject({ ok: true, streams: 0 });
    const parser = new ParserProcess();
    try {
      const read = await parser.parse('pindaian.pdf', scan);
      expect(read.status === 'ok' && read.text).toMatch(/Pindaian halaman 1[\s\S]*Pindaian halaman 3/);
      expect(parser.lastPeakRss).toBeLessThan(256 * MB);
    } finally {
      parser.close();
    }
  }, 60_000);

  it('keeps its own memory flat while measuring a 1 GB stream', async () => {
    const bomb = await makePdfBomb(1024);
    const before = process.memoryUsage().rss;
    const stop = sampleRss();
    const check = await checkPdfInflation(bomb);
    const peak = stop();
    expect(check.ok).toBe(false);
    expect(check.inflatedBytes).toBeGreaterThan(MAX_PDF_INFLATED_BYTES);
    // Decoding 200 MB in chunks: the growth is a few chunks and zlib's window, not the stream.
    expect(peak - before).toBeLessThan(64 * MB);
  }, 60_000);

  it.skipIf(!corpus)('passes every PDF of the real-world corpus (skipped: ../shared/fixtures/real-world is absent)', async () => {
    const dir = path.join(corpus!, 'pdf');
    const files = fs.readdirSync(dir).filter((f) => f.endsWith('.pdf'));
    expect(files.length).toBeGreaterThan(20);
    for (const file of files) {
      const check = await checkPdfInflation(fs.readFileSync(path.join(dir, file)));
      expect({ file, ok: check.ok }).toEqual({ file, ok: true });
    }
  }, 60_000);
});

describe('parser child against bombs', () => {
  it.each([1024, 4096])('rejects a PDF inflating to %i MB as "ditolak", parent and child together under 1 GB', async (mb) => {
    const bomb = await makePdfBomb(mb);
    const parser = new ParserProcess();
    try {
      const stop = sampleRss();
      const outcome = await parser.parse('bom.pdf', bomb);
      const parentPeak = stop();
      expect(outcome.status).toBe('rejected');
      expect(outcome.status === 'rejected' && outcome.reason).toMatch(/^PDF berisi aliran terkompresi .*bom dekompresi/);
      expect(parser.lastPeakRss).toBeGreaterThan(0);
      expect(parentPeak + parser.lastPeakRss).toBeLessThan(GB);
      // The same child reads an ordinary file next.
      const ok = await parser.parse('biasa.pdf', await makePdf({ pages: [['Daftar informasi publik']] }));
      expect(ok.status).toBe('ok');
    } finally {
      parser.close();
    }
  }, 120_000);

  it('refuses a 2 KB Brotli PDF that pdf.js would inflate to 1 GB before pdf.js sees it', async () => {
    const bomb = onePagePdf('/Filter/BrotliDecode', await brotliZeros(1024));
    expect(bomb.length).toBeLessThan(4096);
    const parser = new ParserProcess();
    try {
      const outcome = await parser.parse('kecil.pdf', bomb);
      expect(outcome.status === 'rejected' && outcome.reason).toMatch(/^PDF berisi aliran terkompresi/);
      expect(parser.lastPeakRss).toBeLessThan(512 * MB);
    } finally {
      parser.close();
    }
  }, 120_000);

  it.skipIf(!linux)('kills the child above its RSS cap and says so (Linux: /proc)', async () => {
    const parser = new ParserProcess({ maxRssMb: 120 });
    try {
      const outcome = await parser.parse('besar.pdf', await makePdfBomb(190)); // under the inflation cap, over the RSS cap
      expect(outcome).toMatchObject({ status: 'rejected' });
      expect(outcome.status === 'rejected' && outcome.reason).toMatch(/memakan memori lebih dari 120 MB/);
      expect((await parser.parse('biasa.pdf', await makePdf({ pages: [['Satu']] }))).status).toBe('ok');
    } finally {
      parser.close();
    }
  }, 120_000);
});
