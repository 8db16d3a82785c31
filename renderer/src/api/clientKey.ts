// The idempotency key of one submission (clientKey in the contract): a form takes a fresh one when
// it opens and after each save, and sends the same one when the officer retries a save whose
// answer was lost. The core then returns the first record instead of registering a second.
import { useCallback, useState } from 'react';

export function newClientKey(): string {
  // randomUUID needs a secure context; getRandomValues also works on a plain-HTTP office LAN host.
  if (typeof crypto.randomUUID === 'function' && globalThis.isSecureContext !== false) return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** The current key and a way to start the next submission with a fresh one. */
export function useClientKey(): [string, () => void] {
  const [key, setKey] = useState(newClientKey);
  const renew = useCallback(() => setKey(newClientKey()), []);
  return [key, renew];
}
