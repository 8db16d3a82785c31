// The office profile query, read across features (the zone, the letterhead, the city of a
// dateline). Keys start with 'settings' so that the `settings:changed` event invalidates them all.
import { useQuery } from '@tanstack/react-query';
import { useApi } from '../api';

export const settingsKeys = {
  all: ['settings'] as const,
  profile: ['settings', 'profile'] as const,
  logo: ['settings', 'logo'] as const,
  ui: ['settings', 'ui'] as const,
};

export function useOfficeProfile() {
  const api = useApi();
  return useQuery({ queryKey: settingsKeys.profile, queryFn: () => api.invoke('settings:getProfile', {}) });
}
