// `check` reads and hashes every blob: a file of the right size with other bytes is caught, as are
// missing and truncated ones; a blob without a row (an interrupted import) is harmless.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBlobStore, sha256Hex } from '../../../../electron/core/blobs/store';
import { checkDatabaseFile } from '../../../../electron/core/maintenance/check';
import { call, testCore } from '../../../helpers/core';
import { tempDir } from '../../../helpers/tempDir';

async function archiveWithOneBlob() {
  const dataDir = tempDir();
  const core = testCore({ dataDir });
  const bytes = Buffer.from('Daftar Informasi Publik 2026 '.repeat(200));
  await call(core, 'archive:importFile', { name: 'dip.txt', dataBase64: bytes.toString('base64') });
  core.close();
  const blobs = path.join(dataDir, 'blobs');
  return { db: path.join(dataDir, 'archive.db'), blobs, file: createBlobStore(blobs).pathOf(sha256Hex(bytes)), bytes };
}

const blobLine = (db: string, blobs: string) => checkDatabaseFile(db, blobs).lines.find((l) => l.name === 'berkas blob')!;

describe('check: blob files', () => {
  it('passes an intact archive and tolerates an orphan file', async () => {
    const a = await archiveWithOneBlob();
    createBlobStore(a.blobs).write(Buffer.from('sisa impor yang terputus'));
    const line = blobLine(a.db, a.blobs);
    expect(line.ok).toBe(true);
    expect(line.detail).toMatch(/1 berkas utuh; 1 berkas tanpa catatan/);
  });

  it('fails on a blob of the right size holding other bytes', async () => {
    const a = await archiveWithOneBlob();
    const other = Buffer.from(a.bytes);
    other[10] = other[10]! ^ 0x20;
    fs.writeFileSync(a.file, other);
    const line = blobLine(a.db, a.blobs);
    expect(line.ok).toBe(false);
    expect(line.detail).toMatch(/isi berbeda/);
  });

  it('fails on a truncated and on a missing blob', async () => {
    const a = await archiveWithOneBlob();
    fs.truncateSync(a.file, 100);
    expect(blobLine(a.db, a.blobs).detail).toMatch(/ukuran berbeda/);
    fs.rmSync(a.file);
    expect(blobLine(a.db, a.blobs).detail).toMatch(/hilang/);
  });
});
