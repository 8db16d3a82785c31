// NIK (Nomor Induk Kependudukan), the 16-digit number on the KTP (UU 24/2013 Adminduk;
// Permendagri on NIK): digits 1-2 province, 3-4 regency/city, 5-6 district, 7-12 date of birth
// DDMMYY (women: day + 40), 13-16 serial. A NIK is personal data (UU 27/2022 PDP): lists and
// exports show only the last 4 digits, and every reveal is audited.

/** Province codes of Kemendagri (Permendagri No. 72 Tahun 2019 and the 2022 Papua provinces). */
export const PROVINCE_CODES: ReadonlySet<string> = new Set([
  '11', '12', '13', '14', '15', '16', '17', '18', '19', '21',
  '31', '32', '33', '34', '35', '36',
  '51', '52', '53',
  '61', '62', '63', '64', '65',
  '71', '72', '73', '74', '75', '76',
  '81', '82',
  '91', '92', '93', '94', '95', '96',
]);

/** Officers copy NIKs with spaces, dots or dashes ("6472 0101 8001 0001"). */
export function normalizeNik(raw: string): string {
  return raw.replace(/[\s.-]/g, '');
}

/** An Indonesian message when the NIK is not plausible, or null. */
export function nikProblem(raw: string): string | null {
  const nik = normalizeNik(raw);
  if (nik === '') return 'NIK wajib diisi.';
  if (!/^\d+$/.test(nik)) return 'NIK hanya boleh berisi angka.';
  if (nik.length !== 16) return `NIK harus 16 digit; yang diisi ${nik.length} digit.`;
  if (!PROVINCE_CODES.has(nik.slice(0, 2))) {
    return `NIK tidak sah: 2 digit pertama (${nik.slice(0, 2)}) bukan kode provinsi.`;
  }
  if (nik.slice(2, 4) === '00' || nik.slice(4, 6) === '00') {
    return 'NIK tidak sah: digit 3-6 harus kode kabupaten/kota dan kecamatan.';
  }
  const rawDay = Number(nik.slice(6, 8));
  const day = rawDay > 40 ? rawDay - 40 : rawDay; // women: day of birth + 40
  const month = Number(nik.slice(8, 10));
  if (month < 1 || month > 12 || day < 1 || day > DAYS_IN_MONTH[month - 1]!) {
    return 'NIK tidak sah: digit 7-12 harus tanggal lahir (HHBBTT; perempuan: tanggal + 40).';
  }
  if (nik.slice(12) === '0000') return 'NIK tidak sah: 4 digit terakhir tidak boleh 0000.';
  return null;
}

// February 29 is allowed: the two-digit year does not say which century.
const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** '6472010180010001' → '************0001'. Keeps the length; shows the last 4 characters. */
export function maskNik(nik: string): string {
  return maskIdNumber(nik);
}

/**
 * An erased NIK (retention ended, UU 27/2022 PDP). Migration 002 requires 16 digits for a NIK, and
 * SQLite cannot relax that CHECK without rebuilding the table; province code 00 does not exist, so
 * nikProblem refuses this at intake and it can only mean "erased".
 */
export const ERASED_NIK = '0000000000000000';
/** An erased identity number of any type, as shown. */
export const ERASED_ID = '[dihapus]';

export function isErasedIdNumber(value: string): boolean {
  return value === ERASED_NIK || value === ERASED_ID;
}

/** Any identity number, masked the same way (a deed number for a legal entity as well). */
export function maskIdNumber(value: string): string {
  if (isErasedIdNumber(value)) return ERASED_ID;
  const visible = value.length > 4 ? value.slice(-4) : '';
  return '*'.repeat(value.length - visible.length) + visible;
}
