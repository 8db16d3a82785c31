import { z } from './zod';

/** Push events from the core to every open window (Electron) or browser tab (host, via SSE). */
export const events = {
  'settings:changed': z.object({ key: z.string() }),
  /** A request, objection or dispute was created or changed: refresh it and the inbox. */
  'cases:changed': z.object({ kind: z.enum(['request', 'objection', 'dispute', 'inquiry']), id: z.number().int() }),
  /** Humas: a press release, issue, social post or calendar entry was created or changed. */
  /** Local days changed: deadlines of open cases were recomputed. */
  'calendar:changed': z.object({ version: z.string() }),
  /** One file of an archive import batch was handled (sent while the batch runs). */
  'archive:progress': z.object({ batchId: z.string(), done: z.number().int(), total: z.number().int(), name: z.string(), verdict: z.enum(['imported', 'duplicate', 'rejected', 'encrypted', 'skipped']) }),
  /** Archive documents were added or their DIP fields changed. */
  'archive:changed': z.object({ ids: z.array(z.number().int()) }),
  /** A backup is being made (sent while it runs): database copied, files copied, check. */
  'backup:progress': z.object({ phase: z.enum(['database', 'files', 'check']), done: z.number().int(), total: z.number().int() }),
  /** A backup was made or removed, the folder changed, or the archive was restored. */
  'backup:changed': z.object({ reason: z.enum(['created', 'folder', 'restored', 'failed']) }),
  /** Newsroom (issue 15): a release, issue, post, calendar entry, clarification or paket narasi changed: refresh it, the crisis clocks and the inbox. */
  'newsroom:changed': z.object({ kind: z.enum(['release', 'issue', 'post', 'calendar', 'clarification', 'narasi']), id: z.number().int() }),
} as const;

export type EventName = keyof typeof events;
export type EventPayload<E extends EventName> = z.infer<(typeof events)[E]>;
