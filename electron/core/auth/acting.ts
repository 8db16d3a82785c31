// The officer on whose behalf the running call acts, kept across its awaits by AsyncLocalStorage
// (like db/commits.ts). appendAudit reads it, so every audit entry of a signed-in call names its
// officer without 50 call sites having to pass it — and none can forget.
import { AsyncLocalStorage } from 'node:async_hooks';

export interface ActingOfficer {
  id: number;
  name: string;
}

const acting = new AsyncLocalStorage<ActingOfficer | null>();

export function runAs<T>(officer: ActingOfficer | null, work: () => T): T {
  return acting.run(officer, work);
}

/** The officer of the running call; null for system calls (CLI, tests, shells' internals). */
export function actingOfficer(): ActingOfficer | null {
  return acting.getStore() ?? null;
}
