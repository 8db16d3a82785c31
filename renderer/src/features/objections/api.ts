// Query hooks of objections (keberatan) and disputes (sengketa). Keys start with 'cases' so that
// the `cases:changed` event refreshes them together with the inbox (see api/useContractEvents).
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Input } from '../../../../shared/ipc/contract';
import { useApi } from '../../api';
import { casesKeys } from '../../lib/casesKeys';

export const objectionKeys = { objection: casesKeys.objection, dispute: casesKeys.dispute };

export function useObjection(id: number) {
  const api = useApi();
  return useQuery({ queryKey: objectionKeys.objection(id), queryFn: () => api.invoke('objections:get', { id }), staleTime: 5_000 });
}

export function useDispute(id: number) {
  const api = useApi();
  return useQuery({ queryKey: objectionKeys.dispute(id), queryFn: () => api.invoke('disputes:get', { id }), staleTime: 5_000 });
}

/** After any change: the answer is the detail; everything else about cases refetches. */
function useChanged() {
  const queryClient = useQueryClient();
  return (key: readonly unknown[], detail: unknown) => {
    queryClient.setQueryData(key, detail);
    void queryClient.invalidateQueries({ queryKey: casesKeys.all });
  };
}

export function useDecideObjection() {
  const api = useApi();
  const changed = useChanged();
  return useMutation({
    mutationFn: (input: Input<'objections:decide'> & { version: number }) => api.invoke('objections:decide', input),
    onSuccess: (detail) => changed(objectionKeys.objection(detail.id), detail),
  });
}

export function useWithdrawObjection() {
  const api = useApi();
  const changed = useChanged();
  return useMutation({
    mutationFn: (input: Input<'objections:withdraw'> & { version: number }) => api.invoke('objections:withdraw', input),
    onSuccess: (detail) => changed(objectionKeys.objection(detail.id), detail),
  });
}

export function useRecordRequesterReply() {
  const api = useApi();
  const changed = useChanged();
  return useMutation({
    mutationFn: (input: Input<'objections:recordReply'> & { version: number }) => api.invoke('objections:recordReply', input),
    onSuccess: (detail) => changed(objectionKeys.objection(detail.id), detail),
  });
}

export function useCreateDispute() {
  const api = useApi();
  const changed = useChanged();
  return useMutation({
    mutationFn: (input: Input<'disputes:create'>) => api.invoke('disputes:create', input),
    onSuccess: (detail) => changed(objectionKeys.dispute(detail.id), detail),
  });
}

export function useUpdateDispute() {
  const api = useApi();
  const changed = useChanged();
  return useMutation({
    mutationFn: (input: Input<'disputes:update'> & { version: number }) => api.invoke('disputes:update', input),
    onSuccess: (detail) => changed(objectionKeys.dispute(detail.id), detail),
  });
}

/** UU KIP Ps 36(2): the release ordered by a granted answer was carried out (objection without a request). */
export function useMarkReleased() {
  const api = useApi();
  const changed = useChanged();
  return useMutation({
    mutationFn: (input: Input<'objections:markReleased'>) => api.invoke('objections:markReleased', input),
    onSuccess: (detail) => changed(objectionKeys.objection(detail.id), detail),
  });
}
