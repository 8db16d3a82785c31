// Request checks of the browser host. In the loopback mode it listens on 127.0.0.1 only, but any
// web page the user opens could still send requests to it: hence the per-run token, the Host check
// (DNS rebinding) and JSON-only bodies (no simple cross-site form posts). The LAN mode keeps the
// Host and Origin checks for the names the office certificate carries; the officer's session
// cookie (cookies.ts) takes the place of the token.
import { timingSafeEqual } from 'node:crypto';
import { CONTENT_SECURITY_POLICY } from '../../shared/csp';

export { CONTENT_SECURITY_POLICY };

export const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

export function tokenMatches(expected: string, given: string | null | undefined): boolean {
  if (!given) return false;
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}

export function bearerToken(header: string | undefined): string | null {
  const match = /^Bearer\s+(\S+)$/i.exec(header ?? '');
  return match ? match[1]! : null;
}

/** Only our own address may be named in the Host header (a rebinding attacker's name is refused). */
export function isAllowedHost(hostHeader: string | undefined, port: number, names: readonly string[] = LOOPBACK_NAMES): boolean {
  return hostHeader !== undefined && authorities(names, port).includes(hostHeader.toLowerCase());
}

/** A browser sends Origin on cross-site requests: when present it must be ours. */
export function isAllowedOrigin(origin: string | undefined, port: number, names: readonly string[] = LOOPBACK_NAMES, scheme: 'http' | 'https' = 'http'): boolean {
  if (origin === undefined) return true;
  return authorities(names, port).some((authority) => origin.toLowerCase() === `${scheme}://${authority}`);
}

/** The loopback mode's names; the LAN mode adds the bound address and this computer's names. */
export const LOOPBACK_NAMES = ['127.0.0.1', 'localhost'] as const;

/** "name:port" for each name; an IPv6 address in brackets, as browsers write it. */
export function authorities(names: readonly string[], port: number): string[] {
  return names.map((name) => `${name.includes(':') ? `[${name}]` : name.toLowerCase()}:${port}`);
}
