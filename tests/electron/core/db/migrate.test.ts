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

  it('numbers migrations from 1 upwards; the only number missing is 007, written on its own branch', () => {
    const versions = migrations.map((m) => m.version);
    expect(versions[0]).toBe(1);
    versions.slice(1).forEach((v, i) => expect(v).toBeGreaterThan(versions[i]!));
    const missing = Array.from({ length: LATEST_SCHEMA_VERSION }, (_, i) => i + 1).filter((v) => !versions.includes(v));
    expect(missing.filter((v) => v !== 7)).toEqual([]);
    expect(LATEST_SCHEMA_VERSION).toBe(versions.at(-1));
  });

  it('refuses a list that is out of order or repeats a number', () => {
    const db = fresh();
    const swapped = [migrations[1]!, migrations[0]!];
    expect(() => migrate(db, swapped)).toThrow(/expected 1/);
    expect(() => migrate(db, [migrations[0]!, migrations[0]!])).toThrow(/has version 1, expected 2 or more/);
    expect(schemaVersion(db)).toBe(0);
    db.close();
  });

  it('applies only the versions above the database version, across a gap', () => {
    const db = fresh();
    const first: Migration = { version: 1, name: 'one', sql: 'CREATE TABLE one (id INTEGER PRIMARY KEY) STRICT;' };
    const third: Migration = { version: 3, name: 'three', sql: 'CREATE TABLE three (id INTEGER PRIMARY KEY) STRICT;' };
    expect(migrate(db, [first])).toEqual({ from: 0, to: 1 });
    expect(migrate(db, [first, third])).toEqual({ from: 1, to: 3 });
    expect(schemaVersion(db)).toBe(3);
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name").pluck().all();
    expect(tables).toEqual(['one', 'three']);
    db.close();
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
    expect(() => migrate(db, broken)).toThrow(/syntax error/);
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
