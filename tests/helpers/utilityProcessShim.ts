// Preloaded (--import) into a child_process.fork child to stand in for Electron's utility process:
// gives it `process.parentPort`, and a port "transferred" with a parent message, both carried over
// the fork IPC channel. With it the parser worker runs its utilityProcess path in plain Node
// (tests/electron/main/parserHost.test.ts); the other half lives in that test's forkUtility.
type MainEvent = { data: unknown; ports: FakePort[] };

class FakePort {
  private readonly listeners: Array<(event: MainEvent) => void> = [];
  /** Messages that came before a listener (the preload runs before the worker subscribes), as a port queues them. */
  private readonly queued: MainEvent[] = [];
  private readonly closers: Array<() => void> = [];
  constructor(private readonly tag: 'parent' | 'port') {}
  postMessage(message: unknown): void {
    process.send?.({ [this.tag]: message });
  }
  on(event: 'message' | 'close', listener: ((event: MainEvent) => void) | (() => void)): this {
    if (event === 'message') {
      this.listeners.push(listener as (event: MainEvent) => void);
      for (const queued of this.queued.splice(0)) this.emit(queued);
    } else this.closers.push(listener as () => void);
    return this;
  }
  start(): void {}
  emit(event: MainEvent): void {
    if (this.listeners.length === 0) this.queued.push(event);
    for (const listener of this.listeners) listener(event);
  }
  closed(): void {
    for (const closer of this.closers) closer();
  }
}

const parentPort = new FakePort('parent');
const port = new FakePort('port');
process.on('message', (raw) => {
  const message = raw as { parent?: unknown; withPort?: boolean; port?: unknown };
  if ('parent' in message) parentPort.emit({ data: message.parent, ports: message.withPort ? [port] : [] });
  else if ('port' in message) port.emit({ data: message.port, ports: [] });
});
// The other end of the port closed (or the parent went away): as MessagePortMain's 'close'.
process.on('disconnect', () => port.closed());
Object.defineProperty(process, 'parentPort', { value: parentPort });
