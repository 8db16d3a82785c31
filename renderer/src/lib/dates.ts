import { formatHariTanggal } from '../../../shared/domain/calendar/format';

/** "Selasa, 17 Maret 2026" / "Tuesday 17 March 2026". A local date is never shifted through a zone. */
export function formatDay(date: string, language: string): string {
  if (language !== 'en') return formatHariTanggal(date);
  return new Intl.DateTimeFormat('en-GB', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${date}T00:00:00Z`),
  );
}
