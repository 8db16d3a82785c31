// The registers as an infinite query over the keyset cursor of `cases:register`. Under the
// 'cases' key, so every change to a case (which invalidates 'cases') refreshes the register too.
import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import type { RegisterFilters, CaseRegisterKind } from '../../../../shared/ipc/channels/cases';
import { useApi } from '../../api';

export const REGISTER_PAGE_SIZE = 100;

export const registerKey = (kind: CaseRegisterKind, filters: RegisterFilters) => ['cases', 'register', kind, filters] as const;

export function useRegister(kind: CaseRegisterKind, filters: RegisterFilters) {
  const api = useApi();
  return useInfiniteQuery({
    queryKey: registerKey(kind, filters),
    queryFn: ({ pageParam }) => api.invoke('cases:register', { kind, filters, limit: REGISTER_PAGE_SIZE, ...(pageParam ? { cursor: pageParam } : {}) }),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor,
    staleTime: 10_000,
    placeholderData: keepPreviousData,
  });
}
