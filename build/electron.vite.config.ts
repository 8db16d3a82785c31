// electron-vite builds main and preload only; the renderer has its own Vite config
// (build/vite.renderer.config.ts -> out/renderer), so there is no `renderer` key here.
// Run from the repository root: `electron-vite build --config build/electron.vite.config.ts`.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'electron-vite';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export default defineConfig({
  main: {
    root,
    build: {
      outDir: path.join(root, 'out/main'),
      // ESM (package.json "type": "module", Electron >= 28). Dependencies stay external and
      // are loaded from node_modules: better-sqlite3 is native (its .node is unpacked from the
      // asar by electron-builder) and packages that read their own files (fonts) keep working.
      externalizeDeps: true,
      rolldownOptions: {
        // The archive parser runs in its own process; it is built as out/main/archive-worker.js
        // beside index.js, which main forks as a utility process for the core (parserHost.ts).
        // The core runs in Electron's utility process from out/main/core-process.js (index.ts forks it).
        input: {
          index: path.join(root, 'electron/main/index.ts'),
          'archive-worker': path.join(root, 'electron/core/archive/parse/worker.ts'),
          'core-process': path.join(root, 'electron/main/coreProcess.ts'),
        },
        external: ['better-sqlite3-multiple-ciphers', '@node-rs/argon2'],
      },
    },
  },
  preload: {
    root,
    build: {
      outDir: path.join(root, 'out/preload'),
      // A sandboxed preload can require only 'electron' and a few built-ins: bundle everything
      // else (zod and the contract) into one CommonJS file.
      externalizeDeps: false,
      rolldownOptions: {
        input: { index: path.join(root, 'electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
});
