// `npm start` without an Electron binary: detection without electron's implicit download, one
// bounded download attempt, then one clear sentence. Uses a fake electron package in a temp dir.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ensureElectronBinary, findElectronBinary, MESSAGE_EN, MESSAGE_ID } from '../../build/scripts/electron-binary.mjs';
import { tempDir } from '../helpers/tempDir';

const root = path.resolve(__dirname, '../..');
const noOverride = { ...process.env, ELECTRON_OVERRIDE_DIST_PATH: '' };

/** A node_modules/electron look-alike whose install.js does what the test says. */
function fakeElectron(install: 'fail' | 'hang' | 'succeed', version = '42.11.18') {
  const dir = tempDir('ppid-electron-');
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'electron', version }));
  fs.writeFileSync(path.join(dir, 'index.js'), "throw new Error('index.js must never run: it downloads');\n");
  const scripts = {
    fail: "console.error('TypeError: fetch failed\\n    at FetchDownloader.download'); process.exit(1);",
    hang: 'setInterval(() => {}, 1000);',
    succeed: [
      "const fs = require('fs'); const path = require('path');",
      "fs.mkdirSync(path.join(__dirname, 'dist'), { recursive: true });",
      `fs.writeFileSync(path.join(__dirname, 'dist', 'version'), 'v${version}');`,
      "fs.writeFileSync(path.join(__dirname, 'dist', 'electron'), '#!/bin/sh\\n');",
      "fs.writeFileSync(path.join(__dirname, 'path.txt'), 'electron');",
    ].join('\n'),
  };
  fs.writeFileSync(path.join(dir, 'install.js'), scripts[install]);
  return dir;
}

function installBinary(dir: string, version: string) {
  fs.mkdirSync(path.join(dir, 'dist'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'dist', 'version'), version);
  fs.writeFileSync(path.join(dir, 'dist', 'electron'), '');
  fs.writeFileSync(path.join(dir, 'path.txt'), 'electron');
}

describe('findElectronBinary', () => {
  it('is null without path.txt, and never runs electron/index.js', () => {
    expect(findElectronBinary(fakeElectron('fail'), noOverride)).toBeNull();
  });

  it('finds dist/<path.txt> of the right version', () => {
    const dir = fakeElectron('fail');
    installBinary(dir, 'v42.11.18');
    expect(findElectronBinary(dir, noOverride)).toEqual({ path: path.join(dir, 'dist', 'electron'), version: '42.11.18' });
  });

  it('ignores a binary of another version (install.js would replace it)', () => {
    const dir = fakeElectron('fail');
    installBinary(dir, 'v41.0.0');
    expect(findElectronBinary(dir, noOverride)).toBeNull();
  });

  it('honours ELECTRON_OVERRIDE_DIST_PATH like electron does', () => {
    const dir = fakeElectron('fail');
    const dist = tempDir('ppid-dist-');
    fs.writeFileSync(path.join(dist, 'electron'), '');
    expect(findElectronBinary(dir, { ...process.env, ELECTRON_OVERRIDE_DIST_PATH: dist })).toEqual({ path: path.join(dist, 'electron'), version: '42.11.18' });
  });
});

describe('ensureElectronBinary', () => {
  it('tries the download once and reports failure', async () => {
    const { binary, install } = await ensureElectronBinary(fakeElectron('fail'), { timeoutMs: 10_000, env: noOverride });
    expect(binary).toBeNull();
    expect(install).toMatchObject({ code: 1, timedOut: false });
    expect(install!.output).toContain('fetch failed');
  });

  it('gives up on a hanging download at the timeout', async () => {
    const started = Date.now();
    const { binary, install } = await ensureElectronBinary(fakeElectron('hang'), { timeoutMs: 500, env: noOverride });
    expect(binary).toBeNull();
    expect(install!.timedOut).toBe(true);
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('finds the binary after a successful download', async () => {
    const dir = fakeElectron('succeed');
    const { binary } = await ensureElectronBinary(dir, { timeoutMs: 10_000, env: noOverride });
    expect(binary).toEqual({ path: path.join(dir, 'dist', 'electron'), version: '42.11.18' });
  });
});

describe('npm start (build/scripts/start.mjs) without Electron', () => {
  const start = (electronDir: string, extra: Record<string, string> = {}) =>
    spawnSync(process.execPath, [path.join(root, 'build/scripts/start.mjs')], {
      cwd: root,
      encoding: 'utf8',
      timeout: 30_000,
      env: { ...noOverride, PPID_DEBUG: '', PPID_ELECTRON_PACKAGE_DIR: electronDir, ...extra },
    });

  it('prints the one clear sentence (Indonesian, then English) and exits 1', () => {
    const result = start(fakeElectron('fail'));
    expect(result.status).toBe(1);
    expect(result.stderr.trim().split('\n')).toEqual([MESSAGE_ID, MESSAGE_EN]);
    expect(result.stderr).not.toContain('fetch failed'); // no stack trace in front of the officer
    expect(MESSAGE_ID).toContain('npm run start:browser');
    expect(MESSAGE_ID).toMatch(/^Electron tidak dapat diunduh di mesin ini/);
  });

  it('says so when the one attempt timed out', () => {
    const result = start(fakeElectron('hang'), { PPID_ELECTRON_DOWNLOAD_TIMEOUT_MS: '500' });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(MESSAGE_ID);
    expect(result.stderr).toContain('PPID_ELECTRON_DOWNLOAD_TIMEOUT_MS');
  });
});
