// Query hooks of Pengaturan › Cadangan. Keys start with 'backup'; `backup:changed` (a backup made
// by hand or automatically, a folder change) refetches them, so Kotak Masuk's reminder goes away
// as soon as the automatic backup of the day is done.
import { useEffect, useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Input } from '../../../../../shared/ipc/contract';
import type { EventPayload } from '../../../../../shared/ipc/events';
import { useApi } from '../../../api';

export const backupKeys = {
  all: ['backup'] as const,
  list: ['backup', 'list'] as const,
  status: ['backup', 'status'] as const,
};

export function useBackupEvents(): void {
  const api = useApi();
  const queryClient = useQueryClient();
  useEffect(() => api.on('backup:changed', () => void queryClient.invalidateQueries({ queryKey: backupKeys.all })), [api, queryClient]);
}

export function useBackupList() {
  const api = useApi();
  return useQuery({ queryKey: backupKeys.list, queryFn: () => api.invoke('backup:list', {}) });
}

export function useBackupStatus() {
  const api = useApi();
  return useQuery({ queryKey: backupKeys.status, queryFn: () => api.invoke('backup:status', {}) });
}

/** The progress of the backup being made (null when none runs), from `backup:progress`. */
export function useBackupProgress(active: boolean): EventPayload<'backup:progress'> | null {
  const api = useApi();
  const [progress, setProgress] = useState<EventPayload<'backup:progress'> | null>(null);
  useEffect(() => {
    if (!active) {
      setProgress(null);
      return undefined;
    }
    return api.on('backup:progress', setProgress);
  }, [api, active]);
  return progress;
}

export function useCreateBackup() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.invoke('backup:create', {}),
    onSettled: () => queryClient.invalidateQueries({ queryKey: backupKeys.all }),
  });
}

export function useSetBackupFolder() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: Input<'backup:setFolder'>) => api.invoke('backup:setFolder', input),
    onSettled: () => queryClient.invalidateQueries({ queryKey: backupKeys.all }),
  });
}

export function useRestoreBackup() {
  const api = useApi();
  return useMutation({ mutationFn: (input: Input<'backup:restore'>) => api.invoke('backup:restore', input) });
}
