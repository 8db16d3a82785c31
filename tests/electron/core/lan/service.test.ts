import { describe, expect, it } from 'vitest';
import { DEFAULT_ACCESS } from '../../../../shared/ipc/channels/lan';
import { ensureOfficeCertificate } from '../../../../electron/host/certificate';
import { call, testCore } from '../../../helpers/core';
import { tempDir } from '../../../helpers/tempDir';

describe('access settings and LAN info', () => {
  it('starts at a 10-minute idle lock with the LAN off, and keeps what is saved', async () => {
    const core = testCore();
    expect(await call(core, 'settings:getAccess', {})).toEqual(DEFAULT_ACCESS);
    expect(DEFAULT_ACCESS.idleLockMinutes).toBe(10);
    await call(core, 'settings:setAccess', { idleLockMinutes: 3, serveLan: true, lanPort: 9443 });
    expect(await call(core, 'settings:getAccess', {})).toEqual({ idleLockMinutes: 3, serveLan: true, lanPort: 9443 });
    const bad = await core.handle('settings:setAccess', { idleLockMinutes: 0, serveLan: false, lanPort: 8443 });
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid_input', issues: [{ path: 'idleLockMinutes', message: 'Kunci layar paling cepat 1 menit.' }] } });
  });

  it('shows the office certificate’s fingerprint once the LAN mode made it', async () => {
    const dataDir = tempDir();
    const core = testCore({ dataDir });
    expect(await call(core, 'app:lanInfo', {})).toEqual({ certificate: null, serving: null });
    const made = await ensureOfficeCertificate(dataDir, ['localhost', '127.0.0.1'], new Date('2026-11-23T02:00:00Z'));
    const info = await call(core, 'app:lanInfo', {});
    expect(info.certificate?.fingerprint256).toBe(made.info.fingerprint256);
    expect(info.certificate?.names).toEqual(['localhost', '127.0.0.1']);
  });
});
