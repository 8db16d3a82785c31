import { describe, expect, it } from 'vitest';
import https from 'node:https';
import { lanStartFailure, planLanServe, readAccess, startDesktopLan } from '../../../electron/main/lanServe';
import { DEFAULT_ACCESS } from '../../../shared/ipc/channels/lan';
import { call, testCore } from '../../helpers/core';
import { tempDir } from '../../helpers/tempDir';

describe('desktop: Sajikan untuk komputer lain di kantor', () => {
  it('serves only when the switch is on, on the saved port, narrowed by PPID_LAN_BIND, off with PPID_NO_LAN', () => {
    expect(planLanServe(DEFAULT_ACCESS, {})).toBeNull();
    expect(planLanServe(null, {})).toBeNull();
    const on = { ...DEFAULT_ACCESS, serveLan: true, lanPort: 9443 };
    expect(planLanServe(on, {})).toEqual({ bind: '0.0.0.0', port: 9443 });
    expect(planLanServe(on, { PPID_LAN_BIND: '192.168.1.10' })).toEqual({ bind: '192.168.1.10', port: 9443 });
    expect(planLanServe(on, { PPID_NO_LAN: '1' })).toBeNull();
  });

  it('reads the saved switch through the core and starts the same LAN host over HTTPS', async () => {
    const core = testCore();
    await call(core, 'settings:setAccess', { idleLockMinutes: 10, serveLan: true, lanPort: 9443 });
    const plan = planLanServe(await readAccess(core), {});
    expect(plan).toEqual({ bind: '0.0.0.0', port: 9443 });
    // Port 0 here (a free one), bound to loopback: tests never listen on the office network.
    const lan = await startDesktopLan(core, tempDir(), { bind: '127.0.0.1', port: 0 });
    try {
      expect(lan.host.mode).toBe('lan');
      expect(lan.host.url).toBe(`https://127.0.0.1:${lan.host.port}/`);
      expect(lan.lines.join('\n')).toMatch(/Sidik jari sertifikat kantor \(SHA-256\): ([0-9A-F]{2}:){31}[0-9A-F]{2}/);
      const status = await new Promise<number>((resolve, reject) => {
        https.get({ host: '127.0.0.1', port: lan.host.port, path: '/', rejectUnauthorized: false }, (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        }).on('error', reject);
      });
      expect(status).toBe(404); // an empty renderer folder, but HTTPS answered
    } finally {
      await lan.host.close();
    }
  });

  it('explains a taken port in Indonesian', () => {
    expect(lanStartFailure(Object.assign(new Error('x'), { code: 'EADDRINUSE' }), { bind: '0.0.0.0', port: 8443 })).toContain('Port 8443 sudah dipakai');
  });
});
