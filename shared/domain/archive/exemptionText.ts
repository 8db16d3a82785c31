// How an exemption reads in the published lists and the classification letters (always Indonesian:
// they are official documents). UU KIP Ps 17 huruf a-j, Ps 20 (the term of an exemption).
import { EXEMPTION_LABELS, type ExemptionLetter } from './fields';

const SATUAN = ['', 'satu', 'dua', 'tiga', 'empat', 'lima', 'enam', 'tujuh', 'delapan', 'sembilan', 'sepuluh', 'sebelas'];

/** 1-99 in words, as letters write numbers: 5 → 'lima', 12 → 'dua belas', 30 → 'tiga puluh'. */
export function terbilang(n: number): string {
  if (n < 12) return SATUAN[n] ?? String(n);
  if (n < 20) return `${SATUAN[n - 10]} belas`;
  if (n < 100) return `${SATUAN[Math.floor(n / 10)]} puluh${n % 10 ? ` ${SATUAN[n % 10]}` : ''}`;
  return String(n);
}

/** 'Pasal 17 huruf h UU Nomor 14 Tahun 2008 (mengungkap rahasia pribadi)' per letter, then the other law. */
export function exemptionBasis(letters: readonly ExemptionLetter[], otherLaw: string): string[] {
  const basis = letters.map((l) => `Pasal 17 huruf ${l} UU Nomor 14 Tahun 2008 (${EXEMPTION_LABELS[l]})`);
  if (otherLaw.trim() !== '') basis.push(otherLaw.trim());
  return basis;
}

/** '5 (lima) tahun' or 'tanpa batas waktu' (only Ps 17 g and h); '-' when not set. */
export function exemptionTerm(years: number | null, permanent: boolean): string {
  if (permanent) return 'tanpa batas waktu (Pasal 17 huruf g/h)';
  return years === null ? '-' : `${years} (${terbilang(years)}) tahun`;
}
