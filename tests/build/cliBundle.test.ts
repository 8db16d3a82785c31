// The CLI bundle (issue 16): `npm install` and `npm run build` make out/cli/ppid-desk.mjs, and a
// failure there only warns (bin.mjs falls back to tsx), so nothing else would notice a broken
// bundle. Here it is built into its own folder under out/ (externals resolve from the repository's
// node_modules) and run: an officer added through it is hashed with Argon2id (a native package
// that must stay outside the bundle) and listed back.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { buildCliBundle, CLI_EXTERNAL } from '../../build/scripts/cli-bundle.mjs';
import { tempDir } from '../helpers/tempDir';

const outDir = path.resolve('out', `cli-test-${process.pid}`);
afterAll(() => fs.rmSync(outDir, { recursive: true, force: true }));

describe('CLI bundle', () => {
  it('keeps the native and file-loading packages external', () => {
    expect(CLI_EXTERNAL).toEqual(expect.arrayContaining(['better-sqlite3-multiple-ciphers', '@node-rs/argon2', '@resvg/resvg-js', 'subset-font']));
  });

  it('builds, and the built command adds and lists an officer', async () => {
    await buildCliBundle(outDir);
    const bin = path.join(outDir, 'ppid-desk.mjs');
    const dataDir = tempDir('ppid-cli-bundle-');
    // As bin.mjs runs a fresh bundle: import it and call its run(argv).
    const start = `const { run } = await import(${JSON.stringify(pathToFileURL(bin).href)}); process.exitCode = await run(process.argv);`;
    const run = (args: string[], input = '') =>
      spawnSync(process.execPath, ['--input-type=module', '-e', start, 'ppid-desk', '--data-dir', dataDir, ...args], { input, encoding: 'utf8', timeout: 60_000 });
    const added = run(['user', 'add', '--username', 'rudi', '--name', 'Rudi Hartono', '--role', 'petugas'], 'kata-sandi-rudi-123\n');
    expect(added.stderr).toBe('');
    expect(added.status).toBe(0);
    const listed = run(['user', 'list', '--json']);
    expect(listed.status).toBe(0);
    expect(JSON.parse(listed.stdout)).toEqual([expect.objectContaining({ username: 'rudi', name: 'Rudi Hartono', roles: ['petugas'], active: true })]);
  }, 120_000);
});
