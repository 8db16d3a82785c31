// Builds the renderer (vite) when out/renderer is missing or older than its sources.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const rendererOut = path.join(root, 'out', 'renderer');

function newestMtime(dir) {
  let newest = 0;
  if (!fs.existsSync(dir)) return newest;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : fs.statSync(full).mtimeMs);
  }
  return newest;
}

export function rendererIsStale() {
  const index = path.join(rendererOut, 'index.html');
  if (!fs.existsSync(index)) return true;
  const built = fs.statSync(index).mtimeMs;
  const sources = Math.max(
    newestMtime(path.join(root, 'renderer')),
    newestMtime(path.join(root, 'shared')),
    fs.statSync(path.join(root, 'build', 'vite.renderer.config.ts')).mtimeMs,
  );
  return sources > built;
}

export function ensureRendererBuilt({ force = false, quiet = false } = {}) {
  if (!force && !rendererIsStale()) return;
  if (!quiet) console.log('Membangun tampilan (renderer)…');
  const vite = path.join(root, 'node_modules', 'vite', 'bin', 'vite.js');
  const run = spawnSync(process.execPath, [vite, 'build', '--config', 'build/vite.renderer.config.ts', '--logLevel', quiet ? 'error' : 'warn'], {
    cwd: root,
    stdio: 'inherit',
    // Under vitest NODE_ENV is 'test', which would give React's development build.
    env: { ...process.env, NODE_ENV: 'production' },
  });
  if (run.status !== 0) throw new Error(`Gagal membangun renderer (vite keluar dengan kode ${run.status}).`);
}
