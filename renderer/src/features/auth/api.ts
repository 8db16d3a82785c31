import { useQuery } from '@tanstack/react-query';
import { useApi } from '../../api';
import { DEFAULT_ACCESS } from '../../../../shared/ipc/channels/lan';

/** Who is signed in (auth:me). Set by hand after a login, so the gate switches at once. */
export const AUTH_ME_KEY = ['auth', 'me'] as const;
export const ACCESS_KEY = ['settings', 'access'] as const;
export const LAN_INFO_KEY = ['settings', 'lanInfo'] as const;

export function useMe() {
  const api = useApi();
  return useQuery({ queryKey: AUTH_ME_KEY, queryFn: () => api.invoke('auth:me', {}), staleTime: Infinity });
}

/** The idle lock minutes and the LAN switch; the defaults until they are known. */
export function useAccess(enabled = true) {
  const api = useApi();
  return useQuery({ queryKey: ACCESS_KEY, queryFn: () => api.invoke('settings:getAccess', {}), enabled, placeholderData: DEFAULT_ACCESS });
}

export function useLanInfo() {
  const api = useApi();
  return useQuery({ queryKey: LAN_INFO_KEY, queryFn: () => api.invoke('app:lanInfo', {}) });
}
