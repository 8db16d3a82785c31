// Picks the transport: Electron's preload bridge when present, else the browser host over HTTP.
import { httpTransport, takeTokenFromLocation } from './http';
import type { Transport } from './transport';

/** Call once at start-up, before the router reads the URL (it strips `?token=` from it). */
export function defaultTransport(win: Window = window): Transport {
  // Read loosely rather than by augmenting `Window`: the preload's own typing lives in electron/
  // and two declarations of `window.ppid` would clash. The bridge already has the Transport's
  // shape; createApi turns its rejections into 'unreachable'.
  const bridge = (win as unknown as { ppid?: Partial<Transport> }).ppid;
  if (typeof bridge?.invoke === 'function' && typeof bridge.on === 'function') return bridge as Transport;
  return httpTransport({ token: takeTokenFromLocation(win) });
}
