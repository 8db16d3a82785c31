// Registration numbers from a configurable pattern, e.g. '{seq}/PPID/{roman_month}/{year}' →
// '007/PPID/III/2026'. Numbers are unique and gap-free per year: the core takes MAX(seq)+1 of the
// year inside the same IMMEDIATE transaction as the insert, and the table has UNIQUE(year, seq).

export const NUMBER_TOKENS = ['seq', 'year', 'roman_month', 'month', 'unit'] as const;
export type NumberToken = (typeof NUMBER_TOKENS)[number];

export const DEFAULT_REQUEST_PATTERN = '{seq}/PPID/{roman_month}/{year}';
export const DEFAULT_OBJECTION_PATTERN = '{seq}/KEB/PPID/{roman_month}/{year}';
export const DEFAULT_SEQ_WIDTH = 3;
export const MAX_SEQ_WIDTH = 8;

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'] as const;

export function romanMonth(month: number): string {
  const roman = ROMAN[month - 1];
  if (!roman) throw new RangeError(`Bulan ${month} tidak ada.`);
  return roman;
}

/** Null when the pattern is usable; otherwise an Indonesian message. */
export function patternProblem(pattern: string): string | null {
  if (pattern.trim() === '') return 'Pola nomor wajib diisi.';
  if (pattern.length > 100) return 'Pola nomor paling banyak 100 karakter.';
  const tokens: string[] = [];
  const rest = pattern.replace(/\{([^{}]*)\}/g, (_m, name: string) => {
    tokens.push(name);
    return '';
  });
  if (/[{}]/.test(rest)) return 'Pola nomor memuat kurung kurawal yang tidak berpasangan.';
  const unknown = tokens.filter((t) => !(NUMBER_TOKENS as readonly string[]).includes(t));
  if (unknown.length > 0) {
    return `Pola nomor memuat penanda yang tidak dikenal: {${unknown[0]}}. Penanda yang boleh: ${NUMBER_TOKENS.map((t) => `{${t}}`).join(', ')}.`;
  }
  // Without {seq} every number of a month would be the same; without {year} the numbers of two
  // years would collide (seq restarts at 1 every year).
  if (!tokens.includes('seq')) return 'Pola nomor wajib memuat {seq} (nomor urut).';
  if (!tokens.includes('year')) return 'Pola nomor wajib memuat {year} (tahun), karena nomor urut dimulai dari 1 setiap tahun.';
  if (tokens.filter((t) => t === 'seq').length > 1) return 'Pola nomor hanya boleh memuat satu {seq}.';
  return null;
}

export interface NumberParts {
  seq: number;
  year: number;
  /** 1-12 */
  month: number;
  unit: string;
}

export function formatNumber(pattern: string, seqWidth: number, parts: NumberParts): string {
  const problem = patternProblem(pattern);
  if (problem) throw new RangeError(problem);
  const values: Record<NumberToken, string> = {
    seq: String(parts.seq).padStart(seqWidth, '0'),
    year: String(parts.year),
    roman_month: romanMonth(parts.month),
    month: String(parts.month).padStart(2, '0'),
    unit: parts.unit,
  };
  return pattern.replace(/\{([a-z_]+)\}/g, (_m, name: NumberToken) => values[name]);
}
