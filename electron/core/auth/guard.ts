// The core's guard (issue 14): before a channel's input is even parsed, the caller is resolved
// and checked against the channel's permission (shared/ipc/permissions.ts).
//   system  → allowed, no officer (CLI, tests, the shells' internals);
//   session → the token's live session and active officer, else `unauthenticated` (unless the
//             channel is public); an officer without one of the channel's roles → `forbidden`.
import type { Db } from '../db/connection';
import type { Clock } from '../types';
import type { CtxOfficer } from '../context';
import type { Caller } from './caller';
import { fail, type Result } from '../../../shared/ipc/result';
import { isChannel } from '../../../shared/ipc/contract';
import { inputRoles, PERMISSIONS, rolesAllow, type Permission } from '../../../shared/ipc/permissions';
import type { Channel } from '../../../shared/ipc/contract';
import { rolesPhrase } from '../../../shared/domain/auth/roles';
import { getOfficerById } from './officersRepo';
import { resolveSession } from './sessions';

export const UNAUTHENTICATED_MESSAGE = 'Sesi berakhir; silakan masuk lagi.';

export function forbiddenMessage(permission: Permission): string {
  if (permission === 'public' || permission === 'signedIn') return 'Tindakan ini tidak diizinkan.';
  return `Tindakan ini memerlukan peran ${rolesPhrase(permission)}. Minta petugas dengan peran itu, atau minta Admin menambahkan peran tersebut pada akun Anda.`;
}

export type Admission = { ok: true; officer: CtxOfficer | null } | { ok: false; result: Result<never> };

/** Who the caller is and whether it may call `channel`. Unknown channels pass (dispatch answers them). */
export function admit(db: Db, clock: Clock, channel: string, caller: Caller | undefined): Admission {
  if (!caller || caller.kind === 'system') return { ok: true, officer: null };
  if (!isChannel(channel)) return { ok: true, officer: null };
  const permission = PERMISSIONS[channel];
  const session = resolveSession(db, caller.token, clock.now());
  const record = session ? getOfficerById(db, session.officerId) : null;
  const officer: CtxOfficer | null = record?.active ? { id: record.id, name: record.name, nip: record.nip, jabatan: record.jabatan, roles: record.roles } : null;
  if (permission === 'public') return { ok: true, officer };
  if (!officer) return { ok: false, result: fail('unauthenticated', UNAUTHENTICATED_MESSAGE) };
  if (!rolesAllow(permission, officer.roles)) return { ok: false, result: fail('forbidden', forbiddenMessage(permission)) };
  return { ok: true, officer };
}

/** A signed-in officer whose parsed input needs a role they lack (INPUT_RULES), else null. */
export function ruleRefusal(officer: CtxOfficer | null | undefined, channel: Channel, input: unknown): Result<never> | null {
  if (!officer) return null;
  const roles = inputRoles(channel, input);
  if (!roles || rolesAllow(roles, officer.roles)) return null;
  return fail('forbidden', forbiddenMessage(roles));
}
