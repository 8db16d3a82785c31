// Who is calling the core (issue 14). The core is the guard: every transport says who its caller
// is, and dispatch checks the channel's permission (shared/ipc/permissions.ts) before parsing.
//
// - `system`: the CLI, tests and the shells' own internals (automatic backup, warm-up). Allowed
//   everything; its history and audit entries name the computer account (or "CLI (user)").
//   `Core.handle(channel, input)` without a caller means system.
// - `session`: an officer's session token. HOSTS MUST ALWAYS PASS A SESSION CALLER for anything a
//   renderer or a browser sends, even without a token (token ''): that is what makes an unsigned
//   call answer `unauthenticated` instead of running as system.
export type Caller =
  | { kind: 'system' }
  | {
      kind: 'session';
      /** The token `auth:login` / `auth:setup` returned; '' when the client has none. */
      token: string;
      /** Which transport: the desktop shell, the loopback browser host, or an office LAN client. */
      via?: 'desktop' | 'loopback' | 'lan';
      /** The client's address (LAN), kept on the session row for the Admin. */
      address?: string;
    };

export const SYSTEM_CALLER: Caller = { kind: 'system' };

/** A session caller for a host to pass; `token` null/undefined when the client sent none. */
export function sessionCaller(token: string | null | undefined, via?: 'desktop' | 'loopback' | 'lan', address?: string): Caller {
  return { kind: 'session', token: token ?? '', ...(via ? { via } : {}), ...(address ? { address } : {}) };
}
