#!/usr/bin/env node
// `npm start`: the desktop app in development.
//  1. Find the Electron binary without triggering electron's implicit download; if it is
//     missing, try electron's own install.js once (with a timeout). Still missing: one clear
//     sentence (Indonesian + English) pointing at `npm run start:browser`, exit 1.
//  2. Build better-sqlite3 for Electron's ABI beside node_modules (native.mjs electron).
//  3. Build the renderer (if its config exists), main and preload; launch Electron with
//     PPID_NATIVE_BINDING pointing at the Electron build.
// PPID_ELECTRON_PACKAGE_DIR replaces node_modules/electron (tests use a fake one);
// PPID_ELECTRON_DOWNLOAD_TIMEOUT_MS bounds the one download attempt; PPID_DEBUG=1 shows its output.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { electronPackageDir, ensureElectronBinary, MESSAGE_EN, MESSAGE_ID } from './electron-binary.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
// Long enough for a ~100 MB download on an office line, short enough when the network silently drops packets.
const DOWNLOAD_TIMEOUT_MS = Number(process.env.PPID_ELECTRON_DOWNLOAD_TIMEOUT_MS) || 45_000;

function step(command, args, env = process.env) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: ROOT, env, stdio: 'inherit' });
    child.on('error', (error) => {
      console.error(String(error));
      resolve(1);
    });
    child.on('close', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

const node = (script, ...args) => step(process.execPath, [path.join(ROOT, script), ...args]);

const electronDir = process.env.PPID_ELECTRON_PACKAGE_DIR
  ? path.resolve(process.env.PPID_ELECTRON_PACKAGE_DIR)
  : electronPackageDir(ROOT);

const { binary, install } = await ensureElectronBinary(electronDir, {
  timeoutMs: DOWNLOAD_TIMEOUT_MS,
  log: (line) => console.log(line),
});
if (!binary) {
  if (process.env.PPID_DEBUG && install) console.error(install.output);
  console.error(MESSAGE_ID);
  console.error(MESSAGE_EN);
  if (install?.timedOut) {
    console.error(`(Batas waktu unduhan ${DOWNLOAD_TIMEOUT_MS / 1000} detik; atur PPID_ELECTRON_DOWNLOAD_TIMEOUT_MS bila koneksi lambat. / Download timed out; raise PPID_ELECTRON_DOWNLOAD_TIMEOUT_MS on a slow line.)`);
  }
  process.exit(1);
}

if ((await node('build/scripts/native.mjs', 'electron')) !== 0) process.exit(1);

// The renderer config belongs to the renderer build; skip it (with a warning) until it exists.
const rendererConfig = path.join(ROOT, 'build', 'vite.renderer.config.ts');
if (fs.existsSync(rendererConfig)) {
  if ((await node('node_modules/vite/bin/vite.js', 'build', '--config', rendererConfig)) !== 0) process.exit(1);
} else {
  console.warn('Peringatan: build/vite.renderer.config.ts belum ada; out/renderer tidak dibangun. (Renderer config missing.)');
}
if ((await node('node_modules/electron-vite/bin/electron-vite.js', 'build', '--config', 'build/electron.vite.config.ts')) !== 0) {
  process.exit(1);
}

const { electronBindingPath } = await import('./native.mjs');
const env = { ...process.env, PPID_NATIVE_BINDING: electronBindingPath(binary.version, ROOT) };
// Set by some tools; it would make the Electron binary behave as plain Node and ignore our app.
delete env.ELECTRON_RUN_AS_NODE;
process.exit(await step(binary.path, [ROOT, ...process.argv.slice(2)], env));
