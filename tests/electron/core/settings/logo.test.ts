import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { call, testCore, validProfile } from '../../../helpers/core';
import { openDatabase } from '../../../../electron/core/db/connection';
import { listAudit } from '../../../../electron/core/audit/repo';
import { makeJpegHeader, makePng } from '../../../helpers/images';

const upload = (bytes: Buffer, fileName = 'logo.png') => ({ fileName, dataBase64: bytes.toString('base64') });

describe('kop surat logo', () => {
  it('stores a PNG in the blob store, reports its size, and shows it back', async () => {
    const core = testCore();
    await call(core, 'settings:saveProfile', validProfile);
    const png = makePng(200, 240);
    const info = await call(core, 'settings:setLogo', upload(png));
    expect(info).toMatchObject({ mimeType: 'image/png', width: 200, height: 240, bytes: png.length });
    const file = path.join(core.dataDir, 'blobs', info.sha256.slice(0, 2), info.sha256);
    expect(fs.readFileSync(file).equals(png)).toBe(true);
    expect((await call(core, 'settings:getProfile', {}))?.logo).toEqual(info);
    expect(await call(core, 'settings:getLogo', {})).toEqual({ mimeType: 'image/png', dataBase64: png.toString('base64') });
  });

  it('reads a JPEG size from its frame header', async () => {
    const info = await call(testCore(), 'settings:setLogo', upload(makeJpegHeader(300, 150), 'logo.jpg'));
    expect(info).toMatchObject({ mimeType: 'image/jpeg', width: 300, height: 150 });
  });

  it('judges the bytes, not the file name', async () => {
    const result = await testCore().handle('settings:setLogo', upload(Buffer.from('GIF89a........'), 'logo.png'));
    expect(result).toMatchObject({ ok: false, error: { code: 'unsupported', message: '"logo.png" bukan gambar PNG atau JPEG. Logo harus berkas PNG atau JPEG.' } });
  });

  it('refuses a logo over 1 MB with the size in the message', async () => {
    const big = makePng(640, 640, { noise: true }); // ~1.2 MB uncompressed
    expect(big.length).toBeGreaterThan(1024 * 1024);
    const result = await testCore().handle('settings:setLogo', upload(big));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toMatch(/Logo terlalu besar.*paling besar 1 MB/);
  });

  it('refuses a logo too small to print sharply', async () => {
    const result = await testCore().handle('settings:setLogo', upload(makePng(20, 20)));
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringMatching(/^Logo terlalu kecil \(20×20 piksel\)/) } });
  });

  it('refuses data that is not base64', async () => {
    const result = await testCore().handle('settings:setLogo', { fileName: 'x.png', dataBase64: 'not base64!' });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it('can be removed, and the removal is audited', async () => {
    const core = testCore();
    await call(core, 'settings:setLogo', upload(makePng(100, 100)));
    expect(await call(core, 'settings:removeLogo', {})).toBeNull();
    expect(await call(core, 'settings:getLogo', {})).toBeNull();
    const db = openDatabase(path.join(core.dataDir, 'archive.db'), { readonly: true });
    expect(listAudit(db).map((e) => e.action)).toEqual(['settings.logo.remove', 'settings.logo.set']);
    db.close();
  });
});
