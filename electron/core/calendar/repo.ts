// Local days off added by the office's administrator, and the revision counter of those changes.
import type { Db } from '../db/connection';
import { getSetting, putSetting } from '../settings/repo';
import type { DayKind } from '../../../shared/domain/calendar/calendarFile';

export const CALENDAR_REVISION_KEY = 'calendar_local_revision';

export interface LocalDayRow {
  date: string;
  kind: DayKind;
  name: string;
  basis: string;
  added_at: string;
  added_by: string;
}

export function listLocalDays(db: Db): LocalDayRow[] {
  return db.prepare('SELECT date, kind, name, basis, added_at, added_by FROM calendar_local_days ORDER BY date').all() as LocalDayRow[];
}

export function getLocalDay(db: Db, date: string): LocalDayRow | undefined {
  return db.prepare('SELECT date, kind, name, basis, added_at, added_by FROM calendar_local_days WHERE date = ?').get(date) as
    | LocalDayRow
    | undefined;
}

export function insertLocalDay(db: Db, row: LocalDayRow): void {
  db.prepare('INSERT INTO calendar_local_days (date, kind, name, basis, added_at, added_by) VALUES (?, ?, ?, ?, ?, ?)').run(
    row.date,
    row.kind,
    row.name,
    row.basis,
    row.added_at,
    row.added_by,
  );
}

export function deleteLocalDay(db: Db, date: string): void {
  db.prepare('DELETE FROM calendar_local_days WHERE date = ?').run(date);
}

export function localRevision(db: Db): number {
  const value = getSetting(db, CALENDAR_REVISION_KEY);
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : 0;
}

/** Call inside the transaction of the change. */
export function bumpLocalRevision(db: Db, at: string): number {
  const next = localRevision(db) + 1;
  putSetting(db, CALENDAR_REVISION_KEY, next, at);
  return next;
}

/** The office's choice whether cuti bersama counts as a day off; absent means yes (DOMAIN.md). */
export const CUTI_BERSAMA_KEY = 'calendar_cuti_bersama_day_off';

export function cutiBersamaIsDayOff(db: Db): boolean {
  return getSetting(db, CUTI_BERSAMA_KEY) !== false;
}

/** Call inside the transaction of the change. */
export function putCutiBersama(db: Db, dayOff: boolean, at: string): void {
  putSetting(db, CUTI_BERSAMA_KEY, dayOff, at);
}

/** A shipped day off that the office counts as a working day (a revised decree took it back). */
export interface CancelledDayRow {
  date: string;
  name: string;
  basis: string;
  added_at: string;
  added_by: string;
}

export function listCancelledDays(db: Db): CancelledDayRow[] {
  return db.prepare('SELECT date, name, basis, added_at, added_by FROM calendar_cancelled_days ORDER BY date').all() as CancelledDayRow[];
}

export function getCancelledDay(db: Db, date: string): CancelledDayRow | undefined {
  return db.prepare('SELECT date, name, basis, added_at, added_by FROM calendar_cancelled_days WHERE date = ?').get(date) as CancelledDayRow | undefined;
}

export function insertCancelledDay(db: Db, row: CancelledDayRow): void {
  db.prepare('INSERT INTO calendar_cancelled_days (date, name, basis, added_at, added_by) VALUES (@date, @name, @basis, @added_at, @added_by)').run(row);
}

export function deleteCancelledDay(db: Db, date: string): void {
  db.prepare('DELETE FROM calendar_cancelled_days WHERE date = ?').run(date);
}
