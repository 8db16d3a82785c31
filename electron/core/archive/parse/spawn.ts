// How a parser child process is started, behind one small interface (issue 16). In plain Node
// (CLI, browser host, tests) it is child_process.fork, as it always was. In the desktop app the
// core runs in Electron's utility process, where fork would relaunch the Electron binary as Node
// (ELECTRON_RUN_AS_NODE, switched off by the runAsNode fuse in the packaged app) and Electron's
// own utilityProcess module exists only in main: there the host installs a spawner that asks main
// to start the child (core/remote/parserClient.ts). The pool's limits do not change with the way.
import { fork, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { RSS_REPORT_ARG, rssLineReader } from './memoryWatch';
import type { ParseJob, ParseReply } from './types';

export type ParserMessage = ParseReply | { ready: true };

/** One parser child, however it was started. */
export interface ParserChild {
  /** The OS process id once known (read from /proc for the RSS cap on Linux). */
  readonly pid: number | undefined;
  send(job: ParseJob): void;
  onMessage(listener: (message: ParserMessage) => void): void;
  /** Once, when the child is gone: killed, crashed, or failed to start. */
  onExit(listener: (code: number | null, signal: string | null) => void): void;
  /** The child's own RSS reports (only when it was asked to report, see SpawnRequest.reportRss). */
  onRss(listener: (bytes: number) => void): void;
  /** Kills at once: a hung or over-memory child gets no chance to finish. */
  kill(): void;
  /** An idle child must not keep a CLI run alive; a busy one must. */
  setRef(on: boolean): void;
}

export interface SpawnRequest {
  /** V8 old-space cap of the child, in MB (--max-old-space-size). */
  maxOldSpaceMb: number;
  /** The child reports its RSS (no /proc to read it from). */
  reportRss: boolean;
}

export type SpawnParser = (request: SpawnRequest) => ParserChild;

/** From source the entry is worker.ts (run through tsx); built, archive-worker.js beside the bundle. */
export function workerEntry(): { file: string; execArgv: string[] } {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const ts = path.join(here, 'worker.ts');
  if (fs.existsSync(ts)) return { file: ts, execArgv: ['--import', 'tsx'] };
  for (const candidate of [path.join(here, 'archive-worker.js'), path.join(here, '..', 'archive-worker.js')]) {
    if (fs.existsSync(candidate)) return { file: candidate, execArgv: [] };
  }
  throw new Error(`archive parser worker not found next to ${here}`);
}

/** child_process.fork: plain Node (CLI, browser host, tests). */
export const forkParser: SpawnParser = ({ maxOldSpaceMb, reportRss }) => {
  const entry = workerEntry();
  const child = fork(entry.file, reportRss ? [RSS_REPORT_ARG] : [], {
    execArgv: [...entry.execArgv, `--max-old-space-size=${maxOldSpaceMb}`],
    serialization: 'advanced',
    stdio: ['ignore', 'ignore', reportRss ? 'pipe' : 'ignore', 'ipc'],
  });
  child.on('error', () => undefined); // 'exit' follows
  const withChannel = child as ChildProcess & { channel?: { ref(): void; unref(): void } };
  return {
    get pid() {
      return child.pid;
    },
    send: (job) => void child.send(job),
    onMessage: (listener) => void child.on('message', (message) => listener(message as ParserMessage)),
    onExit: (listener) => void child.once('exit', (code, signal) => listener(code, signal)),
    onRss: (listener) => void child.stderr?.on('data', rssLineReader(listener)),
    kill: () => void child.kill('SIGKILL'),
    setRef(on) {
      // The stderr pipe of a reporting child is a handle too: idle, it must not keep Node alive.
      const stderr = child.stderr as unknown as { ref?(): void; unref?(): void } | null;
      if (on) {
        child.ref();
        withChannel.channel?.ref();
        stderr?.ref?.();
      } else {
        child.unref();
        withChannel.channel?.unref();
        stderr?.unref?.();
      }
    },
  };
};

let current: SpawnParser = forkParser;

/** The host's choice (electron/main/coreProcess.ts installs the utility-process one). */
export function useParserSpawner(spawn: SpawnParser): void {
  current = spawn;
}

export function parserSpawner(): SpawnParser {
  return current;
}
