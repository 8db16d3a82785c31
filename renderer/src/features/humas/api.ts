// Query hooks of the Humas page. Keys start with 'humas'; `newsroom:changed` refetches them.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Channel, Input } from '../../../../shared/ipc/contract';
import { useApi } from '../../api';

export const humasKeys = {
  all: ['humas'] as const,
  releases: ['humas', 'releases'] as const,
  release: (id: number) => ['humas', 'release', id] as const,
  issues: ['humas', 'issues'] as const,
  issue: (id: number) => ['humas', 'issue', id] as const,
  linkable: (kind: string) => ['humas', 'linkable', kind] as const,
  posts: ['humas', 'posts'] as const,
  calendar: (from: string, to: string) => ['humas', 'calendar', from, to] as const,
};

export function useReleases() {
  const api = useApi();
  return useQuery({ queryKey: humasKeys.releases, queryFn: () => api.invoke('releases:list', {}) });
}

export function useRelease(id: number | null) {
  const api = useApi();
  return useQuery({ queryKey: humasKeys.release(id ?? 0), queryFn: () => api.invoke('releases:get', { id: id! }), enabled: id !== null });
}

export function useIssues() {
  const api = useApi();
  return useQuery({ queryKey: humasKeys.issues, queryFn: () => api.invoke('issues:list', {}) });
}

export function useIssue(id: number) {
  const api = useApi();
  return useQuery({ queryKey: humasKeys.issue(id), queryFn: () => api.invoke('issues:get', { id }) });
}

export type LinkKind = 'inquiry' | 'release' | 'clarification';

/** What an Isu can be linked to, as picker options: number and title, newest first. */
export function useLinkable(kind: LinkKind) {
  const api = useApi();
  return useQuery({
    queryKey: humasKeys.linkable(kind),
    queryFn: async (): Promise<Array<{ id: number; number: string; title: string }>> => {
      if (kind === 'inquiry') return (await api.invoke('inquiries:list', { limit: 200 })).map((i) => ({ id: i.id, number: i.number, title: i.topic }));
      if (kind === 'release') return (await api.invoke('releases:list', {})).map((r) => ({ id: r.id, number: r.number, title: r.title }));
      return (await api.invoke('clarifications:list', {})).map((c) => ({ id: c.id, number: c.number, title: c.title }));
    },
  });
}

export function usePosts() {
  const api = useApi();
  return useQuery({ queryKey: humasKeys.posts, queryFn: () => api.invoke('posts:list', {}) });
}

export function useCalendar(from: string, to: string) {
  const api = useApi();
  return useQuery({ queryKey: humasKeys.calendar(from, to), queryFn: () => api.invoke('contentCalendar:list', { from, to }) });
}

type Mutating =
  | 'releases:create'
  | 'releases:update'
  | 'releases:transition'
  | 'releases:addLink'
  | 'issues:create'
  | 'issues:move'
  | 'issues:link'
  | 'posts:save'
  | 'contentCalendar:save';

/** One mutation hook per channel: on success every Humas list refetches. */
export function useHumasCall<C extends Mutating & Channel>(channel: C) {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: Input<C>) => api.invoke(channel, input),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: humasKeys.all }),
  });
}
