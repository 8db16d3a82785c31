// The kop surat of every letter and statement, built from the saved office profile.
import type { Ctx } from '../context';
import { AppError } from '../errors';
import { getProfile } from '../settings/service';
import { isProfileComplete, type OfficeProfile } from '../../../shared/domain/settings/officeProfile';
import type { Letterhead } from './model';

/**
 * The profile a letter needs, or an error telling the officer to complete Pengaturan first.
 * `what` names the document in that error ('surat', 'Daftar Informasi Publik', ...).
 */
export function requireCompleteProfile(ctx: Ctx, what = 'surat'): OfficeProfile {
  const profile = getProfile(ctx);
  if (!profile || !isProfileComplete(profile)) {
    throw new AppError('precondition', `Profil kantor belum lengkap: isi Pengaturan → Profil kantor (kop surat, PPID, Atasan PPID) sebelum membuat ${what}.`);
  }
  return profile;
}

export function letterheadFromProfile(ctx: Ctx, profile: OfficeProfile): Letterhead {
  const contacts = [
    profile.phone && `Telepon ${profile.phone}`,
    profile.email && `E-mail ${profile.email}`,
    profile.website && `Laman ${profile.website}`,
  ].filter(Boolean);
  const head: Letterhead = { lines: [...profile.instansiLines], address: profile.address, contacts: contacts.join(' · ') };
  if (profile.logo) head.logo = { bytes: new Uint8Array(ctx.blobs.read(profile.logo.sha256)), mime: profile.logo.mimeType };
  return head;
}
