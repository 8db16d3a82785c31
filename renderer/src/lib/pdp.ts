// Query hooks of personal data (UU 27/2022): retention, anonymisation and a requester's export.
// The retention key starts with 'settings' so that `settings:changed` refreshes it in every window.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Input } from '../../../shared/ipc/contract';
import { useApi } from '../api';

export const pdpKeys = { retention: ['settings', 'pdp', 'retention'] as const };

export function useRetention() {
  const api = useApi();
  return useQuery({ queryKey: pdpKeys.retention, queryFn: () => api.invoke('pdp:retention', {}) });
}

export function useSetRetention() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: Input<'pdp:setRetention'>) => api.invoke('pdp:setRetention', input),
    onSuccess: (saved) => queryClient.setQueryData(pdpKeys.retention, saved),
  });
}

/** A dry run (the default) or the real thing; after a real run every case view refetches. */
export function useAnonymise() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: Input<'pdp:anonymise'>) => api.invoke('pdp:anonymise', input),
    onSuccess: (report) => {
      if (!report.dryRun) void queryClient.invalidateQueries({ queryKey: ['cases'] });
    },
  });
}

export function useExportSubject() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: Input<'pdp:export'>) => api.invoke('pdp:export', input),
    // The export is noted on each request's timeline.
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['cases', 'timeline'] }),
  });
}
