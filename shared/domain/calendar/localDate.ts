// Local calendar dates ('YYYY-MM-DD') in the office's zone. Working days are local dates, never
// instants: every date here is a Temporal.PlainDate, so no UTC conversion (toISOString) can
// shift a WITA date by a day (DOMAIN.md, "never derive a date from toISOString()").
import { Temporal } from 'temporal-polyfill';

/** A local date written 'YYYY-MM-DD'. */
export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Years we accept at all: wide enough for any archive, narrow enough to catch typos like 20026. */
const MIN_YEAR = 1970;
const MAX_YEAR = 2199;

/** The Temporal date for 'YYYY-MM-DD', or null when the text is not a real calendar date. */
export function parseIsoDate(text: string): Temporal.PlainDate | null {
  const m = ISO_DATE.exec(text);
  if (!m) return null;
  const year = Number(m[1]);
  if (year < MIN_YEAR || year > MAX_YEAR) return null;
  try {
    // overflow 'reject': 2026-02-30 is an error, not 2026-02-28.
    return Temporal.PlainDate.from({ year, month: Number(m[2]), day: Number(m[3]) }, { overflow: 'reject' });
  } catch {
    return null;
  }
}

export function isIsoDate(text: string): boolean {
  return parseIsoDate(text) !== null;
}

/** Like parseIsoDate, but throws an Indonesian error: for dates that reach us from callers. */
export function toPlainDate(text: string): Temporal.PlainDate {
  const date = parseIsoDate(text);
  if (!date) {
    throw new RangeError(`Tanggal "${text}" tidak sah: gunakan bentuk TTTT-BB-HH dengan tanggal yang ada, mis. 2026-03-17.`);
  }
  return date;
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return toPlainDate(date).add({ days }).toString();
}

/** ISO weekday: 1 = Monday ... 7 = Sunday. */
export function dayOfWeek(date: IsoDate): number {
  return toPlainDate(date).dayOfWeek;
}

export function yearOf(date: IsoDate): number {
  return toPlainDate(date).year;
}

/** Negative when a < b, 0 when equal, positive when a > b. ISO text compares like the dates it names. */
export function compareDates(a: IsoDate, b: IsoDate): number {
  return Temporal.PlainDate.compare(toPlainDate(a), toPlainDate(b));
}

/**
 * Days since 1970-01-01 of a valid local date: plain integer arithmetic on the proleptic Gregorian
 * calendar (H. Hinnant's days_from_civil), no Date and no zone. For loops over many days, where a
 * Temporal object per day would dominate (the inbox counts working days across years).
 */
export function epochDayOf(date: IsoDate): number {
  const d = toPlainDate(date);
  const y = d.month <= 2 ? d.year - 1 : d.year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (d.month + (d.month > 2 ? -3 : 9)) + 2) / 5) + d.day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The local date 'YYYY-MM-DD' of a day number from epochDayOf (civil_from_days). */
export function dateOfEpochDay(n: number): IsoDate {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return `${String(year).padStart(4, '0')}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`;
}
