// Migration "archive-consequence-letters": the consequence test's steps and the list of Ps 17
// letters on archive documents (the old free text kept as the note), and the letters issued from a
// document. Found by name, not position: the lead may renumber it.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../../../../electron/core/db/connection';
import { migrate } from '../../../../../electron/core/db/migrate';
import { migrations } from '../../../../../electron/core/db/migrations';
import { tempDir } from '../../../../helpers/tempDir';

const INDEX = migrations.findIndex((m) => m.name === 'archive-consequence-letters');
const SHA = 'b'.repeat(64);

function open(upTo = migrations.length): Db {
  const db = openDatabase(path.join(tempDir(), 'archive.db'));
  migrate(db, migrations.slice(0, upTo));
  return db;
}

function seedOld(db: Db): void {
  db.prepare("INSERT INTO blobs (sha256, size, mime_type, created_at) VALUES (?, 1, 'application/pdf', 'x')").run(SHA);
  db.prepare(
    `INSERT INTO archive_documents (sha256, file_name, file_type, mime_type, size, imported_at, title, updated_at, category, exemption_letter,
       exemption_law, consequence_test, exemption_years, decree_number, decree_date, review_date)
     VALUES (?, 'a.pdf', 'pdf', 'application/pdf', 1, '2026-01-01T00:00:00.000Z', 'Data pegawai', 'x', 'dikecualikan', 'h',
       'UU 27/2022', 'Membuka data ini merugikan pegawai.', 5, 'SK/1/2026', '2026-01-05', '2027-01-05')`,
  ).run(SHA);
}

const letter = (db: Db, over: Record<string, unknown> = {}) => {
  const row = { type: 'penetapan-klasifikasi', document_id: 1, number: '001/SK-KLAS/2026', year: 2026, seq: 1, version: 1, issued_date: '2026-11-23', issued_at: 'x', issued_by: 't', data: '{}', pdf_sha256: SHA, docx_sha256: SHA, ...over };
  const cols = Object.keys(row);
  return db.prepare(`INSERT INTO document_letters (${cols.join(', ')}) VALUES (${cols.map((c) => `@${c}`).join(', ')})`).run(row);
};

describe('migration archive-consequence-letters', () => {
  it('is registered once, after the archive and the letters', () => {
    expect(INDEX).toBeGreaterThan(migrations.findIndex((m) => m.name === 'archive-history-withdrawals'));
    expect(migrations.filter((m) => m.name === 'archive-consequence-letters')).toHaveLength(1);
  });

  it('keeps an exempt document of the previous version: its letter becomes the list, its free text the note', () => {
    const db = open(INDEX);
    seedOld(db);
    migrate(db);
    expect(db.prepare('SELECT exemption_letter, exemption_letters, consequence_test, ct_information, ct_harm, ct_public_interest, decree_number FROM archive_documents').get()).toEqual({
      exemption_letter: 'h',
      exemption_letters: '["h"]',
      consequence_test: 'Membuka data ini merugikan pegawai.',
      ct_information: '',
      ct_harm: '',
      ct_public_interest: '',
      decree_number: 'SK/1/2026',
    });
    expect(() => db.prepare("UPDATE archive_documents SET exemption_letters = 'h'").run()).toThrow(/CHECK/);
    expect(() => db.prepare('UPDATE archive_documents SET exemption_letters = \'{"a":1}\'').run()).toThrow(/CHECK/);
    db.close();
  });

  it('numbers classification letters gap-free per type and year, one version per document and type, known types only', () => {
    const db = open();
    seedOld(db);
    expect(db.prepare("SELECT strict FROM pragma_table_list WHERE name = 'document_letters'").pluck().get()).toBe(1);
    expect(() => letter(db)).not.toThrow();
    expect(() => letter(db, { document_id: 2 })).toThrow(/UNIQUE/);
    expect(() => letter(db, { seq: 2, number: '002' })).toThrow(/UNIQUE/);
    expect(() => letter(db, { type: 'uji-konsekuensi' })).not.toThrow();
    expect(() => letter(db, { type: 'penolakan', seq: 9 })).toThrow(/CHECK/);
    expect(() => letter(db, { seq: 3, version: 2, issued_date: '23-11-2026' })).toThrow(/CHECK/);
    expect(() => letter(db, { seq: 4, document_id: 3, pdf_sha256: 'c'.repeat(64) })).toThrow(/FOREIGN KEY/);
    db.close();
  });
});
