// Migration 017: press releases, issues, social posts and the content calendar, on an archive that
// already holds a media inquiry (the issue links point at it).
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../../../electron/core/db/connection';
import { migrate, schemaVersion } from '../../../../../electron/core/db/migrate';
import { migrations } from '../../../../../electron/core/db/migrations';
import { tempDir } from '../../../../helpers/tempDir';

const INDEX = migrations.findIndex((m) => m.name === 'press-releases');

function seededBefore() {
  const db = openDatabase(path.join(tempDir(), 'archive.db'));
  migrate(db, migrations.slice(0, INDEX));
  db.prepare("INSERT INTO outlets (id, name, name_key, type, created_at) VALUES (1, 'Kaltim Post', 'kaltim post', 'cetak', 'x')").run();
  db.prepare("INSERT INTO journalists (id, name, name_key, outlet_id, created_at, updated_at) VALUES (1, 'Rina', 'rina', 1, 'x', 'x')").run();
  db.prepare(
    `INSERT INTO inquiries (id, number, year, seq, journalist_id, outlet_id, channel, received_at, topic, question, priority, answer_format,
       record_mode, status, ack_due_at, answer_due_at, clock_hours, zone, due_at, due_local, created_at, updated_at)
     VALUES (1, '001/MEDIA/2026', 2026, 1, 1, 1, 'whatsapp', 'x', 'Banjir', 'Kapan?', 'biasa', 'tertulis', 'on_record', 'baru', 'x', 'x', '{}',
       'Asia/Makassar', 'x', '2026-12-03', 'x', 'x')`,
  ).run();
  return db;
}

const release = (db: ReturnType<typeof seededBefore>, over: Record<string, unknown> = {}) => {
  const row = { number: '001/SP/2026', year: 2026, seq: 1, status: 'draft', approved_by: null, approved_at: null, published_at: null, contact: '{"name":"A"}', ...over };
  return db
    .prepare(
      `INSERT INTO press_releases (number, year, seq, title, release_on, lead, contact, status, approved_by, approved_at, published_at, created_by, created_at, updated_at)
       VALUES (@number, @year, @seq, 'Judul', '2026-12-03', 'Teras berita.', @contact, @status, @approved_by, @approved_at, @published_at, 'tester', 'x', 'x')`,
    )
    .run(row);
};

describe('migration press-releases (017)', () => {
  it('is version 17 and creates the Humas tables with their checks', () => {
    expect(migrations[INDEX]?.version).toBe(17);
    const db = seededBefore();
    const before = schemaVersion(db);
    expect(() => db.prepare('SELECT 1 FROM press_releases').get()).toThrow(/no such table/);
    migrate(db, migrations.slice(0, INDEX + 1));
    expect(schemaVersion(db)).toBe(17);
    expect(before).toBeLessThan(17);

    release(db);
    // The same number, an approval without its approver, a publication without its time are refused.
    expect(() => release(db, { seq: 2 })).toThrow(/UNIQUE/);
    expect(() => release(db, { number: '002/SP/2026', seq: 2, status: 'approved' })).toThrow(/CHECK/);
    expect(() => release(db, { number: '002/SP/2026', seq: 2, status: 'published', approved_by: 'P', approved_at: 'x' })).toThrow(/CHECK/);
    expect(() => release(db, { number: '002/SP/2026', seq: 2, contact: '[]' })).toThrow(/CHECK/);
    release(db, { number: '002/SP/2026', seq: 2, status: 'published', approved_by: 'P', approved_at: 'x', published_at: 'x' });
    expect(db.prepare("SELECT rowid FROM press_releases_fts WHERE press_releases_fts MATCH 'teras'").pluck().all()).toEqual([1, 2]);

    const link = (url: string) =>
      db.prepare("INSERT INTO press_release_links (release_id, url, outlet, published_on, created_at) VALUES (1, ?, 'Kaltim Post', '2026-12-03', 'x')").run(url);
    link('https://kaltimpost.id/a');
    expect(() => link('kaltimpost.id/b')).toThrow(/CHECK/);

    db.prepare(
      "INSERT INTO issues (id, title, platform, first_seen_at, sentiment, status, created_at, updated_at) VALUES (1, 'Isu', 'tiktok', 'x', 'negatif', 'dipantau', 'x', 'x')",
    ).run();
    expect(() =>
      db.prepare("INSERT INTO issues (title, platform, first_seen_at, sentiment, status, created_at, updated_at) VALUES ('Isu', 'tiktok', 'x', 'negatif', 'viral', 'x', 'x')").run(),
    ).toThrow(/CHECK/);
    db.prepare("INSERT INTO issue_links (issue_id, inquiry_id, created_at) VALUES (1, 1, 'x')").run();
    db.prepare("INSERT INTO issue_links (issue_id, release_id, created_at) VALUES (1, 1, 'x')").run();
    expect(() => db.prepare("INSERT INTO issue_links (issue_id, inquiry_id, created_at) VALUES (1, 1, 'x')").run()).toThrow(/UNIQUE/);
    expect(() => db.prepare("INSERT INTO issue_links (issue_id, inquiry_id, release_id, created_at) VALUES (1, 1, 1, 'x')").run()).toThrow(/CHECK/);
    expect(() => db.prepare("INSERT INTO issue_links (issue_id, inquiry_id, created_at) VALUES (1, 99, 'x')").run()).toThrow(/FOREIGN KEY/);

    expect(() =>
      db.prepare("INSERT INTO social_posts (platform, text, status, created_at, updated_at) VALUES ('tiktok', 'x', 'draf', 'x', 'x')").run(),
    ).toThrow(/CHECK/);
    db.prepare("INSERT INTO social_posts (platform, text, status, created_at, updated_at) VALUES ('x', 'Halo', 'draf', 'x', 'x')").run();
    db.prepare("INSERT INTO content_calendar (planned_on, channel, item, status, post_id, created_at, updated_at) VALUES ('2026-12-04', 'x', 'Posting', 'rencana', 1, 'x', 'x')").run();
    expect(() =>
      db.prepare("INSERT INTO content_calendar (planned_on, channel, item, status, created_at, updated_at) VALUES ('4/12/2026', 'x', 'Posting', 'rencana', 'x', 'x')").run(),
    ).toThrow(/CHECK/);
    expect(db.pragma('foreign_key_check')).toEqual([]);
    db.close();
  });
});
