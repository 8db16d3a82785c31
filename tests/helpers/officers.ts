// Officer accounts for tests (issue 14): add one as system (like the CLI), sign in, and call as
// that officer.
import type { Core } from '../../electron/core';
import { sessionCaller, type Caller } from '../../electron/core/auth/caller';
import type { Role } from '../../shared/domain/auth/roles';
import type { Channel, Input, Output } from '../../shared/ipc/contract';
import type { Result } from '../../shared/ipc/result';
import { call } from './core';

export const TEST_PASSWORD = 'kata-sandi-uji-123';

export async function addOfficer(core: Core, username: string, roles: Role[], extra: { name?: string; nip?: string; jabatan?: string } = {}) {
  return call(core, 'officers:add', { username, name: extra.name ?? `Petugas ${username}`, password: TEST_PASSWORD, roles, nip: extra.nip ?? '', jabatan: extra.jabatan ?? '' });
}

export interface SignedIn {
  token: string;
  caller: Caller;
  call<C extends Channel>(channel: C, input: Input<C>): Promise<Output<C>>;
  handle(channel: Channel, input: unknown): Promise<Result<unknown>>;
}

export async function signIn(core: Core, username: string, password = TEST_PASSWORD): Promise<SignedIn> {
  const result = await core.handle('auth:login', { username, password }, sessionCaller(''));
  if (!result.ok) throw new Error(`auth:login failed: ${JSON.stringify(result.error)}`);
  const token = (result.value as { token: string }).token;
  const caller = sessionCaller(token, 'loopback');
  return {
    token,
    caller,
    handle: (channel, input) => core.handle(channel, input, caller),
    async call(channel, input) {
      const r = await core.handle(channel, input, caller);
      if (!r.ok) throw new Error(`${channel} failed: ${JSON.stringify(r.error)}`);
      return r.value as never;
    },
  };
}

/** An officer added with `roles` and signed in. */
export async function officerWith(core: Core, username: string, roles: Role[], extra: { name?: string; nip?: string } = {}): Promise<SignedIn> {
  await addOfficer(core, username, roles, extra);
  return signIn(core, username);
}
