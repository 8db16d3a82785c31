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
