import { spawnSync } from 'node:child_process';
import path from 'node:path';

const bin = path.resolve(__dirname, '../../electron/cli/bin.mjs');

/** Runs the real `ppid-desk` bin in a child process, as an administrator would. */
export function runCli(args: string[], opts: { input?: string; cwd?: string; timeoutMs?: number } = {}) {
  const result = spawnSync(process.execPath, [bin, ...args], {
    encoding: 'utf8',
    input: opts.input ?? '',
    cwd: opts.cwd ?? path.resolve(__dirname, '../..'),
    timeout: opts.timeoutMs ?? 60_000,
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
