// IPC registration without a runtime `electron` import: index.ts passes the real ipcMain,
// tests pass a fake (tests/electron/main/ipc.test.ts).
//
// One ipcMain.handle per contract channel. No per-channel behaviour lives here: parsing and
// handling are core.handle's job. Should a channel ever need shell-side work (e.g. a native
// file dialog before the core call), declare it as `{ [C in Channel]: ... }` (a full mapped
// type, not Partial) so that a channel without an entry is a compile-time error.
import { channelNames, type Channel } from '../../shared/ipc/contract';
import type { EventName } from '../../shared/ipc/events';
import { fail, INTERNAL_MESSAGE, type Result } from '../../shared/ipc/result';
import type { Core } from '../core/types';
import { EVENT_CHANNEL } from '../preload/bridge';
import { isTrustedSender } from './policy';
import type { DesktopSessions } from './sessions';

export const FORBIDDEN_MESSAGE = 'Permintaan ditolak: pengirim tidak dikenal.';

type Log = (message: string, error?: unknown) => void;

/** The part of Electron's ipcMain used here. `E` is IpcMainInvokeEvent in the app. */
export interface IpcMainLike<E> {
  handle(channel: string, listener: (event: E, ...args: unknown[]) => unknown): void;
  removeHandler(channel: string): void;
}

/** The officer's session of the calling window (sessions.ts), keyed by the window's webContents id. */
export interface SessionBinding<E> {
  sessions: DesktopSessions;
  windowOf(event: E): number;
}

/**
 * Registers every contract channel; returns a function that removes them again.
 * Whatever happens, the renderer gets a Result: an untrusted sender gets `forbidden`,
 * a throw (a bug: core.handle never throws by contract) gets `internal`. With `binding`, each call
 * carries the calling window's session (kept in main, never sent to the renderer).
 */
export function registerHandlers<E>(
  ipcMain: IpcMainLike<E>,
  core: Pick<Core, 'handle'>,
  isTrusted: (event: E) => boolean,
  log: Log = console.error,
  binding?: SessionBinding<E>,
): () => void {
  const registered: Channel[] = [];
  for (const channel of channelNames) {
    ipcMain.handle(channel, async (event: E, input: unknown): Promise<Result<unknown>> => {
      let trusted = false;
      try {
        trusted = isTrusted(event);
      } catch (error) {
        log(`[ppid-desk] sender check for ${channel} failed`, error);
      }
      if (!trusted) {
        log(`[ppid-desk] refused ${channel} from an untrusted sender`);
        return fail('forbidden', FORBIDDEN_MESSAGE);
      }
      try {
        if (!binding) return await core.handle(channel, input);
        const windowId = binding.windowOf(event);
        const result = await core.handle(channel, input, binding.sessions.callerFor(windowId));
        return binding.sessions.settle(windowId, channel, result);
      } catch (error) {
        log(`[ppid-desk] ${channel} threw`, error);
        return fail('internal', INTERNAL_MESSAGE);
      }
    });
    registered.push(channel);
  }
  return () => {
    for (const channel of registered.splice(0)) ipcMain.removeHandler(channel);
  };
}

/** Structural view of IpcMainInvokeEvent: only what the sender check reads. */
export interface InvokeEventLike<W> {
  readonly sender: W;
  readonly senderFrame: { readonly url: string; readonly parent: unknown } | null;
}

/**
 * The sender check for registerHandlers: the invoking frame is alive, is a main frame (not an
 * iframe), belongs to one of our windows, and shows our app origin.
 */
export function makeSenderCheck<W>(appOrigin: string, isOurWebContents: (sender: W) => boolean) {
  return (event: InvokeEventLike<W>): boolean => {
    // senderFrame is null once the frame navigated away or was destroyed.
    const frame = event.senderFrame;
    if (!frame || frame.parent !== null) return false;
    return isOurWebContents(event.sender) && isTrustedSender(frame.url, appOrigin);
  };
}

/** Where core events go: every live window's webContents. */
export interface EventSink {
  isDestroyed(): boolean;
  send(channel: string, ...args: unknown[]): void;
}

/** Forwards every core event as `send('event', name, payload)`; returns the unsubscribe function. */
export function forwardEvents(
  events: Pick<Core['events'], 'onAny'>,
  targets: () => Iterable<EventSink>,
  log: Log = console.error,
): () => void {
  return events.onAny((name: EventName, payload: unknown) => {
    for (const target of targets()) {
      try {
        if (!target.isDestroyed()) target.send(EVENT_CHANNEL, name, payload);
      } catch (error) {
        log(`[ppid-desk] could not forward ${name}`, error);
      }
    }
  });
}
