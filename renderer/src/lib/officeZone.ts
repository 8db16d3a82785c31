// The office's time zone (WITA in Kaltim) from its profile: every date and time the screens show
// or take is read in it, whatever zone the PC is set to (DOMAIN.md).
import { useOfficeProfile } from './officeProfile';

export const DEFAULT_ZONE = 'Asia/Makassar';

/** The office's zone from its profile (WITA until a profile is saved). */
export function useOfficeZone(): string {
  const profile = useOfficeProfile();
  return profile.data?.timeZone ?? DEFAULT_ZONE;
}
