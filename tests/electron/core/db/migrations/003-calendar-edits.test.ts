// Migration 003: local days carry a kind (a moved national holiday is not "lokal"), and cancelled
// shipped days are kept with their decree. Rows written before it read as 'lokal'.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../../../electron/core/db/connection';
import { migrate } from '../../../../../electron/core/db/migrate';
import { migrations } from '../../../../../electron/core/db/migrations';
import { tempDir } from '../../../../helpers/tempDir';

describe('migration 003 (calendar edits)', () => {
  it('keeps local days added under 002 as lokal, and checks kinds and dates', () => {
    expect(migrations[2]).toMatchObject({ version: 3, name: 'calendar-edits' });
    const db = openDatabase(path.join(tempDir(), 'archive.db'));
    // Apply 001-002 by hand, write a 002-era row, then the rest.
    db.exec(migrations[0]!.sql);
    db.exec(migrations[1]!.sql);
    db.pragma('user_version = 2');
    db.prepare("INSERT INTO calendar_local_days (date, name, basis, added_at, added_by) VALUES ('2026-03-25', 'Pilkada', 'Kep. Gub', 'x', 'y')").run();
    migrate(db);
    expect(db.prepare("SELECT kind FROM calendar_local_days WHERE date = '2026-03-25'").pluck().get()).toBe('lokal');
    expect(() => db.prepare("INSERT INTO calendar_local_days (date, kind, name, basis, added_at, added_by) VALUES ('2026-03-26', 'libur', 'a', 'b', 'x', 'y')").run()).toThrow(/CHECK/);
    expect(() => db.prepare("INSERT INTO calendar_cancelled_days (date, name, basis, added_at, added_by) VALUES ('24-03-2026', 'a', 'b', 'x', 'y')").run()).toThrow(/CHECK/);
    expect(() => db.prepare("INSERT INTO calendar_cancelled_days (date, name, basis, added_at, added_by) VALUES ('2026-03-24', 'a', '', 'x', 'y')").run()).toThrow(/CHECK/);
    expect(db.prepare("SELECT strict FROM pragma_table_list WHERE name = 'calendar_cancelled_days'").pluck().get()).toBe(1);
  });
});
