// NIP (Nomor Induk Pegawai) of a civil servant: 18 digits (PP 11/2017 jo. Perka BKN):
// 8 digits date of birth (YYYYMMDD), 6 digits TMT CPNS (YYYYMM), 1 digit sex (1/2), 3 digits serial.
// PPPK numbers use the same 18-digit layout. Officers type them with spaces ("19800101 200501 1 001").

export function normalizeNip(raw: string): string {
  return raw.replace(/[\s.-]/g, '');
}

/** Returns an Indonesian message when the NIP is wrong, or null when it is a plausible NIP. */
export function nipProblem(raw: string): string | null {
  const nip = normalizeNip(raw);
  if (!/^\d+$/.test(nip)) return 'NIP hanya boleh berisi angka (spasi boleh).';
  if (nip.length !== 18) return `NIP harus 18 digit; yang diisi ${nip.length} digit.`;
  const year = Number(nip.slice(0, 4));
  const month = Number(nip.slice(4, 6));
  const day = Number(nip.slice(6, 8));
  if (!isCalendarDate(year, month, day) || year < 1930) {
    return 'NIP tidak sah: 8 digit pertama harus tanggal lahir (TTTTBBHH).';
  }
  const tmtYear = Number(nip.slice(8, 12));
  const tmtMonth = Number(nip.slice(12, 14));
  if (tmtYear < year || tmtMonth < 1 || tmtMonth > 12) {
    return 'NIP tidak sah: digit 9–14 harus tahun dan bulan TMT (TTTTBB).';
  }
  const sex = nip[14];
  if (sex !== '1' && sex !== '2') return 'NIP tidak sah: digit ke-15 harus 1 atau 2.';
  return null;
}

function isCalendarDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const daysInMonth = [31, isLeap(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return day <= (daysInMonth[month - 1] ?? 0);
}

function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/**
 * '197503122000031004' → '19750312 200003 1 004': the NIP as it is printed under a signature and in
 * registers, in its four groups (date of birth, TMT CPNS, sex, serial). Anything that is not an
 * 18-digit NIP is returned as typed (trimmed), so an odd stored value is still shown, never lost.
 */
export function formatNip(raw: string): string {
  const nip = normalizeNip(raw);
  if (!/^\d{18}$/.test(nip)) return raw.trim();
  return `${nip.slice(0, 8)} ${nip.slice(8, 14)} ${nip.slice(14, 15)} ${nip.slice(15)}`;
}
