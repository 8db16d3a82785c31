#!/usr/bin/env node
// Builds the `ppid-desk` command into out/cli/ (esbuild): ppid-desk.mjs, the CLI with its
// JavaScript dependencies inlined (no tsx at start-up, far fewer files to resolve and read), and
// archive-worker.js, the import's parser child (parse/pool.ts looks for it beside the bundle).
// Kept out of the bundle: the native SQLite binding, and packages that load a .wasm or .node file
// from their own folder at run time (subset-font via harfbuzzjs/wawoff2, @resvg/resvg-js); they
// are imported from node_modules as before, as are the fonts (found through their package.json).
// inputs.json lists the repository files the bundle was built from: electron/cli/bin.mjs uses the
// bundle only while none of them is newer (electron/cli/bundleState.mjs), else it runs tsx.
// Run by `npm run build`, and by `npm install` (package.json "prepare"), where a failure must not
// fail the install: with --quiet-fail it warns and exits 0 (bin.mjs then falls back to tsx).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const quietFail = process.argv.includes('--quiet-fail');

export const CLI_EXTERNAL = ['better-sqlite3-multiple-ciphers', 'subset-font', '@resvg/resvg-js', '@node-rs/argon2'];

export async function buildCliBundle(outDir = path.join(root, 'out', 'cli')) {
  const { build } = await import('esbuild');
  fs.mkdirSync(outDir, { recursive: true });
  const common = {
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    absWorkingDir: root,
    logLevel: 'error',
    metafile: true,
    legalComments: 'none',
    // CommonJS packages inlined into an ES module still call require() for Node's built-ins.
    banner: { js: "import { createRequire as __ppidRequire } from 'node:module'; const require = __ppidRequire(import.meta.url);" },
  };
  const cli = await build({ ...common, entryPoints: { 'ppid-desk': 'electron/cli/main.ts' }, outdir: outDir, outExtension: { '.js': '.mjs' }, external: CLI_EXTERNAL });
  // The parser child keeps its packages external: it starts once per import, and pdf.js and
  // mammoth are read as their authors ship them.
  const worker = await build({ ...common, entryPoints: { 'archive-worker': 'electron/core/archive/parse/worker.ts' }, outdir: outDir, packages: 'external' });
  const inputs = new Set(['package.json', 'package-lock.json']);
  for (const meta of [cli.metafile, worker.metafile]) {
    for (const input of Object.keys(meta.inputs)) if (!input.includes('node_modules/')) inputs.add(input);
  }
  fs.writeFileSync(path.join(outDir, 'inputs.json'), `${JSON.stringify({ builtAt: new Date().toISOString(), inputs: [...inputs].sort() }, null, 1)}\n`);
  return outDir;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const started = performance.now();
  try {
    const outDir = await buildCliBundle();
    console.log(`ppid-desk: CLI bundle built in ${path.relative(root, outDir)} (${((performance.now() - started) / 1000).toFixed(1)} s).`);
  } catch (error) {
    if (!quietFail) throw error;
    console.warn(`ppid-desk: the CLI bundle was not built (${error instanceof Error ? error.message.split('\n')[0] : error}); \`ppid-desk\` runs from the sources through tsx instead.`);
  }
}
