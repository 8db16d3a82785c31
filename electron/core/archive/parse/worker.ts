// The parser child process (child_process.fork, heap-capped, killed on timeout by parse/pool.ts).
// Untrusted files are parsed here so that a zip bomb or a pathological PDF can at worst kill this
// process, never the app (STACK.md: a worker_thread that ran out of heap took its parent down).
import { parseFile } from './parseFile';
import type { ParseJob, ParseReply } from './types';
import { importReason } from '../../../../shared/domain/archive/reasons';
import { messageOf } from './failures';
import { RSS_REPORT_ARG, startRssReporter } from './memoryWatch';

if (!process.send) {
  process.stderr.write('worker.ts must be started with child_process.fork\n');
  process.exit(2);
}

// Without /proc (Windows, macOS) the parent learns this process's RSS from a monitor thread.
const reporter = process.argv.includes(RSS_REPORT_ARG) ? startRssReporter() : null;

process.on('message', (job: ParseJob) => {
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
    process.send!(reply);
  })();
});

// The app went away: nothing left to parse for.
process.on('disconnect', () => process.exit(0));
process.send({ ready: true });
