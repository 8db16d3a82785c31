// The officer at this desk (app:officer): the name the history and the audit log record.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useApi } from '../api';

// Under 'settings' so that the settings:changed event refreshes it (api/useContractEvents).
export const officerKey = ['settings', 'officer'] as const;

export function useOfficer() {
  const api = useApi();
  return useQuery({ queryKey: officerKey, queryFn: () => api.invoke('app:officer', {}) });
}

export function useSetOfficer() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (name: string) => api.invoke('app:setOfficer', { name }),
    onSuccess: (officer) => queryClient.setQueryData(officerKey, officer),
  });
}

/**
 * Who did it, as the history shows it: the recorded name; an entry recorded under the computer
 * account (before a name was set) says so instead of a bare "root".
 */
export function useActorLabel(): (actor: string) => string {
  const { t } = useTranslation();
  const account = useOfficer().data?.account;
  return (actor) => (account !== undefined && actor === account ? t('forms.officer.account', { account }) : actor);
}
