import { useEffect } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useApi } from './client';
import { APP_INFO_KEY } from './queryClient';

/**
 * Push events only say "something changed": queries refetch from the core, which stays the one
 * copy of the data. A reconnect after a lost event stream refetches everything (events missed).
 */
export function useContractEvents(): void {
  const api = useApi();
  const queryClient = useQueryClient();
  useEffect(() => {
    const offSettings = api.on('settings:changed', () => {
      void queryClient.invalidateQueries({ queryKey: ['settings'] });
    });
    // Requests, objections, disputes and the inbox: keys start with 'cases' (features/requests/api).
    const offCases = api.on('cases:changed', () => {
      void queryClient.invalidateQueries({ queryKey: ['cases'] });
    });
    const offCalendar = api.on('calendar:changed', () => {
      void queryClient.invalidateQueries({ queryKey: ['cases'] });
    });
    // Humas (features/humas: releases, issues, posts, calendar) and features/newsroom (klarifikasi,
    // narasi, the inbox's crisis clocks).
    const offNewsroom = api.on('newsroom:changed', () => {
      void queryClient.invalidateQueries({ queryKey: ['newsroom'] });
      void queryClient.invalidateQueries({ queryKey: ['humas'] });
    });
    const offConnection = api.onConnection((state) => {
      if (state === 'open') void queryClient.invalidateQueries();
      else void queryClient.invalidateQueries({ queryKey: APP_INFO_KEY });
    });
    return () => {
      offSettings();
      offCases();
      offCalendar();
      offNewsroom();
      offConnection();
    };
  }, [api, queryClient]);
}
