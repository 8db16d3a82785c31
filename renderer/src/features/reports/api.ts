// Laporan's queries. Under the 'cases' key: every change to a case invalidates 'cases', so the
// dashboard and an open drill-down recount when a request is answered elsewhere.
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Input } from '../../../../shared/ipc/contract';
import { useApi } from '../../api';

export const figuresKey = (period: string) => ['cases', 'reports', 'figures', period] as const;
export const casesKey = (period: string, figure: string) => ['cases', 'reports', 'cases', period, figure] as const;
export const narrativeKey = (year: number) => ['reports', 'narrative', year] as const;

/** How many cases a drill-down lists (the contract's maximum is 1000). */
export const DRILL_LIMIT = 500;

export function useFigures(period: string | null) {
  const api = useApi();
  return useQuery({
    queryKey: figuresKey(period ?? ''),
    queryFn: () => api.invoke('reports:figures', { period: period! }),
    enabled: period !== null,
    staleTime: 10_000,
    placeholderData: keepPreviousData,
  });
}

export function useFigureCases(period: string, figure: string | null) {
  const api = useApi();
  return useQuery({
    queryKey: casesKey(period, figure ?? ''),
    queryFn: () => api.invoke('reports:cases', { period, figure: figure!, limit: DRILL_LIMIT }),
    enabled: figure !== null,
    staleTime: 10_000,
  });
}

export function useNarrative(year: number) {
  const api = useApi();
  return useQuery({ queryKey: narrativeKey(year), queryFn: () => api.invoke('reports:getNarrative', { year }) });
}

export function useSaveNarrative() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: Input<'reports:saveNarrative'>) => api.invoke('reports:saveNarrative', input),
    onSuccess: (view) => queryClient.setQueryData(narrativeKey(view.year), view),
  });
}

export function useExportReport() {
  const api = useApi();
  return useMutation({ mutationFn: (input: Input<'reports:export'>) => api.invoke('reports:export', input) });
}
