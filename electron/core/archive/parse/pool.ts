// One parser child process, reused for a batch: jobs go one at a time; a job that runs past the
// timeout gets the child killed (verdict "waktu habis") and the next job starts a fresh child;
// a child that dies (out of heap on a zip bomb) fails only the file it was reading; a child whose
// resident memory passes the cap is killed too (memoryWatch.ts says where RSS is read from).
// How the child is started (child_process.fork, or Electron's utilityProcess through main) is the
// host's choice, behind spawn.ts.
import { importReason } from '../../../../shared/domain/archive/reasons';
import { processRss, RSS_SAMPLE_MS } from './memoryWatch';
import { parserSpawner, type ParserChild, type SpawnParser } from './spawn';
import type { ParseOutcome } from './types';

export { processRss } from './memoryWatch';
export { workerEntry } from './spawn';

export interface ParserOptions {
  /** Per file; the child is killed when it is exceeded. */
  timeoutMs?: number;
  /** V8 old-space cap of the child, in MB. */
  maxOldSpaceMb?: number;
  /**
   * Resident memory cap of the child, in MB: the heap cap does not bound the buffers pdf.js and
   * zlib allocate outside the V8 heap, so the child's RSS is watched and the child killed above it.
   */
  maxRssMb?: number;
  /**
   * Where the child's RSS comes from: 'auto' reads /proc where it exists (Linux) and otherwise
   * has the child report it; 'child' always uses the child's reports (tests use it on Linux).
   */
  rssFrom?: 'auto' | 'child';
  /** How the child is started; by default the host's choice (spawn.ts: child_process.fork in plain Node). */
  spawn?: SpawnParser;
}

export const DEFAULT_PARSE_TIMEOUT_MS = 30_000;
export const DEFAULT_MAX_OLD_SPACE_MB = 256;
export const DEFAULT_MAX_RSS_MB = 512;
/** PPID_PARSE_MAX_RSS_MB overrides the RSS cap of the app's parser (for a machine with little or much memory). */
export const MAX_RSS_ENV = 'PPID_PARSE_MAX_RSS_MB';

/** The RSS cap from the environment, when it is a whole number of MB in a sensible range. */
export function maxRssMbFromEnv(env: NodeJS.ProcessEnv = process.env): number | undefined {
  const raw = env[MAX_RSS_ENV]?.trim();
  if (!raw || !/^\d{1,5}$/.test(raw)) return undefined;
  const mb = Number(raw);
  // Below 128 MB the child cannot read an ordinary PDF; above 16 GB the cap no longer protects.
  return mb >= 128 && mb <= 16_384 ? mb : undefined;
}
const STARTUP_TIMEOUT_MS = 60_000;

interface Pending {
  id: number;
  name: string;
  bytes: Uint8Array;
  resolve: (outcome: ParseOutcome) => void;
}

export class ParserProcess {
  private child: ParserChild | null = null;
  private ready = false;
  private queue: Pending[] = [];
  private current: (Pending & { timer: NodeJS.Timeout; timedOut: boolean; overMemory: boolean; watch: NodeJS.Timeout | null }) | null = null;
  private nextId = 1;
  private closed = false;
  /** How many children were started (tests check that one child serves a whole batch). */
  starts = 0;
  /** Highest RSS of the child seen while it read the last file, in bytes. */
  lastPeakRss = 0;
  /** Whether the current child reports its RSS over stderr (no /proc to read). */
  private childReports = false;

  constructor(private readonly options: ParserOptions = {}) {}

  /** Changes the per-file timeout for the next jobs. */
  setTimeoutMs(ms: number): void {
    this.options.timeoutMs = ms;
  }

  parse(name: string, bytes: Uint8Array): Promise<ParseOutcome> {
    if (this.closed) return Promise.resolve({ status: 'rejected', ...importReason('parser_closed') });
    return new Promise((resolve) => {
      this.queue.push({ id: this.nextId++, name, bytes, resolve });
      this.pump();
    });
  }

  close(): void {
    this.closed = true;
    for (const job of this.queue.splice(0)) job.resolve({ status: 'rejected', ...importReason('import_stopped') });
    this.child?.kill();
    this.child = null;
  }

