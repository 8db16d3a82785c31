// Numbers as an Indonesian report prints them: '.' between thousands, ',' before decimals
// (1.234; 4,5 hari kerja). Written out rather than Intl so the file is the same on every
// machine, whatever ICU data the runtime carries.

/** 1234 → "1.234". */
export function angka(value: number): string {
  const negative = value < 0;
  const digits = String(Math.round(Math.abs(value)));
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return negative ? `-${grouped}` : grouped;
}

/** 4.5 → "4,5"; 4 → "4" (or "4,0" with `fixed`); 1234.56 → "1.234,6" (one decimal, as working days are reported). */
export function desimal(value: number, digits = 1, fixed = false): string {
  const factor = 10 ** digits;
  const rounded = Math.round(value * factor) / factor;
  const whole = Math.trunc(rounded);
  const fraction = Math.round(Math.abs(rounded - whole) * factor);
  const head = angka(whole);
  const sign = rounded < 0 && whole === 0 ? '-' : '';
  return fraction === 0 && !fixed ? `${sign}${head}` : `${sign}${head},${String(fraction).padStart(digits, '0')}`;
}

/** Share of `part` in `total`: "45,5%"; "–" when there is nothing to share (no division by zero). */
export function persen(part: number, total: number): string {
  return total > 0 ? `${desimal((part * 100) / total, 1, true)}%` : '–';
}

/** null (nothing decided in the period) → "–"; 4.5 → "4,5 hari kerja". */
export function hariKerja(value: number | null): string {
  return value === null ? '–' : `${desimal(value)} hari kerja`;
}
