// Retention of requesters' personal data (UU 27/2022 PDP; DOMAIN.md, "Personal data": "delete at
// the end of retention"). Counted in whole years from the office-local date a case closed.
//
// The default. DOMAIN.md names the duty but no number, and so does UU 27/2022: Ps 44(1) huruf a
// ties destruction to the end of retention under the archive retention schedule (jadwal retensi
// arsip, JRA, UU 43/2009 Kearsipan), which each office sets. 5 years is this app's default because
// it outlasts every clock in DOMAIN.md with room to spare — the request (UU KIP Ps 22: up to 17
// working days), the objection (Ps 35-36: 30 + 30), the dispute at the KI (Ps 37-38: 14 + 14 + 100),
// the court appeals after it (Ps 47-50) — and the annual report that counts the case (Ps 12, due 3
// months after the budget year) and the KI's yearly monitoring (Perki 1/2022). An office whose JRA
// says otherwise sets its own number in Pengaturan.
import { Temporal } from 'temporal-polyfill';
import { toPlainDate, type IsoDate } from '../calendar/localDate';
import { ERASED_ID } from '../requests/nik';

export const DEFAULT_RETENTION_YEARS = 5;
/** Below one year a case could be erased while its annual report (UU KIP Ps 12) is still being written. */
export const MIN_RETENTION_YEARS = 1;
export const MAX_RETENTION_YEARS = 50;

/** What replaces an erased identity field: the officer sees that something was there and is gone. */
export const ERASED = ERASED_ID;

/**
 * The last close date whose retention has ended on `today`: a case closed on or before it is due.
 * Closed exactly `years` years ago is due; a day later is not. A case closed on 29 February is due
 * on 1 March of a common year (today minus the years never lands on a 29 February that is not there).
 */
export function retentionCutoff(today: IsoDate, years: number): IsoDate {
  return toPlainDate(today).subtract({ years }, { overflow: 'constrain' }).toString();
}

/** True when a case closed on `closedOn` (office-local) is past its retention on `today`. */
export function isPastRetention(closedOn: IsoDate, today: IsoDate, years: number): boolean {
  return Temporal.PlainDate.compare(toPlainDate(closedOn), toPlainDate(retentionCutoff(today, years))) <= 0;
}
