// What the sandboxed preload exposes as `window.ppid`, built from an ipcRenderer-like object
// so that it is tested in plain Node (tests/electron/main/bridge.test.ts). The allowlist is
// the contract itself: a name that is not a channel (or not an event) never reaches IPC.
import { isChannel, type Channel, type Input, type Output } from '../../shared/ipc/contract';
import { events, type EventName, type EventPayload } from '../../shared/ipc/events';
import { fail, INTERNAL_MESSAGE, isResult, type Result } from '../../shared/ipc/result';

/** The one IPC channel main uses to push core events: `webContents.send(EVENT_CHANNEL, name, payload)`. */
export const EVENT_CHANNEL = 'event';

export const UNKNOWN_OUTCOME_MESSAGE =
  'Jawaban aplikasi tidak terbaca, jadi belum pasti apakah perubahan tersimpan. Buka kembali daftarnya untuk memeriksa sebelum mengirim ulang, dan laporkan ke admin.';

export interface PpidBridge {
  invoke<C extends Channel>(channel: C, input: Input<C>): Promise<Result<Output<C>>>;
  /** Subscribe to a core event; returns the unsubscribe function. */
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void;
}

type IpcListener = (event: unknown, ...args: unknown[]) => void;

/** The part of Electron's ipcRenderer the bridge uses. */
export interface IpcRendererLike {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  on(channel: string, listener: IpcListener): unknown;
  removeListener(channel: string, listener: IpcListener): unknown;
}

export function isEventName(name: unknown): name is EventName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(events, name);
}

function describe(name: unknown): string {
  return typeof name === 'string' ? name.slice(0, 80) : typeof name;
}

export function createBridge(ipc: IpcRendererLike, log: (message: string, error?: unknown) => void = console.error): PpidBridge {
  const listeners = new Map<EventName, Set<(payload: unknown) => void>>();

  // One IPC listener for all events, attached while someone listens. It passes only the
  // payload on: the IpcRendererEvent (with `sender`) must never reach the page.
  const dispatch: IpcListener = (_event, name, payload) => {
    if (!isEventName(name)) return;
    for (const listener of [...(listeners.get(name) ?? [])]) {
      try {
        listener(payload);
      } catch (error) {
        log(`[ppid-desk] listener for ${name} failed`, error);
      }
    }
  };
  let attached = false;
  const count = () => [...listeners.values()].reduce((n, set) => n + set.size, 0);

  return {
    async invoke(channel, input) {
      if (typeof channel !== 'string' || !isChannel(channel)) {
        return fail('unknown_channel', `Saluran "${describe(channel)}" tidak dikenal.`);
      }
      try {
        const result = await ipc.invoke(channel, input);
        if (isResult(result)) return result as Result<Output<typeof channel>>;
        log(`[ppid-desk] ${channel} answered without a Result`);
        // Main ran the call but its answer is unreadable: whether it saved anything is unknown.
        return fail('internal', UNKNOWN_OUTCOME_MESSAGE);
      } catch (error) {
        // Not cloneable input, or main without a handler: a bug, reported as one.
        log(`[ppid-desk] ${channel} failed in IPC`, error);
      }
      return fail('internal', INTERNAL_MESSAGE);
    },
    on(event, listener) {
      // Unknown names or non-functions subscribe to nothing (typed callers cannot get here).
      if (!isEventName(event) || typeof listener !== 'function') return () => {};
      let set = listeners.get(event);
      if (!set) listeners.set(event, (set = new Set()));
      const wrapped = (payload: unknown) => listener(payload as EventPayload<typeof event>);
      set.add(wrapped);
      if (!attached) {
        ipc.on(EVENT_CHANNEL, dispatch);
        attached = true;
      }
      let active = true;
      return () => {
        if (!active) return;
        active = false;
        set.delete(wrapped);
        if (attached && count() === 0) {
          ipc.removeListener(EVENT_CHANNEL, dispatch);
          attached = false;
        }
      };
    },
  };
}
