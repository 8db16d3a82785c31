// Letter numbers: one pattern per letter type (e.g. '045/{seq}/PPID/{roman_month}/{year}'), the
// same tokens as registration numbers, a gap-free sequence per type and year.
import { patternProblem } from '../requests/numbering';
import type { NumberedLetterType } from './types';

// Kode klasifikasi arsip 045 (ketatausahaan) is what many PPID letters carry; editable in Pengaturan.
export const DEFAULT_LETTER_PATTERNS: Record<NumberedLetterType, string> = {
  'tanda-bukti': '{seq}/TB/{unit}/{roman_month}/{year}',
  pemberitahuan: '045/{seq}/{unit}/{roman_month}/{year}',
  perpanjangan: '045/{seq}/PJG/{unit}/{roman_month}/{year}',
  penolakan: '{seq}/SK-TOLAK/{unit}/{roman_month}/{year}',
  'keberatan-tanda-bukti': '{seq}/TB-KEB/{unit}/{roman_month}/{year}',
  'keberatan-tanggapan': '045/{seq}/ATASAN-PPID/{roman_month}/{year}',
  'penetapan-klasifikasi': '{seq}/SK-KLAS/{unit}/{roman_month}/{year}',
  'uji-konsekuensi': '{seq}/UK/{unit}/{roman_month}/{year}',
  penyerahan: '{seq}/SERAH/{unit}/{roman_month}/{year}',
  'pemberitahuan-kelengkapan': '045/{seq}/KLKP/{unit}/{roman_month}/{year}',
  kuitansi: '{seq}/KW/{unit}/{roman_month}/{year}',
};

export { patternProblem };
