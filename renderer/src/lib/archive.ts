// Query hooks of the archive (DIP). Keys start with 'archive'; the archive:changed event refetches them.
import { useEffect, useState } from 'react';
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Input } from '../../../shared/ipc/contract';
import { useApi } from '../api';

export const archiveKeys = {
  all: ['archive'] as const,
  search: (input: Input<'archive:search'>) => ['archive', 'search', input] as const,
  document: (id: number) => ['archive', 'document', id] as const,
  links: (requestId: number) => ['archive', 'links', requestId] as const,
  reviewsDue: ['archive', 'reviewsDue'] as const,
  runs: ['archive', 'runs'] as const,
  items: (input: Input<'archive:importItems'>) => ['archive', 'items', input] as const,
};

export function useArchiveEvents(): void {
  const api = useApi();
  const queryClient = useQueryClient();
  useEffect(() => api.on('archive:changed', () => void queryClient.invalidateQueries({ queryKey: archiveKeys.all })), [api, queryClient]);
}

export function useArchiveSearch(input: Input<'archive:search'>, enabled = true) {
  const api = useApi();
  return useQuery({ queryKey: archiveKeys.search(input), queryFn: () => api.invoke('archive:search', input), enabled, staleTime: 5_000, placeholderData: (prev) => prev });
}

export function useArchiveDocument(id: number | null) {
  const api = useApi();
  return useQuery({ queryKey: archiveKeys.document(id ?? 0), queryFn: () => api.invoke('archive:get', { id: id! }), enabled: id !== null });
}

/** Exempt documents due for review (overdue or within 14 days of the office's today), for the inbox. */
export function useReviewsDue() {
  const api = useApi();
  return useQuery({ queryKey: archiveKeys.reviewsDue, queryFn: () => api.invoke('archive:reviewsDue', {}), staleTime: 60_000 });
}

export function useUpdateDocument() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: Input<'archive:update'> & { version: number }) => api.invoke('archive:update', input),
    onSuccess: (detail) => {
      queryClient.setQueryData(archiveKeys.document(detail.id), detail);
      void queryClient.invalidateQueries({ queryKey: ['archive', 'search'] });
    },
  });
}

/** The import history: the latest runs (a new run appears when an import ends or archive:changed fires). */
export function useImportRuns() {
  const api = useApi();
  return useQuery({ queryKey: archiveKeys.runs, queryFn: () => api.invoke('archive:importRuns', { limit: 50 }) });
}

/** One run's lines (or all runs'), filtered by verdict, paged by keyset ("Tampilkan lebih banyak"). */
export function useImportItems(input: Omit<Input<'archive:importItems'>, 'cursor'>, enabled: boolean) {
  const api = useApi();
  return useInfiniteQuery({
    queryKey: archiveKeys.items(input),
    queryFn: ({ pageParam }) => api.invoke('archive:importItems', { ...input, ...(pageParam ? { cursor: pageParam } : {}) }),
    initialPageParam: 0,
    getNextPageParam: (last) => (last.hasMore ? last.items.at(-1)?.id : undefined),
    enabled,
    placeholderData: (prev) => prev,
  });
}

/** Withdraws a document; every archive query (search, history, reviews) is stale afterwards. */
export function useWithdrawDocument() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: Input<'archive:withdraw'>) => api.invoke('archive:withdraw', input),
    onSuccess: (result) => {
      queryClient.removeQueries({ queryKey: archiveKeys.document(result.documentId) });
      void queryClient.invalidateQueries({ queryKey: archiveKeys.all });
    },
  });
}

export function useLinkDocuments() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ requestId, documentIds }: { requestId: number; documentIds: number[] }) => {
      for (const documentId of documentIds) await api.invoke('archive:link', { requestId, documentId });
    },
    onSettled: () => void queryClient.invalidateQueries({ queryKey: ['archive', 'links'] }),
  });
}

/** The value after it has stopped changing for `ms`: searching while the officer types. */
export function useDebounced<T>(value: T, ms = 300): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

/** Bytes -> base64 without building one huge argument list (large files would overflow the stack). */
export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  return btoa(binary);
}
