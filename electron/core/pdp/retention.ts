// The retention period of personal data, kept in settings (Pengaturan › Data pribadi). The default
// and why it is what it is: shared/domain/pdp/retention.ts.
import { DEFAULT_RETENTION_YEARS } from '../../../shared/domain/pdp/retention';
import { RetentionInput, type RetentionView } from '../../../shared/ipc/channels/pdp';
import type { Ctx } from '../context';
import type { Db } from '../db/connection';
import { mutate } from '../db/mutate';
import { getSettingRow, putSetting } from '../settings/repo';

export const RETENTION_KEY = 'pdp_retention';

export function getRetention(db: Db): RetentionView {
  const row = getSettingRow(db, RETENTION_KEY);
  const parsed = RetentionInput.safeParse(row?.value);
  if (!row || !parsed.success) return { years: DEFAULT_RETENTION_YEARS, defaultYears: DEFAULT_RETENTION_YEARS, isDefault: true, updatedAt: null };
  return { years: parsed.data.years, defaultYears: DEFAULT_RETENTION_YEARS, isDefault: false, updatedAt: row.updatedAt };
}

export function setRetention(ctx: Ctx, input: { years: number }): RetentionView {
  mutate(ctx, (tx) => {
    const before = getRetention(tx.db);
    putSetting(tx.db, RETENTION_KEY, { years: input.years }, tx.at);
    tx.audit({
      action: 'pdp.retention.update',
      entity: 'settings',
      entityId: RETENTION_KEY,
      data: { before: before.isDefault ? null : before.years, after: input.years },
    });
    tx.emit('settings:changed', { key: RETENTION_KEY });
  });
  return getRetention(ctx.db);
}
