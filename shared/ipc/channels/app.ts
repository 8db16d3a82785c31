import { z } from '../zod';
import { defineChannels } from '../define';
import { optionalText } from '../fields';

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

/**
 * Who acts at this desk. The history and the audit log record `name` once it is set (Pengaturan ›
 * Petugas, first-run setup); until then, and for entries made before, the computer's account.
 */
export const Officer = z.object({
  /** '' while not set. */
  name: z.string(),
  /** The computer account the core falls back to (e.g. "root" in the browser host). */
  account: z.string(),
});
export type Officer = z.infer<typeof Officer>;

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
  'app:officer': {
    summary: 'Nama petugas yang bekerja di meja ini (dicatat di riwayat dan log audit) dan akun komputernya.',
    input: z.object({}).strict(),
    output: Officer,
  },
  'app:setOfficer': {
    summary: 'Ubah nama petugas di meja ini; kosong berarti kembali ke akun komputer. Dicatat di log audit.',
    input: z.object({ name: optionalText('Nama petugas', 120) }).strict(),
    output: Officer,
  },
});
