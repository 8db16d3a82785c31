import { describe, expect, it } from 'vitest';
import { AppError } from '../../../../electron/core/errors';
import { asDiskAppError, assertFreeSpace, diskErrorMessage, diskSpace } from '../../../../electron/core/storage/disk';
import { tempDir } from '../../../helpers/tempDir';

describe('disk errors in Indonesian', () => {
  it('names a full, read-only or forbidden disk, from Node and from SQLite codes', () => {
    expect(diskErrorMessage({ code: 'ENOSPC' })).toMatch(/^Disk penuh/);
    expect(diskErrorMessage({ code: 'SQLITE_FULL' })).toMatch(/^Disk penuh/);
    expect(diskErrorMessage({ code: 'EROFS' })).toMatch(/hanya-baca/);
    expect(diskErrorMessage({ code: 'SQLITE_READONLY' })).toMatch(/hanya-baca/);
    expect(diskErrorMessage({ code: 'EACCES' })).toMatch(/izin/);
    expect(diskErrorMessage({ code: 'SQLITE_IOERR_FSYNC' })).toMatch(/Disk gagal/);
    expect(diskErrorMessage({ code: 'SQLITE_CONSTRAINT_UNIQUE' })).toBeUndefined();
    expect(diskErrorMessage(new Error('x'))).toBeUndefined();
  });

  it('turns only disk errors into AppError("disk")', () => {
    const mapped = asDiskAppError(Object.assign(new Error('no space'), { code: 'ENOSPC' }));
    expect(mapped).toBeInstanceOf(AppError);
    expect((mapped as AppError).code).toBe('disk');
    const other = new Error('bug');
    expect(asDiskAppError(other)).toBe(other);
  });
});

describe('free space before a big write', () => {
  it('passes when there is room and refuses with the sizes when there is not', () => {
    const dir = tempDir();
    const { free, total } = diskSpace(dir);
    expect(total).toBeGreaterThanOrEqual(free);
    expect(() => assertFreeSpace(dir, 1024, 'impor')).not.toThrow();
    let caught: unknown;
    try {
      assertFreeSpace(dir, free + 1, 'cadangan');
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(AppError);
    expect((caught as AppError).code).toBe('disk');
    expect((caught as AppError).message).toMatch(/^Disk penuh: cadangan memerlukan sekitar [\d.]+ MB ruang kosong, tersedia [\d.]+ MB/);
  });

  it('measures a folder that does not exist yet by its nearest existing parent', () => {
    const dir = tempDir();
    expect(diskSpace(`${dir}/belum/ada`).free).toBe(diskSpace(dir).free);
  });
});
