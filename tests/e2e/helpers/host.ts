import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

// import.meta.url, not __dirname: the walk-in bench runs this file under tsx (ESM), where __dirname is absent.
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

export interface HostProcess {
  url: string; // with ?token=
  origin: string;
  child: ChildProcess;
  output: () => string;
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

/**
 * Starts `npm run start:browser` as a user would (here: its script directly) and waits for its URL
 * line. `now` starts the app's clock at that instant (`--now`), to act on a case on its own dates.
 */
export function startHostProcess(dataDir: string, options: { now?: string } = {}): Promise<HostProcess> {
  const extra = options.now ? ['--now', options.now] : [];
  const child = spawn(process.execPath, [path.join(root, 'build/scripts/start-browser.mjs'), '--no-build', '--data-dir', dataDir, '--port', '0', ...extra], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`host did not print its URL:\n${out}`)), 30_000);
    const onData = (chunk: Buffer) => {
      out += chunk.toString();
      const match = /(http:\/\/127\.0\.0\.1:\d+\/\S*)/.exec(out);
      if (match) {
        clearTimeout(timer);
        const url = match[1]!;
        resolve({
          url,
          origin: new URL(url).origin,
          child,
          output: () => out,
          stop: (signal = 'SIGTERM') =>
            new Promise((res) => {
              if (child.exitCode !== null) return res(child.exitCode);
              child.once('exit', (code) => res(code));
              child.kill(signal);
            }),
        });
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (c: Buffer) => (out += c.toString()));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`host exited (${code}) before printing its URL:\n${out}`));
    });
  });
}
