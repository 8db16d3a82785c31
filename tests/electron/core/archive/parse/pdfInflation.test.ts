// PDF decompression bombs become "ditolak" verdicts with bounded memory: the streams are inflated
// against a cap before pdf.js sees them, and the parser child is killed above its RSS cap.
import { describe, expect, it } from 'vitest';
import { ParserProcess, processRss } from '../../../../../electron/core/archive/parse/pool';
import { checkPdfInflation } from '../../../../../electron/core/archive/parse/pdfInflation';
import { makePdf } from '../../../../helpers/archiveFixtures';
import { makePdfBomb } from '../../../../helpers/pdfBomb';

const GB = 1024 ** 3;
const linux = processRss(process.pid) !== undefined;

describe('PDF inflation cap', () => {
  it('passes an ordinary PDF and counts what its streams inflate to', async () => {
    const pdf = await makePdf({ title: 'APBD', pages: [['Anggaran pendapatan dan belanja daerah 2026']] });
    const check = checkPdfInflation(pdf);
    expect(check.ok).toBe(true);
    expect(check.streams).toBeGreaterThan(0);
    expect(check.inflatedBytes).toBeGreaterThan(0);
  });

  it('stops at the cap on a stream that inflates past it', async () => {
    const bomb = await makePdfBomb(64); // 64 MB of zeros in ~64 KB
    expect(bomb.length).toBeLessThan(200_000);
    expect(checkPdfInflation(bomb, 16 * 1024 * 1024)).toMatchObject({ ok: false, streams: 1 });
    expect(checkPdfInflation(bomb, 128 * 1024 * 1024)).toMatchObject({ ok: true, inflatedBytes: 64 * 1024 * 1024 });
  });
});

describe('parser child against bombs', () => {
  it.each([1024, 4096])('rejects a PDF inflating to %i MB as "ditolak", parent and child well under 1 GB', async (mb) => {
    const bomb = await makePdfBomb(mb);
    const parser = new ParserProcess();
    try {
      const outcome = await parser.parse('bom.pdf', bomb);
      expect(outcome.status).toBe('rejected');
      expect(outcome.status === 'rejected' && outcome.reason).toMatch(/bom dekompresi/);
      if (linux) expect(parser.lastPeakRss).toBeLessThan(GB);
      expect(process.memoryUsage().rss).toBeLessThan(GB);
      // The same child reads an ordinary file next.
      const ok = await parser.parse('biasa.pdf', await makePdf({ pages: [['Daftar informasi publik']] }));
      expect(ok.status).toBe('ok');
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
