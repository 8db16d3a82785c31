import { z } from '../zod';
import { defineChannels } from '../define';

export const AppInfo = z.object({
  name: z.string(),
  version: z.string(),
  schemaVersion: z.number().int(),
  dataDir: z.string(),
  host: z.enum(['electron', 'browser', 'cli', 'test']),
});
export type AppInfo = z.infer<typeof AppInfo>;

/**
 * The core's clock. Forms default "now" from it, not from the PC's clock: the browser host's
 * `--now` (training, end-to-end tests) moves the core's clock, and a receipt time after the core's
 * now is refused as "in the future".
 */
export const AppNow = z.object({
  /** The core's current instant, ISO 8601 in UTC. */
  now: z.string(),
});
export type AppNow = z.infer<typeof AppNow>;

export const appChannels = defineChannels({
  'app:info': {
    summary: 'Versi aplikasi, versi skema basis data dan folder data.',
    input: z.object({}).strict(),
    output: AppInfo,
  },
  'app:now': {
    summary: 'Waktu sekarang menurut jam aplikasi (dipakai formulir sebagai waktu bawaan).',
    input: z.object({}).strict(),
    output: AppNow,
  },
});
