// CLI start-up, whole process (spawn to exit), median of RUNS: `node -e 0`, `ppid-desk --version`,
// and `ppid-desk info` from the bundle and from the sources through tsx (PPID_CLI_BUNDLE=off), the
// way it ran before the bundle. The bundle is built first when it is not up to date.
// Goal (issue #16): --version <= 3x `node -e 0`. Prints figures only. Run: npm run bench -- cli.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { bundleState } from '../../electron/cli/bundleState.mjs';
import { buildCliBundle } from '../../build/scripts/cli-bundle.mjs';

const RUNS = 15;
const root = path.resolve(import.meta.dirname, '../..');
const bin = path.join(root, 'electron/cli/bin.mjs');

function wall(args: string[], env: Record<string, string> = {}): number {
  const times: number[] = [];
  for (let i = 0; i < RUNS + 2; i += 1) {
    const start = performance.now();
    const run = spawnSync(process.execPath, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe'] });
    const ms = performance.now() - start;
    if (run.status !== 0) throw new Error(`${args.join(' ')} exited ${run.status}: ${run.stderr}`);
    if (i >= 2) times.push(ms); // the first two warm the disk cache
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

export default async function main(): Promise<void> {
  console.log(`Load average ${os.loadavg().map((n) => n.toFixed(1)).join(' / ')} on ${os.cpus().length} cores; median of ${RUNS} runs, whole process.`);
  if (bundleState(root).state !== 'fresh') {
    await buildCliBundle();
    console.log('(CLI bundle built first: it was not up to date)');
  }
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ppid-bench-cli-'));
  try {
    const node = wall(['-e', '0']);
    const version = wall([bin, '--version'], { PPID_CLI_BUNDLE: 'require' });
    const info = wall([bin, '--data-dir', dataDir, 'info'], { PPID_CLI_BUNDLE: 'require' });
    const infoTsx = wall([bin, '--data-dir', dataDir, 'info'], { PPID_CLI_BUNDLE: 'off' });
    console.log(`node -e 0                    ${node.toFixed(0).padStart(5)} ms`);
    console.log(`ppid-desk --version          ${version.toFixed(0).padStart(5)} ms  = ${(version / node).toFixed(2)}x node -e 0 (goal <= 3x)`);
    console.log(`ppid-desk info (bundle)      ${info.toFixed(0).padStart(5)} ms  = ${(info / node).toFixed(2)}x`);
    console.log(`ppid-desk info (tsx sources) ${infoTsx.toFixed(0).padStart(5)} ms  = ${(infoTsx / node).toFixed(2)}x`);
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
