// Where the parse child's resident memory (RSS) is read from. The V8 heap cap does not bound the
// buffers pdf.js and zlib allocate outside the heap (a 1.9 KB Brotli PDF reached 2.2 GB), so the
// parent watches the child's RSS and kills it above a cap:
// - Linux: the parent reads /proc/<pid>/status itself (needs nothing from the child);
// - elsewhere (Windows, macOS): the child runs a small monitor thread that writes its RSS to
//   stderr while a file is being read. A thread, not a timer, because the child's main thread is
//   busy inside pdf.js or zlib for the whole time a bomb inflates and its timers do not fire.
import fs from 'node:fs';
import { Worker } from 'node:worker_threads';

/** Argument the parent gives the child when it wants RSS reports instead of reading /proc. */
export const RSS_REPORT_ARG = '--report-rss';
/** How often RSS is sampled (parent polling /proc, or the child's monitor thread reporting). */
export const RSS_SAMPLE_MS = 20;

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

/**
 * Reads the child's stderr: every "rss <bytes>" line goes to onRss; anything else a library may
 * print is dropped. A line is never allowed to grow without bound.
 */
export function rssLineReader(onRss: (bytes: number) => void): (chunk: Buffer) => void {
  let pending = '';
  return (chunk) => {
    pending += chunk.toString('latin1');
    const lines = pending.split('\n');
    pending = lines.pop() ?? '';
    if (pending.length > 4096) pending = '';
    for (const line of lines) {
      const m = /^rss (\d{1,15})$/.exec(line);
      if (m) onRss(Number(m[1]));
    }
  };
}

// Runs in its own thread inside the child: fs.writeSync on fd 2 goes straight to the pipe, so the
// report gets out even while the main thread is stuck in a synchronous inflate.
const MONITOR_SOURCE = `
const { workerData } = require('node:worker_threads');
const fs = require('node:fs');
const busy = new Int32Array(workerData.busy);
setInterval(() => {
  if (Atomics.load(busy, 0) === 0) return;
  try { fs.writeSync(2, 'rss ' + process.memoryUsage.rss() + '\\n'); } catch {}
}, workerData.intervalMs);
`;

export interface RssReporter {
  /** Reports flow only while a file is being read. */
  busy(on: boolean): void;
}

function writeRss(): void {
  try {
    fs.writeSync(2, `rss ${process.memoryUsage.rss()}\n`);
  } catch {
    // The parent went away; 'disconnect' ends this process.
  }
}

/** In the child: starts the monitor thread. It does not keep the child alive. */
export function startRssReporter(intervalMs = RSS_SAMPLE_MS): RssReporter {
  const busy = new Int32Array(new SharedArrayBuffer(4));
  const worker = new Worker(MONITOR_SOURCE, { eval: true, execArgv: [], workerData: { busy: busy.buffer, intervalMs } });
  worker.unref();
  return {
    busy(on) {
      Atomics.store(busy, 0, on ? 1 : 0);
      // One sample right away: a file read in less than one interval still shows what the child
      // holds (memory kept from earlier files counts towards restarting it).
      if (on) writeRss();
    },
  };
}
