// Filing an objection (objections:create): from a request's pane and from Keberatan, so it lives
// with the objection form in the shared case parts, not in either feature.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Input } from '../../../../shared/ipc/contract';
import { useApi } from '../../api';
import { casesKeys } from '../casesKeys';

export function useCreateObjection() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: Input<'objections:create'>) => api.invoke('objections:create', input),
    // The answer is the detail; everything else about cases refetches.
    onSuccess: (detail) => {
      queryClient.setQueryData(casesKeys.objection(detail.id), detail);
      void queryClient.invalidateQueries({ queryKey: casesKeys.all });
    },
  });
}
