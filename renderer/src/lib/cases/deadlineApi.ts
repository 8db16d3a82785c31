// How a case's deadline was counted (deadline:explain): the panel shown in request and objection panes.
import { useQuery } from '@tanstack/react-query';
import type { KipKind as InboxKind } from '../../../../shared/ipc/channels/inbox';
import { useApi } from '../../api';
import { casesKeys } from '../casesKeys';

export function useDeadlineExplanation(kind: InboxKind, id: number) {
  const api = useApi();
  return useQuery({
    queryKey: casesKeys.deadline(kind, id),
    queryFn: () => api.invoke('deadline:explain', { kind, id }),
    staleTime: 5_000,
  });
}
