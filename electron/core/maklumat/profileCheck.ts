// What the maklumat pelayanan needs from the office profile, named field by field: the poster is
// pinned up at the desk, so a blank PPID name or a missing contact for complaints must be filled in
// before it is printed, and the officer is told exactly which fields are missing.
import { OfficeProfileInput, type OfficeProfile } from '../../../shared/domain/settings/officeProfile';
import { AppError } from '../errors';

const filled = (value: string) => value.trim() !== '';

/** The fields of Pengaturan › Profil kantor the maklumat prints, with their labels there. */
const REQUIRED: Array<[label: string, present: (p: OfficeProfile) => boolean]> = [
  ['nama instansi', (p) => p.instansiLines.some(filled)],
  ['unit/PPID', (p) => filled(p.unit)],
  ['alamat', (p) => filled(p.address)],
  ['kota (tempat surat)', (p) => filled(p.city)],
  ['nama PPID', (p) => filled(p.ppid.name)],
  ['jabatan PPID', (p) => filled(p.ppid.title)],
  // Objections go to the Atasan PPID (UU KIP Ps 35-36): the maklumat names who that is.
  ['nama Atasan PPID', (p) => filled(p.atasan.name)],
  ['jabatan Atasan PPID', (p) => filled(p.atasan.title)],
  // The complaints section needs a way to reach the PPID besides walking in.
  ['telepon atau e-mail', (p) => filled(p.phone) || filled(p.email)],
];

/** The labels of the missing fields, in the order of the profile form; every label when there is no profile. */
export function missingProfileFields(profile: OfficeProfile | null): string[] {
  return REQUIRED.filter(([, present]) => !profile || !present(profile)).map(([label]) => label);
}

/** The profile, or a precondition error naming what is missing (or what is invalid, e.g. a NIP). */
export function requireMaklumatProfile(profile: OfficeProfile | null): OfficeProfile {
  const missing = missingProfileFields(profile);
  if (missing.length > 0) {
    throw new AppError(
      'precondition',
      `Maklumat pelayanan belum dapat dibuat karena profil kantor belum lengkap. Belum diisi: ${missing.join(', ')}. Lengkapi di Pengaturan → Profil kantor, lalu coba lagi.`,
    );
  }
  const parsed = OfficeProfileInput.safeParse(profile);
  if (!parsed.success) {
    const problems = [...new Set(parsed.error.issues.map((i) => i.message))];
    throw new AppError('precondition', `Maklumat pelayanan belum dapat dibuat karena profil kantor belum benar: ${problems.join(' ')} Perbaiki di Pengaturan → Profil kantor.`);
  }
  return profile!;
}
