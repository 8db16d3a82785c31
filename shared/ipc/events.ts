import { z } from './zod';

/** Push events from the core to every open window (Electron) or browser tab (host, via SSE). */
export const events = {
  'settings:changed': z.object({ key: z.string() }),
} as const;

export type EventName = keyof typeof events;
export type EventPayload<E extends EventName> = z.infer<(typeof events)[E]>;
