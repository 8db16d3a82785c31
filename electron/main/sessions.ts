// The officers' sessions of the desktop app, one per window (webContents), kept in main: the
// renderer never holds the token, so a script in the page cannot take it elsewhere. Pure, tested
// in Node (tests/electron/main/sessions.test.ts).
import type { Result } from '../../shared/ipc/result';
import type { Caller } from '../core/auth/caller';

/** Channels whose success starts a session: main keeps their token and passes the rest on. */
export const LOGIN_CHANNELS: ReadonlySet<string> = new Set(['auth:login', 'auth:setup']);

export interface DesktopSessions {
  /** The caller for a call from this window. */
  callerFor(windowId: number): Caller;
  /**
   * After a call: keeps a new session's token (and takes it out of the answer), forgets it on
   * logout. Returns the answer the renderer gets.
   */
  settle(windowId: number, channel: string, result: Result<unknown>): Result<unknown>;
  /** A window closed: its session is forgotten (and returned, to end it in the core). */
  forget(windowId: number): string | undefined;
  /** How many windows hold a session (tests). */
  size(): number;
}

export function createDesktopSessions(): DesktopSessions {
  const tokens = new Map<number, string>();
  return {
    callerFor(windowId) {
      return { kind: 'session', token: tokens.get(windowId) ?? '', via: 'desktop' };
    },
    settle(windowId, channel, result) {
      if (channel === 'auth:logout') {
        tokens.delete(windowId);
        return result;
      }
      if (!LOGIN_CHANNELS.has(channel) || !result.ok) return result;
      const { token, ...rest } = result.value as { token?: unknown };
      if (typeof token === 'string' && token) tokens.set(windowId, token);
      return { ok: true, value: rest };
    },
    forget(windowId) {
      const token = tokens.get(windowId);
      tokens.delete(windowId);
      return token;
    },
    size: () => tokens.size,
  };
}
