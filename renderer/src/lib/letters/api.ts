// Query hooks of letters and registers. Letter keys start with 'cases' so that `cases:changed`
// (a letter issued is a case event) refreshes them with the timeline.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Input } from '../../../../shared/ipc/contract';
import type { CaseKind } from '../../../../shared/domain/letters';
import { useApi } from '../../api';
import { casesKeys } from '../casesKeys';

export const lettersKeys = {
  available: (kind: CaseKind, id: number) => ['cases', 'letters', 'available', kind, id] as const,
  list: (kind: CaseKind, id: number) => ['cases', 'letters', 'list', kind, id] as const,
  patterns: ['settings', 'letterPatterns'] as const,
};

export function useLetterOptions(caseKind: CaseKind, caseId: number) {
  const api = useApi();
  return useQuery({ queryKey: lettersKeys.available(caseKind, caseId), queryFn: () => api.invoke('letters:available', { caseKind, caseId }), staleTime: 5_000 });
}

export function useLetters(caseKind: CaseKind, caseId: number) {
  const api = useApi();
  return useQuery({ queryKey: lettersKeys.list(caseKind, caseId), queryFn: () => api.invoke('letters:list', { caseKind, caseId }), staleTime: 5_000 });
}

export function useIssueLetter() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: Input<'letters:issue'>) => api.invoke('letters:issue', input),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: casesKeys.all }),
  });
}

export function useLetterPatterns() {
  const api = useApi();
  return useQuery({ queryKey: lettersKeys.patterns, queryFn: () => api.invoke('letters:patterns', {}) });
}

export function useSetLetterPatterns() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: Input<'letters:setPatterns'>) => api.invoke('letters:setPatterns', input),
    onSuccess: (value) => queryClient.setQueryData(lettersKeys.patterns, value),
  });
}
