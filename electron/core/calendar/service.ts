// The calendar in force, the administrator's local days and the office's cuti bersama choice.
// A change moves the calendar version, recomputes open deadlines and writes ONE audit entry,
// all in one IMMEDIATE transaction.
import { describeDayOff, SHIPPED_CALENDAR } from '../../../shared/domain/calendar';
import { formatHariTanggal } from '../../../shared/domain/calendar/format';
import { dayOfWeek } from '../../../shared/domain/calendar/localDate';
import type { ParsedInput } from '../../../shared/ipc/contract';
import type { CalendarChange, CalendarView } from '../../../shared/ipc/channels/calendar';
import type { Ctx } from '../context';
import { mutate, type Tx } from '../db/mutate';
import { AppError, notFound } from '../errors';
import { effectiveCalendarData, loadCalendar } from './effective';
import { recomputeOpenDeadlines } from './recompute';
import {
  bumpLocalRevision,
  cutiBersamaIsDayOff,
  deleteCancelledDay,
  deleteLocalDay,
  getCancelledDay,
  getLocalDay,
  insertCancelledDay,
  insertLocalDay,
  listCancelledDays,
  listLocalDays,
  localRevision,
  putCutiBersama,
} from './repo';
import { DAY_KIND_LABEL } from '../../../shared/domain/calendar/calendarFile';

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
    localDays: listLocalDays(ctx.db).map((d) => ({ date: d.date, kind: d.kind, name: d.name, basis: d.basis, addedAt: d.added_at, addedBy: d.added_by })),
    cancelledDays: listCancelledDays(ctx.db).map((d) => ({
      date: d.date,
      kind: SHIPPED_CALENDAR.days.find((s) => s.date === d.date)?.kind ?? 'libur_nasional',
      name: d.name,
      basis: d.basis,
      addedAt: d.added_at,
      addedBy: d.added_by,
    })),
  };
}

export function addLocalDay(ctx: Ctx, input: ParsedInput<'calendar:addDay'>): CalendarChange {
  return mutate(ctx, (tx) => {
    const existing = getLocalDay(ctx.db, input.date);
    if (existing) throw new AppError('conflict', `${formatHariTanggal(input.date)} sudah tercatat sebagai hari libur kantor (${existing.name}).`);
    const shipped = SHIPPED_CALENDAR.days.find((d) => d.date === input.date);
    const current = loadCalendar(ctx.db);
    if (shipped && !getCancelledDay(ctx.db, input.date)) {
      const reason = current.reasonOff(input.date);
      throw new AppError('conflict', `${formatHariTanggal(input.date)} sudah hari libur dalam kalender bawaan (${reason ? describeDayOff(input.date, reason) : shipped.name}).`);
    }
    if (dayOfWeek(input.date) >= 6) {
      throw new AppError('invalid_input', `${formatHariTanggal(input.date)} jatuh pada akhir pekan, sudah bukan hari kerja; tidak perlu ditambahkan.`, [
        { path: 'date', message: 'Tanggal jatuh pada akhir pekan.' },
      ]);
    }
    return applyChange(ctx, tx, {
      action: 'calendar.day.add',
      entityId: input.date,
      data: { date: input.date, kind: input.kind, name: input.name, basis: input.basis },
      why: `${DAY_KIND_LABEL[input.kind].toLowerCase()} ${input.name} ditambahkan`,
      store: () => {
        insertLocalDay(ctx.db, { date: input.date, kind: input.kind, name: input.name, basis: input.basis, added_at: tx.at, added_by: ctx.actor });
        bumpLocalRevision(ctx.db, tx.at);
      },
    });
  });
}

export function removeLocalDay(ctx: Ctx, input: ParsedInput<'calendar:removeDay'>): CalendarChange {
  return mutate(ctx, (tx) => {
    const existing = getLocalDay(ctx.db, input.date);
    if (!existing) {
      throw notFound(`${formatHariTanggal(input.date)} bukan hari libur yang ditambahkan kantor. Hari libur bawaan dibatalkan dengan "Batalkan" beserta dasar keputusannya.`);
    }
    return applyChange(ctx, tx, {
      action: 'calendar.day.remove',
      entityId: existing.date,
      data: { date: existing.date, kind: existing.kind, name: existing.name, basis: existing.basis },
      why: `${DAY_KIND_LABEL[existing.kind].toLowerCase()} ${existing.name} dihapus`,
      store: () => {
        deleteLocalDay(ctx.db, input.date);
        bumpLocalRevision(ctx.db, tx.at);
      },
    });
  });
}

/**
 * A shipped day off that a revised decree took back (e.g. a holiday moved by an SKB perubahan):
 * the office counts it as a working day from now on. The decree is required and audited.
 */
