// Main's side of the core in a utility process (issue 16): a Core-shaped object whose calls
// travel over a port to electron/core/remote/serve.ts and whose events come back the same way.
// Main only relays: no parsing, no decisions. Pure (no `electron` import; any port-like object),
// tested in Node with a worker_threads MessageChannel (tests/electron/main/coreRelay.test.ts).
import type { EventName, EventPayload } from '../../shared/ipc/events';
import { fail, type Result } from '../../shared/ipc/result';
import { asMessage, type CoreMethod, type FromCore, type PortLike, type RemoteCoreOptions, type ToCore } from '../core/remote/protocol';
import type { AutoBackupOutcome, Core } from '../core/types';

/** What the officer reads when the core process is gone (crashed or closed) and a call cannot be answered. */
export const CORE_GONE_MESSAGE = 'Inti aplikasi berhenti. Tutup lalu buka kembali PPID Desk; data yang sudah disimpan tetap aman.';

export interface RemoteCore extends Core {
  /** close(), awaited: resolves once the core process has closed the archive (checkpoint, lock released). */
  shutdown(): Promise<void>;
  /** Where main's LAN host serves (null: none), for app:lanInfo in the core process. */
  setLan(serving: { urls: string[] } | null): Promise<void>;
}

export class CoreStartError extends Error {
  constructor(name: string, message: string) {
    super(message);
    // startupFailure() in index.ts shows an AppError's message as it is (written for officers).
    this.name = name;
  }
}

type Listener = (name: EventName, payload: unknown) => void;

/**
 * Sends 'init' and resolves with the remote core once the core process is ready (rejects with
 * CoreStartError). `exited` settles when the core process is gone (Electron's 'exit' of the
 * utility process): every waiting call is then answered, later ones at once.
 */
export function connectCore(port: PortLike, options: RemoteCoreOptions, exited: Promise<unknown> = new Promise(() => undefined)): Promise<RemoteCore> {
  let nextId = 1;
  let gone = false;
  let closing: Promise<void> | null = null;
  const calls = new Map<number, (result: Result<unknown>) => void>();
  const methods = new Map<number, (value: AutoBackupOutcome | undefined) => void>();
  const listeners = new Set<Listener>();
  const send = (message: ToCore) => port.postMessage(message);

  return new Promise((resolve, reject) => {
    let started = false;
    const answerAll = () => {
      gone = true;
      for (const answer of calls.values()) answer(fail('internal', CORE_GONE_MESSAGE));
      calls.clear();
      for (const answer of methods.values()) answer(undefined);
      methods.clear();
      if (!started) reject(new CoreStartError('Error', 'Proses inti aplikasi berhenti sebelum siap.'));
    };
    const callMethod = (method: CoreMethod, args: unknown[] = []) =>
      new Promise<AutoBackupOutcome | undefined>((done) => {
        if (gone) return done(undefined);
        const id = nextId++;
        methods.set(id, done);
        send({ kind: 'method', id, method, args });
      });

    void exited.then(answerAll, answerAll);
    port.on('message', (raw) => {
      const message = asMessage<FromCore>(raw);
      if (!message) return;
      switch (message.kind) {
        case 'ready': {
          started = true;
          const remote: RemoteCore = {
            dataDir: message.dataDir,
            // Extra arguments (the calling officer, issue 14) travel as they are.
            handle: ((channel: string, input: unknown, ...args: unknown[]) =>
              new Promise<Result<unknown>>((answer) => {
                if (gone) return answer(fail('internal', CORE_GONE_MESSAGE));
                const id = nextId++;
                calls.set(id, answer);
                send({ kind: 'call', id, channel, input, args });
              })) as Core['handle'],
            events: {
              on<E extends EventName>(name: E, listener: (payload: EventPayload<E>) => void) {
                const any: Listener = (n, payload) => {
                  if (n === name) listener(payload as EventPayload<E>);
                };
                listeners.add(any);
                return () => void listeners.delete(any);
              },
              onAny(listener: Listener) {
                listeners.add(listener);
                return () => void listeners.delete(listener);
              },
            },
            autoBackup: async (trigger) =>
              (await callMethod('autoBackup', [trigger])) ?? { trigger, at: new Date().toISOString(), status: 'failed', message: CORE_GONE_MESSAGE },
            warmUp: async () => void (await callMethod('warmUp')),
            setLan: async (serving) => void (await callMethod('setLan', [serving ? { urls: [...serving.urls] } : null])),
            close: () => void remote.shutdown(),
            shutdown: () => {
              closing ??= callMethod('close').then(() => {
                gone = true;
              });
              return closing;
            },
          };
          resolve(remote);
          return;
        }
        case 'failed':
          gone = true;
          reject(new CoreStartError(message.error.name, message.error.message));
          return;
        case 'result':
          calls.get(message.id)?.(message.result);
          calls.delete(message.id);
          return;
        case 'returned':
          methods.get(message.id)?.(message.value);
          methods.delete(message.id);
          return;
        case 'event':
          for (const listener of [...listeners]) {
            try {
              listener(message.name as EventName, message.payload);
            } catch (error) {
              console.error(`[ppid-desk] listener of ${message.name} failed`, error);
            }
          }
          return;
      }
    });
    send({ kind: 'init', options });
  });
}
