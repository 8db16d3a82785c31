// Query hooks of the settings feature. Keys start with 'settings' so that the
// `settings:changed` event invalidates all of them at once (see api/useContractEvents).
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Input } from '../../../../shared/ipc/contract';
import { useApi } from '../../api';
import { settingsKeys } from '../../lib/officeProfile';

export function useSaveOfficeProfile() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: Input<'settings:saveProfile'> & { version: number }) => api.invoke('settings:saveProfile', input),
    onSuccess: (profile) => queryClient.setQueryData(settingsKeys.profile, profile),
  });
}

export function useLogo() {
  const api = useApi();
  return useQuery({ queryKey: settingsKeys.logo, queryFn: () => api.invoke('settings:getLogo', {}) });
}

export function useSetLogo() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: Input<'settings:setLogo'>) => api.invoke('settings:setLogo', input),
    // The profile carries the logo's metadata too.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: settingsKeys.all }),
  });
}

export function useRemoveLogo() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.invoke('settings:removeLogo', {}),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: settingsKeys.all }),
  });
}
