// `ppid-desk request add` and `ppid-desk inbox`, run as the real bin in a child process.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../helpers/cli';
import { requestInput } from '../../../helpers/requestInput';
import { tempDir } from '../../../helpers/tempDir';

// Received long enough ago for any machine clock; Mon 3 Mar 2025 09:00 WITA. 2025 calendar:
// day 0 = 3 Mar; 4, 5, 6, 7, 10, 11, 12, 13, 14, 17 → due Mon 17 Mar 2025 (no holiday in between).
const INPUT = requestInput({ receivedAt: '2025-03-03T09:00:00+08:00' });

function writeJson(dir: string, value: unknown): string {
  const file = path.join(dir, 'permohonan.json');
  fs.writeFileSync(file, typeof value === 'string' ? value : JSON.stringify(value));
  return file;
}

describe('ppid-desk request add', () => {
  it('records a request from a file and from stdin, printing the registration numbers', () => {
    const dir = tempDir();
    const first = runCli(['--data-dir', dir, 'request', 'add', '--json', writeJson(tempDir(), INPUT)]);
    expect(first).toMatchObject({ code: 0, stdout: '001/PPID/III/2025\n', stderr: '' });
    const second = runCli(['--data-dir', dir, 'request', 'add', '--json', '-'], { input: JSON.stringify({ ...INPUT, requester: { ...INPUT.requester, name: 'Budi Santoso' } }) });
    expect(second).toMatchObject({ code: 0, stdout: '002/PPID/III/2025\n' });
  });

  it('exits 2 with every wrong field named, in Indonesian', () => {
    const bad = { ...INPUT, channel: 'fax', requester: { ...INPUT.requester, idNumber: '12345', email: 'siti@' } };
    const { code, stdout, stderr } = runCli(['--data-dir', tempDir(), 'request', 'add', '--json', '-'], { input: JSON.stringify(bad) });
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^Isian belum benar: /);
    expect(stderr).toContain('- channel: Saluran permohonan harus salah satu dari: langsung, surat, email, website, telepon, media_sosial, whatsapp.');
    expect(stderr).toContain('- requester.idNumber: NIK harus 16 digit; yang diisi 5 digit.');
    expect(stderr).toContain('- requester.email: Alamat e-mail pemohon tidak sah, mis. nama@contoh.id.');
  });

  it('exits 2 on a time of receipt in the future, on a file that is not JSON, and on a missing file', () => {
    const future = runCli(['--data-dir', tempDir(), 'request', 'add', '--json', '-'], { input: JSON.stringify({ ...INPUT, receivedAt: '2199-01-01T09:00:00+08:00' }) });
    expect(future.code).toBe(2);
    expect(future.stderr).toMatch(/^Waktu diterima tidak boleh di masa depan: 2199-01-01 09:00 WITA/);
    expect(future.stderr).toContain('- receivedAt: ');
    const notJson = runCli(['--data-dir', tempDir(), 'request', 'add', '--json', writeJson(tempDir(), '{ nama: Siti')]);
    expect(notJson.code).toBe(2);
    expect(notJson.stderr).toMatch(/bukan JSON yang sah/);
    const missing = runCli(['--data-dir', tempDir(), 'request', 'add', '--json', '/tidak/ada.json']);
    expect(missing).toMatchObject({ code: 2, stderr: 'Masukan "/tidak/ada.json" tidak dapat dibaca: berkas tidak ditemukan.\n' });
  });

  it.each(['1900-03-17T10:00:00+08:00', '0001-01-01T10:00:00+08:00', '1970-01-01T08:00:00+08:00'])(
    'exits 2 with a field message, never a stack, for a receipt in %s',
    (receivedAt) => {
      const dir = tempDir();
      const { code, stdout, stderr } = runCli(['--data-dir', dir, 'request', 'add', '--json', '-'], { input: JSON.stringify({ ...INPUT, receivedAt }) });
      expect({ code, stdout }).toEqual({ code: 2, stdout: '' });
      expect(stderr).toContain('- receivedAt: Waktu diterima terlalu lampau: paling awal 1 Januari 2000. Periksa tahunnya.');
      expect(stderr).not.toMatch(/\n\s+at |Error:|\[ppid-desk\]/);
      // Nothing was registered: the next request still gets the first number of its month.
      expect(runCli(['--data-dir', dir, 'request', 'add', '--json', '-'], { input: JSON.stringify(INPUT) }).stdout).toBe('001/PPID/III/2025\n');
    },
  );
});

describe('ppid-desk inbox', () => {
  it('prints the open items in inbox order as one JSON array, counted from --now', () => {
    const dir = tempDir();
    // Received Thu 6 Mar 2025 → due Thu 20 Mar 2025; and the 3 Mar one → due 17 Mar.
    runCli(['--data-dir', dir, 'request', 'add', '--json', '-'], { input: JSON.stringify({ ...INPUT, receivedAt: '2025-03-06T09:00:00+08:00' }) });
    runCli(['--data-dir', dir, 'request', 'add', '--json', '-'], { input: JSON.stringify({ ...INPUT, requester: { ...INPUT.requester, name: 'Budi Santoso' } }) });
    const { code, stdout } = runCli(['--data-dir', dir, 'inbox', '--json', '--now', '2025-03-18T09:00:00+08:00']);
    expect(code).toBe(0);
    const items = JSON.parse(stdout);
    expect(items.map((i: { number: string; requesterName: string; due: string; workingDaysLeft: number; state: string }) => [i.number, i.requesterName, i.due, i.workingDaysLeft, i.state])).toEqual([
      ['002/PPID/III/2025', 'Budi Santoso', '2025-03-17', -1, 'overdue'],
      ['001/PPID/III/2025', 'Siti Aminah', '2025-03-20', 2, 'due_soon'],
    ]);
    expect(stdout).not.toContain(INPUT.requester.idNumber);
    const text = runCli(['--data-dir', dir, 'inbox', '--now', '2025-03-18T09:00:00+08:00']);
    expect(text.stdout.split('\n')[0]).toBe('2025-03-17  LEWAT      -1  002/PPID/III/2025  Budi Santoso — Salinan Dokumen Pelaksanaan Anggaran (DPA) Dinas Kominfo tahun 2025');
  });

  it('prints an empty array for an empty archive, and exits 2 on a --now without a zone', () => {
    const dir = tempDir();
    expect(runCli(['--data-dir', dir, 'inbox', '--json'])).toMatchObject({ code: 0, stdout: '[]\n' });
    const bad = runCli(['--data-dir', dir, 'inbox', '--json', '--now', '2025-03-18T09:00']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/- now: Waktu acuan \(now\) harus waktu lengkap dengan zona waktu/);
  });
});
