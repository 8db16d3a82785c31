import { describe, expect, it } from 'vitest';
import { maskIdNumber, maskNik, nikProblem, normalizeNik } from '../../../../shared/domain/requests/nik';

describe('NIK', () => {
  it.each([
    ['6472014101900001', 'Samarinda, perempuan lahir 1 Jan 1990'],
    ['6471020505850002', 'Balikpapan, laki-laki lahir 5 Mei 1985'],
    ['3171012902000003', 'Jakarta Pusat, 29 Feb (abad tidak diketahui)'],
    ['9601017112990004', 'Papua Barat Daya, perempuan 31 Des'],
    ['6472013004900005', '30 Apr'],
  ])('accepts %s (%s)', (nik) => {
    expect(nikProblem(nik)).toBeNull();
  });

  it('accepts spaces, dots and dashes as typed from a KTP, and stores the digits', () => {
    expect(nikProblem('6472 0141 0190 0001')).toBeNull();
    expect(normalizeNik('6472.0141-0190 0001')).toBe('6472014101900001');
  });

  it.each([
    ['', 'NIK wajib diisi.'],
    ['64720141019000A1', 'NIK hanya boleh berisi angka.'],
    ['647201410190001', 'NIK harus 16 digit; yang diisi 15 digit.'],
    ['64720141019000011', 'NIK harus 16 digit; yang diisi 17 digit.'],
    ['1072014101900001', 'NIK tidak sah: 2 digit pertama (10) bukan kode provinsi.'],
    ['6400014101900001', 'NIK tidak sah: digit 3-6 harus kode kabupaten/kota dan kecamatan.'],
    ['6472004101900001', 'NIK tidak sah: digit 3-6 harus kode kabupaten/kota dan kecamatan.'],
    ['6472013201900001', 'NIK tidak sah: digit 7-12 harus tanggal lahir (HHBBTT; perempuan: tanggal + 40).'],
    ['6472017201900001', 'NIK tidak sah: digit 7-12 harus tanggal lahir (HHBBTT; perempuan: tanggal + 40).'],
    ['6472010113900001', 'NIK tidak sah: digit 7-12 harus tanggal lahir (HHBBTT; perempuan: tanggal + 40).'],
    ['6472013002900001', 'NIK tidak sah: digit 7-12 harus tanggal lahir (HHBBTT; perempuan: tanggal + 40).'],
    ['6472014101900000', 'NIK tidak sah: 4 digit terakhir tidak boleh 0000.'],
  ])('refuses %j: %s', (nik, message) => {
    expect(nikProblem(nik)).toBe(message);
  });

  it('masks all but the last 4 digits', () => {
    expect(maskNik('6472014101900001')).toBe('************0001');
    expect(maskIdNumber('AHU-0012345.AH.01.04')).toBe('****************1.04');
    expect(maskIdNumber('123')).toBe('***');
  });
});
