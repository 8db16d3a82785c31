// Officer accounts: sync functions taking `db` first; services own transactions.
import type { Db } from '../db/connection';
import { isRole, type Role } from '../../../shared/domain/auth/roles';
import type { OfficerAccount } from '../../../shared/ipc/channels/auth';

interface Row {
  id: number;
  username: string;
  name: string;
  nip: string;
  jabatan: string;
  roles: string;
  password_hash: string;
  active: number;
}

export interface OfficerRecord extends OfficerAccount {
  passwordHash: string;
}

function fromRow(r: Row): OfficerRecord {
  const roles = (JSON.parse(r.roles) as unknown[]).filter((x): x is Role => typeof x === 'string' && isRole(x));
  return { id: r.id, username: r.username, name: r.name, nip: r.nip, jabatan: r.jabatan, roles, active: r.active === 1, passwordHash: r.password_hash };
}

export function publicOfficer(o: OfficerRecord): OfficerAccount {
  return { id: o.id, username: o.username, name: o.name, nip: o.nip, jabatan: o.jabatan, roles: o.roles, active: o.active };
}

export function countOfficers(db: Db): number {
  return (db.prepare('SELECT count(*) AS n FROM officers').get() as { n: number }).n;
}

export function getOfficerById(db: Db, id: number): OfficerRecord | null {
  const row = db.prepare('SELECT * FROM officers WHERE id = ?').get(id) as Row | undefined;
  return row ? fromRow(row) : null;
}

export function getOfficerByUsername(db: Db, username: string): OfficerRecord | null {
  const row = db.prepare('SELECT * FROM officers WHERE username = ?').get(username) as Row | undefined;
  return row ? fromRow(row) : null;
}

export function listOfficers(db: Db): OfficerRecord[] {
  return (db.prepare('SELECT * FROM officers ORDER BY active DESC, name COLLATE NOCASE, id').all() as Row[]).map(fromRow);
}

export interface NewOfficer {
  username: string;
  name: string;
  nip: string;
  jabatan: string;
  roles: readonly Role[];
  passwordHash: string;
}

export function insertOfficer(db: Db, o: NewOfficer, at: string): number {
  const info = db
    .prepare(
      `INSERT INTO officers (username, name, nip, jabatan, roles, password_hash, active, created_at, updated_at, password_changed_at)
       VALUES (?, ?, ?, ?, ?, ?, 1, ?, ?, ?)`,
    )
    .run(o.username, o.name, o.nip, o.jabatan, JSON.stringify(o.roles), o.passwordHash, at, at, at);
  return Number(info.lastInsertRowid);
}

export function updateOfficerProfile(db: Db, id: number, p: { name: string; nip: string; jabatan: string; roles: readonly Role[] }, at: string): void {
  db.prepare('UPDATE officers SET name = ?, nip = ?, jabatan = ?, roles = ?, updated_at = ? WHERE id = ?').run(p.name, p.nip, p.jabatan, JSON.stringify(p.roles), at, id);
}

export function setOfficerActive(db: Db, id: number, active: boolean, at: string): void {
  db.prepare('UPDATE officers SET active = ?, updated_at = ? WHERE id = ?').run(active ? 1 : 0, at, id);
}

export function setPasswordHash(db: Db, id: number, passwordHash: string, at: string): void {
  db.prepare('UPDATE officers SET password_hash = ?, password_changed_at = ?, updated_at = ? WHERE id = ?').run(passwordHash, at, at, id);
}

/** Active officers holding `role` (e.g. the last active Admin must not be disabled). */
export function countActiveWithRole(db: Db, role: Role): number {
  return listOfficers(db).filter((o) => o.active && o.roles.includes(role)).length;
}

/** The NIP of the officer account named `name` (the petugas penerima on a receipt); '' if none. */
export function officerNipByName(db: Db, name: string): string {
  if (name.trim() === '') return '';
  const row = db.prepare("SELECT nip FROM officers WHERE name = ? AND nip != '' ORDER BY active DESC, id LIMIT 1").get(name.trim()) as { nip: string } | undefined;
  return row?.nip ?? '';
}
