// Registration numbers: the pattern of each register (settings) and the next number of a year.
// Numbers are gap-free and unique per year because the next seq is read (MAX + 1) inside the same
// IMMEDIATE transaction as the insert, and UNIQUE(year, seq) refuses any duplicate.
import { yearOf, toPlainDate } from '../../../shared/domain/calendar/localDate';
import { formatNumber } from '../../../shared/domain/requests/numbering';
import { DEFAULT_NUMBERING, NumberingSettings } from '../../../shared/ipc/channels/numbering';
import { appendAudit } from '../audit/repo';
import { nowIso, type Ctx } from '../context';
import type { Db } from '../db/connection';
import { getSetting, putSetting } from '../settings/repo';

export const NUMBERING_KEY = 'numbering';

export function getNumbering(db: Db): NumberingSettings {
  const parsed = NumberingSettings.safeParse(getSetting(db, NUMBERING_KEY));
  return parsed.success ? parsed.data : DEFAULT_NUMBERING;
}

export function setNumbering(ctx: Ctx, input: NumberingSettings): NumberingSettings {
  const at = nowIso(ctx);
  ctx.db.transaction(() => {
    const before = getNumbering(ctx.db);
    putSetting(ctx.db, NUMBERING_KEY, input, at);
    appendAudit(ctx.db, { at, actor: ctx.actor, action: 'numbering.update', entity: 'settings', entityId: NUMBERING_KEY, data: { before, after: input } });
  }).immediate();
  ctx.emit('settings:changed', { key: NUMBERING_KEY });
  return input;
}

export type Register = 'requests' | 'objections';

export interface AssignedNumber {
  year: number;
  seq: number;
  number: string;
}

/** The next number of the register for the year of `localDate`. Must run inside the insert's transaction. */
export function nextNumber(db: Db, register: Register, localDate: string): AssignedNumber {
  if (!db.inTransaction) throw new Error('nextNumber must run inside the transaction of the insert');
  const settings = getNumbering(db);
  const year = yearOf(localDate);
  const month = toPlainDate(localDate).month;
  const table = register === 'requests' ? 'requests' : 'objections';
  const seq = db.prepare(`SELECT coalesce(max(seq), 0) + 1 FROM ${table} WHERE year = ?`).pluck().get(year) as number;
  const pattern = register === 'requests' ? settings.requestPattern : settings.objectionPattern;
  return { year, seq, number: formatNumber(pattern, settings.seqWidth, { seq, year, month, unit: settings.unitCode }) };
}
