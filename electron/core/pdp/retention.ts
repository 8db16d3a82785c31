// The retention period of personal data, kept in settings (Pengaturan › Data pribadi). The default
// and why it is what it is: shared/domain/pdp/retention.ts.
import { DEFAULT_RETENTION_YEARS } from '../../../shared/domain/pdp/retention';
import { RetentionInput, type RetentionView } from '../../../shared/ipc/channels/pdp';
import { appendAudit } from '../audit/repo';
import { nowIso, type Ctx } from '../context';
import type { Db } from '../db/connection';
import { getSettingRow, putSetting } from '../settings/repo';

export const RETENTION_KEY = 'pdp_retention';

export function getRetention(db: Db): RetentionView {
  const row = getSettingRow(db, RETENTION_KEY);
  const parsed = RetentionInput.safeParse(row?.value);
  if (!row || !parsed.success) return { years: DEFAULT_RETENTION_YEARS, defaultYears: DEFAULT_RETENTION_YEARS, isDefault: true, updatedAt: null };
  return { years: parsed.data.years, defaultYears: DEFAULT_RETENTION_YEARS, isDefault: false, updatedAt: row.updatedAt };
}

export function setRetention(ctx: Ctx, input: { years: number }): RetentionView {
  const at = nowIso(ctx);
  ctx.db.transaction(() => {
    const before = getRetention(ctx.db);
    putSetting(ctx.db, RETENTION_KEY, { years: input.years }, at);
    appendAudit(ctx.db, {
      at,
      actor: ctx.actor,
      action: 'pdp.retention.update',
      entity: 'settings',
      entityId: RETENTION_KEY,
      data: { before: before.isDefault ? null : before.years, after: input.years },
    });
  }).immediate();
  ctx.emit('settings:changed', { key: RETENTION_KEY });
  return getRetention(ctx.db);
}
