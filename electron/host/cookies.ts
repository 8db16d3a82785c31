// The officer's session travels as a cookie the page's scripts cannot read (HttpOnly), that no other
// site can make the browser send (SameSite=Strict) and, in the LAN mode, that only goes over HTTPS
// (Secure). The token itself never appears in a JSON answer.
export const SESSION_COOKIE = 'ppid_session';

export interface CookieOptions {
  secure: boolean;
}

/** Set-Cookie for a new session that ends at `expiresAt` (the core's session expiry). */
export function sessionCookie(token: string, expiresAt: string | Date, now: Date, options: CookieOptions): string {
  const seconds = Math.max(0, Math.floor((new Date(expiresAt).getTime() - now.getTime()) / 1000));
  return cookieLine(token, seconds, options);
}

/** Set-Cookie that removes the session cookie (logout, an ended session). */
export function clearedCookie(options: CookieOptions): string {
  return cookieLine('', 0, options);
}

function cookieLine(value: string, maxAge: number, options: CookieOptions): string {
  return `${SESSION_COOKIE}=${value}; HttpOnly; SameSite=Strict; Path=/; Max-Age=${maxAge}${options.secure ? '; Secure' : ''}`;
}

/** The session token from a Cookie header, or null. Only a base64url value is taken. */
export function sessionFromCookies(header: string | undefined): string | null {
  if (!header) return null;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    if (part.slice(0, eq).trim() !== SESSION_COOKIE) continue;
    const value = part.slice(eq + 1).trim();
    if (/^[A-Za-z0-9_-]{16,256}$/.test(value)) return value;
  }
  return null;
}
