// The saved screen language (settings:getUi / setUi): read by the shell's language switch.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Input } from '../../../shared/ipc/contract';
import type { UiPreferences } from '../../../shared/ipc/channels/settings';
import { useApi } from '../api';
import { settingsKeys } from './officeProfile';

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
