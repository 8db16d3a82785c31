// Query hooks of the request lifecycle. Keys start with 'cases' so that the `cases:changed` event
// (see api/useContractEvents) refreshes details, timelines and the inbox at once.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Input } from '../../../../shared/ipc/contract';
import type { RequestDetail } from '../../../../shared/ipc/channels/requests';
import { useApi } from '../../api';
import { casesKeys } from '../../lib/casesKeys';

/** The renderer always names the version it acted on (the CLI may omit it): see forms/conflict.tsx. */
type Versioned<T> = T & { version: number };

export function useRequest(id: number | null) {
  const api = useApi();
  return useQuery({
    queryKey: casesKeys.request(id ?? 0),
    queryFn: () => api.invoke('requests:get', { id: id! }),
    enabled: id !== null,
    staleTime: 5_000,
  });
}

export function useTimeline(id: number) {
  const api = useApi();
  return useQuery({ queryKey: casesKeys.timeline(id), queryFn: () => api.invoke('requests:timeline', { id }), staleTime: 5_000 });
}

/** After any change: the detail is the answer; everything else about cases refetches. */
function useCaseChanged() {
  const queryClient = useQueryClient();
  return (detail: RequestDetail) => {
    queryClient.setQueryData(casesKeys.request(detail.id), detail);
    void queryClient.invalidateQueries({ queryKey: casesKeys.all });
  };
}

export function useCreateRequest() {
  const api = useApi();
  const changed = useCaseChanged();
  return useMutation({
    mutationFn: (input: Input<'requests:create'>) => api.invoke('requests:create', input),
    onSuccess: changed,
  });
}

export function useTransitionRequest() {
  const api = useApi();
  const changed = useCaseChanged();
  return useMutation({
    mutationFn: (input: Versioned<Input<'requests:transition'>>) => api.invoke('requests:transition', input),
    onSuccess: changed,
  });
}

export function useReopenRequest() {
  const api = useApi();
  const changed = useCaseChanged();
  return useMutation({
    mutationFn: (input: Versioned<Input<'requests:reopen'>>) => api.invoke('requests:reopen', input),
    onSuccess: changed,
  });
}

/** Not cached: the full number lives only in the component that asked for it (audited each time, with the reason). */
export function useRevealNik() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: Input<'requests:revealNik'>) => api.invoke('requests:revealNik', input),
    // The reveal is on the case's timeline.
    onSuccess: (_value, input) => void queryClient.invalidateQueries({ queryKey: casesKeys.timeline(input.id) }),
  });
}
