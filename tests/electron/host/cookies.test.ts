import { describe, expect, it } from 'vitest';
import { clearedCookie, SESSION_COOKIE, sessionCookie, sessionFromCookies } from '../../../electron/host/cookies';

const token = 'AbCdEfGhIjKlMnOpQrStUvWx_-12';

describe('session cookie', () => {
  it('is HttpOnly, SameSite=Strict, Path=/ and lives until the session expires', () => {
    const line = sessionCookie(token, '2026-11-23T10:30:00.000Z', new Date('2026-11-23T02:30:00.000Z'), { secure: false });
    const parts = line.split('; ');
    expect(parts[0]).toBe(`${SESSION_COOKIE}=${token}`);
    expect(parts).toEqual(expect.arrayContaining(['HttpOnly', 'SameSite=Strict', 'Path=/', `Max-Age=${8 * 3600}`]));
    expect(parts).not.toContain('Secure');
  });

  it('is Secure in the LAN mode, and an expired session gets Max-Age=0', () => {
    const line = sessionCookie(token, '2026-11-23T01:00:00Z', new Date('2026-11-23T02:00:00Z'), { secure: true });
    expect(line.split('; ')).toEqual(expect.arrayContaining(['Secure', 'Max-Age=0']));
  });

  it('is cleared with an empty value and Max-Age=0', () => {
    expect(clearedCookie({ secure: true })).toBe(`${SESSION_COOKIE}=; HttpOnly; SameSite=Strict; Path=/; Max-Age=0; Secure`);
  });

  it('is read from a Cookie header among others; malformed values are ignored', () => {
    expect(sessionFromCookies(`a=1; ${SESSION_COOKIE}=${token}; b=2`)).toBe(token);
    expect(sessionFromCookies(`${SESSION_COOKIE}=`)).toBeNull();
    expect(sessionFromCookies(`${SESSION_COOKIE}=has spaces and;`)).toBeNull();
    expect(sessionFromCookies(`x${SESSION_COOKIE}=${token}`)).toBeNull();
    expect(sessionFromCookies(undefined)).toBeNull();
  });
});
