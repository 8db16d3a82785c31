// Instants (UTC, stored) and the office-local dates they fall on. A local date is always taken in
// the office zone through Temporal, never from toISOString() (DOMAIN.md: WITA dates shift otherwise).
import { Temporal } from 'temporal-polyfill';
import type { IsoDate } from '../calendar/localDate';

/** An ISO date-time that carries its zone: 'Z' or a numeric offset. */
export const INSTANT_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}(:\d{2}([.,]\d{1,9})?)?([Zz]|[+-]\d{2}(:?\d{2})?)$/;

/** Epoch milliseconds of an instant with offset, or null when it is not one. */
export function parseInstant(text: string): number | null {
  if (!INSTANT_WITH_OFFSET.test(text.trim())) return null;
  try {
    return Temporal.Instant.from(text.trim()).epochMilliseconds;
  } catch {
    return null;
  }
}

/** The canonical stored form: '2026-03-17T02:00:00.000Z' (sorts as text in time order). */
export function toUtcIso(epochMs: number): string {
  return new Date(epochMs).toISOString();
}

/** The office-local date of an instant, e.g. 2026-12-17T16:30Z in Asia/Makassar → '2026-12-18'. */
export function localDateOf(epochMs: number, zone: string): IsoDate {
  return Temporal.Instant.fromEpochMilliseconds(epochMs).toZonedDateTimeISO(zone).toPlainDate().toString();
}

/** 'Selasa 17 Maret 2026 10.00'-style text needs the local wall time too: 'YYYY-MM-DD HH:MM'. */
export function localDateTimeOf(epochMs: number, zone: string): string {
  const z = Temporal.Instant.fromEpochMilliseconds(epochMs).toZonedDateTimeISO(zone);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${z.toPlainDate().toString()} ${pad(z.hour)}:${pad(z.minute)}`;
}
