// The import history: every run and its per-file verdicts are stored as they come, survive a
// restart, and can be listed per run or across runs, filtered by verdict.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { call, testCore } from '../../../helpers/core';
import { makeDocx, makePdf } from '../../../helpers/archiveFixtures';
import { tempDir } from '../../../helpers/tempDir';

const b64 = (bytes: Uint8Array | string) => Buffer.from(bytes).toString('base64');

describe('archive import history', () => {
  it('keeps an upload run of the page with a line per file, the unsent ones included, after a restart', async () => {
    const dataDir = tempDir();
    const core = testCore({ dataDir });
    const docx = await makeDocx({ title: 'Renstra 2025-2029', paragraphs: ['Rencana strategis.'] });
    await call(core, 'archive:importFile', { batchId: 'run-1', name: 'renstra.docx', dataBase64: b64(docx) });
    await call(core, 'archive:importFile', { batchId: 'run-1', name: 'salinan.docx', relativePath: 'sub/salinan.docx', dataBase64: b64(docx) });
    await call(core, 'archive:importFile', { batchId: 'run-1', name: 'potong.docx', dataBase64: b64(docx.subarray(0, 200)) });
    const finished = await call(core, 'archive:finishImport', {
      batchId: 'run-1',
      unsent: [{ name: 'video.mp4', reasonCode: 'too_large', size: 80 * 1024 * 1024 }],
    });
    expect(finished).toMatchObject({ batchId: 'run-1', source: 'upload', actor: 'tester', cancelled: false, total: 4, counts: { imported: 1, duplicate: 1, rejected: 2, encrypted: 0, skipped: 0 } });
    expect(finished.finishedAt).not.toBeNull();
    core.close();

    const again = testCore({ dataDir });
    const { runs } = await call(again, 'archive:importRuns', {});
    expect(runs.map((r) => r.batchId)).toEqual(['run-1']);
    const all = await call(again, 'archive:importItems', { runId: runs[0]!.id });
    expect(all.items.map((i) => [i.relativePath, i.verdict, i.reasonCode])).toEqual([
      ['renstra.docx', 'imported', null],
      ['sub/salinan.docx', 'duplicate', 'duplicate'],
      ['potong.docx', 'rejected', 'docx_corrupt'],
      ['video.mp4', 'rejected', 'too_large'],
    ]);
    expect(all.items[0]).toMatchObject({ title: 'Renstra 2025-2029', documentExists: true, withdrawnAt: null });
    expect(all.items[1]!.reason).toMatch(/sama persis \(SHA-256\) dengan "Renstra 2025-2029"/);
    // The library's own words are kept as the detail only; the reason is the app's sentence.
    expect(all.items[2]!.reason).toMatch(/^Berkas DOCX rusak atau bukan DOCX/);
    expect(all.items[2]!.detail).toMatch(/central directory/i);
    expect(all.items[3]).toMatchObject({ reasonParams: { size: '80.0 MB', limit: 50 } });

    const rejected = await call(again, 'archive:importItems', { runId: runs[0]!.id, verdicts: ['rejected'] });
    expect(rejected.items.map((i) => i.name)).toEqual(['potong.docx', 'video.mp4']);
    expect(rejected.counts).toEqual({ imported: 1, duplicate: 1, rejected: 2, encrypted: 0, skipped: 0 });
    const some = await call(again, 'archive:importItems', { runId: runs[0]!.id, verdicts: ['imported', 'duplicate'] });
    expect(some.items.map((i) => i.verdict)).toEqual(['imported', 'duplicate']);
  });

  it('records a path import with its skipped files and a cancelled run; lists runs newest first, paged', async () => {
    const root = tempDir();
    fs.writeFileSync(path.join(root, 'a.pdf'), await makePdf({ title: 'Satu', pages: [['Satu']] }));
    fs.writeFileSync(path.join(root, '~$kunci.docx'), 'kunci Word');
    const core = testCore();
    await call(core, 'archive:importPaths', { batchId: 'p1', paths: [root] });
    const single = await call(core, 'archive:importFile', { name: 'lain.txt', dataBase64: b64('teks lain') });
    expect(single.verdict).toBe('imported');

    const first = await call(core, 'archive:importRuns', { limit: 1 });
    expect(first.hasMore).toBe(true);
    // The upload without a batch is a run of its own, already finished.
    expect(first.runs[0]).toMatchObject({ source: 'upload', total: 1, counts: { imported: 1 } });
    expect(first.runs[0]!.finishedAt).not.toBeNull();
    const second = await call(core, 'archive:importRuns', { limit: 1, beforeId: first.runs[0]!.id });
    expect(second).toMatchObject({ hasMore: false, runs: [{ batchId: 'p1', source: 'paths', cancelled: false, total: 2, counts: { imported: 1, skipped: 1 } }] });
    const skipped = await call(core, 'archive:importItems', { verdicts: ['skipped'] });
    expect(skipped.items).toMatchObject([{ name: '~$kunci.docx', reasonCode: 'skip_office_lock', reason: expect.stringMatching(/kunci sementara Microsoft Office/) }]);

    for (let i = 0; i < 4; i += 1) fs.writeFileSync(path.join(root, `d${i}.docx`), await makeDocx({ paragraphs: [`Dokumen ${i}`] }));
    core.events.on('archive:progress', (p) => {
      if (p.batchId === 'p2' && p.done === 1) void core.handle('archive:cancelImport', { batchId: 'p2' });
    });
    await call(core, 'archive:importPaths', { batchId: 'p2', paths: [root] });
    const latest = (await call(core, 'archive:importRuns', { limit: 1 })).runs[0]!;
    expect(latest).toMatchObject({ batchId: 'p2', cancelled: true });
    expect(latest.total).toBeLessThan(7);
  });

  it('pages the lines of all runs newest first, by keyset', async () => {
    const core = testCore();
    for (let i = 0; i < 5; i += 1) await call(core, 'archive:importFile', { batchId: `r${i}`, name: `f${i}.txt`, dataBase64: b64(`isi ${i}`) });
    const page1 = await call(core, 'archive:importItems', { limit: 2 });
    expect(page1.items.map((i) => i.name)).toEqual(['f4.txt', 'f3.txt']);
    expect(page1.hasMore).toBe(true);
    const page2 = await call(core, 'archive:importItems', { limit: 2, cursor: page1.items.at(-1)!.id });
    expect(page2.items.map((i) => i.name)).toEqual(['f2.txt', 'f1.txt']);
    const missing = await core.handle('archive:importItems', { runId: 999 });
    expect(missing.ok || missing.error.message).toBe('Impor dengan id 999 tidak ditemukan.');
    const badVerdict = await core.handle('archive:importItems', { verdicts: ['hilang' as never] });
    expect(badVerdict.ok || badVerdict.error.code).toBe('invalid_input');
  });
});
