// Entry of the core's utility process (Electron utilityProcess.fork from index.ts, built as
// out/main/core-process.js): SQLite, hashing, PDF rendering and the archive import run here, off
// the window's main process. No `electron` import: Electron gives a utility process
// `process.parentPort`, whose listeners receive a MessageEvent ({ data, ports }).
// The archive parser children are asked of main (parserHost.ts): fork here would relaunch Electron.
import { useParserSpawner } from '../core/archive/parse/spawn';
import { createCore } from '../core/index';
import { remoteParserSpawner } from '../core/remote/parserClient';
import type { PortLike } from '../core/remote/protocol';
import { serveCore } from '../core/remote/serve';

/** The parts of Electron's parentPort and MessagePortMain used here. */
interface MainPort {
  postMessage(message: unknown): void;
  on(event: 'message', listener: (event: { data: unknown; ports?: MainPort[] }) => void): unknown;
  start?(): void;
  close?(): void;
}

/** A MessagePortMain as a PortLike (listeners get the data; a transferred port must be started). */
function portLike(port: MainPort): PortLike {
  return {
    postMessage: (message) => port.postMessage(message),
    on: (_event, listener) => {
      const added = port.on('message', (event) => listener(event.data, event.ports?.map(portLike)));
      port.start?.();
      return added;
    },
    close: () => port.close?.(),
  };
}

const parentPort = (process as unknown as { parentPort?: MainPort }).parentPort;
if (!parentPort) {
  process.stderr.write('core-process must be started with Electron utilityProcess.fork\n');
  process.exit(2);
}
const port = portLike(parentPort);
useParserSpawner(remoteParserSpawner(port));
// Buffers arrive as plain Uint8Arrays after the structured clone; the core's crypto wants Buffers.
const asBuffer = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
serveCore(
  port,
  ({ keys, ...options }) => createCore({ ...options, ...(keys ? { keys: { db: asBuffer(keys.db), blobs: asBuffer(keys.blobs) } } : {}) }),
  () => process.exit(0),
);
