// The one signature component: Jabatan PPID without a repeated PPID line, the NIP in groups, a
// decree's "Ditetapkan di / pada tanggal", and the salutation by requester kind.
import { describe, expect, it } from 'vitest';
import { salutation } from '../../../../electron/core/letters/builders/common';
import { NAME_BLANK, atasanSignatureBlock, nipLine, party, ppidSignatureBlock, ppidTitleLines } from '../../../../electron/core/letters/signature';

const ppid = { name: 'Dra. Siti Rahmawati, M.Si.', nip: '197503122000031004', title: 'Kepala Dinas Komunikasi dan Informatika' };

describe('ppidTitleLines', () => {
  it('prints the Jabatan PPID, then the PPID role the unit names', () => {
    expect(ppidTitleLines({ unit: 'PPID Utama', ppid })).toEqual(['Kepala Dinas Komunikasi dan Informatika', 'selaku PPID Utama,']);
    expect(ppidTitleLines({ unit: 'Dinas Kominfo', ppid })).toEqual(['Kepala Dinas Komunikasi dan Informatika', 'selaku PPID Dinas Kominfo,']);
  });

  it('never repeats the role: a jabatan that already names the PPID, or contains the unit, stands alone', () => {
    const lines = ppidTitleLines({ unit: 'PPID Dinas Kominfo', ppid: { ...ppid, title: 'Pejabat Pengelola Informasi dan Dokumentasi Dinas Kominfo' } });
    expect(lines).toEqual(['Pejabat Pengelola Informasi dan Dokumentasi Dinas Kominfo,']);
    expect(ppidTitleLines({ unit: 'Dinas Komunikasi dan Informatika', ppid })).toEqual(['Kepala Dinas Komunikasi dan Informatika,']);
    for (const unit of ['PPID Utama', 'PPID Dinas Kominfo', '']) {
      const text = ppidTitleLines({ unit, ppid }).join(' ');
      expect(text.match(/Pejabat Pengelola Informasi dan Dokumentasi/g) ?? []).toHaveLength(0);
    }
  });
});

describe('signature blocks', () => {
  it('prints the NIP in its groups, and none for a signer without one', () => {
    expect(nipLine('197503122000031004')).toBe('NIP. 19750312 200003 1 004');
    expect(nipLine('')).toBeUndefined();
    expect(ppidSignatureBlock({ unit: 'PPID Utama', ppid }, { place: 'Tenggarong', date: '16 November 2026' })).toEqual({
      type: 'signature',
      placeDate: 'Tenggarong, 16 November 2026',
      titleLines: ['Kepala Dinas Komunikasi dan Informatika', 'selaku PPID Utama,'],
      name: ppid.name,
      nip: 'NIP. 19750312 200003 1 004',
    });
  });

  it('dates a decree "Ditetapkan di / pada tanggal" and not also "Kota, tanggal"', () => {
    const block = ppidSignatureBlock({ unit: 'PPID Utama', ppid }, { place: 'Tenggarong', date: '16 November 2026', decree: true });
    if (block.type !== 'signature') throw new Error('signature expected');
    expect(block.placeDate).toBe('Ditetapkan di Tenggarong');
    expect(block.titleLines[0]).toBe('pada tanggal 16 November 2026');
    expect(JSON.stringify(block)).not.toContain('Tenggarong, 16');
  });

  it('signs the Atasan as "<jabatan> / selaku Atasan PPID," and leaves a line for an unknown name', () => {
    const block = atasanSignatureBlock({ name: 'Dr. H. Sri Wahyuni, M.Si.', nip: '196911011994032006', title: 'Sekretaris Daerah' });
    expect(block).toMatchObject({ titleLines: ['Sekretaris Daerah', 'selaku Atasan PPID,'], nip: 'NIP. 19691101 199403 2 006' });
    expect(party(['Petugas,'], { name: '  ' }).name).toBe(NAME_BLANK);
  });
});

describe('salutation', () => {
  it('addresses a legal entity through its leadership and a person as Sdr.', () => {
    expect(salutation({ name: 'Yayasan Lembaga Bantuan Hukum Mahakam', idType: 'badan_hukum' })).toBe('Yth. Pimpinan Yayasan Lembaga Bantuan Hukum Mahakam');
    expect(salutation({ name: 'Ketua Perkumpulan Jurnalis Kukar', idType: 'badan_hukum' })).toBe('Yth. Ketua Perkumpulan Jurnalis Kukar');
    expect(salutation({ name: 'Siti Aminah', idType: 'nik' })).toBe('Yth. Sdr. Siti Aminah');
  });
});
