// First run: no office profile yet and nothing in the inbox. Then the home page is the setup
// (SetupPage) rather than an empty inbox, until the profile is saved or the officer chooses
// "Lewati dulu" (remembered in this browser: localStorage).
import { useRef, useState } from 'react';
import { useOfficeProfile } from '../../../lib/officeProfile';
import { useInbox } from '../../../lib/cases/inboxApi';

export const SETUP_SKIPPED_KEY = 'ppid-desk.setup-skipped';

function skipped(): boolean {
  try {
    return window.localStorage.getItem(SETUP_SKIPPED_KEY) === '1';
  } catch {
    return false; // storage refused (privacy mode): ask again next time
  }
}

export function rememberSetupSkipped(): void {
  try {
    window.localStorage.setItem(SETUP_SKIPPED_KEY, '1');
  } catch {
    // Not remembered: the setup comes back next time, which does no harm.
  }
}

/**
 * Whether the home page shows the setup: decided once, when the profile and the inbox's first page
 * have loaded, so saving the profile half-way does not swap the page under the officer.
 * `undefined` while loading.
 */
export function useFirstRun(): { show: boolean | undefined; done: () => void } {
  const profile = useOfficeProfile();
  // The same query (and cache entry) as the unfiltered inbox below it.
  const inbox = useInbox({});
  const decided = useRef<boolean | undefined>(skipped() ? false : undefined);
  const [, rerender] = useState(0);
  // Decided in render (no effect): a page already in the cache shows at once, without a flash.
  if (decided.current === undefined && !profile.isPending && !inbox.isPending) {
    const empty = (inbox.data?.pages[0]?.items.length ?? 0) === 0;
    decided.current = profile.data === null && empty && !inbox.isError;
  }
  return {
    show: decided.current,
    done: () => {
      decided.current = false;
      rerender((n) => n + 1);
    },
  };
}
