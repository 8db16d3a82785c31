import { createContext, useContext } from 'react';
import type { OfficerAccount } from '../../../shared/ipc/channels/auth';

/** The officer whose app is mounted, and what the header offers them. */
export interface SignedIn {
  officer: OfficerAccount;
  logout(): void;
  lock(): void;
}

export const SignedInContext = createContext<SignedIn | null>(null);

/** null outside the auth gate (component tests render pages without it). */
export function useSignedIn(): SignedIn | null {
  return useContext(SignedInContext);
}
