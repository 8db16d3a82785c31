// The CLI asks for the passphrase at a terminal: `encrypt` twice (a new one), other commands once
// when the archive is encrypted; the typed passphrase is the same secret as a key file holding it.
// Run in-process with a fake terminal (a child process has no terminal to type into).
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { run } from '../../../electron/cli/main';
import { createCore } from '../../../electron/core';
import { resolveKeys } from '../../../electron/core/crypto/keys';
import { call, fixedClock } from '../../helpers/core';
import { NIK_SITI, requestInput } from '../../helpers/requestInput';
import { tempDir } from '../../helpers/tempDir';
import { fakeTerminal } from '../../helpers/terminal';

const PASS = 'burung enggang di hutan kaltim';
let stderr = '';
let stdout = '';

beforeEach(() => {
  stderr = '';
  stdout = '';
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => ((stderr += String(chunk)), true));
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => ((stdout += String(chunk)), true));
});
afterEach(() => vi.restoreAllMocks());

async function plainArchive(): Promise<string> {
  const dataDir = tempDir();
  const core = createCore({ dataDir, clock: fixedClock('2026-11-23T02:00:00Z'), actor: 'tester', host: 'test' });
  await call(core, 'requests:create', requestInput({ requester: { name: 'Siti Rahmawati' } }));
  core.close();
  return dataDir;
}

describe('passphrase typed at the terminal', () => {
  it('encrypt asks twice; later commands ask once; the same words in a key file open the archive', async () => {
    const dataDir = await plainArchive();
    const typing = fakeTerminal([`${PASS}\r${PASS}\r`]);
    expect(await run(['node', 'ppid-desk', '--data-dir', dataDir, 'encrypt'], typing), stderr).toBe(0);
    expect(typing.shown()).toMatch(/Frasa sandi baru[\s\S]*Ketik sekali lagi/);
    expect(typing.shown()).not.toContain(PASS);
    expect(fs.readFileSync(path.join(dataDir, 'archive.db')).includes(Buffer.from(NIK_SITI))).toBe(false);

    stdout = '';
    expect(await run(['node', 'ppid-desk', '--data-dir', dataDir, 'inbox', '--json'], fakeTerminal([`${PASS}\r`])), stderr).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject([{ requesterName: 'Siti Rahmawati' }]);
    expect(await run(['node', 'ppid-desk', '--data-dir', dataDir, 'check'], fakeTerminal([`${PASS}\r`])), stderr).toBe(0);

    const keyFile = path.join(tempDir(), 'kunci.txt');
    fs.writeFileSync(keyFile, `${PASS}\n`);
    createCore({ dataDir, host: 'test', keys: resolveKeys(dataDir, keyFile)! }).close();
  }, 60_000);

  it('a wrong passphrase is refused in Indonesian with exit 2; without a terminal the command says how to give the key', async () => {
    const dataDir = await plainArchive();
    expect(await run(['node', 'ppid-desk', '--data-dir', dataDir, 'encrypt'], fakeTerminal([`${PASS}\r${PASS}\r`]))).toBe(0);
    stderr = '';
    expect(await run(['node', 'ppid-desk', '--data-dir', dataDir, 'info'], fakeTerminal(['bukan frasa yang benar\r']))).toBe(2);
    expect(stderr).toMatch(/Kunci arsip salah/);
    expect(stderr).not.toMatch(/\n\s+at /);
    stderr = '';
    const noTerminal = { input: Object.assign(fakeTerminal([]).input, { isTTY: false }), output: fakeTerminal([]).output };
    expect(await run(['node', 'ppid-desk', '--data-dir', dataDir, 'info'], noTerminal)).toBe(2);
    expect(stderr).toMatch(/Arsip ini terenkripsi: buka dengan kuncinya/);
  }, 60_000);

  it('encrypt refuses two different passphrases and changes nothing; a plain archive is never asked', async () => {
    const dataDir = await plainArchive();
    expect(await run(['node', 'ppid-desk', '--data-dir', dataDir, 'encrypt'], fakeTerminal([`${PASS}\r${PASS}x\r`]))).toBe(2);
    expect(stderr).toMatch(/Kedua frasa sandi tidak sama/);
    expect(fs.existsSync(path.join(dataDir, 'encryption.json'))).toBe(false);
    const silent = fakeTerminal([]);
    expect(await run(['node', 'ppid-desk', '--data-dir', dataDir, 'info'], silent)).toBe(0);
    expect(silent.shown()).toBe('');
  }, 60_000);
});
