import { localParts } from '../../requests/officeTime';
import { formatDay } from '../calendar/dates';

/** "Senin, 23 November 2026 10.00" in the office's zone. */
export function formatBackupTime(instant: string, zone: string, language: string): string {
  const { date, time } = localParts(instant, zone);
  return `${formatDay(date, language)} ${time}`;
}
