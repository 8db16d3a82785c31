import type { EventName, EventPayload } from '../../shared/ipc/events';
import type { CoreEvents } from './types';

type AnyListener = (name: EventName, payload: unknown) => void;

export function createEventHub(): CoreEvents & { emit(name: EventName, payload: unknown): void } {
  const listeners = new Set<AnyListener>();
  return {
    onAny(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    on<E extends EventName>(name: E, listener: (payload: EventPayload<E>) => void) {
      const wrapped: AnyListener = (n, p) => {
        if (n === name) listener(p as EventPayload<E>);
      };
      listeners.add(wrapped);
      return () => listeners.delete(wrapped);
    },
    emit(name, payload) {
      for (const l of listeners) {
        try {
          l(name, payload);
        } catch (error) {
          console.error(`[ppid-desk] event listener for ${name} failed`, error);
        }
      }
    },
  };
}
