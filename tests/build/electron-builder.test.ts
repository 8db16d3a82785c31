// electron-builder cannot package here (it downloads Electron, NSIS, AppImage tools), so we
// check the config with electron-builder's OWN loader and schema validator (app-builder-lib,
// installed with electron-builder), plus the project's decisions on top.
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '../..');
const require = createRequire(path.join(root, 'package.json'));
const { getConfig, validateConfiguration } = require('app-builder-lib/out/util/config/config.js');
const { DebugLogger } = require('builder-util');

const CONFIG = 'build/electron-builder.yml';
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- electron-builder config is loosely typed YAML
const load = async (): Promise<Record<string, any>> => getConfig(root, CONFIG, null);
const validate = (config: unknown): Promise<void> => validateConfiguration(config, new DebugLogger(false));

describe('build/electron-builder.yml', () => {
  it('passes electron-builder’s schema validation', async () => {
    await expect(validate(await load())).resolves.toBeUndefined();
  });

  it('the validator is not a rubber stamp', async () => {
    const config = await load();
    await expect(validate({ ...config, nsis: { ...config.nsis, oneClik: false } })).rejects.toThrow();
    await expect(validate({ ...config, nsis: { ...config.nsis, perMachine: 'no' } })).rejects.toThrow();
  });

  it('identifies the product', async () => {
    const config = await load();
    expect(config.appId).toBe('id.go.ppid.desk');
    expect(config.productName).toBe('PPID Desk');
  });

  it('installs per user on Windows, with an Indonesian installer', async () => {
    const { win, nsis } = await load();
    expect(win.target).toEqual([{ target: 'nsis', arch: ['x64'] }]);
    expect(nsis).toMatchObject({ oneClick: false, perMachine: false, installerLanguages: ['id_ID'], language: '1057' });
    expect(nsis.deleteAppDataOnUninstall).toBe(false); // the archive outlives the program
  });

  it('builds AppImage and deb on Linux', async () => {
    const { linux } = await load();
    expect(linux.target.map((t: { target: string }) => t.target)).toEqual(['AppImage', 'deb']);
    expect(linux.maintainer).toBeTruthy(); // deb refuses to build without one
  });

  it('ships the built app and unpacks the SQLite native module from the asar', async () => {
    const config = await load();
    // getConfig normalises `files` into FileSet objects ({ filter: [...] }).
    const files: string[] = config.files.flatMap((f: string | { filter: string[] }) => (typeof f === 'string' ? [f] : f.filter));
    expect(files).toEqual(expect.arrayContaining(['out/main/**', 'out/preload/**', 'out/renderer/**', 'package.json']));
    expect(files.some((f) => /^(electron|renderer|shared|tests)\//.test(f))).toBe(false);
    // SQLite and Argon2id (officer passwords, issue 14) are native: loaded from outside the asar.
    expect(config.asarUnpack).toEqual(['node_modules/better-sqlite3-multiple-ciphers/**/*.node', 'node_modules/@node-rs/argon2*/**/*.node']);
  });

  it('flips the fuses that turn the binary into plain Node', async () => {
    const { electronFuses } = await load();
    expect(electronFuses).toMatchObject({ runAsNode: false, enableNodeOptionsEnvironmentVariable: false, enableNodeCliInspectArguments: false });
  });

  it('agrees with package.json on the entry point', async () => {
    const pkg = require('./package.json') as { main: string; productName: string };
    expect(pkg.main).toBe('out/main/index.js');
    expect(pkg.productName).toBe('PPID Desk');
  });
});
