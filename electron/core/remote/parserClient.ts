// The core's way to start parser children when it runs in Electron's utility process (installed
// by electron/main/coreProcess.ts): each child is asked of main over the core's port, and talks to
// the core over its own port once main has forked it (protocol.ts). Pure (no `electron` import):
// tested in Node with main's side (electron/main/parserHost.ts) and worker_threads ports.
import type { ParserChild, ParserMessage, SpawnParser } from '../archive/parse/spawn';
import type { ParseJob } from '../archive/parse/types';
import { asParserMessage, type ParserFromMain, type ParserToMain, type PortLike } from './protocol';

interface Remote {
  port: PortLike | null;
  pid: number | undefined;
  /** Jobs sent before main answered (the pool waits for 'ready', so normally none). */
  waiting: ParseJob[];
  gone: boolean;
  onMessage: Array<(message: ParserMessage) => void>;
  onExit: Array<(code: number | null, signal: string | null) => void>;
  onRss: Array<(bytes: number) => void>;
}

export function remoteParserSpawner(main: PortLike): SpawnParser {
  let nextId = 1;
  const children = new Map<number, Remote>();
  const send = (message: ParserToMain) => main.postMessage(message);

  main.on('message', (raw, ports) => {
    const message = asParserMessage<ParserFromMain>(raw);
    const child = message && children.get(message.id);
    if (!message || !child) return;
    switch (message.kind) {
      case 'parser:forked': {
        const port = ports?.[0];
        if (!port || child.port) return;
        child.port = port;
        child.pid = message.pid;
        port.on('message', (reply) => {
          if (!child.gone) for (const listener of child.onMessage) listener(reply as ParserMessage);
        });
        for (const job of child.waiting.splice(0)) port.postMessage(job);
        return;
      }
      case 'parser:rss':
        for (const listener of child.onRss) listener(message.bytes);
        return;
      case 'parser:exit':
        children.delete(message.id);
        child.gone = true;
        child.pid = undefined;
        child.port?.close?.();
        for (const listener of child.onExit) listener(message.code, message.signal);
        return;
    }
  });

  return ({ maxOldSpaceMb, reportRss }) => {
    const id = nextId++;
    const child: Remote = { port: null, pid: undefined, waiting: [], gone: false, onMessage: [], onExit: [], onRss: [] };
    children.set(id, child);
    send({ kind: 'parser:fork', id, maxOldSpaceMb, reportRss });
    const remote: ParserChild = {
      get pid() {
        return child.pid;
      },
      send(job) {
        if (child.gone) return;
        if (child.port) child.port.postMessage(job);
        else child.waiting.push(job);
      },
      onMessage: (listener) => void child.onMessage.push(listener),
      onExit: (listener) => void child.onExit.push(listener),
      onRss: (listener) => void child.onRss.push(listener),
      kill() {
        // Main kills and then reports the exit, which settles the file being read.
        if (!child.gone) send({ kind: 'parser:kill', id });
      },
      // The core process lives as long as the app: there is no idle exit to allow.
      setRef: () => undefined,
    };
    return remote;
  };
}
