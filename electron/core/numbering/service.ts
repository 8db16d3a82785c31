// Registration numbers: the pattern of each register (settings) and the next number of a year.
// Numbers are gap-free and unique per year because the next seq is read (MAX + 1) inside the same
// IMMEDIATE transaction as the insert, and UNIQUE(year, seq) refuses any duplicate.
import { yearOf, toPlainDate } from '../../../shared/domain/calendar/localDate';
import { formatNumber } from '../../../shared/domain/requests/numbering';
import { DEFAULT_NUMBERING, NumberingSettings } from '../../../shared/ipc/channels/numbering';
import { settingsSection } from '../settings/section';
import type { Db } from '../db/connection';

export const NUMBERING_KEY = 'numbering';

const section = settingsSection<NumberingSettings>({ key: NUMBERING_KEY, schema: NumberingSettings, fallback: () => DEFAULT_NUMBERING, action: 'numbering.update' });

export const getNumbering = section.get;
export const setNumbering = section.save;

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
