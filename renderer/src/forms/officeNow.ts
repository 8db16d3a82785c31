// "Now" and "today" for a form's defaults: the app clock (the core's, see api/appClock) read in
// the office's zone (WITA in Kaltim), whatever zone the PC is set to.
import { useAppClock } from '../api';
import { useOfficeZone } from '../lib/officeZone';
import { localValueAt } from './dateText';

export interface OfficeNow {
  zone: string;
  /** Epoch ms on the app clock. */
  now(): number;
  /** Office-local 'YYYY-MM-DD'. */
  today(): string;
  /** Office-local 'YYYY-MM-DDTHH:mm', as a DateTimeField holds it. */
  nowLocal(): string;
}

/** `caseZone`: the zone a case was logged in, when the form acts on one; else the office's. */
export function useOfficeNow(caseZone?: string): OfficeNow {
  const clock = useAppClock();
  const officeZone = useOfficeZone();
  const zone = caseZone ?? officeZone;
  return {
    zone,
    now: clock.now,
    today: () => localValueAt(clock.now(), zone, 'date'),
    nowLocal: () => localValueAt(clock.now(), zone, 'datetime'),
  };
}
