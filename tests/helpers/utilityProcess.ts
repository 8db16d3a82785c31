// Electron's utilityProcess and MessageChannelMain played in Node, for main's parser host
// (electron/main/parserHost.ts): child_process.fork plus a preload that gives the child
// process.parentPort (utilityProcessShim.ts), and worker_threads ports whose transferred ports
// travel beside the message, as Electron hands them over in a MessageEvent's `ports`.
import { fork } from 'node:child_process';
import path from 'node:path';
import { MessageChannel, type MessagePort } from 'node:worker_threads';
import { workerEntry, type SpawnParser } from '../../electron/core/archive/parse/spawn';
import { remoteParserSpawner } from '../../electron/core/remote/parserClient';
import type { PortLike } from '../../electron/core/remote/protocol';
import { serveParsers, type CoreLink, type ForkUtility } from '../../electron/main/parserHost';

const SHIM = path.resolve(__dirname, 'utilityProcessShim.ts');

export interface Forked {
  modulePath: string;
  args: string[];
  options: Parameters<ForkUtility<MessagePort>>[2];
  pid: number | undefined;
}

/** utilityProcess.fork, played by child_process.fork: the transferred port is carried over the fork IPC. */
export function nodeForkUtility(seen: Forked[], cleanups: Array<() => void>): ForkUtility<MessagePort> {
  return (modulePath, args, options) => {
    const child = fork(modulePath, args, {
      execArgv: [...workerEntry().execArgv, '--import', SHIM, ...options.execArgv],
      serialization: 'advanced',
      stdio: [...options.stdio, 'ipc'],
    });
    seen.push({ modulePath, args, options, get pid() {
      return child.pid;
    } });
    child.on('error', () => undefined);
    cleanups.push(() => child.kill('SIGKILL'));
    return {
      get pid() {
        return child.pid;
      },
      stderr: child.stderr,
      postMessage(message, transfer) {
        const port = transfer?.[0];
        if (port) {
          port.on('message', (data) => child.connected && child.send({ port: data }));
          port.on('close', () => child.connected && child.disconnect());
          child.on('message', (m: { port?: unknown }) => {
            if ('port' in m) port.postMessage(m.port);
          });
          child.once('exit', () => port.close());
        }
        child.send({ parent: message, withPort: Boolean(port) });
      },
      // Electron's kill() is SIGTERM on POSIX: the same here, so a hung child must die of it.
      kill: () => child.kill('SIGTERM'),
      once: (event: 'spawn' | 'exit', listener: (...args: never[]) => void) => child.once(event, listener as () => void),
    };
  };
}

/**
 * Core and main joined as in the app: one port between them (`core` is the core's end, for
 * serveCore too; `main` main's, for connectCore), the core's parser spawner and main's host on it.
 */
export function desktop(cleanups: Array<() => void>): { spawn: SpawnParser; forked: Forked[]; host: { stop(): void }; core: PortLike; main: PortLike } {
  const { port1: mainEnd, port2: coreEnd } = new MessageChannel();
  cleanups.push(() => {
    mainEnd.close();
    coreEnd.close();
  });
  const toCore: CoreLink<MessagePort> = {
    postMessage: (message, transfer = []) => mainEnd.postMessage({ message, ports: transfer }, transfer),
    on: (_event, listener) => mainEnd.on('message', (envelope: { message: unknown }) => listener(envelope.message)),
  };
  const toMain: PortLike = {
    postMessage: (message) => coreEnd.postMessage({ message, ports: [] }),
    on: (_event, listener) => coreEnd.on('message', (envelope: { message: unknown; ports: MessagePort[] }) => listener(envelope.message, envelope.ports)),
  };
  const forked: Forked[] = [];
  const host = serveParsers(toCore, {
    forkUtility: nodeForkUtility(forked, cleanups),
    createChannel: () => {
      const { port1, port2 } = new MessageChannel();
      return { core: port1, child: port2 };
    },
    entry: workerEntry().file,
    log: () => undefined,
  });
  cleanups.push(() => host.stop());
  return { spawn: remoteParserSpawner(toMain), forked, host, core: toMain, main: toCore };
}

