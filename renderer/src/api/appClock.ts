// The core's clock as the renderer sees it. Forms default "now" (receipt times, today's date, the
// numbering preview's month) from here, never from the PC's clock alone: the browser host's
// `--now` moves the core's clock (training, end-to-end tests), and the core refuses a receipt
// time after its own now. The offset is measured once (app:now, halfway through the round trip)
// and the PC's clock runs it on, as the core's running clock does.
import { useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useApi, type Api } from './client';

export const APP_NOW_KEY = ['app', 'now'] as const;

export interface AppClock {
  /** Epoch milliseconds on the core's clock. */
  now(): number;
}

/** Milliseconds to add to Date.now() to get the core's now. */
export async function measureClockOffset(api: Api): Promise<number> {
  const sent = Date.now();
  const { now } = await api.invoke('app:now', {});
  const back = Date.now();
  const core = Date.parse(now);
  return Number.isFinite(core) ? core - Math.round((sent + back) / 2) : 0;
}

export function useAppClockQuery() {
  const api = useApi();
  return useQuery({ queryKey: APP_NOW_KEY, queryFn: () => measureClockOffset(api), staleTime: 10 * 60_000 });
}

/**
 * The app clock. Until app:now has answered (the shell waits for it before showing pages) or when
 * it cannot answer, the PC's clock.
 */
export function useAppClock(): AppClock {
  const offset = useAppClockQuery().data ?? 0;
  return useMemo(() => ({ now: () => Date.now() + offset }), [offset]);
}
