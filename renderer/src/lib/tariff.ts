// Query hooks of the tariff (Perki 1/2010 Ps 27-28). The key starts with 'settings' so that
// `settings:changed` refreshes it in every window; the close form reads the same query.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Input } from '../../../shared/ipc/contract';
import { useApi } from '../api';

export const tariffKeys = { tariff: ['settings', 'tariff'] as const };

/** `enabled: false` where a form only sometimes prices a cost (the answer form of other actions). */
export function useTariff(enabled = true) {
  const api = useApi();
  return useQuery({ queryKey: tariffKeys.tariff, queryFn: () => api.invoke('tariff:get', {}), enabled });
}

export function useSaveTariff() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: Input<'tariff:save'> & { version: number }) => api.invoke('tariff:save', input),
    onSuccess: (saved) => queryClient.setQueryData(tariffKeys.tariff, saved),
  });
}

/** Rp15.000 — the Indonesian grouping whatever the UI language (amounts are printed so in letters). */
export const rupiah = (n: number) => `Rp${n.toLocaleString('id-ID')}`;
