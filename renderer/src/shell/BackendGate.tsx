import type { ReactNode } from 'react';
import { Box, Center, Loader } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { APP_INFO_KEY, isApiError, useApi, useAppClockQuery } from '../api';
import { BackendUnavailable, type UnavailableReason } from './BackendUnavailable';

/**
 * Renders the app only while the backend answers `app:info`. Any call that finds the backend
 * gone re-checks it (api/queryClient). When that happens mid-session the app stays mounted
 * underneath (inert), so a form's unsaved input survives a short outage.
 */
export function BackendGate({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const api = useApi();
  const queryClient = useQueryClient();
  const info = useQuery({
    queryKey: APP_INFO_KEY,
    queryFn: () => api.invoke('app:info', {}),
    staleTime: Infinity,
  });
  // Forms take their default "now" from the core's clock: known before the first page shows.
  // A core that cannot tell (an older one) leaves the PC's clock.
  const clock = useAppClockQuery();

  // Signed out: the backend answered (it refused app:info to a caller without a session), so the
  // app's own gate (features/auth/AuthGate) shows the login; after it every query is fetched again.
  const signedOut = isApiError(info.error) && info.error.code === 'unauthenticated';

  if (info.isPending || (clock.isPending && !info.isError)) {
    return (
      <Center h="100vh" role="status" aria-label={t('app.loading')}>
        <Loader />
      </Center>
    );
  }

  // Try again refreshes everything: queries that failed during the outage come back too.
  const retry = () => void queryClient.invalidateQueries();
  const screen = info.isError && !signedOut ? (
    <BackendUnavailable
      reason={reasonOf(info.error)}
      message={info.error.message}
      retrying={info.isFetching}
      onRetry={retry}
    />
  ) : null;

  if (!info.data && !signedOut) return screen;
  // Same element tree covered or not: a different parent would remount (and reset) the app.
  return (
    <>
      <div inert={screen !== null} aria-hidden={screen !== null || undefined} style={{ display: 'contents' }}>
        {children}
      </div>
      {screen && (
        <Box pos="fixed" inset={0} bg="white" style={{ zIndex: 2000, overflow: 'auto' }}>
          {screen}
        </Box>
      )}
    </>
  );
}

function reasonOf(error: unknown): UnavailableReason {
  if (isApiError(error) && (error.code === 'forbidden' || error.code === 'unreachable')) return error.code;
  return 'error';
}
