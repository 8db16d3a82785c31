// One parser child process, reused for a batch: jobs go one at a time; a job that runs past the
// timeout gets the child killed (verdict "waktu habis") and the next job starts a fresh child;
// a child that dies (out of heap on a zip bomb) fails only the file it was reading.
import { fork, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ParseOutcome, ParseReply } from './types';

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
}

export const DEFAULT_PARSE_TIMEOUT_MS = 30_000;
export const DEFAULT_MAX_OLD_SPACE_MB = 256;
export const DEFAULT_MAX_RSS_MB = 512;
const RSS_POLL_MS = 25;

/** Resident set size of a process in bytes, from /proc (Linux); undefined where that is not available. */
export function processRss(pid: number): number | undefined {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'latin1');
    const m = /^VmRSS:\s+(\d+)\s+kB/m.exec(status);
    return m ? Number(m[1]) * 1024 : undefined;
  } catch {
    return undefined;
  }
}
const STARTUP_TIMEOUT_MS = 60_000;

interface Pending {
  id: number;
  name: string;
  bytes: Uint8Array;
  resolve: (outcome: ParseOutcome) => void;
}

/** From source the entry is worker.ts (run through tsx); in the packaged app, archive-worker.js beside main. */
export function workerEntry(): { file: string; execArgv: string[] } {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const ts = path.join(here, 'worker.ts');
  if (fs.existsSync(ts)) return { file: ts, execArgv: ['--import', 'tsx'] };
  for (const candidate of [path.join(here, 'archive-worker.js'), path.join(here, '..', 'archive-worker.js')]) {
    if (fs.existsSync(candidate)) return { file: candidate, execArgv: [] };
  }
  throw new Error(`archive parser worker not found next to ${here}`);
}

export class ParserProcess {
  private child: ChildProcess | null = null;
  private ready = false;
  private queue: Pending[] = [];
  private current: (Pending & { timer: NodeJS.Timeout; timedOut: boolean; overMemory: boolean; watch: NodeJS.Timeout | null }) | null = null;
  private nextId = 1;
  private closed = false;
  /** How many children were started (tests check that one child serves a whole batch). */
  starts = 0;
  /** Highest RSS of the child seen while it read the last file, in bytes (0 where it cannot be read). */
  lastPeakRss = 0;

  constructor(private readonly options: ParserOptions = {}) {}

  /** Changes the per-file timeout for the next jobs. */
  setTimeoutMs(ms: number): void {
    this.options.timeoutMs = ms;
  }

  parse(name: string, bytes: Uint8Array): Promise<ParseOutcome> {
    if (this.closed) return Promise.resolve({ status: 'rejected', reason: 'Pengurai berkas sudah ditutup.' });
    return new Promise((resolve) => {
      this.queue.push({ id: this.nextId++, name, bytes, resolve });
      this.pump();
    });
  }

  close(): void {
    this.closed = true;
    for (const job of this.queue.splice(0)) job.resolve({ status: 'rejected', reason: 'Impor dihentikan.' });
    this.child?.kill('SIGKILL');
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
      this.child?.kill('SIGKILL');
    }, timeoutMs);
    this.current = { ...job, timer, timedOut: false, overMemory: false, watch: this.watchMemory(job.id) };
    this.child!.send({ id: job.id, name: job.name, bytes: job.bytes });
  }

  private get maxRssBytes(): number {
    return (this.options.maxRssMb ?? DEFAULT_MAX_RSS_MB) * 1024 * 1024;
  }

  /** Polls the child's RSS while it reads one file and kills it above the cap (Linux; elsewhere the heap cap alone holds). */
  private watchMemory(jobId: number): NodeJS.Timeout | null {
    const pid = this.child?.pid;
    this.lastPeakRss = 0;
    if (pid === undefined || processRss(pid) === undefined) return null;
    const watch = setInterval(() => {
      const rss = processRss(pid) ?? 0;
      if (rss > this.lastPeakRss) this.lastPeakRss = rss;
      if (rss > this.maxRssBytes && this.current?.id === jobId) {
        this.current.overMemory = true;
        this.child?.kill('SIGKILL');
      }
    }, RSS_POLL_MS);
    watch.unref();
    return watch;
  }

  private finish(job: { timer: NodeJS.Timeout; watch: NodeJS.Timeout | null }): void {
    clearTimeout(job.timer);
    if (job.watch) clearInterval(job.watch);
  }

  private start(): void {
    const entry = workerEntry();
    const child = fork(entry.file, [], {
      execArgv: [...entry.execArgv, `--max-old-space-size=${this.options.maxOldSpaceMb ?? DEFAULT_MAX_OLD_SPACE_MB}`],
      serialization: 'advanced',
      stdio: ['ignore', 'ignore', 'ignore', 'ipc'],
    });
    this.starts += 1;
    this.child = child;
    this.ready = false;
    const startup = setTimeout(() => {
      if (this.child === child && !this.ready) child.kill('SIGKILL');
    }, STARTUP_TIMEOUT_MS);
    child.on('message', (message: ParseReply | { ready: true }) => {
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
        child.kill('SIGKILL');
      }
      this.pump();
    });
    child.on('error', () => undefined); // 'exit' follows and settles the job
    child.on('exit', (code, signal) => {
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
            ? { status: 'rejected', reason: `Waktu habis: berkas tidak selesai dibaca dalam ${Math.round((this.options.timeoutMs ?? DEFAULT_PARSE_TIMEOUT_MS) / 1000)} detik dan pembacaannya dihentikan.` }
            : job.overMemory
              ? { status: 'rejected', reason: `Berkas memakan memori lebih dari ${this.options.maxRssMb ?? DEFAULT_MAX_RSS_MB} MB saat dibaca (kemungkinan bom dekompresi); pembacaannya dihentikan dan berkas tidak diimpor.` }
              : { status: 'rejected', reason: `Pembacaan berkas berhenti mendadak (${signal ?? `kode ${code}`}), kemungkinan kehabisan memori karena berkas rusak atau bom ZIP.` },
        );
      } else if (!this.ready && this.queue.length > 0 && this.starts > 3 && code !== 0) {
        // The child cannot even start: fail the waiting files instead of looping.
        for (const waiting of this.queue.splice(0)) waiting.resolve({ status: 'rejected', reason: 'Pengurai berkas tidak dapat dijalankan.' });
      }
      this.pump();
    });
  }

  private setRef(on: boolean): void {
    const child = this.child as (ChildProcess & { channel?: { ref(): void; unref(): void } }) | null;
    if (!child) return;
    if (on) {
      child.ref();
      child.channel?.ref();
    } else {
      child.unref();
      child.channel?.unref();
    }
  }
}

let shared: ParserProcess | null = null;

/** The app's parser process, started on first use and idle (not keeping Node alive) between jobs. */
export function sharedParser(): ParserProcess {
  shared ??= new ParserProcess();
  return shared;
}
