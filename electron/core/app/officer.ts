// The officer at this desk, by name. Without it the history and the audit log record the
// computer's account (the OS user: "root" in a browser host run as root), which tells an officer
// nothing. One name per archive: the desk is one computer; who set it is audited.
import type { Db } from '../db/connection';
import { mutate } from '../db/mutate';
import type { Ctx } from '../context';
import { deleteSetting, getSetting, putSetting } from '../settings/repo';
import type { Officer } from '../../../shared/ipc/channels/app';

export const OFFICER_KEY = 'officer';

/** The name set at this desk, or null. Read on every call: a change applies to the next one. */
export function officerName(db: Db): string | null {
  try {
    const value = getSetting(db, OFFICER_KEY);
    return typeof value === 'string' && value.trim() !== '' ? value : null;
  } catch {
    // Read before every call: a database that cannot answer fails that call, not this lookup.
    return null;
  }
}

export function getOfficer(ctx: Ctx): Officer {
  const account = ctx.account ?? ctx.actor;
  return { name: officerName(ctx.db) ?? '', account };
}

export function setOfficer(ctx: Ctx, name: string): Officer {
  mutate(ctx, (tx) => {
    const before = officerName(tx.db);
    if (name === '') deleteSetting(tx.db, OFFICER_KEY);
    else putSetting(tx.db, OFFICER_KEY, name, tx.at);
    tx.audit({ action: 'settings.officer.update', entity: 'settings', entityId: OFFICER_KEY, data: { before, after: name || null } });
    tx.emit('settings:changed', { key: OFFICER_KEY });
  });
  return getOfficer(ctx);
}
