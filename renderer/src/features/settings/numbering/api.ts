// Query hooks of the registration-number patterns. The key starts with 'settings' so that the
// `settings:changed` event (emitted by numbering:set) refreshes it in every window.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Input } from '../../../../../shared/ipc/contract';
import { useApi } from '../../../api';

export const numberingKeys = { all: ['settings', 'numbering'] as const };

export function useNumbering() {
  const api = useApi();
  return useQuery({ queryKey: numberingKeys.all, queryFn: () => api.invoke('numbering:get', {}) });
}

export function useSetNumbering() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: Input<'numbering:set'>) => api.invoke('numbering:set', input),
    onSuccess: (saved) => queryClient.setQueryData(numberingKeys.all, saved),
  });
}

/** The siaran pers number pattern (Humas), kept beside the registers' patterns. */
const releasePatternKey = ['settings', 'releasePattern'] as const;

export function useReleasePattern() {
  const api = useApi();
  return useQuery({ queryKey: releasePatternKey, queryFn: () => api.invoke('releases:getPattern', {}) });
}

export function useSetReleasePattern() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: Input<'releases:setPattern'>) => api.invoke('releases:setPattern', input),
    onSuccess: (saved) => queryClient.setQueryData(releasePatternKey, saved),
  });
}
