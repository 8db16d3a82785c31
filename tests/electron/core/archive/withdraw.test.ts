// archive:withdraw: a reason in Indonesian (required, at least 10 characters, words); the row, its
// search entry, its request records and (when nothing else names it) its file go, in one
// transaction with the audit entry; the withdrawal is recorded and its id never reused.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkDatabaseFile } from '../../../../electron/core/maintenance/check';
import { call, testCore, validProfile } from '../../../helpers/core';
import { makeDocx } from '../../../helpers/archiveFixtures';
import { makePng } from '../../../helpers/images';
import { auditRows, readDb, requestInput } from '../../../helpers/requests';
import { tempDir } from '../../../helpers/tempDir';

const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');
const REASON = 'Memuat data pribadi pemohon; diunggah karena keliru.';

describe('archive:withdraw', () => {
  it('refuses a missing, short or wordless reason in Indonesian and changes nothing', async () => {
    const core = testCore();
    const item = await call(core, 'archive:importFile', { name: 'a.docx', dataBase64: b64(await makeDocx({ paragraphs: ['Satu'] })) });
    const cases: Array<[unknown, RegExp]> = [
      [undefined, /^Alasan penarikan wajib diisi\.$/],
      ['   ', /^Alasan penarikan wajib diisi\.$/],
      ['salah', /sedikitnya 10 karakter/],
      ['1234567890 !!', /harus berupa kalimat/],
    ];
    for (const [reason, message] of cases) {
      const result = await core.handle('archive:withdraw', { id: item.documentId!, reason } as never);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.issues?.[0]?.message ?? result.error.message).toMatch(message);
    }
    expect((await call(core, 'archive:get', { id: item.documentId! })).fileName).toBe('a.docx');
    expect(auditRows(core).filter((r) => r.action === 'archive.withdraw')).toEqual([]);
  });

  it('takes the document out of search, the DIP export, its request and the blob store; audited; the id is not reused', async () => {
    const dataDir = tempDir();
    const core = testCore({ dataDir });
    await call(core, 'settings:saveProfile', validProfile);
    const bytes = await makeDocx({ title: 'Daftar gaji pegawai', paragraphs: ['Rincian gaji pegawai Diskominfo'] });
    const item = await call(core, 'archive:importFile', { name: 'gaji.docx', dataBase64: b64(bytes) });
    const id = item.documentId!;
    await call(core, 'archive:update', { id, title: 'Daftar gaji pegawai', category: 'berkala' });
    const request = await call(core, 'requests:create', requestInput({ receivedAt: '2026-11-20T10:00:00+08:00' }));
    await call(core, 'archive:link', { requestId: request.id, documentId: id });
    const { sha256 } = await call(core, 'archive:get', { id });
    const blobFile = path.join(dataDir, 'blobs', sha256.slice(0, 2), sha256);
    expect(fs.existsSync(blobFile)).toBe(true);

    const result = await call(core, 'archive:withdraw', { id, reason: `  ${REASON}  ` });
    expect(result).toMatchObject({ documentId: id, title: 'Daftar gaji pegawai', fileName: 'gaji.docx', reason: REASON, actor: 'tester', blobRemoved: true, unlinkedRequests: [request.number] });

    expect((await call(core, 'archive:search', { query: 'gaji' })).hits).toEqual([]);
    expect((await call(core, 'archive:search', { query: '' })).hits).toEqual([]);
    const gone = await core.handle('archive:get', { id });
    expect(gone.ok || gone.error.code).toBe('not_found');
    expect(await call(core, 'archive:links', { requestId: request.id })).toEqual([]);
    expect(fs.existsSync(blobFile)).toBe(false);
    const db = readDb(core);
    expect(db.prepare("SELECT count(*) FROM archive_fts WHERE archive_fts MATCH 'gaji'").pluck().get()).toBe(0);
    expect(db.prepare('SELECT count(*) FROM blobs WHERE sha256 = ?').pluck().get(sha256)).toBe(0);
    expect(db.prepare('SELECT document_id, reason, blob_removed FROM archive_withdrawals').all()).toEqual([{ document_id: id, reason: REASON, blob_removed: 1 }]);
    const audit = auditRows(core);
    const withdraw = audit.filter((r) => r.action === 'archive.withdraw');
    expect(withdraw).toHaveLength(1);
    expect(withdraw[0]).toMatchObject({ entity: 'archive_document', entity_id: String(id) });
    expect(JSON.parse(withdraw[0]!.data)).toMatchObject({ sha256, reason: REASON, blobRemoved: true, unlinkedRequests: [request.number] });
    expect(audit.filter((r) => r.action === 'archive.unlink' && r.entity_id === String(request.id))).toHaveLength(1);

    await call(core, 'archive:setDipDecree', { number: '188.4/1/2026', date: '2026-01-15' });
    const dip = await call(core, 'archive:exportDip', { format: 'docx' });
    const { docxText } = await import('../../../helpers/exportedFiles');
    expect(await docxText(dip.dataBase64)).not.toContain('Daftar gaji pegawai');

    // The same bytes imported again are a new document with a new id, not the withdrawn one's.
    const again = await call(core, 'archive:importFile', { name: 'gaji.docx', dataBase64: b64(bytes) });
    expect(again.verdict).toBe('imported');
    expect(again.documentId).toBeGreaterThan(id);
    const history = await call(core, 'archive:importItems', { verdicts: ['imported'] });
    expect(history.items.map((i) => [i.documentId, i.documentExists, i.withdrawnAt !== null])).toEqual([
      [again.documentId, true, false],
      [id, false, true],
    ]);
    const twice = await core.handle('archive:withdraw', { id, reason: REASON });
    expect(twice.ok || twice.error.code).toBe('not_found');
    core.close();
    expect(checkDatabaseFile(path.join(dataDir, 'archive.db'), path.join(dataDir, 'blobs')).ok).toBe(true);
  });

  it('keeps the file when another record names the same bytes: an issued letter, the office logo', async () => {
    const dataDir = tempDir();
    const core = testCore({ dataDir });
    await call(core, 'settings:saveProfile', validProfile);
    const request = await call(core, 'requests:create', requestInput({ receivedAt: '2026-11-20T10:00:00+08:00' }));
    const letter = await call(core, 'letters:issue', { caseKind: 'request', caseId: request.id, type: 'tanda-bukti' });
    const pdf = await call(core, 'letters:file', { id: letter.id, format: 'pdf' });
    const logo = makePng(120, 120);
    await call(core, 'settings:setLogo', { fileName: 'logo.png', dataBase64: b64(logo) });

    for (const [name, data] of [['tanda-bukti.pdf', pdf.base64], ['logo.png', b64(logo)]] as const) {
      const item = await call(core, 'archive:importFile', { name, dataBase64: data });
      const { sha256 } = await call(core, 'archive:get', { id: item.documentId! });
      const result = await call(core, 'archive:withdraw', { id: item.documentId!, reason: 'Bukan dokumen publik; salinan berkas lain.' });
      expect(result.blobRemoved).toBe(false);
      expect(fs.existsSync(path.join(dataDir, 'blobs', sha256.slice(0, 2), sha256))).toBe(true);
    }
    const reprint = await call(core, 'letters:file', { id: letter.id, format: 'pdf' });
    expect(reprint.base64).toBe(pdf.base64);
    expect((await call(core, 'settings:getLogo', {}))?.dataBase64).toBe(b64(logo));
    core.close();
    expect(checkDatabaseFile(path.join(dataDir, 'archive.db'), path.join(dataDir, 'blobs')).ok).toBe(true);
  });
});
