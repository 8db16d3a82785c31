// Sessions: a random token handed to the host once; the database keeps only its SHA-256, so a
// copy of archive.db (a backup on a flashdisk) holds no usable session. Expiry slides: each use
// moves it SESSION_HOURS on; logout, disabling the officer and a password reset revoke it.
import { createHash, randomBytes } from 'node:crypto';
import type { Db } from '../db/connection';

/** A working day and then some: an officer signs in once a day. */
export const SESSION_HOURS = 12;
const SESSION_MS = SESSION_HOURS * 3600_000;
// Writing last_seen on every call would turn every read into a write; once a minute is enough.
const TOUCH_EVERY_MS = 60_000;

export type SessionVia = 'desktop' | 'loopback' | 'lan' | 'system';

export function tokenHash(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

export function createSession(db: Db, officerId: number, now: Date, via: SessionVia, address: string): { token: string; expiresAt: string } {
  const token = newToken();
  const at = now.toISOString();
  const expiresAt = new Date(now.getTime() + SESSION_MS).toISOString();
  db.prepare(
    `INSERT INTO sessions (token_hash, officer_id, via, address, created_at, last_seen_at, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?)`,
  ).run(tokenHash(token), officerId, via, address, at, at, expiresAt);
  return { token, expiresAt };
}

export interface LiveSession {
  id: number;
  officerId: number;
  expiresAt: string;
}

interface Row {
  id: number;
  officer_id: number;
  last_seen_at: string;
  expires_at: string;
  revoked_at: string | null;
}

/** The live session of `token`, its expiry moved on; null when unknown, expired or revoked. */
export function resolveSession(db: Db, token: string, now: Date): LiveSession | null {
  if (token === '') return null;
  const row = db.prepare('SELECT id, officer_id, last_seen_at, expires_at, revoked_at FROM sessions WHERE token_hash = ?').get(tokenHash(token)) as Row | undefined;
  if (!row || row.revoked_at !== null) return null;
  if (Date.parse(row.expires_at) <= now.getTime()) return null;
  let expiresAt = row.expires_at;
  if (now.getTime() - Date.parse(row.last_seen_at) >= TOUCH_EVERY_MS) {
    expiresAt = new Date(now.getTime() + SESSION_MS).toISOString();
    db.prepare('UPDATE sessions SET last_seen_at = ?, expires_at = ? WHERE id = ?').run(now.toISOString(), expiresAt, row.id);
  }
  return { id: row.id, officerId: row.officer_id, expiresAt };
}

export function revokeSession(db: Db, token: string, now: Date): void {
  db.prepare('UPDATE sessions SET revoked_at = ? WHERE token_hash = ? AND revoked_at IS NULL').run(now.toISOString(), tokenHash(token));
}

/** Ends every session of an officer (disabled, password reset), or all but `keepToken`'s. */
export function revokeOfficerSessions(db: Db, officerId: number, now: Date, keepToken?: string): number {
  const keep = keepToken ? tokenHash(keepToken) : '';
  return db.prepare('UPDATE sessions SET revoked_at = ? WHERE officer_id = ? AND revoked_at IS NULL AND token_hash != ?').run(now.toISOString(), officerId, keep).changes;
}
