// Query hooks of the media desk. Inquiry keys start with 'cases' so that `cases:changed` (kind
// 'inquiry') refreshes them together with the inbox; directory and library keys with 'media'.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Input } from '../../../shared/ipc/contract';
import { useApi } from '../api';
import { casesKeys } from './casesKeys';

export const mediaKeys = {
  inquiry: (id: number) => ['cases', 'inquiry', id] as const,
  draft: (id: number) => ['cases', 'inquiry', id, 'draft'] as const,
  forRequest: (requestId: number) => ['cases', 'inquiry', 'forRequest', requestId] as const,
  journalists: (search: string) => ['media', 'journalists', search] as const,
  statements: (search: string) => ['media', 'statements', search] as const,
  all: ['media'] as const,
};

export function useInquiry(id: number) {
  const api = useApi();
  return useQuery({ queryKey: mediaKeys.inquiry(id), queryFn: () => api.invoke('inquiries:get', { id }), staleTime: 5_000 });
}

/** The press inquiry a request was converted from (null for most requests). */
export function useInquiryForRequest(requestId: number) {
  const api = useApi();
  return useQuery({ queryKey: mediaKeys.forRequest(requestId), queryFn: () => api.invoke('inquiries:forRequest', { requestId }), staleTime: 60_000 });
}

export function useJournalists(search: string) {
  const api = useApi();
  return useQuery({ queryKey: mediaKeys.journalists(search), queryFn: () => api.invoke('media:journalists', { search }) });
}

export function useStatements(search: string) {
  const api = useApi();
  return useQuery({ queryKey: mediaKeys.statements(search), queryFn: () => api.invoke('media:statements', { search }) });
}

function useRefresh() {
  const queryClient = useQueryClient();
  return () => {
    void queryClient.invalidateQueries({ queryKey: casesKeys.all });
    void queryClient.invalidateQueries({ queryKey: mediaKeys.all });
  };
}

/** One mutation hook per channel: on success the cases and the media lists refetch. */
function useCall<C extends 'inquiries:create' | 'inquiries:move' | 'inquiries:addCoverage' | 'inquiries:addPressRight' | 'inquiries:convert' | 'media:saveJournalist' | 'media:saveStatement'>(channel: C) {
  const api = useApi();
  const refresh = useRefresh();
  return useMutation({ mutationFn: (input: Input<C>) => api.invoke(channel, input), onSuccess: refresh });
}

export const useCreateInquiry = () => useCall('inquiries:create');
/** The renderer always names the version it acted on (forms/conflict.tsx). */
export function useMoveInquiry() {
  const api = useApi();
  const refresh = useRefresh();
  return useMutation({ mutationFn: (input: Input<'inquiries:move'> & { version: number }) => api.invoke('inquiries:move', input), onSuccess: refresh });
}
export const useAddCoverage = () => useCall('inquiries:addCoverage');
export const useAddPressRight = () => useCall('inquiries:addPressRight');
export const useConvertInquiry = () => useCall('inquiries:convert');
export const useSaveJournalist = () => useCall('media:saveJournalist');
export const useSaveStatement = () => useCall('media:saveStatement');

export function useInquiryHours() {
  const api = useApi();
  return useQuery({ queryKey: ['settings', 'inquiryHours'] as const, queryFn: () => api.invoke('media:getHours', {}) });
}

export function useSetInquiryHours() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: Input<'media:setHours'>) => api.invoke('media:setHours', input),
    onSuccess: (saved) => queryClient.setQueryData(['settings', 'inquiryHours'], saved),
  });
}
