// Migration 015: officers, sessions and sign-in throttling, and the audit log's officer column,
// on an archive that already holds audit entries: the chain stays intact across the upgrade.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../../../electron/core/db/connection';
import { migrate, schemaVersion } from '../../../../../electron/core/db/migrate';
import { LATEST_SCHEMA_VERSION, migrations } from '../../../../../electron/core/db/migrations';
import { appendAudit } from '../../../../../electron/core/audit/repo';
import { entryHash, GENESIS_HASH } from '../../../../../electron/core/audit/hash';
import { verifyAuditChain } from '../../../../../electron/core/audit/verify';
import { runAs } from '../../../../../electron/core/auth/acting';
import { tempDir } from '../../../../helpers/tempDir';

const INDEX = migrations.findIndex((m) => m.name === 'accounts');

describe('migration 015 (accounts)', () => {
  it('adds the account tables and audit_log.officer_id, keeping older entries and their chain', () => {
    const db = openDatabase(path.join(tempDir(), 'archive.db'));
    migrate(db, migrations.slice(0, INDEX));
    // An entry as written before accounts (no officer_id column yet).
    const fields = { seq: 1, at: '2026-03-18T01:00:00.000Z', actor: 'root', action: 'settings.profile.save', entity: 'settings', entityId: null, data: '{}' };
    db.prepare('INSERT INTO audit_log (seq, at, actor, action, entity, entity_id, data, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)').run(
      1, fields.at, fields.actor, fields.action, fields.entity, null, '{}', GENESIS_HASH, entryHash(GENESIS_HASH, fields),
    );
    const before = verifyAuditChain(db);
    migrate(db);
    expect(schemaVersion(db)).toBe(LATEST_SCHEMA_VERSION);
    expect(before).toMatchObject({ ok: true, entries: 1 });
    expect(verifyAuditChain(db)).toEqual(before);
    expect(db.prepare('SELECT officer_id FROM audit_log').all()).toEqual([{ officer_id: null }]);
    const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name IN ('officers', 'sessions', 'login_attempts') ORDER BY name").all() as { name: string }[]).map((r) => r.name);
    expect(tables).toEqual(['login_attempts', 'officers', 'sessions']);
    db.close();
  });

  it('enforces usernames in lower case, roles as a JSON array and 64-hex token hashes', () => {
    const db = openDatabase(path.join(tempDir(), 'archive.db'));
    migrate(db);
    const insert = (username: string, roles: string) =>
      db.prepare("INSERT INTO officers (username, name, roles, password_hash, created_at, updated_at, password_changed_at) VALUES (?, 'A', ?, 'h', 'x', 'x', 'x')").run(username, roles);
    expect(() => insert('Budi', '["petugas"]')).toThrow(/CHECK/);
    expect(() => insert('budi', 'petugas')).toThrow(/CHECK/);
    insert('budi', '["petugas"]');
    expect(() => insert('budi', '["ppid"]')).toThrow(/UNIQUE/);
    expect(() => db.prepare("INSERT INTO sessions (token_hash, officer_id, created_at, last_seen_at, expires_at) VALUES ('abc', 1, 'x', 'x', 'x')").run()).toThrow(/CHECK/);
    db.close();
  });

  it('hashes the officer into a new entry: changing officer_id afterwards breaks the chain', () => {
    const db = openDatabase(path.join(tempDir(), 'archive.db'));
    migrate(db);
    db.prepare("INSERT INTO officers (id, username, name, roles, password_hash, created_at, updated_at, password_changed_at) VALUES (7, 'budi', 'Budi', '[\"petugas\"]', 'h', 'x', 'x', 'x')").run();
    runAs({ id: 7, name: 'Budi' }, () => db.transaction(() => appendAudit(db, { at: '2026-03-18T01:00:00.000Z', actor: 'Budi', action: 'request.create', entity: 'request', entityId: '1' }))());
    db.transaction(() => appendAudit(db, { at: '2026-03-18T01:01:00.000Z', actor: 'root', action: 'backup.create', entity: 'backup' }))();
    expect(db.prepare('SELECT officer_id FROM audit_log ORDER BY seq').all()).toEqual([{ officer_id: 7 }, { officer_id: null }]);
    expect(verifyAuditChain(db).ok).toBe(true);
    db.prepare('UPDATE audit_log SET officer_id = 8 WHERE seq = 1').run();
    expect(verifyAuditChain(db)).toMatchObject({ ok: false, problem: { seq: 1 } });
    db.close();
  });
});
