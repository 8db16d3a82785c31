// Where a clock starts: turning `from` (an instant with offset, or a bare local date) into the
// office's local date and time. Dates are taken in the office zone, never from UTC: a request at
// 2026-12-17T16:30Z is Friday 18 Dec 00:30 WITA, not Thursday (STACK.md, "Dates").
import { Temporal } from 'temporal-polyfill';
import { isIsoDate, type IsoDate } from '../calendar/localDate';
import { DEFAULT_CUTOFF, DEFAULT_TIME_ZONE } from '../settings/officeProfile';

/** Default office zone: Kalimantan Timur is WITA (DOMAIN.md); one definition with the office profile. */
export const DEFAULT_ZONE: string = DEFAULT_TIME_ZONE;
/** Requests received at or after this local time count from the next working day (DOMAIN.md, counting convention). */
export { DEFAULT_CUTOFF };

export type StartPoint =
  | {
      kind: 'instant';
      localDate: IsoDate;
      /** 'HH:MM' in the office zone. */
      localTime: string;
      /** Strictly before the cutoff: 16:00:00 itself is after office hours. */
      beforeCutoff: boolean;
    }
  | { kind: 'date'; localDate: IsoDate };

/** Raised for input the officer (or a script) must fix; the message is Indonesian and says how. */
export class ClockInputError extends Error {
  override name = 'ClockInputError';
}

const BARE_DATE = /^\d{4}-\d{2}-\d{2}$/;
// A date, a time, then Z or a numeric offset. Anything else with a time in it is refused.
const DATE_TIME = /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}(:\d{2}([.,]\d{1,9})?)?/;
const WITH_OFFSET = /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}(:\d{2}([.,]\d{1,9})?)?([Zz]|[+-]\d{2}(:?\d{2})?)$/;
const CUTOFF = /^([01]\d|2[0-3]):[0-5]\d$/;

/** The zone's canonical id ('asia/makassar' → 'Asia/Makassar'); throws ClockInputError for an unknown zone. */
export function checkZone(zone: string): string {
  try {
    return Temporal.Instant.fromEpochMilliseconds(0).toZonedDateTimeISO(zone).timeZoneId;
  } catch {
    throw new ClockInputError(
      `Zona waktu "${zone}" tidak dikenal. Gunakan nama IANA, mis. Asia/Jakarta (WIB), Asia/Makassar (WITA) atau Asia/Jayapura (WIT).`,
    );
  }
}

export function checkCutoff(cutoff: string): string {
  if (!CUTOFF.test(cutoff)) {
    throw new ClockInputError(`Batas jam layanan "${cutoff}" tidak sah: gunakan bentuk JJ:MM, mis. 16:00.`);
  }
  return cutoff;
}

export function resolveStart(from: string, zone: string, cutoff: string): StartPoint {
  const text = from.trim();
  if (BARE_DATE.test(text)) {
    if (!isIsoDate(text)) throw new ClockInputError(`Tanggal "${text}" tidak ada di kalender.`);
    return { kind: 'date', localDate: text };
  }
  if (!DATE_TIME.test(text)) {
    throw new ClockInputError(
      `Waktu mulai "${from}" tidak dikenali. Tulis tanggal (TTTT-BB-HH) atau waktu dengan offset zona, mis. 2026-03-17T07:30:00+08:00.`,
    );
  }
  if (!WITH_OFFSET.test(text)) {
    // Without an offset the instant is ambiguous by up to two hours across WIB/WITA/WIT, and a
    // guess could move the date: refuse rather than assume.
    throw new ClockInputError(
      `Waktu "${from}" tidak mencantumkan zona waktu. Tambahkan offset, mis. ${text}+08:00 (WITA), +07:00 (WIB), +09:00 (WIT) atau Z (UTC).`,
    );
  }
  let instant: Temporal.Instant;
  try {
    instant = Temporal.Instant.from(text);
  } catch {
    throw new ClockInputError(`Waktu "${from}" tidak sah: periksa tanggal dan jamnya.`);
  }
  const local = instant.toZonedDateTimeISO(zone);
  const time = local.toPlainTime();
  return {
    kind: 'instant',
    localDate: local.toPlainDate().toString(),
    localTime: `${pad(time.hour)}:${pad(time.minute)}`,
    beforeCutoff: Temporal.PlainTime.compare(time, Temporal.PlainTime.from(cutoff)) < 0,
  };
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** Indonesian zone names for the officer; other zones are shown by their IANA id. */
export function zoneLabel(zone: string): string {
  switch (zone) {
    case 'Asia/Jakarta':
    case 'Asia/Pontianak':
      return 'WIB';
    case 'Asia/Makassar':
      return 'WITA';
    case 'Asia/Jayapura':
      return 'WIT';
    default:
      return zone;
  }
}
