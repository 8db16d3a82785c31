import type { Result } from '../../../shared/ipc/result';

/**
 * The smallest thing the renderer needs from a backend; the shape of Electron's preload bridge
 * (`window.ppid`), so the preload object is a Transport as is. Tests pass an in-memory fake.
 * `invoke` resolves with the Result envelope; it may throw an ApiError('unreachable').
 */
export interface Transport {
  invoke(channel: string, input: unknown): Promise<Result<unknown>>;
  on(eventName: string, listener: (payload: unknown) => void): () => void;
  /** Optional: transports that can lose the backend (HTTP host) report it, to refresh on reconnect. */
  onConnection?(listener: (state: ConnectionState) => void): () => void;
  /** Optional: open the event stream again (the host refuses it while signed out). */
  reconnect?(): void;
}

export type ConnectionState = 'open' | 'lost';

export { isResult } from '../../../shared/ipc/result';
