// Indonesian date text for letters, explanations and the inbox. Written out by hand rather than
// with Intl: the output must not depend on the ICU data of whichever runtime (Node, Electron,
// Chromium) happens to run it, and letters must read the same on every office PC.
import { toPlainDate, type IsoDate } from './localDate';

const BULAN = [
  'Januari',
  'Februari',
  'Maret',
  'April',
  'Mei',
  'Juni',
  'Juli',
  'Agustus',
  'September',
  'Oktober',
  'November',
  'Desember',
] as const;

const BULAN_PENDEK = ['Jan', 'Feb', 'Mar', 'Apr', 'Mei', 'Jun', 'Jul', 'Agu', 'Sep', 'Okt', 'Nov', 'Des'] as const;

/** Index 1 = Monday ... 7 = Sunday (ISO weekday). */
const HARI = ['', 'Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu', 'Minggu'] as const;

export type TanggalStyle = 'long' | 'short';

/** '2026-11-23' → '23 November 2026' (long) or '23 Nov' (short). */
export function formatTanggal(date: IsoDate, style: TanggalStyle = 'long'): string {
  const d = toPlainDate(date);
  if (style === 'short') return `${d.day} ${BULAN_PENDEK[d.month - 1]}`;
  return `${d.day} ${BULAN[d.month - 1]} ${d.year}`;
}

/** '2026-11-23' → '23 Nov'. */
export function formatTanggalPendek(date: IsoDate): string {
  return formatTanggal(date, 'short');
}

/** '2026-11-23' → 'Senin, 23 November 2026'. */
export function formatHariTanggal(date: IsoDate): string {
  return `${namaHari(date)}, ${formatTanggal(date)}`;
}

/** '2026-11-23' → 'Senin'. */
export function namaHari(date: IsoDate): string {
  return HARI[toPlainDate(date).dayOfWeek] ?? '';
}

/** '16:00' → '16.00': Indonesian writes clock times with a dot (PUEBI). */
export function formatJam(time: string): string {
  return time.replace(':', '.');
}
