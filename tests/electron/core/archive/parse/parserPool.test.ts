// The parse pool: several parser children at once, every answer given to the file it belongs to,
// and the single parser's limits per child (a child killed over its memory cap fails only its file).
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ParserProcess } from '../../../../../electron/core/archive/parse/pool';
import { defaultPoolSize, ParserPool } from '../../../../../electron/core/archive/parse/parserPool';
import type { ParseOutcome } from '../../../../../electron/core/archive/parse/types';
import { makeDocx, makePdf, realWorldCorpus } from '../../../../helpers/archiveFixtures';
import { makePdfBomb } from '../../../../helpers/pdfBomb';

const textOf = (o: ParseOutcome) => (o.status === 'ok' ? o.text : `(${o.status})`);

describe('parser pool', () => {
  it('reads files in two children at once and gives each file its own answer', async () => {
    const pool = new ParserPool({ size: 2 });
    try {
      const files = await Promise.all(Array.from({ length: 8 }, (_, i) => makeDocx({ paragraphs: [`Dokumen nomor ${i}`] })));
      const outcomes = await Promise.all(files.map((bytes, i) => pool.parse(`d${i}.docx`, bytes)));
      expect(outcomes.map(textOf)).toEqual(files.map((_, i) => `Dokumen nomor ${i}`));
      expect(pool.starts).toBe(2);
    } finally {
      pool.close();
    }
  }, 60_000);

  it('a child killed over its memory cap fails only its own file; the others are read', async () => {
    const pool = new ParserPool({ size: 2, maxRssMb: 120, rssFrom: 'child' });
    try {
      const bomb = makePdfBomb(190);
      const small = Array.from({ length: 4 }, (_, i) => makePdf({ pages: [[`Halaman ${i}`]] }));
      const [bombOut, ...rest] = await Promise.all([pool.parse('besar.pdf', await bomb), ...small.map(async (p, i) => pool.parse(`k${i}.pdf`, await p))]);
      expect(bombOut!.status === 'rejected' && bombOut!.reason).toMatch(/^Berkas memakan memori lebih dari 120 MB/);
      expect(rest.map(textOf)).toEqual(['Halaman 0', 'Halaman 1', 'Halaman 2', 'Halaman 3']);
    } finally {
      pool.close();
    }
  }, 120_000);

  it('a child that dies mid-file (killed from outside) fails only that file; the batch goes on in a fresh child', async () => {
    const pool = new ParserPool({ size: 2, maxRssMb: 2000 });
    try {
      // First job, first child: a large file that keeps the child busy for a while.
      const big = pool.parse('besar.pdf', await makePdfBomb(190));
      const small = await Promise.all(Array.from({ length: 4 }, (_, i) => makeDocx({ paragraphs: [`Berkas ${i}`] })));
      const rest = small.map((bytes, i) => pool.parse(`k${i}.docx`, bytes));
      // The child process reading it, seen from outside (as a crash would be): kill -9.
      const internals = pool as unknown as { children: Array<{ parser: { child: { pid?: number } | null; current: unknown } }> };
      await expect.poll(() => internals.children[0]?.parser.current && internals.children[0].parser.child?.pid, { timeout: 30_000 }).toBeTruthy();
      process.kill(internals.children[0]!.parser.child!.pid!, 'SIGKILL');
      const out = await big;
      expect(out.status === 'rejected' && out.reason).toMatch(/^Pembacaan berkas berhenti mendadak \(SIGKILL\)/);
      expect((await Promise.all(rest)).map(textOf)).toEqual(['Berkas 0', 'Berkas 1', 'Berkas 2', 'Berkas 3']);
    } finally {
      pool.close();
    }
  }, 120_000);

  it('refuses what is still queued once closed, in Indonesian', async () => {
    const pool = new ParserPool({ size: 1 });
    const first = pool.parse('a.docx', await makeDocx({ paragraphs: ['Satu'] }));
    const second = pool.parse('b.docx', await makeDocx({ paragraphs: ['Dua'] }));
    pool.close();
    const out = await second;
    expect(out.status === 'rejected' && out.reason).toMatch(/dihentikan/i);
    await first;
    expect((await pool.parse('c.docx', new Uint8Array([1]))).status).toBe('rejected');
  });

  it('sizes itself to the machine, at least one child', () => {
    expect(defaultPoolSize()).toBeGreaterThanOrEqual(1);
    expect(defaultPoolSize()).toBeLessThanOrEqual(8);
  });

  const corpus = realWorldCorpus();
  it.skipIf(!corpus)('answers the whole real-world corpus exactly as one child reading file by file', async () => {
    const files = ['docx', 'pdf'].flatMap((kind) => fs.readdirSync(path.join(corpus!, kind)).sort().map((name) => path.join(corpus!, kind, name)));
    const single = new ParserProcess();
    const pool = new ParserPool({ size: 2 });
    try {
      const one: ParseOutcome[] = [];
      for (const file of files) one.push(await single.parse(path.basename(file), fs.readFileSync(file)));
      const many = await Promise.all(files.map((file) => pool.parse(path.basename(file), fs.readFileSync(file))));
      expect(many).toEqual(one);
      expect(one.filter((o) => o.status === 'ok').length).toBeGreaterThan(files.length / 2);
    } finally {
      single.close();
      pool.close();
    }
  }, 240_000);
});