export function cancelShippedDay(ctx: Ctx, input: ParsedInput<'calendar:cancelShippedDay'>): CalendarChange {
  return mutate(ctx, (tx) => {
    const shipped = SHIPPED_CALENDAR.days.find((d) => d.date === input.date);
    if (!shipped) throw notFound(`${formatHariTanggal(input.date)} bukan hari libur dalam kalender bawaan ${SHIPPED_CALENDAR.version}.`);
    if (getCancelledDay(ctx.db, input.date)) throw new AppError('conflict', `${formatHariTanggal(input.date)} (${shipped.name}) sudah dibatalkan.`);
    return applyChange(ctx, tx, {
      action: 'calendar.shipped.cancel',
      entityId: input.date,
      data: { date: input.date, kind: shipped.kind, name: shipped.name, shippedBasis: shipped.basis, basis: input.basis },
      why: `${DAY_KIND_LABEL[shipped.kind].toLowerCase()} ${shipped.name} dibatalkan`,
      store: () => {
        insertCancelledDay(ctx.db, { date: input.date, name: shipped.name, basis: input.basis, added_at: tx.at, added_by: ctx.actor });
        bumpLocalRevision(ctx.db, tx.at);
      },
    });
  });
}

export function restoreShippedDay(ctx: Ctx, input: ParsedInput<'calendar:restoreShippedDay'>): CalendarChange {
  return mutate(ctx, (tx) => {
    const cancelled = getCancelledDay(ctx.db, input.date);
    if (!cancelled) throw notFound(`${formatHariTanggal(input.date)} bukan hari libur bawaan yang dibatalkan.`);
    const added = getLocalDay(ctx.db, input.date);
    if (added) {
      throw new AppError('conflict', `${formatHariTanggal(input.date)} kini tercatat sebagai hari libur kantor (${added.name}); hapus dulu hari itu sebelum memulihkan hari libur bawaan.`);
    }
    return applyChange(ctx, tx, {
      action: 'calendar.shipped.restore',
      entityId: input.date,
      data: { date: input.date, name: cancelled.name, cancelledBasis: cancelled.basis },
      why: `${cancelled.name} dipulihkan sebagai hari libur`,
      store: () => {
        deleteCancelledDay(ctx.db, input.date);
        bumpLocalRevision(ctx.db, tx.at);
      },
    });
  });
}

/**
 * Whether cuti bersama (set by Keppres for civil servants) counts as a day off. DOMAIN.md
 * ("Working days"): default yes; an office that stays open on those days turns it off. The choice
 * is part of the effective calendar, so its version changes ('+cb-kerja') and every open deadline
 * is recomputed with it. Choosing what is already in force changes nothing and audits nothing.
 */
export function setCutiBersama(ctx: Ctx, input: ParsedInput<'calendar:setCutiBersama'>): CalendarChange {
  return mutate(ctx, (tx): CalendarChange => {
    if (cutiBersamaIsDayOff(ctx.db) === input.dayOff) {
      return { version: loadCalendar(ctx.db).version, recomputed: { requests: 0, objections: 0, disputes: 0, changed: 0 } };
    }
    return applyChange(ctx, tx, {
      action: 'calendar.cuti_bersama.set',
      entityId: 'cuti_bersama',
      data: { cutiBersamaIsDayOff: input.dayOff },
      why: input.dayOff ? 'cuti bersama dihitung sebagai hari libur' : 'cuti bersama dihitung sebagai hari kerja',
      store: () => putCutiBersama(ctx.db, input.dayOff, tx.at),
    });
  });
}

interface Change {
  action: string;
  entityId: string;
  data: Record<string, unknown>;
  /** Written into each moved deadline's timeline note. */
  why: string;
  /** Stores the change; runs inside the transaction, before the recompute. */
  store: () => void;
}

/** Inside the change `tx`: the change, the new version, recomputed open deadlines, one audit entry, the event. */
function applyChange(ctx: Ctx, tx: Tx, change: Change): CalendarChange {
  const previousVersion = loadCalendar(ctx.db).version;
  change.store();
  const cal = loadCalendar(ctx.db);
  const recomputed = recomputeOpenDeadlines(ctx.db, cal, { at: tx.at, actor: ctx.actor, why: change.why });
  tx.audit({
    action: change.action,
    entity: 'calendar',
    entityId: change.entityId,
    data: {
      ...change.data,
      previousVersion,
      version: cal.version,
      recomputed: { requests: recomputed.requests, objections: recomputed.objections, disputes: recomputed.disputes },
      moved: recomputed.moved.slice(0, AUDIT_MOVED_MAX),
      movedCount: recomputed.moved.length,
    },
  });
  tx.emit('calendar:changed', { version: cal.version });
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
