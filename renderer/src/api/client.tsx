import { createContext, useContext, type ReactNode } from 'react';
import type { Channel, Input, Output } from '../../../shared/ipc/contract';
import { events, type EventName, type EventPayload } from '../../../shared/ipc/events';
import { ApiError, UNREACHABLE_MESSAGE } from './errors';
import { isResult, type ConnectionState, type Transport } from './transport';

/** The typed face of a transport: what features and query hooks use. */
export interface Api {
  /** Resolves with the channel's output; throws ApiError on `{ok:false}` or when unreachable. */
  invoke<C extends Channel>(channel: C, input: Input<C>): Promise<Output<C>>;
  /** Listens to a push event; payloads that do not match the contract are dropped. */
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void;
  onConnection(listener: (state: ConnectionState) => void): () => void;
  /** After a login: the event stream, refused while signed out, is opened again. */
  reconnect(): void;
  /** Listens for `unauthenticated` answers from any call (the session ended): the shell shows the login. */
  onUnauthenticated(listener: () => void): () => void;
}

export interface ApiOptions {
  /** The core's message in the UI language (i18n/coreMessages.ts); read at each failure. */
  localize?: (message: string) => string;
}

export function createApi(transport: Transport, options: ApiOptions = {}): Api {
  const localize = options.localize ?? ((message: string) => message);
  const sessionListeners = new Set<() => void>();
  return {
    async invoke(channel, input) {
      let result: unknown;
      try {
        result = await transport.invoke(channel, input);
      } catch (error) {
        if (error instanceof ApiError) throw error;
        throw new ApiError('unreachable', UNREACHABLE_MESSAGE);
      }
      if (!isResult(result)) throw new ApiError('internal', `Jawaban tidak dikenal dari ${channel}.`);
      if (!result.ok && result.error.code === 'unauthenticated') sessionListeners.forEach((listener) => listener());
      if (!result.ok) throw new ApiError(
          result.error.code,
          localize(result.error.message),
          (result.error.issues ?? []).map((issue) => ({ ...issue, message: localize(issue.message) })),
        );
      // The core parsed the value against the same contract before sending it.
      return result.value as Output<typeof channel>;
    },
    on(event, listener) {
      return transport.on(event, (payload) => {
        const parsed = events[event].safeParse(payload);
        if (parsed.success) listener(parsed.data as EventPayload<typeof event>);
      });
    },
    onConnection(listener) {
      return transport.onConnection?.(listener) ?? (() => {});
    },
    reconnect() {
      transport.reconnect?.();
    },
    onUnauthenticated(listener) {
      sessionListeners.add(listener);
      return () => sessionListeners.delete(listener);
    },
  };
}

const ApiContext = createContext<Api | null>(null);

export function ApiProvider({ api, children }: { api: Api; children: ReactNode }) {
  return <ApiContext.Provider value={api}>{children}</ApiContext.Provider>;
}

export function useApi(): Api {
  const api = useContext(ApiContext);
  if (!api) throw new Error('useApi() outside <ApiProvider>');
  return api;
}
