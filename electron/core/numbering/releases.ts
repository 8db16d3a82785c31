// Siaran pers numbers: one pattern (Pengaturan, audited) with the tokens of the registration
// numbers; {unit} and the {seq} width are the registers' own. Gap-free per year like the letters:
// MAX(seq)+1 of the year inside the insert's IMMEDIATE transaction, UNIQUE(year, seq) behind it.
import { toPlainDate, yearOf } from '../../../shared/domain/calendar/localDate';
import { formatNumber } from '../../../shared/domain/requests/numbering';
import { DEFAULT_RELEASE_PATTERN } from '../../../shared/domain/newsroom/releases';
import type { Ctx } from '../context';
import { mutate } from '../db/mutate';
import type { Db } from '../db/connection';
import { getSetting, putSetting } from '../settings/repo';
import { getNumbering, type AssignedNumber } from './service';

export const RELEASE_PATTERN_KEY = 'release_numbering';

export function getReleasePattern(db: Db): string {
  const stored = getSetting(db, RELEASE_PATTERN_KEY) as { pattern?: unknown } | undefined;
  return typeof stored?.pattern === 'string' ? stored.pattern : DEFAULT_RELEASE_PATTERN;
}

function format(db: Db, pattern: string, seq: number, localDate: string): string {
  const { seqWidth, unitCode } = getNumbering(db);
  return formatNumber(pattern, seqWidth, { seq, year: yearOf(localDate), month: toPlainDate(localDate).month, unit: unitCode });
}

export function releasePatternView(db: Db, today: string) {
  const pattern = getReleasePattern(db);
  return { pattern, preview: format(db, pattern, 1, today) };
}

export function setReleasePattern(ctx: Ctx, pattern: string, today: string) {
  mutate(ctx, (tx) => {
    const { at } = tx;
    const before = getReleasePattern(ctx.db);
    putSetting(ctx.db, RELEASE_PATTERN_KEY, { pattern }, at);
    tx.audit({ action: 'release_numbering.update', entity: 'settings', entityId: RELEASE_PATTERN_KEY, data: { before, after: pattern } });
    tx.emit('settings:changed', { key: RELEASE_PATTERN_KEY });
  });
  return releasePatternView(ctx.db, today);
}

/** The next release number of the year of `localDate`. Must run inside the insert's transaction. */
export function nextReleaseNumber(db: Db, localDate: string): AssignedNumber {
  if (!db.inTransaction) throw new Error('nextReleaseNumber must run inside the transaction of the insert');
  const year = yearOf(localDate);
  const seq = db.prepare('SELECT coalesce(max(seq), 0) + 1 FROM press_releases WHERE year = ?').pluck().get(year) as number;
  return { year, seq, number: format(db, getReleasePattern(db), seq, localDate) };
}
