// Migration 009: the register indexes, added to an archive that already holds closed cases.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../../../electron/core/db/connection';
import { migrate } from '../../../../../electron/core/db/migrate';
import { migrations } from '../../../../../electron/core/db/migrations';
import { seedInbox } from '../../../../helpers/seedInbox';
import { tempDir } from '../../../../helpers/tempDir';

const INDEX = migrations.findIndex((m) => m.name === 'registers');

describe('migration registers', () => {
  it('indexes requests, objections and inquiries by receipt (and year) on an archive with data, changing no row', () => {
    const db = openDatabase(path.join(tempDir(), 'archive.db'));
    migrate(db, migrations.slice(0, INDEX));
    seedInbox(db, { requests: 300, objections: 40, inquiries: 30, now: '2026-11-23T02:00:00Z' });
    const before = db.prepare('SELECT count(*) FROM requests WHERE NOT is_open').pluck().get() as number;
    expect(before).toBeGreaterThan(0);
    migrate(db, migrations.slice(0, INDEX + 1));
    const names = db.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND name LIKE '%register%' ORDER BY name").pluck().all();
    expect(names).toEqual([
      'inquiries_register',
      'inquiries_register_year',
      'objections_register',
      'objections_register_year',
      'requests_register',
      'requests_register_year',
    ]);
    expect(db.prepare('SELECT count(*) FROM requests WHERE NOT is_open').pluck().get()).toBe(before);
    const plan = (db.prepare('EXPLAIN QUERY PLAN SELECT id FROM requests ORDER BY received_at DESC, id DESC LIMIT 10').all() as { detail: string }[]).map((r) => r.detail);
    expect(plan.join(' ')).toMatch(/requests_register/);
    db.close();
  });
});
