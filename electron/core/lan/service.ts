// Pengaturan › Akses and Jaringan kantor: the idle lock minutes every workstation applies, the
// desktop app's LAN switch, and what a workstation needs to trust the office certificate.
import { AccessSettings, DEFAULT_ACCESS, type LanInfo } from '../../../shared/ipc/channels/lan';
import type { Ctx } from '../context';
import { mutate } from '../db/mutate';
import { getSetting, putSetting } from '../settings/repo';
import { readCertificateInfo } from './certificate';

export const ACCESS_KEY = 'access';

/** Where a LAN host started by this program serves; set by the program that started it. */
export interface LanServing {
  urls: string[];
}

export function getAccess(ctx: Pick<Ctx, 'db'>): AccessSettings {
  // Settings saved by an older version lack newer fields: each falls back to its default.
  const stored = getSetting(ctx.db, ACCESS_KEY);
  const parsed = AccessSettings.partial().safeParse(stored ?? {});
  const merged = { ...DEFAULT_ACCESS, ...(parsed.success ? parsed.data : {}) };
  return AccessSettings.safeParse(merged).success ? merged : DEFAULT_ACCESS;
}

export function setAccess(ctx: Ctx, input: AccessSettings): AccessSettings {
  mutate(ctx, (tx) => {
    putSetting(tx.db, ACCESS_KEY, input, tx.at);
    tx.audit({ action: 'settings.access.update', entity: 'settings', entityId: ACCESS_KEY, data: input });
    tx.emit('settings:changed', { key: ACCESS_KEY });
  });
  return input;
}

export function lanInfo(ctx: Pick<Ctx, 'dataDir' | 'lan'>): LanInfo {
  const serving = ctx.lan?.() ?? null;
  return { certificate: readCertificateInfo(ctx.dataDir), serving: serving ? { urls: serving.urls } : null };
}
