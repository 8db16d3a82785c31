// Finding the Electron binary WITHOUT `require('electron')`: that require runs electron's
// index.js, which starts a download as a side effect (and throws a long stack when offline).
// We repeat its lookup (path.txt + dist/) read-only, and download at most once, with a timeout.
// Tested by tests/build/electron-binary.test.ts.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

export const MESSAGE_ID =
  'Electron tidak dapat diunduh di mesin ini (tidak ada koneksi internet); jalankan `npm run start:browser` untuk membuka aplikasi yang sama di peramban.';
export const MESSAGE_EN =
  'Electron could not be downloaded on this machine (no internet connection); run `npm run start:browser` to open the same app in a browser.';

/** node_modules/electron of the project, found by resolution but without executing it. */
export function electronPackageDir(projectRoot) {
  const require = createRequire(path.join(projectRoot, 'package.json'));
  return path.dirname(require.resolve('electron/package.json'));
}

function readText(file) {
  try {
    return fs.readFileSync(file, 'utf8').trim();
  } catch {
    return null;
  }
}

/**
 * The installed binary as `{ path, version }`, or null when it is missing or belongs to another
 * version (electron's install.js applies the same rules in isInstalled()).
 */
export function findElectronBinary(electronDir, env = process.env) {
  const pkg = JSON.parse(fs.readFileSync(path.join(electronDir, 'package.json'), 'utf8'));
  const version = String(pkg.version);
  const relative = readText(path.join(electronDir, 'path.txt'));
  if (env.ELECTRON_OVERRIDE_DIST_PATH) {
    const file = path.join(env.ELECTRON_OVERRIDE_DIST_PATH, relative || 'electron');
    return fs.existsSync(file) ? { path: file, version } : null;
  }
  if (!relative) return null;
  const installed = readText(path.join(electronDir, 'dist', 'version'));
  if (installed !== null && installed.replace(/^v/, '') !== version) return null;
  const file = path.join(electronDir, 'dist', relative);
  return fs.existsSync(file) ? { path: file, version } : null;
}

/**
 * Runs electron's own install.js once. Output is captured, not shown: offline it is a stack
 * trace that says less than our one sentence. Resolves `{ code, timedOut, output }`.
 */
export function runElectronInstall(electronDir, { timeoutMs = 30_000, env = process.env } = {}) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(electronDir, 'install.js')], {
      cwd: electronDir,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const collect = (chunk) => {
      if (output.length < 64_000) output += chunk;
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, timeoutMs);
    child.on('error', (error) => collect(String(error)));
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, timedOut, output });
    });
  });
}

/**
 * Finds the binary, else tries one download, then looks again.
 * Resolves `{ binary: { path, version } | null, install: { code, timedOut, output } | null }`.
 */
export async function ensureElectronBinary(electronDir, { timeoutMs, env = process.env, log = () => {} } = {}) {
  const found = findElectronBinary(electronDir, env);
  if (found) return { binary: found, install: null };
  log('Electron belum terpasang; mencoba mengunduhnya sekali. (Electron is not installed; trying to download it once.)');
  const install = await runElectronInstall(electronDir, { timeoutMs, env });
  return { binary: findElectronBinary(electronDir, env), install };
}
