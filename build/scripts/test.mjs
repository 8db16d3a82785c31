// `npm test`: every suite (unit + components in Node/jsdom, then end-to-end in Chromium),
// ending with one line `N passed, N failed` over all of them, as CI reads it.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const outDir = path.join(root, '.cache', 'test-results');
fs.mkdirSync(outDir, { recursive: true });
const vitest = path.join(root, 'node_modules', 'vitest', 'vitest.mjs');
const only = process.argv.slice(2); // e.g. `npm test -- unit`

const suites = [
  { name: 'unit', args: ['run'] },
  { name: 'e2e', args: ['run', '--config', 'tests/e2e/vitest.config.ts'], when: () => fs.existsSync(path.join(root, 'tests/e2e/vitest.config.ts')) },
].filter((s) => (only.length === 0 || only.includes(s.name)) && (!s.when || s.when()));

// The CLI tests spawn electron/cli/bin.mjs, which runs out/cli/ppid-desk.mjs while it is up to
// date: build it first so they test what `npx ppid-desk` runs (a failed build leaves the tsx path).
spawnSync(process.execPath, [path.join(root, 'build/scripts/cli-bundle.mjs'), '--quiet-fail'], { cwd: root, stdio: 'inherit' });

let passed = 0;
let failed = 0;
let skipped = 0;
let broken = false;
for (const suite of suites) {
  const file = path.join(outDir, `${suite.name}.json`);
  fs.rmSync(file, { force: true });
  console.log(`\n=== ${suite.name} ===`);
  const run = spawnSync(process.execPath, [vitest, ...suite.args, '--reporter=default', '--reporter=json', `--outputFile.json=${file}`], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, FORCE_COLOR: process.env.CI ? '0' : process.env.FORCE_COLOR },
  });
  if (!fs.existsSync(file)) {
    console.error(`${suite.name}: vitest wrote no results (exit ${run.status}).`);
    broken = true;
    continue;
  }
  const report = JSON.parse(fs.readFileSync(file, 'utf8'));
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  skipped += report.numPendingTests + report.numTodoTests;
  // A file that fails to load counts no test but is a failure all the same.
  const failedFiles = report.testResults.filter((r) => r.status === 'failed' && r.assertionResults.every((a) => a.status !== 'failed'));
  if (failedFiles.length > 0) {
    for (const f of failedFiles) console.error(`${suite.name}: ${path.relative(root, f.name)} failed to run: ${(f.message || '').split('\n')[0]}`);
    failed += failedFiles.length;
  }
  if (run.status !== 0 && report.numFailedTests === 0 && failedFiles.length === 0) broken = true;
}
console.log(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 || broken || passed === 0 ? 1 : 0);
