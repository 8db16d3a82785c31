// `ppid-desk inquiry add` and inquiries in `ppid-desk inbox --json`, run as the real bin.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../helpers/cli';
import { tempDir } from '../../../helpers/tempDir';

// Received long ago for any machine clock; the inbox is asked "as of" shortly after.
const INPUT = {
  receivedAt: '2025-03-03T09:00:00+08:00',
  channel: 'telepon',
  journalist: { name: 'Rina Kartika', outlet: 'Kaltim Post', phone: '0811-5400-123' },
  topic: 'Banjir Samarinda',
  question: 'Berapa anggaran penanganan banjir?',
  deadlineAt: '2025-03-03T15:00:00+08:00',
  priority: 'mendesak',
};

describe('ppid-desk inquiry add', () => {
  it('logs an inquiry from a file and from stdin, printing the numbers, and lists them in inbox --json', () => {
    const dir = tempDir();
    const file = path.join(tempDir(), 'pertanyaan.json');
    fs.writeFileSync(file, JSON.stringify(INPUT));
    expect(runCli(['--data-dir', dir, 'inquiry', 'add', '--json', file])).toMatchObject({ code: 0, stdout: '001/MEDIA/2025\n', stderr: '' });
    const second = runCli(['--data-dir', dir, 'inquiry', 'add', '--json', '-'], { input: JSON.stringify({ ...INPUT, priority: 'krisis', topic: 'Longsor' }) });
    expect(second).toMatchObject({ code: 0, stdout: '002/MEDIA/2025\n' });

    const inbox = runCli(['--data-dir', dir, 'inbox', '--json', '--now', '2025-03-03T09:30:00+08:00']);
    expect(inbox.code).toBe(0);
    const items = JSON.parse(inbox.stdout) as Array<{ kind: string; number: string; minutesLeft: number; requesterName: string }>;
    expect(items.map((i) => [i.kind, i.number, i.minutesLeft, i.requesterName])).toEqual([
      ['inquiry', '001/MEDIA/2025', 30, 'Rina Kartika'],
      ['inquiry', '002/MEDIA/2025', 30, 'Rina Kartika'],
    ]);
    const text = runCli(['--data-dir', dir, 'inbox', '--now', '2025-03-03T10:15:00+08:00']);
    expect(text.stdout).toContain('terlambat 15 menit  001/MEDIA/2025  Rina Kartika — Banjir Samarinda');
  });

  it('exits 2 with the wrong fields named in Indonesian', () => {
    const bad = { ...INPUT, priority: 'segera', journalist: { outlet: 'Kaltim Post' } };
    const { code, stdout, stderr } = runCli(['--data-dir', tempDir(), 'inquiry', 'add', '--json', '-'], { input: JSON.stringify(bad) });
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('- priority: Prioritas harus salah satu dari: biasa, mendesak, krisis.');
    expect(stderr).toContain('- journalist.name: Nama wartawan wajib diisi.');
    const future = runCli(['--data-dir', tempDir(), 'inquiry', 'add', '--json', '-'], { input: JSON.stringify({ ...INPUT, receivedAt: '2199-01-01T09:00:00+08:00', deadlineAt: undefined }) });
    expect(future.code).toBe(2);
    expect(future.stderr).toMatch(/tidak boleh di masa depan/);
  });

  it.each(['1900-03-17T10:00:00+08:00', '0001-01-01T10:00:00+08:00', '1970-01-01T08:00:00+08:00'])(
    'exits 2 with a field message, never a stack, for a receipt in %s',
    (receivedAt) => {
      const { code, stdout, stderr } = runCli(['--data-dir', tempDir(), 'inquiry', 'add', '--json', '-'], { input: JSON.stringify({ ...INPUT, receivedAt, deadlineAt: undefined }) });
      expect({ code, stdout }).toEqual({ code: 2, stdout: '' });
      expect(stderr).toContain('- receivedAt: Waktu diterima terlalu lampau: paling awal 1 Januari 2000. Periksa tahunnya.');
      expect(stderr).not.toMatch(/\n\s+at |Error:|\[ppid-desk\]/);
    },
  );
});
