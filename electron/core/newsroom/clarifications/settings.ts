// Pengaturan › Krisis: the hours from opening a crisis to its holding statement (issue 15: 2 hours).
import { DEFAULT_HOLDING_HOURS } from '../../../../shared/domain/newsroom/clarifications';
import { CrisisSettings } from '../../../../shared/ipc/channels/clarifications';
import { appendAudit } from '../../audit/repo';
import { nowIso, type Ctx } from '../../context';
import type { Db } from '../../db/connection';
import { getSetting, putSetting } from '../../settings/repo';

export const CRISIS_SETTINGS_KEY = 'crisis';

export function getCrisisSettings(db: Db): CrisisSettings {
  const parsed = CrisisSettings.safeParse(getSetting(db, CRISIS_SETTINGS_KEY));
  return parsed.success ? parsed.data : { holdingHours: DEFAULT_HOLDING_HOURS };
}

export function saveCrisisSettings(ctx: Ctx, input: CrisisSettings): CrisisSettings {
  const at = nowIso(ctx);
  ctx.db.transaction(() => {
    const before = getCrisisSettings(ctx.db);
    putSetting(ctx.db, CRISIS_SETTINGS_KEY, input, at);
    appendAudit(ctx.db, { at, actor: ctx.actor, action: 'crisis.settings.update', entity: 'settings', entityId: CRISIS_SETTINGS_KEY, data: { before, after: input } });
  }).immediate();
  ctx.emit('settings:changed', { key: CRISIS_SETTINGS_KEY });
  return input;
}
