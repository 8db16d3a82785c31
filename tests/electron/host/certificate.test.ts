import { X509Certificate } from 'node:crypto';
import fs from 'node:fs';
import type os from 'node:os';
import { describe, expect, it } from 'vitest';
import { ensureOfficeCertificate, serverNames } from '../../../electron/host/certificate';
import { lanUrls } from '../../../electron/host/lan';
import { certificatePaths, readCertificateInfo } from '../../../electron/core/lan/certificate';
import { tempDir } from '../../helpers/tempDir';

const NOW = new Date('2026-11-23T02:00:00Z');

describe('office certificate', () => {
  it('is made on first use in the data folder, for the given names, and kept on the next start', async () => {
    const dir = tempDir();
    const first = await ensureOfficeCertificate(dir, ['localhost', '127.0.0.1', 'ppid-pc'], NOW);
    expect(first.renewed).toBe('new');
    const x509 = new X509Certificate(first.cert);
    expect(x509.subjectAltName).toContain('IP Address:127.0.0.1');
    expect(x509.subjectAltName).toContain('DNS:ppid-pc');
    expect(first.info.fingerprint256).toBe(x509.fingerprint256);
    expect(first.info.fingerprint256).toMatch(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/);
    expect(fs.statSync(certificatePaths(dir).key).mode & 0o077).toBe(0);
    expect(readCertificateInfo(dir)?.fingerprint256).toBe(first.info.fingerprint256);

    const again = await ensureOfficeCertificate(dir, ['localhost', '127.0.0.1'], new Date('2027-06-01T00:00:00Z'));
    expect(again.renewed).toBeNull();
    expect(again.info.fingerprint256).toBe(first.info.fingerprint256);
  });

  it('is made again for a new address (keeping the old names), near its expiry, or when damaged', async () => {
    const dir = tempDir();
    const first = await ensureOfficeCertificate(dir, ['localhost', '192.168.1.10'], NOW);
    const moved = await ensureOfficeCertificate(dir, ['localhost', '10.0.0.7'], NOW);
    expect(moved.renewed).toBe('names');
    expect(moved.info.names).toEqual(expect.arrayContaining(['192.168.1.10', '10.0.0.7']));
    expect(moved.info.fingerprint256).not.toBe(first.info.fingerprint256);

    const validTo = new Date(moved.info.validTo);
    const late = await ensureOfficeCertificate(dir, ['localhost'], new Date(validTo.getTime() - 10 * 86_400_000));
    expect(late.renewed).toBe('expiring');

    fs.writeFileSync(certificatePaths(dir).cert, 'kacau');
    expect(readCertificateInfo(dir)).toBeNull();
    expect((await ensureOfficeCertificate(dir, ['localhost'], NOW)).renewed).toBe('damaged');
  });

  it('names every local IPv4 address for 0.0.0.0, only the bound one otherwise', () => {
    const interfaces = {
      lo: [{ address: '127.0.0.1', family: 'IPv4', internal: true }],
      eth0: [{ address: '192.168.1.10', family: 'IPv4', internal: false }, { address: 'fe80::1', family: 'IPv6', internal: false }],
    } as unknown as ReturnType<typeof os.networkInterfaces>;
    expect(serverNames('0.0.0.0', interfaces, 'PPID-PC')).toEqual(['localhost', '127.0.0.1', 'ppid-pc', 'ppid-pc.local', '192.168.1.10']);
    expect(serverNames('10.0.0.7', interfaces, 'ppid-pc')).toEqual(['localhost', '127.0.0.1', 'ppid-pc', 'ppid-pc.local', '10.0.0.7']);
  });
});

describe('LAN addresses printed and shown', () => {
  it('is the bound address alone, or every non-loopback name for 0.0.0.0', () => {
    expect(lanUrls({ bind: '127.0.0.1', names: ['localhost', '127.0.0.1', 'ppid-pc'] }, 8443)).toEqual(['https://127.0.0.1:8443/']);
    expect(lanUrls({ bind: '0.0.0.0', names: ['localhost', '127.0.0.1', 'ppid-pc', '192.168.1.10'] }, 8443)).toEqual(['https://ppid-pc:8443/', 'https://192.168.1.10:8443/']);
  });
});
