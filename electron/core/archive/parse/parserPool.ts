// Up to one parser child process per CPU core for a batch import. Child processes, not
// worker_threads: STACK.md records a worker_thread with resourceLimits that ran out of heap on a
// zip bomb and took the whole parent process down; a child process can only kill itself. Each
// child is a ParserProcess (pool.ts), so every limit of the single parser holds per child: heap
// cap, RSS cap, per-file timeout, a crashed or hung child fails only the file it was reading.
// Jobs wait in one queue and go to whichever child is free (a long PDF does not hold up the files
// queued behind it); a second child is only started when a job is waiting and every child is busy.
import os from 'node:os';
import { importReason } from '../../../../shared/domain/archive/reasons';
import { maxRssMbFromEnv, ParserProcess, type ParserOptions } from './pool';
import type { ParseOutcome } from './types';

/** What the importer needs of a parser: the single child (tests) and the pool both fit. */
export interface Parser {
  parse(name: string, bytes: Uint8Array): Promise<ParseOutcome>;
  close(): void;
  /** How many files it reads at once (the importer reads that many ahead and a few more). */
  readonly concurrency?: number;
}

/** A machine's cores, at most 8: more children would only add memory (up to the RSS cap each). */
export function defaultPoolSize(): number {
  const cores = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
  return Math.max(1, Math.min(cores, 8));
}

interface Job {
  name: string;
  bytes: Uint8Array;
  resolve: (outcome: ParseOutcome) => void;
}

export class ParserPool implements Parser {
  readonly concurrency: number;
  private readonly children: Array<{ parser: ParserProcess; busy: boolean }> = [];
  private readonly queue: Job[] = [];
  private closed = false;

  constructor(private readonly options: ParserOptions & { size?: number } = {}) {
    this.concurrency = Math.max(1, options.size ?? defaultPoolSize());
  }

  /** How many children were started in all (restarts after a crash included). */
  get starts(): number {
    return this.children.reduce((sum, c) => sum + c.parser.starts, 0);
  }

  parse(name: string, bytes: Uint8Array): Promise<ParseOutcome> {
    if (this.closed) return Promise.resolve({ status: 'rejected', ...importReason('parser_closed') });
    return new Promise((resolve) => {
      this.queue.push({ name, bytes, resolve });
      this.pump();
    });
  }

  close(): void {
    this.closed = true;
    for (const job of this.queue.splice(0)) job.resolve({ status: 'rejected', ...importReason('import_stopped') });
    for (const child of this.children) child.parser.close();
  }

  private pump(): void {
    while (this.queue.length > 0 && !this.closed) {
      let free = this.children.find((c) => !c.busy);
      if (!free && this.children.length < this.concurrency) {
        const { size: _size, ...options } = this.options;
        free = { parser: new ParserProcess({ ...options }), busy: false };
        this.children.push(free);
      }
      if (!free) return;
      const child = free;
      const job = this.queue.shift()!;
      child.busy = true;
      void child.parser.parse(job.name, job.bytes).then((outcome) => {
        child.busy = false;
        job.resolve(outcome);
        this.pump();
      });
    }
  }
}

let shared: ParserPool | null = null;

/** The app's parser pool, its children started on demand and idle (not keeping Node alive) between jobs. */
export function sharedPool(): ParserPool {
  shared ??= new ParserPool({ maxRssMb: maxRssMbFromEnv() });
  return shared;
}
