// One settings section kept under one key (Pengaturan › Penomoran, pola nomor surat, jam media,
// krisis): read with its schema and a fallback, saved in one immediate transaction with its audit
// entry (before and after), then `settings:changed` so every window refreshes it.
import type { z } from 'zod';
import { appendAudit } from '../audit/repo';
import { nowIso, type Ctx } from '../context';
import type { Db } from '../db/connection';
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
      const at = nowIso(ctx);
      ctx.db
        .transaction(() => {
          const before = get(ctx.db);
          putSetting(ctx.db, options.key, input, at);
          appendAudit(ctx.db, { at, actor: ctx.actor, action: options.action, entity: 'settings', entityId: options.key, data: { before, after: input } });
        })
        .immediate();
      ctx.emit('settings:changed', { key: options.key });
      return input;
    },
  };
}
