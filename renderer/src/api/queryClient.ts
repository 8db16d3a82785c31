import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { isUnreachable } from './errors';

/** Health check of the backend; the shell's gate shows the "unreachable" screen when it fails. */
export const APP_INFO_KEY = ['app', 'info'] as const;

export function createQueryClient(): QueryClient {
  // Any call that finds the backend gone re-checks app:info, which flips the gate. app:info's
  // own failure must not trigger itself again.
  const recheck = (error: unknown, key?: readonly unknown[]) => {
    if (!isUnreachable(error)) return;
    if (key && key[0] === APP_INFO_KEY[0] && key[1] === APP_INFO_KEY[1]) return;
    void client.invalidateQueries({ queryKey: APP_INFO_KEY });
  };
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError: (error, query) => recheck(error, query.queryKey) }),
    mutationCache: new MutationCache({ onError: (error) => recheck(error) }),
    defaultOptions: {
      // The backend is local: a failure is not flaky network, retrying only delays the message.
      queries: { retry: false, refetchOnWindowFocus: false, staleTime: 60_000 },
      mutations: { retry: false },
    },
  });
  return client;
}
