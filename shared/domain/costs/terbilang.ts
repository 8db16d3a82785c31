// Amounts in words, as a kuitansi writes them ("dua belas ribu lima ratus rupiah"): the words a
// reader checks against the figures, so a changed digit shows. One implementation for every letter.
import { terbilang } from '../letters/terbilang';

export { terbilang };

/** 12500 → 'dua belas ribu lima ratus rupiah'. */
export const terbilangRupiah = (amount: number): string => `${terbilang(amount)} rupiah`;
