import { localParts } from './officeTime';
import { formatDay } from './dates';
import { formatBytes } from './bytes';

/** "Senin, 23 November 2026 10.00" in the office's zone. */
export function formatBackupTime(instant: string, zone: string, language: string): string {
  const { date, time } = localParts(instant, zone);
  return `${formatDay(date, language)} ${time}`;
}

/** "2,3 MB", "74,1 GB": free space on a disk runs to gigabytes. */
export function formatSize(bytes: number, locale = 'id-ID'): string {
  const gb = 1024 * 1024 * 1024;
  if (bytes >= gb) return `${(bytes / gb).toLocaleString(locale, { maximumFractionDigits: 1 })} GB`;
  return formatBytes(bytes, locale);
}
