// Entry of the core's utility process (Electron utilityProcess.fork from index.ts, built as
// out/main/core-process.js): SQLite, hashing, PDF rendering and the archive import run here, off
// the window's main process. No `electron` import: Electron gives a utility process
// `process.parentPort`, whose listeners receive a MessageEvent ({ data }).
import { createCore } from '../core/index';
import type { PortLike } from '../core/remote/protocol';
import { serveCore } from '../core/remote/serve';

interface ParentPort {
  postMessage(message: unknown): void;
  on(event: 'message', listener: (event: { data: unknown }) => void): unknown;
}

const parentPort = (process as unknown as { parentPort?: ParentPort }).parentPort;
if (!parentPort) {
  process.stderr.write('core-process must be started with Electron utilityProcess.fork\n');
  process.exit(2);
}
const port: PortLike = {
  postMessage: (message) => parentPort.postMessage(message),
  on: (_event, listener) => parentPort.on('message', (event) => listener(event.data)),
};
// Buffers arrive as plain Uint8Arrays after the structured clone; the core's crypto wants Buffers.
const asBuffer = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
serveCore(
  port,
  ({ keys, ...options }) => createCore({ ...options, ...(keys ? { keys: { db: asBuffer(keys.db), blobs: asBuffer(keys.blobs) } } : {}) }),
  () => process.exit(0),
);
