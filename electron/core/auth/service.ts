// Signing in and out, first-run setup, own password (issue 14). The hosts keep the token (cookie,
// main process); the core only ever stores its hash (sessions.ts).
import type { Ctx } from '../context';
import { outsideCommitScope } from '../db/commits';
import { mutate } from '../db/mutate';
import { AppError } from '../errors';
import type { LoginResult, OfficerAccount } from '../../../shared/ipc/channels/auth';
import type { ParsedInput } from '../../../shared/ipc/contract';
import { countOfficers, getOfficerById, getOfficerByUsername, insertOfficer, publicOfficer, setPasswordHash } from './officersRepo';
import { hashPassword, verifyDummy, verifyPassword } from './password';
import { createSession, revokeOfficerSessions, revokeSession, type SessionVia } from './sessions';
import { assertNotThrottled, clearFailures, recordFailure } from './throttle';

export const WRONG_LOGIN_MESSAGE = 'Nama pengguna atau kata sandi salah.';
const SETUP_LAN_MESSAGE =
  'Penyiapan pertama hanya dapat dilakukan di komputer yang menyimpan arsip (aplikasi desktop) atau dengan "ppid-desk user add", bukan dari komputer lain di jaringan.';
const SETUP_DONE_MESSAGE = 'Penyiapan pertama sudah dilakukan: masuk dengan akun petugas, atau minta Admin membuatkan akun.';

function via(ctx: Ctx): { via: SessionVia; address: string } {
  const caller = ctx.caller;
  if (!caller || caller.kind === 'system') return { via: 'system', address: '' };
  return { via: caller.via ?? 'desktop', address: caller.address ?? '' };
}

export async function login(ctx: Ctx, input: ParsedInput<'auth:login'>): Promise<LoginResult> {
  const now = ctx.clock.now();
  assertNotThrottled(ctx.db, input.username, now);
  const officer = getOfficerByUsername(ctx.db, input.username);
  // The same work whether or not the username exists: the answer's timing tells nothing.
  const matches = officer ? await verifyPassword(officer.passwordHash, input.password) : await verifyDummy(input.password);
  if (!officer || !matches || !officer.active) {
    // Kept although the call fails: a refusal, not "saved, then failed" (db/commits.ts).
    // Nobody is signed in yet: the entry names the username typed (and the account, if any) explicitly.
    outsideCommitScope(() =>
      mutate(ctx, (tx) => {
        recordFailure(tx.db, input.username, new Date(tx.at));
        tx.audit({ actor: input.username, officerId: officer?.id ?? null, action: 'auth.login.failed', entity: 'officer', entityId: officer ? String(officer.id) : null, data: { username: input.username, ...(officer && matches && !officer.active ? { reason: 'nonaktif' } : {}) } });
      }),
    );
    if (officer && matches && !officer.active) throw new AppError('forbidden', 'Akun ini dinonaktifkan. Hubungi Admin.');
    throw new AppError('unauthenticated', WRONG_LOGIN_MESSAGE);
  }
  // The call has no officer until the session exists: the entry names the one signing in explicitly.
  return mutate(ctx, (tx) => {
    clearFailures(tx.db, input.username);
    const { via: v, address } = via(ctx);
    const session = createSession(tx.db, officer.id, new Date(tx.at), v, address);
    tx.audit({ actor: officer.name, officerId: officer.id, action: 'auth.login', entity: 'officer', entityId: String(officer.id), data: { via: v, ...(address ? { address } : {}) } });
    return { officer: publicOfficer(officer), token: session.token, expiresAt: session.expiresAt };
  });
}

export function logout(ctx: Ctx): Record<string, never> {
  const caller = ctx.caller;
  if (caller?.kind !== 'session' || !ctx.officer) return {};
  mutate(ctx, (tx) => {
    revokeSession(tx.db, caller.token, new Date(tx.at));
    tx.audit({ action: 'auth.logout', entity: 'officer', entityId: String(ctx.officer!.id) });
  });
  return {};
}

export function me(ctx: Ctx): { officer: OfficerAccount | null; needsSetup: boolean } {
  const record = ctx.officer ? getOfficerById(ctx.db, ctx.officer.id) : null;
  return { officer: record ? publicOfficer(record) : null, needsSetup: countOfficers(ctx.db) === 0 };
}

export async function setup(ctx: Ctx, input: ParsedInput<'auth:setup'>): Promise<LoginResult> {
  if (countOfficers(ctx.db) > 0) throw new AppError('forbidden', SETUP_DONE_MESSAGE);
  // The first Admin is made at the computer that holds the archive (or with the CLI), never by
  // whoever reaches a LAN host first.
  if (ctx.caller?.kind === 'session' && ctx.caller.via === 'lan') throw new AppError('forbidden', SETUP_LAN_MESSAGE);
  const passwordHash = await hashPassword(input.password);
  return mutate(ctx, (tx) => {
    // Checked again inside the transaction: two first-run screens at once make one Admin.
    if (countOfficers(tx.db) > 0) throw new AppError('forbidden', SETUP_DONE_MESSAGE);
    const id = insertOfficer(tx.db, { username: input.username, name: input.name, nip: input.nip, jabatan: input.jabatan, roles: ['admin'], passwordHash }, tx.at);
    // The first Admin records their own creation: nobody was signed in to act.
    tx.audit({ actor: input.name, officerId: id, action: 'officer.setup', entity: 'officer', entityId: String(id), data: { username: input.username, roles: ['admin'] } });
    const { via: v, address } = via(ctx);
    const session = createSession(tx.db, id, new Date(tx.at), v, address);
    return { officer: publicOfficer(getOfficerById(tx.db, id)!), token: session.token, expiresAt: session.expiresAt };
  });
}

export async function changePassword(ctx: Ctx, input: ParsedInput<'auth:changePassword'>): Promise<Record<string, never>> {
  if (!ctx.officer) throw new AppError('precondition', 'Ganti kata sandi hanya untuk petugas yang sedang masuk; dari CLI gunakan "ppid-desk user reset-password".');
  const officer = getOfficerById(ctx.db, ctx.officer.id);
  if (!officer || !(await verifyPassword(officer.passwordHash, input.currentPassword))) {
    throw new AppError('invalid_input', 'Kata sandi lama salah.', [{ path: 'currentPassword', message: 'Kata sandi lama salah.' }]);
  }
  const passwordHash = await hashPassword(input.newPassword);
  const caller = ctx.caller;
  mutate(ctx, (tx) => {
    setPasswordHash(tx.db, officer.id, passwordHash, tx.at);
    // Other sessions (another PC where the old password was seen) end; this one stays.
    revokeOfficerSessions(tx.db, officer.id, new Date(tx.at), caller?.kind === 'session' ? caller.token : undefined);
    tx.audit({ action: 'auth.changePassword', entity: 'officer', entityId: String(officer.id) });
  });
  return {};
}
