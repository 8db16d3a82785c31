// The per-priority hour defaults of the media desk, kept in settings (Pengaturan › Media).
// Changing them applies to inquiries logged afterwards; each inquiry keeps the hours it used.
import { DEFAULT_INQUIRY_HOURS, type InquiryHours } from '../../../shared/domain/inquiries';
import { InquiryHoursSettings } from '../../../shared/ipc/channels/media';
import { appendAudit } from '../audit/repo';
import { nowIso, type Ctx } from '../context';
import type { Db } from '../db/connection';
import { getSetting, putSetting } from '../settings/repo';

export const INQUIRY_HOURS_KEY = 'inquiry_hours';

export function getInquiryHours(db: Db): InquiryHours {
  const parsed = InquiryHoursSettings.safeParse(getSetting(db, INQUIRY_HOURS_KEY));
  return parsed.success ? parsed.data : DEFAULT_INQUIRY_HOURS;
}

export function setInquiryHours(ctx: Ctx, input: InquiryHours): InquiryHours {
  const at = nowIso(ctx);
  ctx.db.transaction(() => {
    const before = getInquiryHours(ctx.db);
    putSetting(ctx.db, INQUIRY_HOURS_KEY, input, at);
    appendAudit(ctx.db, { at, actor: ctx.actor, action: 'media.hours.update', entity: 'settings', entityId: INQUIRY_HOURS_KEY, data: { before, after: input } });
  }).immediate();
  ctx.emit('settings:changed', { key: INQUIRY_HOURS_KEY });
  return input;
}
