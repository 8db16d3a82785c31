// The inbox as an infinite query over the keyset cursor of `inbox:list`.
import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import type { InboxFilters } from '../../../../shared/ipc/channels/inbox';
import { useApi } from '../../api';
import { casesKeys } from '../casesKeys';

export const INBOX_PAGE_SIZE = 100;

export function useInbox(filters: InboxFilters) {
  const api = useApi();
  return useInfiniteQuery({
    queryKey: casesKeys.inbox(filters),
    queryFn: ({ pageParam }) =>
      api.invoke('inbox:list', { limit: INBOX_PAGE_SIZE, filters, ...(pageParam ? { cursor: pageParam } : {}) }),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor,
    staleTime: 10_000,
    // A new filter keeps the old rows on screen until its first page arrives: no flicker.
    placeholderData: keepPreviousData,
  });
}
