#!/usr/bin/env node
// `npm run lint` (after eslint): every GitHub Actions workflow validated against the workflow
// schema by @action-validator/cli (WebAssembly, offline). A broken workflow fails lint here rather
// than on the first tag. `node build/scripts/lint-workflows.mjs [dir]` checks another folder (tests).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const dir = path.resolve(process.argv[2] ?? path.join(root, '.github', 'workflows'));
const validator = path.join(root, 'node_modules', '@action-validator', 'cli', 'cli.mjs');
const files = fs.existsSync(dir) ? fs.readdirSync(dir).filter((n) => /\.ya?ml$/.test(n)).sort() : [];

let failed = 0;
for (const name of files) {
  const run = spawnSync(process.execPath, [validator, path.join(dir, name)], { encoding: 'utf8' });
  if (run.status !== 0) {
    failed += 1;
    console.error(`${path.relative(root, path.join(dir, name))}: not a valid workflow\n${run.stdout}${run.stderr}`);
  }
}
if (failed === 0) console.log(`workflows: ${files.length} valid (${path.relative(root, dir) || '.'})`);
process.exit(failed > 0 ? 1 : 0);
