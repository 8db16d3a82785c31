// Main's side of the archive parser children when the core runs in a utility process (issue 16).
// The core cannot start them itself: child_process.fork would relaunch the Electron binary as Node
// (ELECTRON_RUN_AS_NODE, which the packaged app's runAsNode fuse switches off) and Electron's
// utilityProcess module exists only in main. So the core asks ('parser:fork', core/remote/
// protocol.ts); main forks the worker as a utility process, joins child and core with a message
// channel (one end transferred to each; jobs never pass through main), relays kills and reports
// exits. Main decides which file runs: the core only names the heap cap and whether RSS is reported.
// Pure (no `electron` import; forkUtility and the channel are injected): tested in Node with
// child_process.fork and worker_threads ports standing in (tests/electron/main/parserHost.test.ts).
import { RSS_REPORT_ARG, rssLineReader } from '../core/archive/parse/memoryWatch';
import { asParserMessage, type ParserFromMain, type ParserToMain } from '../core/remote/protocol';

type Stdio = 'pipe' | 'ignore' | 'inherit';

/** The part of Electron's UtilityProcess used here. */
export interface UtilityChildLike<Port> {
  readonly pid: number | undefined;
  readonly stderr: NodeJS.ReadableStream | null;
  postMessage(message: unknown, transfer?: Port[]): void;
  kill(): boolean;
  once(event: 'spawn', listener: () => void): unknown;
  /** Electron gives the code only; the Node stand-in in tests also gives the signal. */
  once(event: 'exit', listener: (code: number | null, signal?: string | null) => void): unknown;
}

/** utilityProcess.fork in the app. */
export type ForkUtility<Port> = (modulePath: string, args: string[], options: { execArgv: string[]; serviceName: string; stdio: Stdio[] }) => UtilityChildLike<Port>;

/** Main's end of the core's port (the core's UtilityProcess in the app). */
export interface CoreLink<Port> {
  postMessage(message: unknown, transfer?: Port[]): void;
  on(event: 'message', listener: (message: unknown) => void): unknown;
}

export interface ParserHostDeps<Port> {
  forkUtility: ForkUtility<Port>;
  /** A fresh channel (MessageChannelMain in the app): one end for the core, one for the child. */
  createChannel: () => { core: Port; child: Port };
  /** The built worker (out/main/archive-worker.js). */
  entry: string;
  log?: (message: string, error?: unknown) => void;
  /** Last resort for a child still alive after kill() (default: process.kill(pid, 'SIGKILL')). */
  forceKill?: (pid: number) => void;
}

export const PARSER_SERVICE_NAME = 'PPID Desk parser';
/** More live children than this is a bug in the core (its pool has at most 8): refuse, do not fork. */
export const MAX_PARSER_CHILDREN = 16;
const DEFAULT_OLD_SPACE_MB = 256;
/**
 * Electron's kill() is SIGTERM on POSIX. A parser stuck in a synchronous inflate still dies of it
 * (Node installs no handler), but the file being read is only settled by the exit report: should a
 * child outlive kill() this long, it is killed outright so the import never waits on it.
 */
export const FORCE_KILL_AFTER_MS = 3000;

function sigkill(pid: number): void {
  try {
    process.kill(pid, 'SIGKILL');
  } catch {
    // Already gone.
  }
}

/** Serves the core's parser requests; stop() kills every child (the core process is gone). */
export function serveParsers<Port>(core: CoreLink<Port>, deps: ParserHostDeps<Port>): { stop(): void } {
  const log = deps.log ?? ((message, error) => console.error(message, error));
  const forceKill = deps.forceKill ?? sigkill;
  const children = new Map<number, UtilityChildLike<Port>>();
  let stopped = false;
  const tell = (message: ParserFromMain, transfer?: Port[]) => {
    if (!stopped) core.postMessage(message, transfer);
  };

  const fork = (id: number, maxOldSpaceMb: number, reportRss: boolean) => {
    if (children.has(id) || children.size >= MAX_PARSER_CHILDREN) {
      tell({ kind: 'parser:exit', id, code: null, signal: null });
      return;
    }
    const heapMb = Number.isSafeInteger(maxOldSpaceMb) && maxOldSpaceMb >= 16 && maxOldSpaceMb <= 16_384 ? maxOldSpaceMb : DEFAULT_OLD_SPACE_MB;
    let child: UtilityChildLike<Port>;
    try {
      child = deps.forkUtility(deps.entry, reportRss ? [RSS_REPORT_ARG] : [], {
        execArgv: [`--max-old-space-size=${heapMb}`],
        serviceName: PARSER_SERVICE_NAME,
        // stdin must be 'ignore' for a utility process; stderr carries the RSS reports when asked.
        stdio: ['ignore', 'ignore', reportRss ? 'pipe' : 'ignore'],
      });
    } catch (error) {
      log('[ppid-desk] cannot start the archive parser', error);
      tell({ kind: 'parser:exit', id, code: null, signal: null });
      return;
    }
    children.set(id, child);
    if (reportRss) child.stderr?.on('data', rssLineReader((bytes) => tell({ kind: 'parser:rss', id, bytes })));
    child.once('spawn', () => {
      if (children.get(id) !== child) return;
      const { core: coreEnd, child: childEnd } = deps.createChannel();
      child.postMessage({ kind: 'parser:connect' }, [childEnd]);
      tell({ kind: 'parser:forked', id, pid: child.pid }, [coreEnd]);
    });
    child.once('exit', (code, signal) => {
      if (children.get(id) === child) children.delete(id);
      tell({ kind: 'parser:exit', id, code, signal: signal ?? null });
    });
  };

  const kill = (child: UtilityChildLike<Port>) => {
    const pid = child.pid;
    child.kill();
    if (pid === undefined) return;
    const timer = setTimeout(() => {
      if ([...children.values()].includes(child) || stopped) forceKill(pid);
    }, FORCE_KILL_AFTER_MS);
    timer.unref?.();
    child.once('exit', () => clearTimeout(timer));
  };

  core.on('message', (raw) => {
    const message = asParserMessage<ParserToMain>(raw);
    if (!message || stopped) return;
    if (message.kind === 'parser:fork') fork(message.id, message.maxOldSpaceMb, message.reportRss === true);
    else if (message.kind === 'parser:kill') {
      const child = children.get(message.id);
      // Unknown (already gone, or never started): the core still waits for an exit to settle its file.
      if (child) kill(child);
      else tell({ kind: 'parser:exit', id: message.id, code: null, signal: null });
    }
  });

  return {
    stop() {
      stopped = true;
      for (const child of children.values()) kill(child);
      children.clear();
    },
  };
}
