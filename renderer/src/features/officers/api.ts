// Query hooks of officer accounts and the audit log (issue 14). Keys start with 'settings' so
// that `settings:changed` (key 'officers') refreshes them in every window.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Input } from '../../../../shared/ipc/contract';
import { useApi } from '../../api';

export const officerKeys = {
  list: ['settings', 'officers'] as const,
  audit: (input: Input<'audit:list'>) => ['settings', 'audit', input] as const,
};

export function useOfficers(enabled = true) {
  const api = useApi();
  return useQuery({ queryKey: officerKeys.list, queryFn: () => api.invoke('officers:list', {}), enabled });
}

function useOfficerMutation<C extends 'officers:add' | 'officers:update' | 'officers:setActive' | 'officers:resetPassword'>(channel: C) {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: Input<C>) => api.invoke(channel, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: officerKeys.list }),
  });
}

export const useAddOfficer = () => useOfficerMutation('officers:add');
export const useUpdateOfficer = () => useOfficerMutation('officers:update');
export const useSetOfficerActive = () => useOfficerMutation('officers:setActive');
export const useResetPassword = () => useOfficerMutation('officers:resetPassword');

export function useAuditList(input: Input<'audit:list'>) {
  const api = useApi();
  return useQuery({ queryKey: officerKeys.audit(input), queryFn: () => api.invoke('audit:list', input) });
}

export function useAuditExport() {
  const api = useApi();
  return useMutation({ mutationFn: (input: Input<'audit:export'>) => api.invoke('audit:export', input) });
}
