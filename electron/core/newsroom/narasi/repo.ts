// Rows of the statement library (paket narasi) and the trusted keys. Sync, `db` first.
import type { Db } from '../../db/connection';

export interface NarasiRow {
  id: number;
  title: string;
  topic: string;
  version: number;
  key_messages: string;
  qa: string;
  expires_on: string;
  approved_by: string | null;
  approved_on: string | null;
  origin: 'lokal' | 'impor';
  origin_office: string;
  signer_fingerprint: string | null;
  bundle_sha256: string | null;
  created_at: string;
  updated_at: string;
}

export interface NarasiContent {
  title: string;
  topic: string;
  keyMessages: string[];
  qa: Array<{ q: string; a: string }>;
  expiresOn: string;
}

export const getNarasiRow = (db: Db, id: number) => db.prepare('SELECT * FROM narasi WHERE id = ?').get(id) as NarasiRow | undefined;

export function insertNarasi(
  db: Db,
  c: NarasiContent & { version: number; approvedBy: string | null; approvedOn: string | null; origin: 'lokal' | 'impor'; originOffice: string; signer: string | null; bundleSha: string | null; at: string },
): number {
  return Number(
    db
      .prepare(
        `INSERT INTO narasi (title, topic, version, key_messages, qa, expires_on, approved_by, approved_on, origin, origin_office, signer_fingerprint, bundle_sha256, created_at, updated_at)
         VALUES (@title, @topic, @version, @km, @qa, @expiresOn, @approvedBy, @approvedOn, @origin, @originOffice, @signer, @bundleSha, @at, @at)`,
      )
      .run({ ...c, km: JSON.stringify(c.keyMessages), qa: JSON.stringify(c.qa) }).lastInsertRowid,
  );
}

export function updateNarasi(db: Db, id: number, c: NarasiContent, version: number, at: string): void {
  db.prepare(
    `UPDATE narasi SET title = @title, topic = @topic, key_messages = @km, qa = @qa, expires_on = @expiresOn, version = @version,
       approved_by = NULL, approved_on = NULL, updated_at = @at WHERE id = @id`,
  ).run({ ...c, km: JSON.stringify(c.keyMessages), qa: JSON.stringify(c.qa), version, at, id });
}

export function approveNarasi(db: Db, id: number, by: string, on: string, at: string): void {
  db.prepare('UPDATE narasi SET approved_by = ?, approved_on = ?, updated_at = ? WHERE id = ?').run(by, on, at, id);
}

export function listNarasi(db: Db, match: string | null): NarasiRow[] {
  if (match === null) return db.prepare('SELECT * FROM narasi ORDER BY updated_at DESC, id DESC LIMIT 500').all() as NarasiRow[];
  return db
    .prepare('SELECT n.* FROM narasi_fts f JOIN narasi n ON n.id = f.rowid WHERE narasi_fts MATCH ? ORDER BY n.updated_at DESC, n.id DESC LIMIT 500')
    .all(match) as NarasiRow[];
}

export const narasiByBundle = (db: Db, sha: string) => db.prepare('SELECT * FROM narasi WHERE bundle_sha256 = ?').get(sha) as NarasiRow | undefined;

export interface TrustedKeyRow {
  fingerprint: string;
  label: string;
  added_by: string;
  added_at: string;
}

export const trustedKeys = (db: Db) => db.prepare('SELECT * FROM trusted_keys ORDER BY added_at, fingerprint').all() as TrustedKeyRow[];
export const isTrustedKey = (db: Db, fingerprint: string) => db.prepare('SELECT 1 FROM trusted_keys WHERE fingerprint = ?').get(fingerprint) !== undefined;

export function addTrustedKey(db: Db, fingerprint: string, label: string, by: string, at: string): boolean {
  return db.prepare('INSERT INTO trusted_keys (fingerprint, label, added_by, added_at) VALUES (?, ?, ?, ?) ON CONFLICT (fingerprint) DO NOTHING').run(fingerprint, label, by, at).changes > 0;
}
