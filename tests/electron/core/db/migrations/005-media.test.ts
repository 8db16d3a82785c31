// Migration "media": STRICT tables of the media desk, the partial inbox index of open inquiries,
// and the constraints that keep bad rows out past the services. Found by name, not position, so
// its number can change when branches merge.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../../../../electron/core/db/connection';
import { migrate } from '../../../../../electron/core/db/migrate';
import { migrations } from '../../../../../electron/core/db/migrations';
import { tempDir } from '../../../../helpers/tempDir';

function migrated(): Db {
  const db = openDatabase(path.join(tempDir(), 'archive.db'));
  migrate(db);
  return db;
}

function seed(db: Db) {
  db.prepare("INSERT INTO outlets (id, name, name_key, type, created_at) VALUES (1, 'Kaltim Post', 'kaltim post', 'cetak', 'x')").run();
  db.prepare("INSERT INTO journalists (id, name, name_key, outlet_id, phone_key, created_at, updated_at) VALUES (1, 'Rina', 'rina', 1, '0811', 'x', 'x')").run();
}

const inquiry = (over: Record<string, unknown> = {}) => ({
  number: '001/MEDIA/2026', year: 2026, seq: 1, journalist_id: 1, outlet_id: 1, channel: 'whatsapp', received_at: '2026-11-23T01:00:00.000Z',
  topic: 'Banjir', question: 'Berapa?', priority: 'mendesak', answer_format: 'tertulis', record_mode: 'on_record', status: 'baru',
  ack_due_at: '2026-11-23T02:00:00.000Z', answer_due_at: '2026-11-23T05:00:00.000Z', clock_hours: '{}', zone: 'Asia/Makassar',
  due_at: '2026-11-23T02:00:00.000Z', due_local: '2026-11-23', created_at: 'x', updated_at: 'x', ...over,
});

function insert(db: Db, row: Record<string, unknown>) {
  const cols = Object.keys(row);
  return db.prepare(`INSERT INTO inquiries (${cols.join(', ')}) VALUES (${cols.map((c) => `@${c}`).join(', ')})`).run(row);
}

describe('migration media', () => {
  it('follows the migrations before it with the next number', () => {
    const i = migrations.findIndex((m) => m.name === 'media');
    expect(i).toBeGreaterThan(0);
    expect(migrations[i]!.version).toBe(i + 1);
  });

  it('creates STRICT tables and the partial inbox index on (due_local, inbox_order, id)', () => {
    const db = migrated();
    const strict = db.prepare("SELECT name FROM pragma_table_list WHERE schema = 'main' AND type = 'table' AND strict = 1").pluck().all();
    for (const t of ['outlets', 'journalists', 'inquiries', 'inquiry_events', 'coverage', 'press_rights', 'statements']) expect(strict).toContain(t);
    const sql = db.prepare("SELECT sql FROM sqlite_master WHERE name = 'inquiries_inbox'").pluck().get() as string;
    expect(sql).toMatch(/ON inquiries \(due_local, inbox_order, id\) WHERE is_open/);
    db.close();
  });

  it('orders an inquiry due at any hour of a date before a KIP item due that date', () => {
    const db = migrated();
    seed(db);
    insert(db, inquiry({ due_at: '2026-11-23T15:59:00.000Z' }));
    const order = db.prepare('SELECT inbox_order FROM inquiries').pluck().get() as string;
    // KIP tie keys are received_at instants ('2026-…'); '!' sorts before every digit.
    expect(order < '0000-00-00T00:00:00.000Z').toBe(true);
    db.close();
  });

  it('refuses an unknown status, an answered inquiry without an approved answer, and a duplicate journalist', () => {
    const db = migrated();
    seed(db);
    expect(() => insert(db, inquiry({ status: 'closed' }))).toThrow(/CHECK/);
    expect(() => insert(db, inquiry({ status: 'dijawab' }))).toThrow(/CHECK/);
    expect(() => db.prepare("INSERT INTO journalists (name, name_key, outlet_id, created_at, updated_at) VALUES ('RINA', 'rina', 1, 'x', 'x')").run()).toThrow(/UNIQUE/);
    expect(() => db.prepare("INSERT INTO journalists (name, name_key, outlet_id, phone_key, created_at, updated_at) VALUES ('Budi', 'budi', 1, '0811', 'x', 'x')").run()).toThrow(/UNIQUE/);
    db.close();
  });
});