  private pump(): void {
    if (this.current || this.queue.length === 0 || this.closed) {
      if (!this.current && this.queue.length === 0) this.setRef(false);
      return;
    }
    if (!this.child) this.start();
    this.setRef(true);
    if (!this.ready) return; // 'ready' from the child calls pump again
    const job = this.queue.shift()!;
    const timeoutMs = this.options.timeoutMs ?? DEFAULT_PARSE_TIMEOUT_MS;
    const timer = setTimeout(() => {
      if (this.current?.id !== job.id) return;
      this.current.timedOut = true;
      this.child?.kill();
    }, timeoutMs);
    this.current = { ...job, timer, timedOut: false, overMemory: false, watch: this.watchMemory(job.id) };
    this.child!.send({ id: job.id, name: job.name, bytes: job.bytes });
  }

  private get maxRssBytes(): number {
    return (this.options.maxRssMb ?? DEFAULT_MAX_RSS_MB) * 1024 * 1024;
  }

  /** Polls the child's RSS from /proc while it reads one file; where the child reports it instead, its reports drive sawRss. */
  private watchMemory(jobId: number): NodeJS.Timeout | null {
    const pid = this.child?.pid;
    this.lastPeakRss = 0;
    if (this.childReports || pid === undefined) return null;
    const watch = setInterval(() => {
      if (this.current?.id === jobId) this.sawRss(processRss(pid) ?? 0);
    }, RSS_SAMPLE_MS);
    watch.unref();
    return watch;
  }

  /** One RSS sample of the child while it reads the current file: above the cap, the child is killed. */
  private sawRss(rss: number): void {
    if (!this.current) return;
    if (rss > this.lastPeakRss) this.lastPeakRss = rss;
    if (rss > this.maxRssBytes && !this.current.overMemory) {
      this.current.overMemory = true;
      this.child?.kill();
    }
  }

  private finish(job: { timer: NodeJS.Timeout; watch: NodeJS.Timeout | null }): void {
    clearTimeout(job.timer);
    if (job.watch) clearInterval(job.watch);
  }

  private start(): void {
    const reports = this.options.rssFrom === 'child' || processRss(process.pid) === undefined;
    const spawn = this.options.spawn ?? parserSpawner();
    const child = spawn({ maxOldSpaceMb: this.options.maxOldSpaceMb ?? DEFAULT_MAX_OLD_SPACE_MB, reportRss: reports });
    this.starts += 1;
    this.child = child;
    this.ready = false;
    this.childReports = reports;
    child.onRss((rss) => {
      if (this.child === child) this.sawRss(rss);
    });
    const startup = setTimeout(() => {
      if (this.child === child && !this.ready) child.kill();
    }, STARTUP_TIMEOUT_MS);
    child.onMessage((message) => {
      if (this.child !== child) return;
      if ('ready' in message) {
        clearTimeout(startup);
        this.ready = true;
        this.pump();
        return;
      }
      const job = this.current;
      if (!job || job.id !== message.id) return;
      this.finish(job);
      this.current = null;
      job.resolve(message.outcome);
      // A file that made the child grow leaves memory V8 and the allocator keep: start afresh.
      if (this.lastPeakRss > this.maxRssBytes / 2) {
        this.child = null;
        this.ready = false;
        child.kill();
      }
      this.pump();
    });
    child.onExit((code, signal) => {
      clearTimeout(startup);
      if (this.child !== child) return;
      this.child = null;
      this.ready = false;
      const job = this.current;
      this.current = null;
      if (job) {
        this.finish(job);
        job.resolve(
          job.timedOut
            ? { status: 'rejected', ...importReason('timeout', { seconds: Math.round((this.options.timeoutMs ?? DEFAULT_PARSE_TIMEOUT_MS) / 1000) }) }
            : job.overMemory
              ? { status: 'rejected', ...importReason('memory', { limit: this.options.maxRssMb ?? DEFAULT_MAX_RSS_MB }) }
              : { status: 'rejected', ...importReason('parser_crashed', { how: signal ?? `kode ${code}` }) },
        );
      } else if (!this.ready && this.queue.length > 0 && this.starts > 3 && code !== 0) {
        // The child cannot even start: fail the waiting files instead of looping.
        for (const waiting of this.queue.splice(0)) waiting.resolve({ status: 'rejected', ...importReason('parser_unavailable') });
      }
      this.pump();
    });
  }

  private setRef(on: boolean): void {
    this.child?.setRef(on);
  }
}
