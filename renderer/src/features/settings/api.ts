// Query hooks of the settings feature. Keys start with 'settings' so that the
// `settings:changed` event invalidates all of them at once (see api/useContractEvents).
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Input } from '../../../../shared/ipc/contract';
import type { UiPreferences } from '../../../../shared/ipc/channels/settings';
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

export function useUiPreferences() {
  const api = useApi();
  return useQuery({ queryKey: settingsKeys.ui, queryFn: () => api.invoke('settings:getUi', {}) });
}

export function useSetUiPreferences() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: Input<'settings:setUi'>) => api.invoke('settings:setUi', input),
    // Optimistic: the switch acts at once. A getUi still in flight (e.g. at start-up) is cancelled,
    // or its older answer would land after the click and switch the language back.
    onMutate: async (input) => {
      await queryClient.cancelQueries({ queryKey: settingsKeys.ui });
      const previous = queryClient.getQueryData<UiPreferences>(settingsKeys.ui);
      queryClient.setQueryData(settingsKeys.ui, input);
      return { previous };
    },
    onError: (_error, _input, context) => {
      if (context?.previous) queryClient.setQueryData(settingsKeys.ui, context.previous);
      else void queryClient.invalidateQueries({ queryKey: settingsKeys.ui });
    },
    onSuccess: (prefs) => queryClient.setQueryData(settingsKeys.ui, prefs),
  });
}
