import { describe, expect, it } from 'vitest';
import { createDesktopSessions } from '../../../electron/main/sessions';
import { ok, fail } from '../../../shared/ipc/result';

const officer = { id: 1, username: 'siti', name: 'Siti', nip: '', jabatan: '', roles: ['admin'], active: true };

describe('desktop sessions kept in main', () => {
  it('keeps the token of a login per window and never hands it to the renderer', () => {
    const sessions = createDesktopSessions();
    expect(sessions.callerFor(7)).toEqual({ kind: 'session', token: '', via: 'desktop' });
    const answer = sessions.settle(7, 'auth:login', ok({ officer, token: 'tok-7', expiresAt: '2026-11-23T10:00:00Z' }));
    expect(answer).toEqual({ ok: true, value: { officer, expiresAt: '2026-11-23T10:00:00Z' } });
    expect(JSON.stringify(answer)).not.toContain('tok-7');
    expect(sessions.callerFor(7)).toEqual({ kind: 'session', token: 'tok-7', via: 'desktop' });
    // Another window is not signed in by it.
    expect(sessions.callerFor(8)).toEqual({ kind: 'session', token: '', via: 'desktop' });
  });

  it('forgets the token on logout and when the window closes; a failed login changes nothing', () => {
    const sessions = createDesktopSessions();
    sessions.settle(1, 'auth:setup', ok({ officer, token: 'tok-1', expiresAt: 'x' }));
    sessions.settle(2, 'auth:login', ok({ officer, token: 'tok-2', expiresAt: 'x' }));
    const refused = fail('forbidden', 'Nama pengguna atau kata sandi salah.');
    expect(sessions.settle(1, 'auth:login', refused)).toBe(refused);
    expect(sessions.callerFor(1)).toMatchObject({ token: 'tok-1' });
    sessions.settle(1, 'auth:logout', ok({}));
    expect(sessions.callerFor(1)).toMatchObject({ token: '' });
    expect(sessions.forget(2)).toBe('tok-2');
    expect(sessions.size()).toBe(0);
  });
});
