// The fields the maklumat prints, named when missing from a stored profile (one saved before a
// rule existed can lack them), and a profile with an invalid value refused with the form's message.
import { describe, expect, it } from 'vitest';
import { missingProfileFields, requireMaklumatProfile } from '../../../../electron/core/maklumat/profileCheck';
import type { OfficeProfile } from '../../../../shared/domain/settings/officeProfile';
import { validProfile } from '../../../helpers/core';

const stored = (over: Partial<OfficeProfile> = {}): OfficeProfile => ({ ...validProfile, logo: null, updatedAt: null, ...over });

describe('the office profile the maklumat needs', () => {
  it('names each blank field, in the order of the profile form', () => {
    expect(missingProfileFields(stored())).toEqual([]);
    expect(missingProfileFields(stored({ address: ' ', ppid: { name: '', nip: '', title: 'Kepala Dinas' }, email: '' }))).toEqual(['alamat', 'nama PPID']);
    expect(missingProfileFields(stored({ phone: '', email: '' }))).toEqual(['telepon atau e-mail']);
    expect(missingProfileFields(stored({ instansiLines: [''], atasan: { name: 'X', nip: '', title: '' } }))).toEqual(['nama instansi', 'jabatan Atasan PPID']);
  });

  it('refuses an invalid stored value with the profile form message', () => {
    expect(() => requireMaklumatProfile(stored({ ppid: { ...validProfile.ppid, nip: '123' } }))).toThrow(/^Maklumat pelayanan belum dapat dibuat karena profil kantor belum benar: NIP PPID/);
    expect(requireMaklumatProfile(stored()).ppid.name).toBe(validProfile.ppid.name);
  });
});
