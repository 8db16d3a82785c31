// One settings section kept under one key (Pengaturan › Penomoran, pola nomor surat, jam media,
// krisis): read with its schema and a fallback, saved in one immediate transaction with its audit
// entry (before and after), then `settings:changed` so every window refreshes it.
import type { z } from 'zod';
import type { Ctx } from '../context';
import type { Db } from '../db/connection';
import { mutate } from '../db/mutate';
import { getSetting, putSetting } from './repo';

export interface SettingsSection<T> {
  key: string;
  get(db: Db): T;
  save(ctx: Ctx, input: T): T;
}

export interface SectionOptions<T> {
  key: string;
  schema: z.ZodType<T>;
  /** What an unset or unreadable value reads as (the shipped defaults). */
  fallback: () => T;
  /** The audit log's action, e.g. 'numbering.update'. */
  action: string;
  /** Shapes the stored value before parsing, e.g. laying it over the defaults of newer fields. */
  read?: (stored: unknown) => unknown;
}

export function settingsSection<T>(options: SectionOptions<T>): SettingsSection<T> {
  const get = (db: Db): T => {
    const stored = getSetting(db, options.key);
    const parsed = options.schema.safeParse(options.read ? options.read(stored) : stored);
    return parsed.success ? parsed.data : options.fallback();
  };
  return {
    key: options.key,
    get,
    save(ctx, input) {
      mutate(ctx, (tx) => {
        const before = get(tx.db);
        putSetting(tx.db, options.key, input, tx.at);
        tx.audit({ action: options.action, entity: 'settings', entityId: options.key, data: { before, after: input } });
        tx.emit('settings:changed', { key: options.key });
      });
      return input;
    },
  };
}
