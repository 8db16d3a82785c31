// Pengaturan › Petugas: the Admin's management of officer accounts. Every change is audited in
// its own transaction; disabling and resetting a password end the officer's sessions at once.
import type { Ctx } from '../context';
import { mutate } from '../db/mutate';
import { AppError, isUniqueViolation, notFound } from '../errors';
import type { OfficerAccount } from '../../../shared/ipc/channels/auth';
import type { ParsedInput } from '../../../shared/ipc/contract';
import type { Role } from '../../../shared/domain/auth/roles';
import { countActiveWithRole, getOfficerById, insertOfficer, listOfficers, publicOfficer, setOfficerActive, setPasswordHash, updateOfficerProfile, type OfficerRecord } from './officersRepo';
import { hashPassword, temporaryPassword } from './password';
import { revokeOfficerSessions } from './sessions';

const LAST_ADMIN_MESSAGE = 'Ini satu-satunya Admin yang aktif: tambahkan atau aktifkan Admin lain dahulu, agar petugas dan pengaturan tetap dapat dikelola.';

function requireOfficer(ctx: Ctx, id: number): OfficerRecord {
  const officer = getOfficerById(ctx.db, id);
  if (!officer) throw notFound(`Petugas dengan id ${id} tidak ditemukan.`);
  return officer;
}

export function list(ctx: Ctx): { officers: OfficerAccount[] } {
  return { officers: listOfficers(ctx.db).map(publicOfficer) };
}

export async function add(ctx: Ctx, input: ParsedInput<'officers:add'>): Promise<OfficerAccount> {
  const passwordHash = await hashPassword(input.password);
  return mutate(ctx, (tx) => {
    let id: number;
    try {
      id = insertOfficer(tx.db, { username: input.username, name: input.name, nip: input.nip, jabatan: input.jabatan, roles: input.roles, passwordHash }, tx.at);
    } catch (error) {
      if (isUniqueViolation(error)) {
        const message = `Nama pengguna "${input.username}" sudah dipakai petugas lain.`;
        throw new AppError('conflict', message, [{ path: 'username', message }]);
      }
      throw error;
    }
    tx.audit({ action: 'officer.add', entity: 'officer', entityId: String(id), data: { username: input.username, name: input.name, roles: input.roles } });
    tx.emit('settings:changed', { key: 'officers' });
    return publicOfficer(requireOfficer(ctx, id));
  });
}

/** Would this change leave the archive without an active Admin? */
function losesLastAdmin(ctx: Ctx, before: OfficerRecord, after: { active: boolean; roles: readonly Role[] }): boolean {
  const wasAdmin = before.active && before.roles.includes('admin');
  const staysAdmin = after.active && after.roles.includes('admin');
  return wasAdmin && !staysAdmin && countActiveWithRole(ctx.db, 'admin') <= 1;
}

export function update(ctx: Ctx, input: ParsedInput<'officers:update'>): OfficerAccount {
  return mutate(ctx, (tx) => {
    const before = requireOfficer(ctx, input.id);
    if (losesLastAdmin(ctx, before, { active: before.active, roles: input.roles })) throw new AppError('precondition', LAST_ADMIN_MESSAGE);
    updateOfficerProfile(tx.db, input.id, input, tx.at);
    const after = requireOfficer(ctx, input.id);
    tx.audit({
      action: 'officer.update',
      entity: 'officer',
      entityId: String(input.id),
      data: { before: { name: before.name, nip: before.nip, jabatan: before.jabatan, roles: before.roles }, after: { name: after.name, nip: after.nip, jabatan: after.jabatan, roles: after.roles } },
    });
    tx.emit('settings:changed', { key: 'officers' });
    return publicOfficer(after);
  });
}

export function setActive(ctx: Ctx, input: ParsedInput<'officers:setActive'>): OfficerAccount {
  return mutate(ctx, (tx) => {
    const before = requireOfficer(ctx, input.id);
    if (before.active === input.active) return publicOfficer(before);
    if (losesLastAdmin(ctx, before, { active: input.active, roles: before.roles })) throw new AppError('precondition', LAST_ADMIN_MESSAGE);
    setOfficerActive(tx.db, input.id, input.active, tx.at);
    const ended = input.active ? 0 : revokeOfficerSessions(tx.db, input.id, new Date(tx.at));
    tx.audit({ action: input.active ? 'officer.enable' : 'officer.disable', entity: 'officer', entityId: String(input.id), data: { username: before.username, ...(ended ? { sessionsEnded: ended } : {}) } });
    tx.emit('settings:changed', { key: 'officers' });
    return publicOfficer(requireOfficer(ctx, input.id));
  });
}

/**
 * The Admin's reset: with `newPassword` that password is set (the CLI reads it from stdin);
 * without, a temporary password is made and returned ONCE for the Admin to hand over — it is
 * stored only as its hash. Either way the officer's sessions end.
 */
export async function resetPassword(ctx: Ctx, input: ParsedInput<'officers:resetPassword'>): Promise<{ officer: OfficerAccount; temporaryPassword: string | null }> {
  requireOfficer(ctx, input.id);
  const temporary = input.newPassword === undefined ? temporaryPassword() : null;
  const passwordHash = await hashPassword(input.newPassword ?? temporary!);
  return mutate(ctx, (tx) => {
    const officer = requireOfficer(ctx, input.id);
    setPasswordHash(tx.db, officer.id, passwordHash, tx.at);
    const ended = revokeOfficerSessions(tx.db, officer.id, new Date(tx.at));
    tx.audit({ action: 'officer.resetPassword', entity: 'officer', entityId: String(officer.id), data: { username: officer.username, temporary: temporary !== null, ...(ended ? { sessionsEnded: ended } : {}) } });
    return { officer: publicOfficer(officer), temporaryPassword: temporary };
  });
}
