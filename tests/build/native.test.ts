// native.mjs: the pure parts (paths, env hygiene, node-gyp lookup, ABI probe) and the main +
// preload build. The Electron compile itself needs Electron's headers from the internet.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { electronBindingPath, electronInfo, envWithoutNodedir, findNodeGyp, probeAbi, ROOT } from '../../build/scripts/native.mjs';
import { tempDir } from '../helpers/tempDir';

const root = path.resolve(__dirname, '../..');

describe('native.mjs', () => {
  it('knows the project root and the installed Electron', () => {
    expect(ROOT).toBe(root);
    const { version, abi } = electronInfo();
    expect(version).toMatch(/^42\./);
    expect(abi).toMatch(/^\d+$/);
  });

  it('keeps the Electron binding out of node_modules', () => {
    const file = electronBindingPath('42.11.18');
    expect(file).toBe(path.join(root, '.cache', 'native', 'electron-42.11.18', 'better_sqlite3.node'));
    expect(file).not.toContain('node_modules');
  });

  it('removes every spelling of nodedir (the STACK.md trap) and nothing else', () => {
    const env = envWithoutNodedir({ npm_config_nodedir: '/usr', NPM_CONFIG_NODEDIR: '/usr', npm_package_config_node_gyp_nodedir: '/usr', npm_config_node_gyp: '/x/node-gyp.js', PATH: '/bin' });
    expect(env).toEqual({ npm_config_node_gyp: '/x/node-gyp.js', PATH: '/bin' });
  });

  it('prefers the node-gyp npm names, then the project copy', () => {
    const fake = path.join(tempDir('ppid-gyp-'), 'node-gyp.js');
    fs.writeFileSync(fake, '');
    expect(findNodeGyp({ npm_config_node_gyp: fake }, root)).toBe(fake);
    expect(findNodeGyp({ npm_config_node_gyp: '/does/not/exist' }, root)).toMatch(/node-gyp[\\/]bin[\\/]node-gyp\.js$/);
  });

  it('the ABI probe tells a Node build from an Electron one', () => {
    const nodeBuild = path.join(root, 'node_modules', 'better-sqlite3-multiple-ciphers', 'build', 'Release', 'better_sqlite3.node');
    // node_modules holds the Node build (tests use it): it loads here, so it is "node".
    expect(probeAbi(nodeBuild, electronInfo().abi)).toBe('node');
    expect(probeAbi(path.join(tempDir(), 'missing.node'), electronInfo().abi)).toBe('unknown');
  });
});

describe('build/electron.vite.config.ts', () => {
  it('builds an ESM main and a single-file CommonJS preload that requires only electron', () => {
    const outDir = tempDir('ppid-out-');
    const result = spawnSync(
      process.execPath,
      [path.join(root, 'node_modules/electron-vite/bin/electron-vite.js'), 'build', '--config', 'build/electron.vite.config.ts', '--outDir', outDir],
      { cwd: root, encoding: 'utf8', timeout: 120_000 },
    );
    expect(result.status, result.stderr).toBe(0);
    const main = fs.readFileSync(path.join(outDir, 'main', 'index.js'), 'utf8');
    expect(main).toMatch(/^import .* from "electron";$/m);
    // The core's utility process (issue 16) never imports electron; SQLite is loaded, never bundled,
    // from the chunk it shares with main (which opens the archive itself only to encrypt it on start).
    const mainFiles = [...fs.readdirSync(path.join(outDir, 'main')).filter((n) => n.endsWith('.js')), ...fs.readdirSync(path.join(outDir, 'main', 'chunks')).map((n) => `chunks/${n}`)];
    const text = (name: string) => fs.readFileSync(path.join(outDir, 'main', name), 'utf8');
    expect(mainFiles).toContain('core-process.js');
    expect(text('core-process.js')).not.toMatch(/from "electron"/);
    expect(mainFiles.filter((n) => /^import Database from "better-sqlite3-multiple-ciphers";$/m.test(text(n)))).toHaveLength(1); // native: never bundled
    expect(mainFiles.filter((n) => /from "electron"/.test(text(n)))).toEqual(['index.js']);
    const preload = fs.readFileSync(path.join(outDir, 'preload', 'index.cjs'), 'utf8');
    expect([...new Set(preload.match(/require\("[^"]+"\)/g))]).toEqual(['require("electron")']);
    expect(preload).not.toMatch(/^import /m);
    expect(fs.readdirSync(path.join(outDir, 'preload'))).toEqual(['index.cjs']);
  });
});
