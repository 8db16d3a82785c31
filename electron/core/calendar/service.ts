// The calendar in force, and the administrator's local days. A change bumps the calendar version,
// recomputes open deadlines and writes ONE audit entry, all in one IMMEDIATE transaction.
import { describeDayOff, SHIPPED_CALENDAR } from '../../../shared/domain/calendar';
import { formatHariTanggal } from '../../../shared/domain/calendar/format';
import { dayOfWeek } from '../../../shared/domain/calendar/localDate';
import { toUtcIso } from '../../../shared/domain/requests/instant';
import type { ParsedInput } from '../../../shared/ipc/contract';
import type { CalendarChange, CalendarView } from '../../../shared/ipc/channels/calendar';
import { appendAudit } from '../audit/repo';
import type { Ctx } from '../context';
import { AppError, notFound } from '../errors';
import { effectiveCalendarData, loadCalendar } from './effective';
import { recomputeOpenDeadlines } from './recompute';
import { bumpLocalRevision, deleteLocalDay, getLocalDay, insertLocalDay, listLocalDays, localRevision } from './repo';

/** The audit keeps at most this many moved deadlines by name; the counts are always complete. */
const AUDIT_MOVED_MAX = 500;

export function getCalendar(ctx: Ctx): CalendarView {
  const cal = loadCalendar(ctx.db);
  const days = [...effectiveCalendarData(ctx.db).days].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return {
    version: cal.version,
    shippedVersion: SHIPPED_CALENDAR.version,
    localRevision: localRevision(ctx.db),
    cutiBersamaIsDayOff: cal.cutiBersamaIsDayOff,
    coveredYears: [...cal.coveredYears],
    days,
    localDays: listLocalDays(ctx.db).map((d) => ({ date: d.date, kind: 'lokal' as const, name: d.name, basis: d.basis, addedAt: d.added_at, addedBy: d.added_by })),
  };
}

export function addLocalDay(ctx: Ctx, input: ParsedInput<'calendar:addDay'>): CalendarChange {
  const at = toUtcIso(ctx.clock.now().getTime());
  const result = ctx.db.transaction(() => {
    const existing = getLocalDay(ctx.db, input.date);
    if (existing) throw new AppError('conflict', `${formatHariTanggal(input.date)} sudah tercatat sebagai hari libur lokal (${existing.name}).`);
    const shipped = SHIPPED_CALENDAR.days.find((d) => d.date === input.date);
    const current = loadCalendar(ctx.db);
    if (shipped) {
      const reason = current.reasonOff(input.date);
      throw new AppError('conflict', `${formatHariTanggal(input.date)} sudah hari libur dalam kalender bawaan (${reason ? describeDayOff(input.date, reason) : shipped.name}).`);
    }
    if (dayOfWeek(input.date) >= 6) {
      throw new AppError('invalid_input', `${formatHariTanggal(input.date)} jatuh pada akhir pekan, sudah bukan hari kerja; tidak perlu ditambahkan.`, [
        { path: 'date', message: 'Tanggal jatuh pada akhir pekan.' },
      ]);
    }
    insertLocalDay(ctx.db, { date: input.date, name: input.name, basis: input.basis, added_at: at, added_by: ctx.actor });
    return applyChange(ctx, at, 'calendar.day.add', { date: input.date, name: input.name, basis: input.basis }, `libur lokal ${input.name} ditambahkan`);
  }).immediate();
  ctx.emit('calendar:changed', { version: result.version });
  return result;
}

export function removeLocalDay(ctx: Ctx, input: ParsedInput<'calendar:removeDay'>): CalendarChange {
  const at = toUtcIso(ctx.clock.now().getTime());
  const result = ctx.db.transaction(() => {
    const existing = getLocalDay(ctx.db, input.date);
    if (!existing) {
      throw notFound(`${formatHariTanggal(input.date)} bukan hari libur lokal. Hari libur nasional dan cuti bersama bawaan tidak dapat dihapus di sini.`);
    }
    deleteLocalDay(ctx.db, input.date);
    return applyChange(ctx, at, 'calendar.day.remove', { date: existing.date, name: existing.name, basis: existing.basis }, `libur lokal ${existing.name} dihapus`);
  }).immediate();
  ctx.emit('calendar:changed', { version: result.version });
  return result;
}

/** Inside the transaction: new version, recomputed open deadlines, one audit entry. */
function applyChange(ctx: Ctx, at: string, action: string, day: { date: string; name: string; basis: string }, why: string): CalendarChange {
  const previousVersion = loadCalendar(ctx.db).version;
  bumpLocalRevision(ctx.db, at);
  const cal = loadCalendar(ctx.db);
  const recomputed = recomputeOpenDeadlines(ctx.db, cal, { at, actor: ctx.actor, why });
  appendAudit(ctx.db, {
    at,
    actor: ctx.actor,
    action,
    entity: 'calendar',
    entityId: day.date,
    data: {
      ...day,
      previousVersion,
      version: cal.version,
      recomputed: { requests: recomputed.requests, objections: recomputed.objections, disputes: recomputed.disputes },
      moved: recomputed.moved.slice(0, AUDIT_MOVED_MAX),
      movedCount: recomputed.moved.length,
    },
  });
  return {
    version: cal.version,
    recomputed: {
      requests: recomputed.requests,
      objections: recomputed.objections,
      disputes: recomputed.disputes,
      changed: recomputed.moved.length,
    },
  };
}
