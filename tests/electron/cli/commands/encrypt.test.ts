// `ppid-desk encrypt` and `--key-file`, run as the real bin: the archive is unreadable without the
// key, every command works with it, and restore of an encrypted backup needs it too.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../helpers/cli';
import { NIK_SITI, requestInput } from '../../../helpers/requestInput';
import { tempDir } from '../../../helpers/tempDir';

describe('ppid-desk encrypt / --key-file', () => {
  it('encrypts an archive in use; without the key every command refuses with exit 2, with it they work', () => {
    const data = tempDir();
    const key = path.join(tempDir(), 'kunci-arsip.txt');
    fs.writeFileSync(key, 'pesut mahakam berenang di sungai\n');
    const input = JSON.stringify(requestInput({ receivedAt: '2025-03-03T09:00:00+08:00' }));
    expect(runCli(['--data-dir', data, 'request', 'add', '--json', '-'], { input }).code).toBe(0);

    expect(runCli(['--data-dir', data, 'encrypt'])).toMatchObject({ code: 2, stderr: expect.stringMatching(/Berikan berkas kunci/) });
    const enc = runCli(['--data-dir', data, '--key-file', key, 'encrypt']);
    expect(enc.code, enc.stderr).toBe(0);
    expect(enc.stdout).toMatch(/Basis data dienkripsi/);
    expect(fs.readFileSync(path.join(data, 'archive.db')).includes(Buffer.from(NIK_SITI))).toBe(false);

    const locked = runCli(['--data-dir', data, 'inbox', '--json']);
    expect(locked.code).toBe(2);
    expect(locked.stderr).toMatch(/Arsip ini terenkripsi: buka dengan kuncinya/);
    expect(locked.stderr).not.toMatch(/at .*\.ts/); // no stack

    const inbox = runCli(['--data-dir', data, '--key-file', key, 'inbox', '--json']);
    expect(inbox.code, inbox.stderr).toBe(0);
    expect(JSON.parse(inbox.stdout)).toHaveLength(1);
    expect(runCli(['--data-dir', data, 'check', '--key-file', key]).code).toBe(0);

    const backup = path.join(tempDir(), 'cadangan.db');
    expect(runCli(['--data-dir', data, '--key-file', key, 'backup', backup]).code).toBe(0);
    const target = tempDir();
    expect(runCli(['--data-dir', target, 'restore', backup, '--yes'])).toMatchObject({ code: 2, stderr: expect.stringMatching(/Cadangan ini terenkripsi/) });
    const restored = runCli(['--data-dir', target, '--key-file', key, 'restore', backup, '--yes']);
    expect(restored.code, restored.stderr).toBe(0);
    expect(JSON.parse(runCli(['--data-dir', target, '--key-file', key, 'inbox', '--json']).stdout)).toHaveLength(1);

    const wrong = path.join(tempDir(), 'salah.txt');
    fs.writeFileSync(wrong, 'bukan kunci yang benar sama sekali');
    expect(runCli(['--data-dir', data, '--key-file', wrong, 'info'])).toMatchObject({ code: 2, stderr: expect.stringMatching(/Kunci arsip salah/) });
  }, 120_000);

  it('restoring a plain backup over an encrypted archive keeps the encrypted one openable in pre-restore-*', () => {
    const data = tempDir();
    const key = path.join(tempDir(), 'kunci-arsip.txt');
    fs.writeFileSync(key, 'pesut mahakam berenang di sungai\n');
    const input = JSON.stringify(requestInput({ receivedAt: '2025-03-03T09:00:00+08:00' }));
    expect(runCli(['--data-dir', data, 'request', 'add', '--json', '-'], { input }).code).toBe(0);
    const plainBackup = path.join(tempDir(), 'sebelum-enkripsi.db'); // outside the backup folders: stays plain
    expect(runCli(['--data-dir', data, 'backup', plainBackup]).code).toBe(0);
    expect(runCli(['--data-dir', data, '--key-file', key, 'encrypt']).code).toBe(0);
    expect(runCli(['--data-dir', data, '--key-file', key, 'request', 'add', '--json', '-'], { input }).code).toBe(0);

    const restored = runCli(['--data-dir', data, 'restore', plainBackup, '--yes']);
    expect(restored.code, restored.stderr).toBe(0);
    expect(fs.existsSync(path.join(data, 'encryption.json'))).toBe(false);
    expect(JSON.parse(runCli(['--data-dir', data, 'inbox', '--json']).stdout)).toHaveLength(1);
    const aside = fs.readdirSync(data).find((n) => n.startsWith('pre-restore-'))!;
    const check = runCli(['--data-dir', path.join(data, aside), '--key-file', key, 'inbox', '--json']);
    expect(check.code, check.stderr).toBe(0);
    expect(JSON.parse(check.stdout)).toHaveLength(2);
  }, 120_000);
});
