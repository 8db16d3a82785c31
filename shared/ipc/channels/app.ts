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

export const appChannels = defineChannels({
  'app:info': {
    summary: 'Versi aplikasi, versi skema basis data dan folder data.',
    input: z.object({}).strict(),
    output: AppInfo,
  },
});
