// Amounts in words, as a kuitansi writes them ("dua belas ribu lima ratus rupiah"): the words a
// reader checks against the figures, so a changed digit shows.
const ONES = ['', 'satu', 'dua', 'tiga', 'empat', 'lima', 'enam', 'tujuh', 'delapan', 'sembilan', 'sepuluh', 'sebelas'];

function below1000(n: number): string {
  if (n < 12) return ONES[n]!;
  if (n < 20) return `${ONES[n - 10]} belas`;
  if (n < 100) return `${ONES[Math.floor(n / 10)]} puluh${n % 10 ? ` ${ONES[n % 10]}` : ''}`;
  const hundreds = Math.floor(n / 100);
  const rest = n % 100;
  return `${hundreds === 1 ? 'seratus' : `${ONES[hundreds]} ratus`}${rest ? ` ${below1000(rest)}` : ''}`;
}

const SCALES = ['', 'ribu', 'juta', 'miliar', 'triliun'];

/** 12500 → 'dua belas ribu lima ratus'; 1000 → 'seribu'; 0 → 'nol'. Whole rupiah only. */
export function terbilang(amount: number): string {
  let n = Math.trunc(Math.abs(amount));
  if (n === 0) return 'nol';
  const parts: string[] = [];
  for (let scale = 0; n > 0; scale++) {
    const group = n % 1000;
    n = Math.floor(n / 1000);
    if (group === 0) continue;
    if (scale >= SCALES.length) throw new RangeError('Jumlah terlalu besar untuk ditulis dengan huruf.');
    // "seribu", never "satu ribu"; "satu juta" stays.
    parts.unshift(scale === 1 && group === 1 ? 'seribu' : `${below1000(group)}${SCALES[scale] ? ` ${SCALES[scale]}` : ''}`);
  }
  return `${amount < 0 ? 'minus ' : ''}${parts.join(' ')}`;
}

/** 12500 → 'dua belas ribu lima ratus rupiah'. */
export const terbilangRupiah = (amount: number): string => `${terbilang(amount)} rupiah`;
