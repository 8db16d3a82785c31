import { useEffect, useRef } from 'react';

const ACTIVITY = ['pointerdown', 'pointermove', 'keydown', 'wheel', 'touchstart', 'scroll'] as const;

/**
 * Calls `onIdle` once nothing was typed or clicked for `ms` (null: off). Time is read from
 * Date.now() on a short interval rather than one long timer, so a sleeping laptop that wakes after
 * the limit locks at once, and a test clock (playwright's page.clock) drives it.
 */
export function useIdle(ms: number | null, onIdle: () => void): void {
  const callback = useRef(onIdle);
  callback.current = onIdle;
  useEffect(() => {
    if (ms === null) return undefined;
    let last = Date.now();
    const bump = () => {
      last = Date.now();
    };
    for (const name of ACTIVITY) window.addEventListener(name, bump, { capture: true, passive: true });
    const timer = window.setInterval(() => {
      if (Date.now() - last >= ms) {
        last = Date.now();
        callback.current();
      }
    }, Math.min(ms, 5_000));
    return () => {
      for (const name of ACTIVITY) window.removeEventListener(name, bump, { capture: true });
      window.clearInterval(timer);
    };
  }, [ms]);
}
