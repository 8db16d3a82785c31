// The office's zone and cutoff, and each case's deadlines computed on the calendar in force.
// The numbers themselves live in shared/domain/clocks (UU KIP Ps 22, 36, 37) and
// shared/domain/requests/fields (UU KIP Ps 38).
import { addWorkingDays, workingDayOnOrAfter, type WorkingCalendar } from '../../../shared/domain/calendar';
import { computeDeadline, DEFAULT_CUTOFF, DEFAULT_ZONE, type DeadlineResult } from '../../../shared/domain/clocks';
import { KI_SETTLE_WORKING_DAYS, KI_START_WORKING_DAYS } from '../../../shared/domain/requests/fields';
import { localDateOf } from '../../../shared/domain/requests/instant';
import type { Ctx } from '../context';
import { getSetting, SETTING_KEYS } from '../settings/repo';

export interface OfficeClock {
  zone: string;
  cutoff: string;
}

/** From the office profile; Asia/Makassar (WITA) and 16:00 until a profile is saved. */
export function officeClock(ctx: Pick<Ctx, 'db'>): OfficeClock {
  const profile = getSetting(ctx.db, SETTING_KEYS.officeProfile) as { timeZone?: string; cutoffTime?: string } | undefined;
  return { zone: profile?.timeZone ?? DEFAULT_ZONE, cutoff: profile?.cutoffTime ?? DEFAULT_CUTOFF };
}

/** Today's date in the office zone (never via UTC). */
export function todayLocal(nowMs: number, zone: string): string {
  return localDateOf(nowMs, zone);
}

/** UU KIP Ps 22(7): 10 working days from receipt. */
export function requestDeadline(receivedAt: string, clock: OfficeClock, cal: WorkingCalendar): DeadlineResult {
  return computeDeadline({ clock: 'request', from: receivedAt, zone: clock.zone, cutoff: clock.cutoff }, cal);
}

/** UU KIP Ps 22(8): 7 more working days, counted from the original due date. */
export function extensionDeadline(originalDue: string, clock: OfficeClock, cal: WorkingCalendar): DeadlineResult {
  return computeDeadline({ clock: 'extension', from: originalDue, zone: clock.zone, cutoff: clock.cutoff }, cal);
}

/** UU KIP Ps 36(2): the Atasan PPID answers within 30 working days of registration. */
export function objectionDeadline(registeredAt: string, clock: OfficeClock, cal: WorkingCalendar): DeadlineResult {
  return computeDeadline({ clock: 'objection-answer', from: registeredAt, zone: clock.zone, cutoff: clock.cutoff }, cal);
}

/** UU KIP Ps 37(2): 14 working days from the Atasan's answer, or from the lapsed Atasan due date. */
export function disputeWindow(start: string, clock: OfficeClock, cal: WorkingCalendar): DeadlineResult {
  return computeDeadline({ clock: 'dispute', from: start, zone: clock.zone, cutoff: clock.cutoff }, cal);
}

/** UU KIP Ps 38(1) and (2): the KI starts within 14 and settles within 100 working days of filing. */
export function kiDeadlines(filedDate: string, cal: WorkingCalendar): { start: string; settle: string } {
  const day0 = workingDayOnOrAfter(filedDate, cal);
  return {
    start: addWorkingDays(day0, KI_START_WORKING_DAYS, cal),
    settle: addWorkingDays(day0, KI_SETTLE_WORKING_DAYS, cal),
  };
}
