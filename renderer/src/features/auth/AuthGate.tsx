import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { Box, Center, Loader } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { APP_INFO_KEY, useApi } from '../../api';
import type { OfficerAccount } from '../../../../shared/ipc/channels/auth';
import { AUTH_ME_KEY, useAccess, useMe } from './api';
import { LockScreen, type LockReason } from './LockScreen';
import { LoginScreen } from './LoginScreen';
import { SetupAdminScreen } from './SetupAdminScreen';
import { SignedInContext, type SignedIn } from '../../lib/session';
import { useIdle } from './useIdle';

/**
 * The app only for a signed-in officer. Before that: the login, or on a fresh archive the first
 * Admin's account. Once the app is mounted it stays mounted: an idle lock, or a session that ended
 * (any call answering `unauthenticated`), covers it with the lock screen and unsaved input survives.
 */
export function AuthGate({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const api = useApi();
  const queryClient = useQueryClient();
  const me = useMe();
  const [officer, setOfficer] = useState<OfficerAccount | null>(null);
  const [lock, setLock] = useState<LockReason | null>(null);
  const access = useAccess(officer !== null && lock === null);
  const minutes = access.data?.idleLockMinutes ?? 10;

  // A page reload with a live session: auth:me names the officer.
  const current = me.data?.officer ?? null;
  useEffect(() => {
    if (current && !officer) setOfficer(current);
    if (!current && officer && me.data) setLock((l) => l ?? 'expired');
  }, [current, officer, me.data]);

  useEffect(
    () =>
      api.onUnauthenticated(() => {
        if (officer) setLock((l) => l ?? 'expired');
        else void queryClient.invalidateQueries({ queryKey: AUTH_ME_KEY });
      }),
    [api, officer, queryClient],
  );

  const signedIn = useCallback(
    (who: OfficerAccount) => {
      queryClient.setQueryData(AUTH_ME_KEY, { officer: who, needsSetup: false });
      setOfficer(who);
      setLock(null);
      // The event stream was refused while signed out; what changed meanwhile is fetched again.
      api.reconnect();
      void queryClient.invalidateQueries({ predicate: (q) => q.queryKey[0] !== AUTH_ME_KEY[0] });
    },
    [api, queryClient],
  );

  const logout = useCallback(() => {
    void api.invoke('auth:logout', {}).catch(() => undefined);
    setOfficer(null);
    setLock(null);
    // Nothing of this officer's screens stays in memory for the next one.
    queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== APP_INFO_KEY[0] && q.queryKey[0] !== AUTH_ME_KEY[0] });
    queryClient.setQueryData(AUTH_ME_KEY, { officer: null, needsSetup: false });
  }, [api, queryClient]);

  const lockNow = useCallback(() => {
    setLock('idle');
    // The session ends with the lock: another tab or window cannot go on with it either.
    void api.invoke('auth:logout', {}).catch(() => undefined);
  }, [api]);

  useIdle(officer && !lock ? minutes * 60_000 : null, lockNow);

  const value = useMemo<SignedIn | null>(() => (officer ? { officer, logout, lock: lockNow } : null), [officer, logout, lockNow]);

  if (!officer) {
    if (me.isPending) {
      return (
        <Center h="100vh" role="status" aria-label={t('app.loading')}>
          <Loader />
        </Center>
      );
    }
    return me.data?.needsSetup ? <SetupAdminScreen onSignedIn={signedIn} /> : <LoginScreen onSignedIn={signedIn} />;
  }

  return (
    <SignedInContext.Provider value={value}>
      <div inert={lock !== null} aria-hidden={lock !== null || undefined} style={{ display: 'contents' }}>
        {children}
      </div>
      {lock && (
        <Box pos="fixed" inset={0} bg="white" style={{ zIndex: 3000, overflow: 'auto' }}>
          <LockScreen officer={officer} reason={lock} minutes={minutes} onUnlocked={signedIn} onSwitch={logout} />
        </Box>
      )}
    </SignedInContext.Provider>
  );
}
