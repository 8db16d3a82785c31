// Numbers in words, as Indonesian official letters write an amount or a period next to its figure:
// "5 (lima) tahun", "Rp12.500 (dua belas ribu lima ratus rupiah)" (Tata Naskah Dinas practice).

const ONES = ['nol', 'satu', 'dua', 'tiga', 'empat', 'lima', 'enam', 'tujuh', 'delapan', 'sembilan', 'sepuluh', 'sebelas'];
const SCALES: Array<[number, string]> = [
  [1e12, 'triliun'],
  [1e9, 'miliar'],
  [1e6, 'juta'],
];

/** 0 ≤ n < 1000 → words (without "nol" for 0, which callers handle). */
function belowThousand(n: number): string {
  const parts: string[] = [];
  const hundreds = Math.floor(n / 100);
  const rest = n % 100;
  if (hundreds === 1) parts.push('seratus');
  else if (hundreds > 1) parts.push(`${ONES[hundreds]} ratus`);
  if (rest > 0 && rest < 12) parts.push(ONES[rest]!);
  else if (rest >= 12 && rest < 20) parts.push(`${ONES[rest - 10]} belas`);
  else if (rest >= 20) {
    parts.push(`${ONES[Math.floor(rest / 10)]} puluh`);
    if (rest % 10 > 0) parts.push(ONES[rest % 10]!);
  }
  return parts.join(' ');
}

/** 12500 → 'dua belas ribu lima ratus'; whole, non-negative numbers below 10^15. */
export function terbilang(value: number): string {
  let n = Math.trunc(Math.abs(value));
  if (n === 0) return 'nol';
  const parts: string[] = [];
  for (const [size, name] of SCALES) {
    if (n >= size) {
      parts.push(`${terbilang(Math.floor(n / size))} ${name}`);
      n %= size;
    }
  }
  const thousands = Math.floor(n / 1000);
  if (thousands === 1) parts.push('seribu');
  else if (thousands > 1) parts.push(`${belowThousand(thousands)} ribu`);
  if (n % 1000 > 0) parts.push(belowThousand(n % 1000));
  return parts.join(' ');
}
