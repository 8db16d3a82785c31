// Core writes go through mutate (db/mutate.ts): the change, its audit entry and its events stand or
// fall together.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../../../electron/core/db/connection';
import { migrate } from '../../../../electron/core/db/migrate';
import { mutate } from '../../../../electron/core/db/mutate';
import { listAudit } from '../../../../electron/core/audit/repo';
import { tempDir } from '../../../helpers/tempDir';

function setup() {
  const db: Db = openDatabase(path.join(tempDir(), 'archive.db'));
  migrate(db);
  db.exec('CREATE TABLE things (id INTEGER PRIMARY KEY, name TEXT NOT NULL, at TEXT NOT NULL)');
  const sent: Array<[string, unknown]> = [];
  const ctx = {
    db,
    actor: 'Siti',
    clock: { now: () => new Date('2026-12-04T02:00:00.000Z') },
    emit: (name: string, payload: unknown) => void sent.push([name, payload]),
  };
  return { db, ctx: ctx as unknown as Parameters<typeof mutate>[0], sent };
}

const things = (db: Db) => db.prepare('SELECT name, at FROM things ORDER BY id').all();

describe('mutate', () => {
  it('writes the change and its audit entry with one instant and actor, then sends its events', () => {
    const { db, ctx, sent } = setup();
    const id = mutate(ctx, (tx) => {
      const row = tx.db.prepare('INSERT INTO things (name, at) VALUES (?, ?)').run('surat', tx.at);
      tx.audit({ action: 'thing.create', entity: 'thing', entityId: String(row.lastInsertRowid) });
      tx.emit('cases:changed', { kind: 'request', id: Number(row.lastInsertRowid) });
      expect(sent).toEqual([]); // not before COMMIT
      return Number(row.lastInsertRowid);
    });
    expect(things(db)).toEqual([{ name: 'surat', at: '2026-12-04T02:00:00.000Z' }]);
    const [entry] = listAudit(db, { entity: 'thing' });
    expect(entry).toMatchObject({ action: 'thing.create', actor: 'Siti', at: '2026-12-04T02:00:00.000Z', entityId: String(id) });
    expect(sent).toEqual([['cases:changed', { kind: 'request', id }]]);
  });

  it('rolls back the rows and the audit entry together and sends no event when the change throws', () => {
    const { db, ctx, sent } = setup();
    expect(() =>
      mutate(ctx, (tx) => {
        tx.db.prepare('INSERT INTO things (name, at) VALUES (?, ?)').run('surat', tx.at);
        tx.audit({ action: 'thing.create', entity: 'thing' });
        tx.emit('cases:changed', { kind: 'request', id: 1 });
        throw new Error('nomor sudah dipakai');
      }),
    ).toThrow('nomor sudah dipakai');
    expect(things(db)).toEqual([]);
    expect(listAudit(db, { entity: 'thing' })).toEqual([]);
    expect(sent).toEqual([]);
  });

  it('takes the write lock at BEGIN (IMMEDIATE), so a second connection cannot write meanwhile', () => {
    const { db, ctx } = setup();
    const other = openDatabase(db.name);
    other.pragma('busy_timeout = 0');
    mutate(ctx, () => {
      // Nothing written yet, but the lock is already held.
      expect(() => other.prepare("INSERT INTO things (name, at) VALUES ('lain', 'x')").run()).toThrow(/locked|busy/i);
    });
    other.close();
  });

  it('nests: an inner change is a savepoint and its events wait for the outer COMMIT', () => {
    const { db, ctx, sent } = setup();
    expect(() =>
      mutate(ctx, (outer) => {
        mutate(ctx, (inner) => {
          inner.db.prepare("INSERT INTO things (name, at) VALUES ('dalam', ?)").run(inner.at);
          inner.emit('cases:changed', { kind: 'request', id: 7 });
        });
        expect(sent).toEqual([]);
        outer.audit({ action: 'thing.outer', entity: 'thing' });
        throw new Error('batal');
      }),
    ).toThrow('batal');
    expect(things(db)).toEqual([]);
    expect(sent).toEqual([]);
    mutate(ctx, () => mutate(ctx, (inner) => inner.emit('cases:changed', { kind: 'request', id: 8 })));
    expect(sent).toEqual([['cases:changed', { kind: 'request', id: 8 }]]);
  });
});
