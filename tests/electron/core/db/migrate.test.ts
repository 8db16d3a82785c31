import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../../electron/core/db/connection';
import { migrate, schemaVersion } from '../../../../electron/core/db/migrate';
import { migrations, LATEST_SCHEMA_VERSION } from '../../../../electron/core/db/migrations';
import type { Migration } from '../../../../electron/core/db/migrations/types';
import { AppError } from '../../../../electron/core/errors';
import { tempDir } from '../../../helpers/tempDir';

const fresh = () => openDatabase(path.join(tempDir(), 'archive.db'));

describe('migration runner', () => {
  it('brings a new database to the latest version, once', () => {
    const db = fresh();
    expect(migrate(db)).toEqual({ from: 0, to: LATEST_SCHEMA_VERSION });
    expect(schemaVersion(db)).toBe(LATEST_SCHEMA_VERSION);
    expect(migrate(db)).toEqual({ from: LATEST_SCHEMA_VERSION, to: LATEST_SCHEMA_VERSION });
    db.close();
  });

  it('numbers migrations in rising order (gaps only while branches await the merge order)', () => {
    const versions = migrations.map((m) => m.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(new Set(versions).size).toBe(versions.length);
    expect(() => migrate(fresh(), [migrations[1]!, migrations[0]!])).toThrow(/expected more than/);
  });

  it('refuses a database from a newer version with a clear message and leaves it untouched', () => {
    const db = fresh();
    migrate(db);
    db.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 3}`);
    const error = (() => {
      try {
        migrate(db);
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('db_too_new');
    expect((error as AppError).message).toMatch(/versi PPID Desk yang lebih baru.*Perbarui aplikasi/);
    expect(schemaVersion(db)).toBe(LATEST_SCHEMA_VERSION + 3);
    db.close();
  });

  it('applies all pending migrations in one transaction: a failing one leaves the old schema', () => {
    const db = fresh();
    const broken: Migration[] = [
      ...migrations,
      { version: LATEST_SCHEMA_VERSION + 1, name: 'ok', sql: 'CREATE TABLE extra (id INTEGER PRIMARY KEY) STRICT;' },
      { version: LATEST_SCHEMA_VERSION + 2, name: 'broken', sql: 'CREATE TABLE nope (;' },
    ];
    expect(() => migrate(db, broken)).toThrow();
    expect(schemaVersion(db)).toBe(0);
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type='table'").all();
    expect(tables).toEqual([]);
    db.close();
  });
});

describe('migration 001 (foundation)', () => {
  it('creates STRICT settings, blobs and audit_log tables', () => {
    const db = fresh();
    migrate(db, migrations.slice(0, 1));
    const rows = db.prepare("SELECT name, strict FROM pragma_table_list WHERE schema='main' AND name NOT LIKE 'sqlite_%' ORDER BY name").all();
    expect(rows).toEqual([
      { name: 'audit_log', strict: 1 },
      { name: 'blobs', strict: 1 },
      { name: 'settings', strict: 1 },
    ]);
    // STRICT rejects a value of the wrong type instead of silently storing it.
    expect(() => db.prepare("INSERT INTO blobs VALUES (?, 'big', 'image/png', 'x')").run('a'.repeat(64))).toThrow();
    // settings.value must be JSON.
    expect(() => db.prepare("INSERT INTO settings VALUES ('k', 'not json', 'x')").run()).toThrow();
    db.close();
  });
});

describe('connection pragmas', () => {
  it('opens with WAL, synchronous=FULL, foreign keys and secure_delete', () => {
    const db = fresh();
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('secure_delete', { simple: true })).toBe(1);
    expect(db.pragma('busy_timeout', { simple: true })).toBe(5000);
    db.close();
  });
});
