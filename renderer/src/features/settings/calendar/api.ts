// Query hooks of the working-day calendar. A change moves deadlines everywhere, so every
// query is refreshed after it (inbox, case details, explanations).
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Input } from '../../../../../shared/ipc/contract';
import { useApi } from '../../../api';

export const calendarKeys = { all: ['calendar'] as const };

export function useCalendar() {
  const api = useApi();
  return useQuery({ queryKey: calendarKeys.all, queryFn: () => api.invoke('calendar:get', {}) });
}

export function useAddLocalDay() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: Input<'calendar:addDay'>) => api.invoke('calendar:addDay', input),
    onSuccess: () => queryClient.invalidateQueries(),
  });
}

export function useRemoveLocalDay() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: Input<'calendar:removeDay'>) => api.invoke('calendar:removeDay', input),
    onSuccess: () => queryClient.invalidateQueries(),
  });
}

export function useSetCutiBersama() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: Input<'calendar:setCutiBersama'>) => api.invoke('calendar:setCutiBersama', input),
    onSuccess: () => queryClient.invalidateQueries(),
  });
}

export function useCancelShippedDay() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: Input<'calendar:cancelShippedDay'>) => api.invoke('calendar:cancelShippedDay', input),
    onSuccess: () => queryClient.invalidateQueries(),
  });
}

export function useRestoreShippedDay() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: Input<'calendar:restoreShippedDay'>) => api.invoke('calendar:restoreShippedDay', input),
    onSuccess: () => queryClient.invalidateQueries(),
  });
}
