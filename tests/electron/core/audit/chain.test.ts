import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../../electron/core/db/connection';
import { migrate } from '../../../../electron/core/db/migrate';
import { appendAudit, listAudit } from '../../../../electron/core/audit/repo';
import { verifyAuditChain } from '../../../../electron/core/audit/verify';
import { call, testCore, validProfile } from '../../../helpers/core';
import { tempDir } from '../../../helpers/tempDir';

function dbWithEntries(n: number) {
  const db = openDatabase(path.join(tempDir(), 'archive.db'));
  migrate(db);
  db.transaction(() => {
    for (let i = 1; i <= n; i++) {
      appendAudit(db, { at: `2026-11-23T0${i % 10}:00:00.000Z`, actor: 'siti', action: 'test.write', entity: 'thing', entityId: String(i), data: { i, b: 'x', a: [1, 2] } });
    }
  })();
  return db;
}

describe('audit chain', () => {
  it('verifies an untouched chain and reports its head', () => {
    const db = dbWithEntries(5);
    const report = verifyAuditChain(db);
    expect(report.ok).toBe(true);
    expect(report.entries).toBe(5);
    expect(report.headHash).toBe(listAudit(db, { limit: 1 })[0]!.hash);
    db.close();
  });

  it('detects an edited entry', () => {
    const db = dbWithEntries(5);
    db.prepare(`UPDATE audit_log SET data = '{"i":3,"b":"y"}' WHERE seq = 3`).run();
    const report = verifyAuditChain(db);
    expect(report.ok).toBe(false);
    expect(report.problem).toEqual({ seq: 3, message: 'Entri audit 3 telah diubah setelah dicatat.' });
    db.close();
  });

  it('detects an edited actor even when the attacker recomputes nothing else', () => {
    const db = dbWithEntries(3);
    db.prepare(`UPDATE audit_log SET actor = 'someone-else' WHERE seq = 1`).run();
    expect(verifyAuditChain(db).problem?.seq).toBe(1);
    db.close();
  });

  it('detects a deleted entry in the middle', () => {
    const db = dbWithEntries(5);
    db.prepare('DELETE FROM audit_log WHERE seq = 2').run();
    const report = verifyAuditChain(db);
    expect(report.ok).toBe(false);
    expect(report.problem?.message).toMatch(/Entri audit 2 hilang/);
    db.close();
  });

  it('refuses to append outside a transaction, so no change goes unaudited', () => {
    const db = dbWithEntries(0);
    expect(() => appendAudit(db, { at: 'x', actor: 'a', action: 'b', entity: 'c' })).toThrow(/inside the transaction/);
    db.close();
  });

  it('is written by every settings change, in the same transaction', async () => {
    const core = testCore();
    await call(core, 'settings:saveProfile', validProfile);
    await call(core, 'settings:saveProfile', { ...validProfile, city: 'Balikpapan' });
    await call(core, 'settings:setUi', { language: 'en' });
    const db = openDatabase(path.join(core.dataDir, 'archive.db'), { readonly: true });
    const entries = listAudit(db);
    expect(entries.map((e) => e.action)).toEqual(['settings.ui.update', 'settings.profile.update', 'settings.profile.create']);
    expect(entries[0]!.actor).toBe('tester');
    expect((entries[1]!.data as { changed: string[] }).changed).toEqual(['city']);
    expect(verifyAuditChain(db).ok).toBe(true);
    db.close();
  });
});
