// Wall-clock times in the office's zone (WITA in Kaltim), whatever zone the PC is set to. Never
// derived from toISOString() (DOMAIN.md: a UTC date shifts WITA deadlines by a day).
import { Temporal } from 'temporal-polyfill';
import { formatTanggal } from '../../../shared/domain/calendar/format';

/** 'YYYY-MM-DDTHH:mm' as a datetime-local input holds it, for now in `zone`. */
export function nowLocalInput(zone: string, nowMs: number = Date.now()): string {
  const z = Temporal.Instant.fromEpochMilliseconds(nowMs).toZonedDateTimeISO(zone);
  return z.toPlainDateTime().toString({ smallestUnit: 'minute' });
}

/** '2026-03-17T10:00' in Asia/Makassar → '2026-03-17T10:00:00+08:00'; null when not a date-time. */
export function localInputToInstant(value: string, zone: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/.test(value)) return null;
  try {
    const z = Temporal.PlainDateTime.from(value, { overflow: 'reject' }).toZonedDateTime(zone);
    return z.toString({ timeZoneName: 'never', smallestUnit: 'second' });
  } catch {
    return null;
  }
}

export function instantMs(instant: string): number {
  return Temporal.Instant.from(instant).epochMilliseconds;
}

/** '2026-03-17T02:00:00.000Z' → '17 Maret 2026 10.00' style parts: date 'YYYY-MM-DD' and 'HH.MM'. */
export function localParts(instant: string, zone: string): { date: string; time: string } {
  const z = Temporal.Instant.from(instant).toZonedDateTimeISO(zone);
  const pad = (n: number) => String(n).padStart(2, '0');
  return { date: z.toPlainDate().toString(), time: `${pad(z.hour)}.${pad(z.minute)}` };
}

/**
 * An instant's date on the office's calendar, in words: '17 Maret 2026' / '17 March 2026'. Near
 * midnight the PC's own zone could name another day, so the office zone decides.
 */
export function formatOfficeDate(instant: string, zone: string, language: string): string {
  const { date } = localParts(instant, zone);
  if (language !== 'en') return formatTanggal(date);
  // The date is already the office's: formatted at UTC midnight so no zone shifts it again.
  return new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));
}
