#!/usr/bin/env node
// The `ppid-desk` command. It runs the built bundle out/cli/ppid-desk.mjs (build/scripts/cli-bundle.mjs,
// made by `npm install` and `npm run build`) while that is up to date with the sources; otherwise
// (a source edited since, or no build yet) it runs the TypeScript sources through tsx, slower to
// start but always current. PPID_CLI_BUNDLE=off forces the sources; =require refuses to run without
// a fresh bundle (the tests and the start-up bench use it to be sure what they measure).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { bundleState } from './bundleState.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
// `ppid-desk --version` alone answers from package.json, as main.ts's program would, without
// loading the program (the bundle still takes ~0.4 s to compile; scripts call --version often).
if (process.argv.length === 3 && (process.argv[2] === '--version' || process.argv[2] === '-V')) {
  process.stdout.write(`${JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')).version}\n`);
  process.exit(0);
}
const mode = process.env.PPID_CLI_BUNDLE;
const found = mode === 'off' ? { state: 'off' } : bundleState(root);
let run;
if (found.state === 'fresh') {
  ({ run } = await import(pathToFileURL(found.bundle).href));
} else {
  if (mode === 'require') {
    process.stderr.write(`ppid-desk: bundel CLI tidak mutakhir (${found.state}${found.changed ? `: ${found.changed}` : ''}); jalankan \`npm run build:cli\`.\n`);
    process.exit(70);
  }
  const { register } = await import('tsx/esm/api');
  register();
  ({ run } = await import('./main.ts'));
}
process.exitCode = await run(process.argv);
