// Query hooks of the newsroom (klarifikasi, narasi). Keys start with 'newsroom', refreshed by the
// `newsroom:changed` event; crisis clocks also sit in the inbox.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Channel, Input } from '../../../../shared/ipc/contract';
import { useApi } from '../../api';
import { formatTanggal } from '../../../../shared/domain/calendar/format';
import { localParts } from '../../lib/officeTime';
import { useOfficeZone } from '../../lib/officeZone';

export const newsroomKeys = {
  all: ['newsroom'] as const,
  clarifications: (search: string) => ['newsroom', 'clarifications', search] as const,
  clarification: (id: number) => ['newsroom', 'clarification', id] as const,
  crises: ['newsroom', 'crises'] as const,
  narasi: (search: string) => ['newsroom', 'narasi', search] as const,
  officeKey: ['newsroom', 'officeKey'] as const,
  trusted: ['newsroom', 'trusted'] as const,
  settings: ['settings', 'crisis'] as const,
};

export function useClarifications(search: string) {
  const api = useApi();
  return useQuery({ queryKey: newsroomKeys.clarifications(search), queryFn: () => api.invoke('clarifications:list', { search }) });
}

export function useClarification(id: number | null) {
  const api = useApi();
  return useQuery({ queryKey: newsroomKeys.clarification(id ?? 0), queryFn: () => api.invoke('clarifications:get', { id: id! }), enabled: id !== null });
}

/** Open crises with their holding-statement clocks; refetched every minute so the clock moves. */
export function useOpenCrises() {
  const api = useApi();
  return useQuery({ queryKey: newsroomKeys.crises, queryFn: () => api.invoke('clarifications:crises', {}), refetchInterval: 60_000 });
}

export function useNarasiList(search: string) {
  const api = useApi();
  return useQuery({ queryKey: newsroomKeys.narasi(search), queryFn: () => api.invoke('narasi:list', { search }) });
}

export function useOfficeKey() {
  const api = useApi();
  return useQuery({ queryKey: newsroomKeys.officeKey, queryFn: () => api.invoke('narasi:officeKey', {}), staleTime: Infinity });
}

export function useTrustedKeys() {
  const api = useApi();
  return useQuery({ queryKey: newsroomKeys.trusted, queryFn: () => api.invoke('narasi:trustedKeys', {}) });
}

export function useCrisisSettings() {
  const api = useApi();
  return useQuery({ queryKey: newsroomKeys.settings, queryFn: () => api.invoke('clarifications:settings', {}) });
}

type Write =
  | 'clarifications:create'
  | 'clarifications:openCrisis'
  | 'clarifications:holding'
  | 'clarifications:step'
  | 'clarifications:saveSettings'
  | 'narasi:create'
  | 'narasi:approve'
  | 'narasi:importBundle'
  | 'narasi:trustKey';

/** One mutation per write channel; on success every newsroom query (and the inbox) refetches. */
export function useNewsroomCall<C extends Write & Channel>(channel: C) {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: Input<C>) => api.invoke(channel, input),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: newsroomKeys.all });
      void queryClient.invalidateQueries({ queryKey: ['settings'] });
    },
  });
}

/** "2 Desember 2026 10.00" in the office zone. */
export function useWhen() {
  const zone = useOfficeZone();
  return (iso: string | null | undefined) => {
    if (!iso) return '—';
    const p = localParts(iso, zone);
    return `${formatTanggal(p.date)} ${p.time}`;
  };
}
