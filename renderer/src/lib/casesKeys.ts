// Query keys of the cases (requests, objections, disputes and the inbox). They all start with
// 'cases' so that the `cases:changed` event (api/useContractEvents) refreshes them at once.
import type { KipKind as InboxKind } from '../../../shared/ipc/channels/inbox';

export const casesKeys = {
  all: ['cases'] as const,
  inbox: (filters: unknown) => ['cases', 'inbox', filters] as const,
  request: (id: number) => ['cases', 'request', id] as const,
  timeline: (id: number) => ['cases', 'timeline', id] as const,
  deadline: (kind: InboxKind, id: number) => ['cases', 'deadline', kind, id] as const,
  objection: (id: number) => ['cases', 'objection', id] as const,
  dispute: (id: number) => ['cases', 'dispute', id] as const,
};
