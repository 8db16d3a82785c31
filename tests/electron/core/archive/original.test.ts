// archive:download: the exact bytes that were imported, with the file name and MIME type, also
// from an encrypted archive (the file on disk is ciphertext); a missing or changed file is an
// Indonesian message, never other bytes.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCore } from '../../../../electron/core';
import { encryptArchive } from '../../../../electron/core/crypto/encryptArchive';
import { readKeyFile, resolveKeys } from '../../../../electron/core/crypto/keys';
import { call, fixedClock, testCore } from '../../../helpers/core';
import { makeDocx, makePdf } from '../../../helpers/archiveFixtures';
import { tempDir } from '../../../helpers/tempDir';

const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');

describe('archive:download', () => {
  it('gives back the imported bytes with the file name and MIME type', async () => {
    const core = testCore();
    const pdf = await makePdf({ title: 'APBD 2026', pages: [['Ringkasan APBD']] });
    const item = await call(core, 'archive:importFile', { name: 'apbd 2026.pdf', dataBase64: b64(pdf) });
    const file = await call(core, 'archive:download', { id: item.documentId! });
    expect(file).toMatchObject({ fileName: 'apbd 2026.pdf', mimeType: 'application/pdf', size: pdf.length });
    expect(Buffer.from(file.dataBase64, 'base64').equals(pdf)).toBe(true);
    const missing = await core.handle('archive:download', { id: 999 });
    expect(missing.ok || missing.error).toMatchObject({ code: 'not_found', message: 'Dokumen arsip dengan id 999 tidak ditemukan.' });
  });

  it('decrypts the stored file of an encrypted archive', async () => {
    const dataDir = tempDir();
    const keyFile = path.join(tempDir(), 'kunci.txt');
    fs.writeFileSync(keyFile, 'kuda lumping menari di tepian mahakam\n');
    createCore({ dataDir, clock: fixedClock('2026-11-23T02:00:00Z'), actor: 'tester', host: 'test' }).close();
    encryptArchive(dataDir, readKeyFile(keyFile), { now: new Date('2026-11-23T03:00:00Z') });
    const core = createCore({ dataDir, clock: fixedClock('2026-11-23T04:00:00Z'), actor: 'tester', host: 'test', keys: resolveKeys(dataDir, keyFile)! });
    try {
      const docx = await makeDocx({ title: 'Data rahasia', paragraphs: ['Isi yang disandikan di disk'] });
      const item = await call(core, 'archive:importFile', { name: 'rahasia.docx', dataBase64: b64(docx) });
      const detail = await call(core, 'archive:get', { id: item.documentId! });
      const onDisk = fs.readFileSync(path.join(dataDir, 'blobs', detail.sha256.slice(0, 2), detail.sha256));
      expect(onDisk.equals(docx)).toBe(false);
      const file = await call(core, 'archive:download', { id: item.documentId! });
      expect(file.mimeType).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
      expect(Buffer.from(file.dataBase64, 'base64').equals(docx)).toBe(true);
    } finally {
      core.close();
    }
  });

  it('refuses in Indonesian when the stored file was deleted or changed behind the app', async () => {
    const dataDir = tempDir();
    const core = testCore({ dataDir });
    const pdf = await makePdf({ pages: [['Satu']] });
    const item = await call(core, 'archive:importFile', { name: 'satu.pdf', dataBase64: b64(pdf) });
    const { sha256 } = await call(core, 'archive:get', { id: item.documentId! });
    const file = path.join(dataDir, 'blobs', sha256.slice(0, 2), sha256);
    fs.writeFileSync(file, Buffer.concat([pdf, Buffer.from('x')]));
    const changed = await core.handle('archive:download', { id: item.documentId! });
    expect(changed.ok || changed.error.message).toMatch(/telah berubah atau rusak.*ppid-desk check/);
    fs.rmSync(file);
    const gone = await core.handle('archive:download', { id: item.documentId! });
    expect(gone.ok || gone.error).toMatchObject({ code: 'not_found', message: expect.stringMatching(/tidak ada di folder arsip/) });
  });
});
