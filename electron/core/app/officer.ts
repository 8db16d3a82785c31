// The officer at this desk, by name. Without it the history and the audit log record the
// computer's account (the OS user: "root" in a browser host run as root), which tells an officer
// nothing. One name per archive: the desk is one computer; who set it is audited.
import type { Db } from '../db/connection';
import { appendAudit } from '../audit/repo';
import { type Ctx, nowIso } from '../context';
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
  const at = nowIso(ctx);
  ctx.db.transaction(() => {
    const before = officerName(ctx.db);
    if (name === '') deleteSetting(ctx.db, OFFICER_KEY);
    else putSetting(ctx.db, OFFICER_KEY, name, at);
    appendAudit(ctx.db, { at, actor: ctx.actor, action: 'settings.officer.update', entity: 'settings', entityId: OFFICER_KEY, data: { before, after: name || null } });
  }).immediate();
  ctx.emit('settings:changed', { key: OFFICER_KEY });
  return getOfficer(ctx);
}
