// Transport for the browser host: POST /rpc/<channel> and Server-Sent Events on /events.
import { ApiError, UNREACHABLE_MESSAGE } from './errors';
import { isResult, type ConnectionState, type Transport } from './transport';

export const TOKEN_STORAGE_KEY = 'ppid-desk.token';

export interface HttpTransportOptions {
  token: string | null;
  /** Origin of the host; '' means the page's own origin (the host serves the renderer). */
  baseUrl?: string;
  fetch?: typeof globalThis.fetch;
  EventSource?: typeof globalThis.EventSource;
}

export function httpTransport(options: HttpTransportOptions): Transport {
  const base = options.baseUrl ?? '';
  const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
  const EventSourceImpl = options.EventSource ?? globalThis.EventSource;
  const headers: Record<string, string> = { 'Content-Type': 'application/json' };
  if (options.token) headers.Authorization = `Bearer ${options.token}`;

  let source: EventSource | null = null;
  const connectionListeners = new Set<(state: ConnectionState) => void>();
  /** Every event subscription, to attach again to a reopened stream. */
  const subscriptions = new Set<{ name: string; handler: (event: Event) => void }>();
  let lost = false;

  // One EventSource for every listener, opened on first use; EventSource reconnects by itself,
  // except after the host refused it (signed out): then reconnect() opens a new one after login.
  function events(): EventSource | null {
    if (source || !EventSourceImpl) return source;
    const query = options.token ? `?token=${encodeURIComponent(options.token)}` : '';
    source = new EventSourceImpl(`${base}/events${query}`);
    for (const { name, handler } of subscriptions) source.addEventListener(name, handler);
    source.addEventListener('open', () => {
      if (!lost) return;
      lost = false;
      connectionListeners.forEach((listener) => listener('open'));
    });
    source.addEventListener('error', () => {
      if (lost) return;
      lost = true;
      connectionListeners.forEach((listener) => listener('lost'));
    });
    return source;
  }

  return {
    async invoke(channel, input) {
      let response: Response;
      try {
        response = await doFetch(`${base}/rpc/${channel}`, {
          method: 'POST',
          headers,
          body: JSON.stringify(input ?? {}),
        });
      } catch {
        throw new ApiError('unreachable', UNREACHABLE_MESSAGE);
      }
      let body: unknown;
      try {
        body = await response.json();
      } catch {
        body = undefined;
      }
      if (response.status === 401 || response.status === 403) {
        // No session (yet, or any more): the Result, so that the app shows its login. Anything else
        // refused here (the per-run token, a foreign origin) is a page that may not use the host.
        if (isResult(body) && !body.ok && body.error.code === 'unauthenticated') return body;
        throw new ApiError('forbidden', 'Token sesi tidak sah atau sudah tidak berlaku.');
      }
      if (body === undefined) {
        // A proxy error page, or a static server without /rpc: nobody who speaks the contract answered.
        throw new ApiError('unreachable', `${UNREACHABLE_MESSAGE} (HTTP ${response.status})`);
      }
      if (!isResult(body)) throw new ApiError('internal', `Jawaban tidak dikenal dari ${channel}.`);
      return body;
    },
    on(eventName, listener) {
      const es = events();
      if (!es) return () => {};
      const handler = (event: Event) => {
        try {
          listener(JSON.parse((event as MessageEvent<string>).data));
        } catch {
          // A malformed event is dropped; the next query refresh brings the truth anyway.
        }
      };
      const subscription = { name: eventName, handler };
      subscriptions.add(subscription);
      es.addEventListener(eventName, handler);
      return () => {
        subscriptions.delete(subscription);
        source?.removeEventListener(eventName, handler);
      };
    },
    reconnect() {
      if (!source) return;
      source.close();
      source = null;
      events();
    },
    onConnection(listener) {
      events();
      connectionListeners.add(listener);
      return () => connectionListeners.delete(listener);
    },
  };
}

/**
 * The host opens the page as `/?token=...`. Keep the token for this tab (sessionStorage survives
 * reloads, not other tabs) and take it out of the address bar, history and screenshots.
 */
export function takeTokenFromLocation(win: Window = window): string | null {
  const url = new URL(win.location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl) {
    url.searchParams.delete('token');
    win.history.replaceState(win.history.state, '', `${url.pathname}${url.search}${url.hash}`);
    try {
      win.sessionStorage.setItem(TOKEN_STORAGE_KEY, fromUrl);
    } catch {
      // Storage disabled: the token still works until the tab is reloaded.
    }
    return fromUrl;
  }
  try {
    return win.sessionStorage.getItem(TOKEN_STORAGE_KEY);
  } catch {
    return null;
  }
}
