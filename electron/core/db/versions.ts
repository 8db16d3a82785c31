// Row versions (migration 016): several officers work on one archive, so every officer's update
// names the version of the row it was based on, and an update based on an older one is refused
// ("Sudah diubah oleh NAMA pukul HH.MM; muat ulang.") instead of silently overwriting the newer
// change. Services call claimVersion once, at the top of their IMMEDIATE transaction: the check
// and the bump happen under the write lock, so two officers saving at once cannot both pass.
//
// The version is bumped only by officers' updates (through here), not by derived rewrites such as
// the calendar recompute of due dates: those change nothing an officer typed and must not make an
// open form stale.
import { localDateOf, localDateTimeOf } from '../../../shared/domain/requests/instant';
import { officeClock } from '../calendar/clocks';
import { nowIso, type Ctx } from '../context';
import { AppError } from '../errors';
import type { Db } from './connection';

/** The versioned tables and the column that identifies their row. */
const KEY_COLUMN = {
  requests: 'id',
  objections: 'id',
  disputes: 'id',
  inquiries: 'id',
  archive_documents: 'id',
  settings: 'key',
  tariff_decree: 'id',
  report_narratives: 'year',
} as const;
export type VersionedTable = keyof typeof KEY_COLUMN;
type RowKey = number | string;

export interface RowVersion {
  version: number;
  updatedAt: string;
  updatedBy: string;
}

/** The row's version; null when the row does not exist (yet): a form that loaded nothing sends 0. */
export function rowVersion(db: Db, table: VersionedTable, key: RowKey): RowVersion | null {
  const row = db.prepare(`SELECT row_version AS version, updated_at AS updatedAt, updated_by AS updatedBy FROM ${table} WHERE ${KEY_COLUMN[table]} = ?`).get(key) as
    | RowVersion
    | undefined;
  return row ?? null;
}

/** The version a read returns for a row that may not exist yet (settings section, tariff, narrative). */
export const versionOf = (db: Db, table: VersionedTable, key: RowKey): number => rowVersion(db, table, key)?.version ?? 0;

/** "Sudah diubah oleh NAMA pukul HH.MM; muat ulang." in the office's zone (WITA by default). */
export function conflictMessage(ctx: Pick<Ctx, 'db' | 'clock'>, by: string, at: string): string {
  const zone = officeClock(ctx).zone;
  const ms = Date.parse(at);
  const who = by.trim() === '' ? 'petugas lain' : by;
  if (Number.isNaN(ms)) return `Sudah diubah oleh ${who}; muat ulang.`;
  const [date, time] = localDateTimeOf(ms, zone).split(' ') as [string, string];
  const day = date === localDateOf(ctx.clock.now().getTime(), zone) ? '' : ` tanggal ${date.split('-').reverse().join('-')}`;
  return `Sudah diubah oleh ${who} pukul ${time.replace(':', '.')}${day}; muat ulang.`;
}

/**
 * Inside the caller's transaction: refuses (AppError 'conflict') when `expected` is given and is
 * not the row's version, else bumps the version and records who changed it and when. `expected`
 * undefined = the caller acts on the row as it is now (a CLI command, a follow-up of another
 * change). A missing row passes with expected 0 or undefined (a section saved for the first time:
 * its insert starts at version 1); the service reports a missing case itself.
 */
export function claimVersion(ctx: Pick<Ctx, 'db' | 'clock' | 'actor'>, table: VersionedTable, key: RowKey, expected: number | undefined): void {
  const current = rowVersion(ctx.db, table, key);
  if (expected !== undefined && (current?.version ?? 0) !== expected) {
    if (current) throw new AppError('conflict', conflictMessage(ctx, current.updatedBy, current.updatedAt));
    throw new AppError('conflict', 'Data ini sudah tidak ada lagi; muat ulang.');
  }
  if (!current) return;
  ctx.db
    .prepare(`UPDATE ${table} SET row_version = row_version + 1, updated_by = ?, updated_at = ? WHERE ${KEY_COLUMN[table]} = ?`)
    .run(ctx.actor, nowIso(ctx), key);
}
