// Importing into the archive through the contract: bytes (browser uploads) and paths (files and
// folders), duplicates by SHA-256, per-file verdicts that never stop a batch, the blob written
// before its row, progress events and cancel, every import audited.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { listAudit } from '../../../../electron/core/audit/repo';
import { openDatabase } from '../../../../electron/core/db/connection';
import { checkDatabaseFile } from '../../../../electron/core/maintenance/check';
import { call, testCore } from '../../../helpers/core';
import { makeDocx, makePdf } from '../../../helpers/archiveFixtures';
import { tempDir } from '../../../helpers/tempDir';

const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');

describe('archive import', () => {
  it('imports an uploaded DOCX: blob stored by SHA-256, row, search entry and audit entry', async () => {
    const dataDir = tempDir();
    const core = testCore({ dataDir });
    const bytes = await makeDocx({ title: 'Rencana Strategis 2025-2029', paragraphs: ['Rencana strategis Dinas Kominfo.'] });
    const item = await call(core, 'archive:importFile', { name: 'renstra.docx', dataBase64: b64(bytes) });
    expect(item).toMatchObject({ verdict: 'imported', title: 'Rencana Strategis 2025-2029', fileType: 'docx', reason: null });
    const detail = await call(core, 'archive:get', { id: item.documentId! });
    expect(fs.readFileSync(path.join(dataDir, 'blobs', detail.sha256.slice(0, 2), detail.sha256))).toEqual(Buffer.from(bytes));
    expect(detail.previewHtml).toContain('Rencana strategis Dinas Kominfo.');
    const hits = await call(core, 'archive:search', { query: 'strategis' });
    expect(hits.hits.map((h) => h.id)).toEqual([item.documentId]);
    core.close();
    const db = openDatabase(path.join(dataDir, 'archive.db'));
    expect(listAudit(db, { entity: 'archive_document' }).map((e) => e.action)).toEqual(['archive.import']);
    db.close();
    expect(checkDatabaseFile(path.join(dataDir, 'archive.db'), path.join(dataDir, 'blobs')).ok).toBe(true);
  });

  it('reports a second copy of the same bytes as a duplicate and does not import it again', async () => {
    const core = testCore();
    const bytes = await makePdf({ title: 'APBD 2026', pages: [['Anggaran Pendapatan dan Belanja Daerah']] });
    const first = await call(core, 'archive:importFile', { name: 'apbd.pdf', dataBase64: b64(bytes) });
    const second = await call(core, 'archive:importFile', { name: 'apbd-salinan.pdf', dataBase64: b64(bytes) });
    expect(second).toMatchObject({ verdict: 'duplicate', documentId: first.documentId });
    expect(second.reason).toMatch(/SHA-256.*"APBD 2026"/);
    expect((await call(core, 'archive:search', { query: '' })).hits).toHaveLength(1);
  });

  it('rejects a bad file with an Indonesian reason and stores nothing for it', async () => {
    const dataDir = tempDir();
    const core = testCore({ dataDir });
    const item = await call(core, 'archive:importFile', { name: 'palsu.pdf', dataBase64: b64(Buffer.from('bukan pdf')) });
    expect(item).toMatchObject({ verdict: 'rejected', documentId: null });
    expect(item.reason).toMatch(/bukan PDF/);
    const blobs = fs.readdirSync(path.join(dataDir, 'blobs')).filter((d) => d !== 'tmp');
    expect(blobs).toEqual([]);
  });

  it('stores an encrypted file and says "terenkripsi"', async () => {
    const core = testCore();
    const cfb = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(600)]);
    const item = await call(core, 'archive:importFile', { name: 'rahasia.docx', dataBase64: b64(cfb) });
    expect(item.verdict).toBe('encrypted');
    expect(item.reason).toMatch(/terenkripsi/);
    expect((await call(core, 'archive:get', { id: item.documentId! })).encrypted).toBe(true);
  });

  it('refuses an upload over 50 MB before decoding it', async () => {
    const core = testCore();
    const result = await core.handle('archive:importFile', { name: 'besar.pdf', dataBase64: 'A'.repeat(70 * 1024 * 1024) });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toMatch(/lebih besar dari 50 MB/);
  });

  it('imports folders recursively from paths: one bad file never stops the batch, progress per file', async () => {
    const root = tempDir();
    fs.mkdirSync(path.join(root, 'dip', 'sub'), { recursive: true });
    fs.writeFileSync(path.join(root, 'dip', 'a.docx'), await makeDocx({ paragraphs: ['Satu'] }));
    fs.writeFileSync(path.join(root, 'dip', 'b.pdf'), Buffer.from('rusak'));
    fs.writeFileSync(path.join(root, 'dip', 'sub', 'c.pdf'), await makePdf({ pages: [['Tiga']] }));
    fs.writeFileSync(path.join(root, 'dip', '~$a.docx'), 'kunci Word');
    const core = testCore();
    const progress: unknown[] = [];
    core.events.on('archive:progress', (p) => progress.push(p));
    const report = await call(core, 'archive:importPaths', { batchId: 'b1', paths: [path.join(root, 'dip'), path.join(root, 'tidak-ada.pdf')] });
    expect(report.items.map((i) => [i.relativePath, i.verdict])).toEqual([
      [path.join('dip', '~$a.docx'), 'skipped'], // Word's lock file: listed, never read
      [path.join('dip', 'a.docx'), 'imported'],
      [path.join('dip', 'b.pdf'), 'rejected'],
      [path.join('dip', 'sub', 'c.pdf'), 'imported'],
      [path.join(root, 'tidak-ada.pdf'), 'rejected'],
    ]);
    expect(report.counts).toEqual({ imported: 2, duplicate: 0, rejected: 2, encrypted: 0, skipped: 1 });
    expect(report.items[0]!.reason).toMatch(/kunci sementara Microsoft Office/);
    expect(progress).toHaveLength(5);
    expect(progress[1]).toMatchObject({ batchId: 'b1', done: 2, total: 5, name: 'a.docx', verdict: 'imported' });
  });

  it('a copy later in the same folder, parsed alongside the first, is a duplicate; verdicts keep the sorted order', async () => {
    const root = tempDir();
    const bytes = await makeDocx({ paragraphs: ['Salinan ganda'] });
    fs.writeFileSync(path.join(root, 'a.docx'), bytes);
    for (let i = 0; i < 5; i += 1) fs.writeFileSync(path.join(root, `b${i}.docx`), await makeDocx({ paragraphs: [`Berkas ${i}`] }));
    fs.writeFileSync(path.join(root, 'c.docx'), bytes);
    const core = testCore();
    const done: number[] = [];
    core.events.on('archive:progress', (p) => done.push(p.done));
    const report = await call(core, 'archive:importPaths', { batchId: 'dup', paths: [root] });
    expect(report.items.map((i) => [i.name, i.verdict])).toEqual([
      ['a.docx', 'imported'], ...[0, 1, 2, 3, 4].map((i) => [`b${i}.docx`, 'imported']), ['c.docx', 'duplicate'],
    ]);
    expect(report.items[6]!.documentId).toBe(report.items[0]!.documentId);
    expect(done).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect((await call(core, 'archive:search', { query: 'ganda' })).hits).toHaveLength(1);
  });

  it('stops a batch on cancel after the file being read', async () => {
    const root = tempDir();
    for (let i = 0; i < 6; i += 1) fs.writeFileSync(path.join(root, `d${i}.docx`), await makeDocx({ paragraphs: [`Dokumen ${i}`] }));
    const core = testCore();
    core.events.on('archive:progress', (p) => {
      if (p.done === 2) void core.handle('archive:cancelImport', { batchId: 'b2' });
    });
    const report = await call(core, 'archive:importPaths', { batchId: 'b2', paths: [root] });
    expect(report.cancelled).toBe(true);
    expect(report.items.length).toBeGreaterThanOrEqual(2);
    expect(report.items.length).toBeLessThan(6);
    expect((await call(core, 'archive:cancelImport', { batchId: 'b2' })).cancelled).toBe(false);
  });

  it('a blob without a row (crash between the two) is harmless: re-import records it', async () => {
    const dataDir = tempDir();
    const core = testCore({ dataDir });
    const bytes = await makeDocx({ paragraphs: ['Setelah listrik padam'] });
    // As if the app died after the blob was made durable but before the row committed.
    fs.mkdirSync(path.join(dataDir, 'blobs'), { recursive: true });
    const { createBlobStore } = await import('../../../../electron/core/blobs/store');
    createBlobStore(path.join(dataDir, 'blobs')).write(bytes);
    const report = checkDatabaseFile(path.join(dataDir, 'archive.db'), path.join(dataDir, 'blobs'));
    expect(report.ok).toBe(true);
    expect(report.lines.find((l) => l.name === 'berkas blob')?.detail).toMatch(/1 berkas tanpa catatan/);
    const item = await call(core, 'archive:importFile', { name: 'padam.docx', dataBase64: b64(bytes) });
    expect(item.verdict).toBe('imported');
    core.close();
    expect(checkDatabaseFile(path.join(dataDir, 'archive.db'), path.join(dataDir, 'blobs')).ok).toBe(true);
  });
});
