// The core's side of the relay, run in Electron's utility process (electron/main/coreProcess.ts):
// waits for 'init', creates the core, answers every call with its Result and forwards every
// event. Pure (no `electron` import): tested in Node over a worker_threads MessageChannel.
import { fail, INTERNAL_MESSAGE } from '../../../shared/ipc/result';
import type { Core, CoreOptions } from '../types';
import { asMessage, type FromCore, type PortLike, type ToCore } from './protocol';


type Log = (message: string, error?: unknown) => void;

/** Serves one core on `port`; `onClosed` runs once the core is closed (the process then exits). */
export function serveCore(port: PortLike, create: (options: CoreOptions) => Core, onClosed: () => void = () => undefined, log: Log = console.error): void {
  let core: Core | null = null;
  let stopEvents: (() => void) | null = null;
  // Where Electron main's LAN host serves, set by 'setLan' once it listens (app:lanInfo reads it).
  let lan: { urls: string[] } | null = null;
  const send = (message: FromCore) => port.postMessage(message);

  port.on('message', (raw) => {
    const message = asMessage<ToCore>(raw);
    if (!message) return;
    switch (message.kind) {
      case 'init': {
        if (core) return;
        try {
          core = create({ ...message.options, lan: () => lan });
        } catch (error) {
          const e = error as { name?: string; message?: string; code?: string };
          send({ kind: 'failed', error: { name: e?.name ?? 'Error', message: e?.message ?? String(error), ...(e?.name === 'AppError' && e.code ? { code: e.code as never } : {}) } });
          return;
        }
        stopEvents = core.events.onAny((name, payload) => send({ kind: 'event', name, payload }));
        send({ kind: 'ready', dataDir: core.dataDir });
        return;
      }
      case 'call': {
        const { id, channel, input, args } = message;
        if (!core) {
          send({ kind: 'result', id, result: fail('internal', INTERNAL_MESSAGE) });
          return;
        }
        const handle = core.handle as (channel: string, input: unknown, ...rest: unknown[]) => ReturnType<Core['handle']>;
        handle.call(core, channel, input, ...args).then(
          (result) => send({ kind: 'result', id, result }),
          (error: unknown) => {
            // core.handle never throws by contract; a bug still gets an answer, never a hang.
            log(`[ppid-desk] ${channel} threw in the core process`, error);
            send({ kind: 'result', id, result: fail('internal', INTERNAL_MESSAGE) });
          },
        );
        return;
      }
      case 'method': {
        const { id, method } = message;
        void (async () => {
          let value: FromCore & { kind: 'returned' } = { kind: 'returned', id, value: undefined };
          try {
            if (method === 'autoBackup' && core) value = { kind: 'returned', id, value: await core.autoBackup(message.args[0] === 'start' ? 'start' : 'quit') };
            else if (method === 'warmUp' && core) await core.warmUp();
            else if (method === 'setLan') lan = isLanServing(message.args[0]) ? message.args[0] : null;
            else if (method === 'close' && core) {
              stopEvents?.();
              core.close();
              core = null;
            }
          } catch (error) {
            log(`[ppid-desk] core ${method} failed`, error);
          }
          send(value);
          if (method === 'close') onClosed();
        })();
        return;
      }
    }
  });
}

function isLanServing(value: unknown): value is { urls: string[] } {
  const urls = (value as { urls?: unknown } | null)?.urls;
  return Array.isArray(urls) && urls.every((u) => typeof u === 'string');
}
