// The parser child process (heap-capped, killed on timeout by parse/pool.ts). Untrusted files are
// parsed here so that a zip bomb or a pathological PDF can at worst kill this process, never the
// app (STACK.md: a worker_thread that ran out of heap took its parent down). Started two ways
// (parse/spawn.ts): child_process.fork in plain Node, where jobs come over process.send; or
// Electron's utilityProcess.fork from main (desktop app), where main transfers one end of a
// MessageChannelMain over process.parentPort and the core holds the other end. No `electron`
// import: a utility process gets parentPort on `process`.
import { parseFile } from './parseFile';
import type { ParseJob, ParseReply } from './types';
import { importReason } from '../../../../shared/domain/archive/reasons';
import { messageOf } from './failures';
import { RSS_REPORT_ARG, startRssReporter } from './memoryWatch';

/** The parts of Electron's MessagePortMain / parentPort used here (listeners get a MessageEvent). */
interface MainPort {
  postMessage(message: unknown): void;
  on(event: 'message', listener: (event: { data: unknown; ports?: MainPort[] }) => void): unknown;
  on(event: 'close', listener: () => void): unknown;
  start?(): void;
}

interface Link {
  send(reply: ParseReply | { ready: true }): void;
  onJob(listener: (job: ParseJob) => void): void;
}

const parentPort = (process as unknown as { parentPort?: MainPort }).parentPort;

if (!parentPort && !process.send) {
  process.stderr.write('worker.ts must be started with child_process.fork or Electron utilityProcess.fork\n');
  process.exit(2);
}

// Without /proc (Windows, macOS) the parent learns this process's RSS from a monitor thread.
const reporter = process.argv.includes(RSS_REPORT_ARG) ? startRssReporter() : null;

function serve(link: Link): void {
  link.onJob((job) => {
    void (async () => {
      let reply: ParseReply;
      reporter?.busy(true);
      try {
        reply = { id: job.id, outcome: await parseFile(job.name, job.bytes) };
      } catch (error) {
        reply = { id: job.id, outcome: { status: 'rejected', ...importReason('unreadable', {}, messageOf(error)) } };
      } finally {
        reporter?.busy(false);
      }
      link.send(reply);
    })();
  });
  link.send({ ready: true });
}

if (parentPort) {
  // The first message from main carries the port to the core; jobs and replies use only that port.
  let connected = false;
  parentPort.on('message', (event) => {
    const port = event.ports?.[0];
    if (connected || !port) return;
    connected = true;
    // The core went away (its end closed): nothing left to parse for.
    port.on('close', () => process.exit(0));
    serve({ send: (reply) => port.postMessage(reply), onJob: (listener) => void port.on('message', (e) => listener(e.data as ParseJob)) });
    port.start?.();
  });
} else {
  serve({ send: (reply) => void process.send!(reply), onJob: (listener) => void process.on('message', (job) => listener(job as ParseJob)) });
  // The app went away: nothing left to parse for.
  process.on('disconnect', () => process.exit(0));
}
